import { createGraph } from "../../../src/graph/createGraph.ts";
import type { ActorNames } from "../actorNames.ts";
import { Explorer } from "../explorer.ts";
import type { FrameProfiler } from "../perf/frameProfiler.ts";
import { decodeViewState } from "../state/urlState.ts";
import { createDetailsPanel } from "../ui/detailsPanel.ts";
import { byId } from "../ui/dom.ts";
import { createFilters } from "../ui/filters.ts";
import { createSearch } from "../ui/search.ts";

/** The explorer wired to the page's filters, search box and details panel, showing an empty graph. */
export function createExplorer(names: ActorNames, profiler: FrameProfiler): Explorer {
  const app: Explorer = new Explorer(
    {
      container: byId("graph-container", HTMLElement),
      counts: byId("counts", HTMLElement),
      names,
      profiler,
      filters: createFilters(
        {
          relations: byId("relation-filters", HTMLElement),
          kinds: byId("kind-filters", HTMLElement),
          minWeight: byId("min-weight", HTMLInputElement),
          minWeightValue: byId("min-weight-value", HTMLOutputElement),
          timeFrom: byId("time-from", HTMLInputElement),
          timeTo: byId("time-to", HTMLInputElement),
          timeValue: byId("time-value", HTMLElement),
        },
        (patch) => app.update(patch),
      ),
      search: createSearch(byId("search-input", HTMLInputElement), byId("search-suggestions", HTMLElement), {
        choose: (id) => app.focusNode(id),
        query: (text) => app.update({ search: text }),
      }),
      panel: createDetailsPanel(
        {
          panel: byId("details", HTMLElement),
          title: byId("details-title", HTMLElement),
          body: byId("details-body", HTMLElement),
          close: byId("details-close", HTMLButtonElement),
        },
        names,
        {
          selectNode: (node) => app.focusNode(node),
          selectEdge: (edge) => app.selectEdge(edge),
          closed: () => app.update({ selectedNode: null, selectedEdge: null }),
        },
      ),
    },
    createGraph(),
    decodeViewState(window.location.hash),
  );
  return app;
}
