import type { OpenPhase } from "../io/protocol.ts";

/**
 * The bar shown while a file opens in the worker: phase, progress (a moving
 * bar when the phase cannot count), and a Cancel button.
 */
export interface ProgressBar {
  show(name: string, phase: OpenPhase, done: number, total: number): void;
  hide(): void;
  /** What Cancel does for the job now shown (one job at a time). */
  onCancel(cancel: () => void): void;
}

export interface ProgressElements {
  box: HTMLElement;
  bar: HTMLProgressElement;
  label: HTMLElement;
  cancel: HTMLButtonElement;
}

const PHASES: Record<OpenPhase, string> = {
  reading: "Reading",
  parsing: "Parsing",
  layout: "Laying out",
};

export function createProgressBar({ box, bar, label, cancel }: ProgressElements): ProgressBar {
  let cancelJob: (() => void) | null = null;
  cancel.addEventListener("click", () => cancelJob?.());
  return {
    show(name, phase, done, total) {
      box.hidden = false;
      label.textContent = `${PHASES[phase]} ${name}…`;
      if (phase === "layout" && total > 0) {
        bar.max = total;
        bar.value = done;
      } else {
        bar.removeAttribute("value");
      }
    },
    hide() {
      box.hidden = true;
      cancelJob = null;
    },
    onCancel(cancelIt) {
      cancelJob = cancelIt;
    },
  };
}
