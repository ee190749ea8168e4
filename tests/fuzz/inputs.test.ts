// Fuzz test (fast-check): the readers of untrusted input, on random text and
// on real files mutated at random, return or throw their documented error;
// they never crash with another error, never hang, and stay within a time
// bound per input. The seed is fixed so a failure replays; set FUZZ_SEED to
// explore other inputs, FUZZ_RUNS for more of them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexfLibrary } from "graphology-gexf";
import { describe, expect, it, vi } from "vitest";
import { diploGraphFromGexf } from "../../src/export/fromGexf.ts";
import { writeGexf } from "../../src/export/gexf.ts";
import { GraphFormatError, parseGraphJson, serializeGraph } from "../../src/export/graphJson.ts";
import { createExtractor } from "../../src/extract/createExtractor.ts";
import { IngestError } from "../../src/ingest/errors.ts";
import { parseArticle } from "../../src/ingest/parseArticle.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
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
const sampleGexf = writeGexf(parseGraphJson(sampleGraphJson), { evidence: "full" });

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
  it("parseGraphJson returns a graph or throws GraphFormatError", () => {
    fc.assert(
      fc.property(fc.oneof(mutated([sampleGraphJson]), randomText, fc.json()), (text) => {
        within(() => {
          const graph = parseGraphJson(text);
          // What it returns can be written again.
          parseGraphJson(serializeGraph(graph));
        }, [GraphFormatError]);
      }),
      params,
    );
  });

  it("diploGraphFromGexf turns whatever graphology-gexf parses into a graph or a GraphFormatError", () => {
    // xmldom, graphology-gexf's parser in Node, reports every recoverable error on the console.
    const quiet = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")].map((spy) =>
      spy.mockImplementation(() => undefined),
    );
    fc.assert(
      fc.property(fc.oneof(mutated([sampleGexf]), randomText), (text) => {
        let parsed: MultiDirectedGraph | null = null;
        // The library's own parse errors (xmldom's ParseError, graphology's UsageGraphError, even a
        // TypeError on some broken documents) are its contract, not ours: callers wrap them (the
        // explorer's reader turns any of them into one OpenFileError line). Only the time is ours.
        within(() => {
          try {
            parsed = parseGexfLibrary(MultiDirectedGraph, text);
          } catch {
            parsed = null;
          }
        }, []);
        const graph = parsed;
        if (graph === null) return;
        within(() => serializeGraph(diploGraphFromGexf(graph)), [GraphFormatError]);
      }),
      { ...params, numRuns: RUNS * 3 },
    );
    for (const spy of quiet) spy.mockRestore();
  });
});
