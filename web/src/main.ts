import { createGraph } from "../../src/graph/createGraph.ts";
import { createActorNames } from "./actorNames.ts";
import { type ArticleInput, addArticles } from "./addArticles.ts";
import { downloadGexf, downloadJson, downloadPng } from "./downloads.ts";
import type { Engine } from "./engine.ts";
import { Explorer } from "./explorer.ts";
import {
  checkFileSize,
  graphFileKind,
  OpenFileError,
  parseGraphJsonText,
  readGraphFile,
} from "./io/readGraphFile.ts";
import { createLayoutControl } from "./layout/layoutControl.ts";
import { createFrameProfiler } from "./perf/frameProfiler.ts";
import { hasWebGL, WebGLUnavailableError } from "./render/createRenderer.ts";
import { decodeViewState } from "./state/urlState.ts";
import { installTestHook } from "./testHook.ts";
import { createDetailsPanel } from "./ui/detailsPanel.ts";
import { byId } from "./ui/dom.ts";
import { createFilters } from "./ui/filters.ts";
import { createSearch } from "./ui/search.ts";
import { createStatusArea } from "./ui/status.ts";

const SAMPLE_GRAPH_URL = "graph.json";
const ARTICLE_EXTENSIONS = /\.(txt|md|markdown)$/i;

const status = createStatusArea(byId("status", HTMLElement));
const profiler = createFrameProfiler();
let explorer: Explorer | null = null;
const hook = installTestHook(() => explorer, profiler);

/**
 * A graph to open instead of the sample, from `?graph=`: same-origin relative
 * paths only (the page's CSP forbids other origins anyway).
 */
function graphUrl(): string {
  const requested = new URLSearchParams(window.location.search).get("graph");
  if (
    requested &&
    /^[\w./-]+\.json$/.test(requested) &&
    !requested.includes("..") &&
    !requested.startsWith("/")
  ) {
    return requested;
  }
  return SAMPLE_GRAPH_URL;
}

async function fetchGraph(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new OpenFileError(`${url}: could not load the graph (HTTP ${response.status}).`);
  const length = Number(response.headers.get("content-length") ?? 0);
  checkFileSize(url, length);
  const text = await response.text();
  // Marks for bench/web.ts: where the time to first render goes.
  performance.mark("diplograph:fetched");
  const parsed = parseGraphJsonText(url, text);
  performance.mark("diplograph:parsed");
  return parsed;
}

async function start(): Promise<void> {
  const container = byId("graph-container", HTMLElement);
  if (!hasWebGL()) {
    container.textContent = "";
    const message = document.createElement("p");
    message.className = "no-webgl";
    message.textContent =
      "The graph view needs WebGL, which this browser does not provide. Enable hardware acceleration or use another browser.";
    container.append(message);
    status.error("WebGL is not available: the graph cannot be drawn.");
    hook.markReady();
    return;
  }
  const names = createActorNames();
  const app = new Explorer(
    {
      container,
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
  explorer = app;
  const layout = createLayoutControl(
    byId("layout-toggle", HTMLButtonElement),
    byId("layout-settings", HTMLElement),
    app.graph,
  );

  const url = graphUrl();
  try {
    const { graph } = await fetchGraph(url);
    app.setGraph(graph);
  } catch (error) {
    app.setGraph(createGraph());
    if (error instanceof WebGLUnavailableError) throw error;
    status.error(
      error instanceof OpenFileError ? error.message : `${url}: could not load the graph (${String(error)}).`,
    );
  }
  layout.reset(app.graph);
  byId("search-input", HTMLInputElement).value = app.state.search;

  // The lexicon and extractor are a third of the code: fetched once the graph is on screen.
  const engine: Promise<Engine> = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => import("./engine.ts"))
    .then(({ createEngine }) => {
      const loaded = createEngine();
      names.load(loaded.lexicon);
      app.namesChanged();
      return loaded;
    });

  const addInputs = async (inputs: ArticleInput[]) => {
    const date = byId("article-date", HTMLInputElement).value || undefined;
    const { extractor, resolveKind } = await engine;
    layout.stop();
    const result = app.mutateGraph((graph) => addArticles(graph, extractor, inputs, date, resolveKind));
    app.highlight(result.newNodes);
    const summary = `Added ${result.newNodes.length} new actor${result.newNodes.length === 1 ? "" : "s"} and ${result.added} evidence sentence${result.added === 1 ? "" : "s"}.`;
    if (result.problems.length > 0) status.error(`${result.problems.join("; ")}. ${summary}`);
    else if (result.added === 0) status.info("No diplomatic position found in the article.");
    else status.info(summary);
  };

  let pasted = 0;
  byId("add-article", HTMLFormElement).addEventListener("submit", (event) => {
    event.preventDefault();
    const textarea = byId("article-text", HTMLTextAreaElement);
    if (!textarea.value.trim()) {
      status.error("Paste an article's text first.");
      return;
    }
    pasted++;
    void addInputs([{ id: `pasted-${Date.now().toString(36)}-${pasted}`, text: textarea.value }]);
    textarea.value = "";
  });

  const openFiles = async (files: File[]) => {
    status.clear();
    const articles: ArticleInput[] = [];
    for (const file of files) {
      try {
        if (ARTICLE_EXTENSIONS.test(file.name)) {
          checkFileSize(file.name, file.size);
          articles.push({ id: file.name.replace(/\.[^.]+$/, ""), text: await file.text() });
        } else if (graphFileKind(file.name)) {
          const { graph, skippedEdges } = await readGraphFile(file);
          layout.reset(graph);
          app.setGraph(graph);
          status.info(
            `Opened ${file.name}: ${graph.order} actors, ${graph.size} positions${skippedEdges ? ` (${skippedEdges} edges without a known relation skipped)` : ""}.`,
          );
        } else {
          throw new OpenFileError(`${file.name}: unsupported file type (open .gexf, .json, .txt or .md).`);
        }
      } catch (error) {
        status.error(
          error instanceof OpenFileError ? error.message : `${file.name}: could not open (${String(error)}).`,
        );
        return;
      }
    }
    if (articles.length > 0) await addInputs(articles);
  };

  const fileInput = byId("open-file", HTMLInputElement);
  fileInput.addEventListener("change", () => {
    void openFiles([...(fileInput.files ?? [])]);
    fileInput.value = "";
  });
  const overlay = byId("drop-overlay", HTMLElement);
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) overlay.hidden = true;
  });
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    overlay.hidden = true;
    void openFiles([...(event.dataTransfer?.files ?? [])]);
  });

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
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && (app.state.selectedNode !== null || app.state.selectedEdge !== null)) {
      app.update({ selectedNode: null, selectedEdge: null });
    }
  });
  window.addEventListener("hashchange", () => {
    const next = decodeViewState(window.location.hash);
    app.update(next);
    app.graphChanged();
  });
  hook.markReady();
}

start().catch((error: unknown) => {
  status.error(error instanceof Error ? error.message : String(error));
  hook.markReady();
});
