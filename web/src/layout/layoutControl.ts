import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { DiploGraph } from "../../../src/graph/schema.ts";
import { layoutSettingsFor } from "../../../src/layout/forceAtlas.ts";
import { createLayoutSettingsForm } from "./layoutSettingsForm.ts";

export interface LayoutControl {
  /** The graph was replaced: stop the worker bound to the old one. */
  reset(graph: DiploGraph): void;
  isRunning(): boolean;
  stop(): void;
}

/**
 * ForceAtlas2 in a web worker behind a Start/Stop toggle, so the page stays
 * responsive while the layout runs. Settings start as the CLI's
 * (`layoutSettingsFor`), so the browser continues the picture the CLI drew,
 * and can be changed in the generated settings form.
 */
export function createLayoutControl(
  button: HTMLButtonElement,
  settingsContainer: HTMLElement,
  graph: DiploGraph,
): LayoutControl {
  let current = graph;
  let supervisor: FA2LayoutSupervisor | null = null;
  // A changed setting needs a new worker; a running layout continues with it.
  const form = createLayoutSettingsForm(settingsContainer, () => {
    const running = supervisor?.isRunning() ?? false;
    supervisor?.kill();
    supervisor = null;
    if (running) startLayout();
  });
  form.show(layoutSettingsFor(graph.order));

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
    startLayout();
  });
  function startLayout() {
    supervisor ??= new FA2LayoutSupervisor(current, { settings: form.current(), getEdgeWeight: "weight" });
    supervisor.start();
    show();
  }
  return {
    reset(next) {
      supervisor?.kill();
      supervisor = null;
      current = next;
      form.show(layoutSettingsFor(next.order));
      show();
    },
    isRunning: () => supervisor?.isRunning() ?? false,
    stop,
  };
}
