import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/export/graphJson.ts";
import { createGraph } from "../../src/graph/createGraph.ts";
import { mergeAssertions } from "../../src/graph/mergeAssertions.ts";
import { layoutGraph } from "../../src/layout/forceAtlas.ts";
import { GraphFormatError } from "../../src/read/errors.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { sampleAssertionsByArticle } from "../fixtures/sampleAssertions.ts";
import { graphSnapshot } from "../graph/graphSnapshot.ts";

const byArticle = await sampleAssertionsByArticle();
const graph = createGraph("sample");
mergeAssertions(graph, [...byArticle.values()].flat(), { articleIds: byArticle.keys() });
layoutGraph(graph);

const read = (text: string) => readGraphText("json", text);

describe("graph JSON", () => {
  it("reads back into an equal graph: nodes, edges, every attribute and evidence, graph attributes", () => {
    const back = read(serializeGraph(graph));
    expect(back.warnings).toEqual([]);
    expect(graphSnapshot(back.graph)).toEqual(graphSnapshot(graph));
    expect(back.graph.type).toBe("directed");
    expect(back.graph.multi).toBe(true);
  });

  const text = serializeGraph(graph);
  const data = JSON.parse(text);
  const bad: Array<[string, string, string]> = [
    ["not JSON", "{nodes:", "invalid JSON: "],
    ["an array", "[1,2]", "not a graph: expected graphology JSON"],
    ["an assertion line", '{"source":"USA"}', "not a graph: expected graphology JSON"],
    [
      "a node without key",
      JSON.stringify({ ...data, nodes: [{ attributes: {} }], edges: [] }),
      "node 0: missing key",
    ],
    [
      "a duplicate node",
      JSON.stringify({ ...data, nodes: [{ key: "X" }, { key: "X" }], edges: [] }),
      "node X: duplicate key",
    ],
  ];
  it.each(bad)("rejects %s with a one-line GraphFormatError", (_name, input, message) => {
    expect(() => read(input)).toThrow(GraphFormatError);
    expect(() => read(input)).toThrow(message);
  });

  it("repairs what a foreign or older file lacks, with one warning per kind of problem", () => {
    const foreign = {
      options: { type: "undirected", multi: true },
      nodes: [{ key: "a", attributes: { label: "A", group: 3, size: 9 } }, { key: "b" }],
      edges: [
        {
          key: "e1",
          source: "a",
          target: "b",
          undirected: true,
          attributes: { weight: 2, relation: "hugs" },
        },
        { key: "e2", source: "a", target: "ghost", undirected: true },
      ],
    };
    const { graph: g, warnings, unplaced } = read(JSON.stringify(foreign));
    expect(g.type).toBe("undirected");
    expect([g.order, g.size]).toEqual([3, 2]);
    expect(warnings).toEqual(["1 × node named by an edge but not declared (added): ghost"]);
    expect(unplaced.sort()).toEqual(["a", "b", "ghost"]);
    expect(g.getNodeAttributes("a")).toMatchObject({
      kind: "other",
      mentions: 2,
      extra: { group: 3, size: 9 },
    });
    expect(g.getEdgeAttributes("e1")).toMatchObject({
      relation: "related",
      weight: 2,
      extra: { relation: "hugs" },
    });
    // Placed at seeded start positions, not all on one point or one circle.
    const points = new Set(g.mapNodes((_n, a) => `${a.x.toFixed(3)},${a.y.toFixed(3)}`));
    expect(points.size).toBe(3);
  });

  it("drops the drawing attributes older diplograph files stored (colours and sizes are derived)", () => {
    const old = JSON.parse(text);
    for (const node of old.nodes) Object.assign(node.attributes, { size: 4, color: "#4477AA" });
    const back = read(JSON.stringify(old)).graph;
    expect(graphSnapshot(back)).toEqual(graphSnapshot(graph));
  });

  it("repairs a field off in a file it wrote as in any other file, and reads the rest as written", () => {
    const edited = JSON.parse(text);
    const [node] = edited.nodes;
    const [edge] = edited.edges;
    node.attributes.group = 7;
    edge.attributes.weight = "3";
    edge.attributes.evidence[0].note = "<b>not ours</b>";
    const back = read(JSON.stringify(edited)).graph;
    expect(back.getNodeAttribute(node.key, "extra")).toEqual({ group: 7 });
    expect(back.getEdgeAttribute(edge.key, "weight")).toBe(edge.attributes.evidence.length);
    expect(back.getEdgeAttribute(edge.key, "evidence")[0]).not.toHaveProperty("note");
    back.dropNode(node.key);
    const rest = graph.copy();
    rest.dropNode(node.key);
    expect(graphSnapshot(back)).toEqual(graphSnapshot(rest));
  });

  it("reports an edge to an undeclared actor in a file it wrote, as in any other file", () => {
    const edited = JSON.parse(text);
    const [edge] = edited.edges;
    edited.edges.push({ ...edge, key: "to-ghost", target: "GHOST" });
    const back = read(JSON.stringify(edited));
    expect(back.warnings).toEqual(["1 × node named by an edge but not declared (added): GHOST"]);
    expect(back.graph.hasEdge("to-ghost")).toBe(true);
  });
});
