/**
 * Results in input order with at most `window` in flight: `push` returns the
 * items that are now complete at the head of the queue, `drain` the rest.
 */
export class OrderedQueue<T> {
  private readonly items: Array<Promise<T>> = [];

  constructor(private readonly window: number) {}

  async push(item: Promise<T> | T): Promise<T[]> {
    const promise = Promise.resolve(item);
    // A rejection is handled when its turn comes; until then it must not count as unhandled.
    promise.catch(() => undefined);
    this.items.push(promise);
    const ready: T[] = [];
    while (this.items.length > this.window) await this.takeHead(ready);
    return ready;
  }

  async drain(): Promise<T[]> {
    const ready: T[] = [];
    while (this.items.length > 0) await this.takeHead(ready);
    return ready;
  }

  private async takeHead(into: T[]): Promise<void> {
    const head = this.items.shift();
    if (head !== undefined) into.push(await head);
  }
}
