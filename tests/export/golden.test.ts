import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf.ts";
import { serializeGraph } from "../../src/export/graphJson.ts";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { readArticleFiles } from "../../src/io/readArticleFiles.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { Pipeline } from "../../src/pipeline/pipeline.ts";
import { articlesDir } from "../fixtures/sampleAssertions.ts";

/**
 * Golden files: the sample graph (graph-data/articles through the pipeline,
 * as `npm run build` makes it) as JSON and GEXF. Any change to extraction,
 * merging, layout or the writers shows as a diff of these files in review.
 * After an intended change (new articles, new rules), regenerate them:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/export/golden.test.ts
 *
 * and commit them with the change. Floats are compared to 6 decimals.
 */
const goldenDir = path.resolve(import.meta.dirname, "../fixtures/golden");
const update = process.env.UPDATE_GOLDEN === "1";

async function sampleGraph() {
  const lexicon = loadLexicon();
  const kinds = new Map(lexicon.actors.map((a) => [a.id, a.kind]));
  const pipeline = new Pipeline({ extractor: createExtractor(lexicon), resolveKind: (id) => kinds.get(id) });
  for await (const event of readArticleFiles([articlesDir])) {
    if (event.type === "article") pipeline.addArticle(event.article);
  }
  return pipeline.finish().graph;
}

/** Numbers to 6 decimals, so a last-digit difference of floating point is not a change. */
const roundFloats = (text: string) => text.replace(/(-?\d+\.\d{6})\d+/g, "$1");

function expectGolden(name: string, text: string): void {
  const file = path.join(goldenDir, name);
  if (update || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, text);
  }
  expect(roundFloats(text)).toBe(roundFloats(readFileSync(file, "utf8")));
}

describe("golden files of the sample graph", async () => {
  const graph = await sampleGraph();

  it("JSON (what the explorer loads) matches tests/fixtures/golden/sample-graph.json", () => {
    expectGolden("sample-graph.json", `${JSON.stringify(JSON.parse(serializeGraph(graph)), null, 1)}\n`);
  });

  it("GEXF (what Gephi opens) matches tests/fixtures/golden/sample-graph.gexf", () => {
    expectGolden("sample-graph.gexf", writeGexf(graph));
  });
});
