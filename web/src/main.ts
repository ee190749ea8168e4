import type { ActorNames } from "./actorNames.ts";
import { createActorNames } from "./actorNames.ts";
import { bindArticleForm, createArticleAdder } from "./app/articles.ts";
import { createExplorer } from "./app/createExplorer.ts";
import { type LoadGraphDeps, loadGraph } from "./app/loadGraph.ts";
import { bindFileOpening } from "./app/openFiles.ts";
import { bindNavigation, bindToolbar } from "./app/toolbar.ts";
import type { Engine } from "./engine.ts";
import type { Explorer } from "./explorer.ts";
import { createLayoutControl } from "./layout/layoutControl.ts";
import { createFrameProfiler } from "./perf/frameProfiler.ts";
import { hasWebGL } from "./render/createRenderer.ts";
import { installTestHook } from "./testHook.ts";
import { byId } from "./ui/dom.ts";
import { createProgressBar } from "./ui/progress.ts";
import { createStatusArea } from "./ui/status.ts";

const SAMPLE_GRAPH_URL = "graph.json";

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

function showNoWebGL(): void {
  const container = byId("graph-container", HTMLElement);
  const message = document.createElement("p");
  message.className = "no-webgl";
  message.textContent =
    "The graph view needs WebGL, which this browser does not provide. Enable hardware acceleration or use another browser.";
  container.replaceChildren(message);
  status.error("WebGL is not available: the graph cannot be drawn.");
}

/** The lexicon and extractor are a third of the code: fetched once the graph is on screen. */
function loadEngineLater(app: Explorer, names: ActorNames): Promise<Engine> {
  return new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => import("./engine.ts"))
    .then(({ createEngine }) => {
      const loaded = createEngine();
      names.load(loaded.lexicon);
      app.namesChanged();
      return loaded;
    });
}

function loaderDeps(app: Explorer): LoadGraphDeps {
  const layout = createLayoutControl(
    byId("layout-toggle", HTMLButtonElement),
    byId("layout-settings", HTMLElement),
    app.graph,
  );
  const progress = createProgressBar({
    box: byId("progress", HTMLElement),
    bar: byId("progress-bar", HTMLProgressElement),
    label: byId("progress-label", HTMLElement),
    cancel: byId("progress-cancel", HTMLButtonElement),
  });
  return { app, layout, status, progress };
}

/** Start-up, step by step. */
async function start(): Promise<void> {
  performance.mark("diplograph:start");
  // The graph downloads while the page sets itself up (a WebGL check, the controls).
  const url = graphUrl();
  const source = { url: new URL(url, window.location.href).href };
  const prefetched = fetch(source.url);
  // An error surfaces where the response is read (loadGraph); this one is only not left unhandled.
  prefetched.catch(() => undefined);
  if (!hasWebGL()) return showNoWebGL();
  const names = createActorNames();
  const app = createExplorer(names, profiler);
  explorer = app;
  const deps = loaderDeps(app);
  await loadGraph(deps, { name: url, source }, { announce: false, prefetched });
  byId("search-input", HTMLInputElement).value = app.state.search;
  const engine = loadEngineLater(app, names);
  const addArticles = createArticleAdder(app, engine, deps.layout, status);
  bindArticleForm(addArticles, status);
  bindFileOpening({
    addArticles,
    openGraphFile: (file) => loadGraph(deps, { name: file.name, source: { file } }, { announce: true }),
    status,
  });
  bindToolbar(app, status);
  bindNavigation(app);
}

start()
  .catch((error: unknown) => status.error(error instanceof Error ? error.message : String(error)))
  .finally(() => hook.markReady());
