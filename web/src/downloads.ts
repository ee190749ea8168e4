import { downloadAsPNG } from "@sigma/export-image";
import Sigma from "sigma";
import { writeGexf } from "../../src/export/gexf.ts";
import { serializeGraph } from "../../src/export/graphJson.ts";
import type { DiploGraph } from "../../src/graph/schema.ts";
import type { Visibility } from "./render/visibility.ts";

/** The graph as the user sees it: hidden nodes and edges left out, data attributes untouched. */
export function visibleSubgraph(graph: DiploGraph, visibility: Visibility): DiploGraph {
  // Same type as the graph shown: an undirected file stays undirected.
  const out: DiploGraph = graph.nullCopy();
  out.setAttribute("articleIds", [...graph.getAttribute("articleIds")]);
  graph.forEachNode((node, attrs) => {
    if (!visibility.hiddenNodes.has(node)) out.addNode(node, { ...attrs });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (visibility.hiddenEdges.has(edge) || !out.hasNode(source) || !out.hasNode(target)) return;
    if (graph.isUndirected(edge)) out.addUndirectedEdgeWithKey(edge, source, target, { ...attrs });
    else out.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  });
  return out;
}

function saveText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Same writer as `diplograph build --gexf`, with every evidence sentence so the file reopens with its panel. */
export function downloadGexf(graph: DiploGraph, visibility: Visibility): void {
  saveText(
    writeGexf(visibleSubgraph(graph, visibility), { evidence: "full" }),
    "diplograph.gexf",
    "application/gexf+xml",
  );
}

export function downloadJson(graph: DiploGraph, visibility: Visibility): void {
  saveText(serializeGraph(visibleSubgraph(graph, visibility)), "diplograph.json", "application/json");
}

/** The view as PNG. Takes any sigma: export-image only reads its rendered layers. */
export async function downloadPng(sigma: unknown): Promise<void> {
  // instanceof narrows our typed Sigma<NodeAttributes, ...> to the untyped one export-image declares.
  if (!(sigma instanceof Sigma)) return;
  await downloadAsPNG(sigma, { fileName: "diplograph", backgroundColor: "#ffffff" });
}
