// Fuzz test (fast-check): the readers of untrusted input, on random text and
// on real files mutated at random, return or throw their documented error;
// they never crash with another error, never hang, and stay within a time
// bound per input. The seed is fixed so a failure replays; set FUZZ_SEED to
// explore other inputs, FUZZ_RUNS for more of them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { writeGexf } from "../../src/export/gexf.ts";
import { serializeGraph } from "../../src/export/graphJson.ts";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { IngestError } from "../../src/ingest/errors.ts";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { GraphFormatError } from "../../src/read/errors.ts";
import { readGraphText } from "../../src/read/readGraphText.ts";
import { articlesDir, repoRoot } from "../fixtures/sampleAssertions.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** Per input: far above what a real article or graph file of this size takes. */
const MAX_MS_PER_INPUT = 2000;

const extractor = createExtractor(loadLexicon());
const articles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .slice(0, 12)
  .map((name) => readFileSync(path.join(articlesDir, name), "utf8"));
const sampleGraphJson = readFileSync(path.join(repoRoot, "graph-data", "graph.json"), "utf8");
// A graph file with every feature the writer has: full evidence, dates, conditions.
const sampleGexf = writeGexf(readGraphText("json", sampleGraphJson).graph, { evidence: "full" });

/** Pieces that tend to break parsers: markup, front matter, odd Unicode, prototype keys. */
const NASTY = [
  "---\n",
  "---\ndate: 2022-02-31\n---\n",
  "title: [unclosed\n",
  "<",
  ">",
  "&amp;",
  "&#0;",
  "<!DOCTYPE x>",
  '<node id="__proto__"/>',
  '<attvalue for="__proto__" value="1"/>',
  '<edge source="A" target="A"/>',
  "\u0000",
  "\uFEFF",
  "\uD800",
  "\u202E",
  "🇺🇦",
  "\r\n",
  '"',
  "{",
  "]",
  '"__proto__"',
  '{"constructor":{"prototype":{}}}',
  "NaN",
  "1e309",
  " said ",
  " condemned ",
  " the United States ",
  " Russia ",
  " if ",
  " not ",
  " they ",
  "(",
  "Mr.",
  "...",
];

type Edit =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete" | "duplicate"; at: number; length: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 40, unit: "binary" })),
  }),
  fc.record({
    kind: fc.constantFrom("delete" as const, "duplicate" as const),
    at: fc.nat(),
    length: fc.nat(400),
  }),
);

/** A real file with a few random edits: close enough to pass the first checks, wrong enough to matter. */
function mutated(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(editArb, { minLength: 1, maxLength: 8 }))
    .map(([source, edits]) => {
      let text = source;
      for (const edit of edits) {
        const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
        if (edit.kind === "insert") text = text.slice(0, at) + edit.text + text.slice(at);
        else if (edit.kind === "delete") text = text.slice(0, at) + text.slice(at + edit.length);
        else
          text =
            text.slice(0, at + edit.length) + text.slice(at, at + edit.length) + text.slice(at + edit.length);
      }
      return text;
    });
}

const randomText = fc.oneof(
  fc.string({ maxLength: 2000, unit: "binary" }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 200 }).map((parts) => parts.join("")),
);

/** Runs `read`; it may return or throw one of `allowed`; returns the time it took. */
function within(read: () => void, allowed: readonly (new (...args: never[]) => Error)[]): number {
  const started = performance.now();
  try {
    read();
  } catch (error) {
    const documented = allowed.some((type) => error instanceof type);
    if (!documented) throw error;
    // A documented error is one line: the CLI and the app print it as it is.
    expect((error as Error).message.trim()).not.toBe("");
    expect((error as Error).message).not.toContain("\n");
  }
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MAX_MS_PER_INPUT);
  return elapsed;
}

const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

describe("fuzz: articles", { timeout: 60_000 }, () => {
  it("parseArticle returns an article or throws IngestError; the extractor never throws and its offsets hold", () => {
    const check = (text: string, format: "text" | "html") => {
      within(() => {
        const article = parseArticle("fuzz", text, { format });
        const assertions = extractor.extract(article);
        for (const a of assertions) {
          expect(article.text.slice(a.start, a.end)).toBe(a.sentence);
          expect(a.confidence).toBeGreaterThan(0);
          expect(a.confidence).toBeLessThanOrEqual(1);
        }
      }, [IngestError]);
    };
    fc.assert(
      fc.property(
        fc.oneof(mutated(articles), randomText),
        fc.constantFrom("text", "html" as const),
        (text, format) => check(text, format),
      ),
      params,
    );
  });
});

describe("fuzz: graph files", { timeout: 60_000 }, () => {
  it("the JSON reader returns a graph or throws GraphFormatError", () => {
    fc.assert(
      fc.property(fc.oneof(mutated([sampleGraphJson]), randomText, fc.json()), (text) => {
        within(() => {
          const { graph } = readGraphText("json", text);
          // What it returns can be written and read again.
          readGraphText("json", serializeGraph(graph));
        }, [GraphFormatError]);
      }),
      params,
    );
  });

  it("the GEXF reader (the CLI's and the explorer's) returns a graph or throws GraphFormatError", () => {
    // xmldom may still report recoverable problems on the console.
    const quiet = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")].map((spy) =>
      spy.mockImplementation(() => undefined),
    );
    fc.assert(
      fc.property(fc.oneof(mutated([sampleGexf]), randomText), (text) => {
        within(() => {
          const { graph } = readGraphText("gexf", text);
          // What it returns can be written as GEXF and read again.
          readGraphText("gexf", writeGexf(graph));
        }, [GraphFormatError]);
      }),
      { ...params, numRuns: RUNS * 3 },
    );
    for (const spy of quiet) spy.mockRestore();
  });
});
