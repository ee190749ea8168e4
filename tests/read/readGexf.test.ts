import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraphFormatError } from "../../src/read/errors.ts";
import { checkExplorerGraphSize, countGexfElements, MAX_EXPLORER_ELEMENTS } from "../../src/read/limits.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { GEXF_FIXTURES, gexfFixturesDir } from "../fixtures/gexf/fixtures.ts";

const fixtures = gexfFixturesDir;
const text = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
const cache = new Map<string, ReturnType<typeof readGraphText>>();
/** Each fixture read once per run (the large ones take a second each); tests do not change the graphs. */
function read(name: string): ReturnType<typeof readGraphText> {
  let result = cache.get(name);
  if (!result) {
    result = readGraphText("gexf", text(name));
    cache.set(name, result);
  }
  return result;
}

describe("reading graphology's GEXF test files", () => {
  it.each(GEXF_FIXTURES)("%s opens with %i nodes and %i edges, %s", (file, nodes, edges, type) => {
    const { graph } = read(file);
    expect([graph.order, graph.size, graph.type]).toEqual([nodes, edges, type]);
  });

  it("keeps a Gephi edge's label and weight under the generic relation, and its parallel edges", () => {
    const { graph } = read("mixed.gexf");
    expect(graph.getEdgeAttributes("2")).toMatchObject({
      relation: "related",
      label: "Nice edge",
      weight: 4.56,
    });
    expect(graph.isUndirected("3")).toBe(true);
    expect(graph.isDirected("1")).toBe(true);
    const lesMis = read("les_miserables.gexf").graph;
    expect(lesMis.someEdge((_e, a) => a.weight > 1)).toBe(true);
    expect(lesMis.everyEdge((_e, a) => a.relation === "related")).toBe(true);
  });

  it("keeps unknown attributes (and the file's colours) as data, nodes as kind 'other'", () => {
    const { graph } = read("undeclared_attribute.gexf");
    expect(graph.getNodeAttributes("0")).toMatchObject({
      label: "Gephi",
      kind: "other",
      extra: { url: "http://gephi.org" },
    });
    expect(graph.edges().map((e) => graph.getEdgeAttribute(e, "extra"))).toEqual([{ count: "43" }]);
    const arctic = read("arctic.gexf").graph;
    expect(arctic.everyNode((_n, a) => typeof a.extra?.color === "string")).toBe(true);
  });

  it("adds the nodes an edge names without declaring, with one warning", () => {
    const { graph, warnings } = read("missing_nodes.gexf");
    expect(graph.nodes().sort()).toEqual(["0", "1", "2", "4", "5", "6"]);
    expect(warnings).toEqual(["4 × node named by an edge but not declared (added): 2, 4, 5, ..."]);
  });

  it("places a graph without positions on a seeded disc, not one circle", () => {
    const { graph, unplaced } = read("celegans.gexf");
    expect(unplaced.length).toBe(graph.order);
    const radii = graph.mapNodes((_n, a) => Math.round(Math.hypot(a.x, a.y)));
    expect(new Set(radii).size).toBeGreaterThan(graph.order / 4);
    const again = readGraphText("gexf", text("celegans.gexf")).graph;
    expect(again.mapNodes((_n, a) => [a.x, a.y])).toEqual(graph.mapNodes((_n, a) => [a.x, a.y]));
  });

  const refused: [string, string, string][] = [
    ["a DOCTYPE", '<!DOCTYPE gexf [<!ENTITY a "a">]><gexf><graph/></gexf>', "DOCTYPE or ENTITY declaration"],
    ["broken XML", "<gexf><graph><nodes>", "not well-formed XML"],
    ["HTML", "<html><body>hello</body></html>", "not a GEXF file"],
    [
      "a duplicate node id",
      '<gexf><graph><nodes><node id="a"/><node id="a"/></nodes><edges/></graph></gexf>',
      "invalid GEXF graph",
    ],
  ];
  it.each(refused)("refuses %s with a one-line GraphFormatError", (_name, text, message) => {
    expect(() => readGraphText("gexf", text)).toThrow(GraphFormatError);
    expect(() => readGraphText("gexf", text)).toThrow(message);
  });

  it("refuses text over the size limit before parsing it", () => {
    expect(() => readGraphText("gexf", "x".repeat(50 * 1024 * 1024 + 1))).toThrow(/more than the 50 MB/);
  });
});

describe("the explorer's size limit", () => {
  it("counts nodes and edges by their tags, without parsing", () => {
    expect(countGexfElements(text("les_miserables.gexf"))).toEqual({ nodes: 77, edges: 254 });
  });

  it("refuses more than MAX_EXPLORER_ELEMENTS nodes and edges, naming the limit", () => {
    expect(() => checkExplorerGraphSize(MAX_EXPLORER_ELEMENTS, 0)).not.toThrow();
    expect(() => checkExplorerGraphSize(200_000, 200_000)).toThrow(
      "200,000 nodes and 200,000 edges, more than the 50,000 nodes and edges the explorer opens",
    );
  });
});
