/**
 * The one visible place for errors and notices (role="alert", so screen
 * readers announce it). Messages are text, never HTML.
 */
export interface StatusArea {
  error(message: string): void;
  info(message: string): void;
  clear(): void;
}

export function createStatusArea(element: HTMLElement): StatusArea {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (message: string, kind: "error" | "info") => {
    clearTimeout(timer);
    element.textContent = message;
    element.dataset.kind = kind;
    element.hidden = false;
    // Notices fade; errors stay until the next action replaces them.
    if (kind === "info") timer = setTimeout(() => (element.hidden = true), 6000);
  };
  return {
    error: (message) => show(message, "error"),
    info: (message) => show(message, "info"),
    clear: () => {
      clearTimeout(timer);
      element.hidden = true;
      element.textContent = "";
    },
  };
}
