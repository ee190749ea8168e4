import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { DiploGraph } from "../../../src/graph/schema.ts";
import { layoutSettingsFor } from "../../../src/layout/forceAtlas.ts";

export interface LayoutControl {
  /** The graph was replaced: stop the worker bound to the old one. */
  reset(graph: DiploGraph): void;
  isRunning(): boolean;
  stop(): void;
}

/**
 * ForceAtlas2 in a web worker behind a Start/Stop toggle, so the page stays
 * responsive while the layout runs. Settings are the CLI's (`layoutSettingsFor`),
 * so the browser continues the picture the CLI drew.
 */
export function createLayoutControl(button: HTMLButtonElement, graph: DiploGraph): LayoutControl {
  let current = graph;
  let supervisor: FA2LayoutSupervisor | null = null;

  const show = () => {
    const running = supervisor?.isRunning() ?? false;
    button.textContent = running ? "Stop layout" : "Start layout";
    button.setAttribute("aria-pressed", String(running));
  };
  const stop = () => {
    supervisor?.stop();
    show();
  };
  button.addEventListener("click", () => {
    if (supervisor?.isRunning()) {
      stop();
      return;
    }
    supervisor ??= new FA2LayoutSupervisor(current, {
      settings: layoutSettingsFor(current.order),
      getEdgeWeight: "weight",
    });
    supervisor.start();
    show();
  });
  return {
    reset(next) {
      supervisor?.kill();
      supervisor = null;
      current = next;
      show();
    },
    isRunning: () => supervisor?.isRunning() ?? false,
    stop,
  };
}
