import type { DiploGraph } from "../../../src/graph/schema.ts";
import { runTextPipeline, type TextInput } from "../../../src/pipeline/pipeline.ts";
import type { Engine } from "../engine.ts";
import type { Explorer } from "../explorer.ts";
import type { LayoutControl } from "../layout/layoutControl.ts";
import { byId } from "../ui/dom.ts";
import type { StatusArea } from "../ui/status.ts";

export type AddArticles = (inputs: TextInput[]) => Promise<void>;

/** diplograph adds directed positions: an undirected graph from a file becomes mixed to take them. */
function directable(graph: DiploGraph): DiploGraph {
  return graph.type === "undirected" ? graph.copy({ type: "mixed" }) : graph;
}

function summary(newNodes: number, added: number): string {
  return `Added ${newNodes} new actor${newNodes === 1 ? "" : "s"} and ${added} evidence sentence${added === 1 ? "" : "s"}.`;
}

/**
 * Articles (pasted or dropped .txt/.md) through the CLI's pipeline
 * (src/pipeline): extracted, merged into the graph on screen, new actors
 * placed beside their neighbours without moving the others.
 */
export function createArticleAdder(
  app: Explorer,
  engine: Promise<Engine>,
  layout: LayoutControl,
  status: StatusArea,
): AddArticles {
  return async (inputs) => {
    const date = byId("article-date", HTMLInputElement).value || undefined;
    const { extractor, resolveKind } = await engine;
    layout.stop();
    if (app.graph.type === "undirected") app.setGraph(directable(app.graph));
    const result = app.mutateGraph((graph) =>
      runTextPipeline(inputs, {
        graph,
        extractor,
        resolveKind,
        layout: { kind: "placeNew" },
        ...(date ? { date } : {}),
      }),
    );
    app.highlight(result.newNodes);
    const text = summary(result.newNodes.length, result.added);
    if (result.problems.length > 0) status.error(`${result.problems.join("; ")}. ${text}`);
    else if (result.added === 0) status.info("No diplomatic position found in the article.");
    else status.info(text);
  };
}

/** The paste box: its text becomes an article with a generated id. */
export function bindArticleForm(add: AddArticles, status: StatusArea): void {
  let pasted = 0;
  byId("add-article", HTMLFormElement).addEventListener("submit", (event) => {
    event.preventDefault();
    const textarea = byId("article-text", HTMLTextAreaElement);
    if (!textarea.value.trim()) {
      status.error("Paste an article's text first.");
      return;
    }
    pasted++;
    void add([{ id: `pasted-${Date.now().toString(36)}-${pasted}`, text: textarea.value }]);
    textarea.value = "";
  });
}
