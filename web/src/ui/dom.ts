/** The element with `id`, checked to be of the expected class: a missing one is a bug in index.html. */
export function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`index.html: #${id} missing or not a ${type.name}`);
  return element;
}
