import { downloadGexf, downloadJson, downloadPng } from "../downloads.ts";
import type { Explorer } from "../explorer.ts";
import { decodeViewState } from "../state/urlState.ts";
import { byId } from "../ui/dom.ts";
import type { StatusArea } from "../ui/status.ts";

/** GEXF, JSON and PNG downloads of what is shown, and Fit view. */
export function bindToolbar(app: Explorer, status: StatusArea): void {
  byId("download-gexf", HTMLButtonElement).addEventListener("click", () => {
    try {
      downloadGexf(app.graph, app.ctx.visibility);
    } catch (error) {
      status.error(`GEXF export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  byId("zoom-reset", HTMLButtonElement).addEventListener("click", () => {
    void app.sigma?.getCamera().animatedReset({ duration: 300 });
  });
  byId("download-json", HTMLButtonElement).addEventListener("click", () =>
    downloadJson(app.graph, app.ctx.visibility),
  );
  byId("download-png", HTMLButtonElement).addEventListener("click", () => {
    if (app.sigma) void downloadPng(app.sigma);
  });
}

/** Escape clears the selection; a changed URL hash (back, a pasted link) restores its view. */
export function bindNavigation(app: Explorer): void {
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && (app.state.selectedNode !== null || app.state.selectedEdge !== null)) {
      app.update({ selectedNode: null, selectedEdge: null });
    }
  });
  window.addEventListener("hashchange", () => {
    app.update(decodeViewState(window.location.hash));
    app.graphChanged();
  });
}
