import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { edgesCsv, nodesCsv } from "../../export/csv.ts";
import { type GexfEvidenceMode, GexfExportError, usesGexfStream, writeGexf } from "../../export/gexf.ts";
import { gexfChunks } from "../../export/gexfStream.ts";
import { serializeGraph } from "../../export/graphJson.ts";
import { createExtractor } from "../../extract/createExtractor.ts";
import type { DiploGraph } from "../../graph/schema.ts";
import { fileSystemMessage, readArticleFiles } from "../../io/readArticleFiles.ts";
import { isAssertionFile, readAssertions } from "../../io/readAssertions.ts";
import { writeChunksAtomic } from "../../io/writeChunksAtomic.ts";
import type { LayoutOptions } from "../../layout/forceAtlas.ts";
import { loadLexicon } from "../../lexicon/loadLexicon.ts";
import type { ActorKind } from "../../model/actor.ts";
import type { Assertion } from "../../model/assertion.ts";
import { Pipeline } from "../../pipeline/pipeline.ts";
import { defineCommand, formatHelp, parseCommandArgs, parseDateOption, UsageError } from "../args.ts";
import { CommandError } from "../errors.ts";
import { GEXF_EVIDENCE_OPTION, parseGexfEvidence } from "../gexfEvidenceOption.ts";
import { writeOutputFile } from "./writeOutputFile.ts";

export const BUILD_SPEC = defineCommand({
  name: "build",
  positionals: "<articles-or-assertions>...",
  minPositionals: 1,
  summary:
    "Builds the knowledge graph: reads articles (.txt, .md, .html; folders recursively) and runs the\n" +
    "extractor, and/or reads extractor output (.jsonl/.ndjson named on the command line), merges every\n" +
    "assertion into one graph, lays it out with ForceAtlas2 and writes graphology JSON (and GEXF, CSV).",
  options: {
    out: { type: "string", short: "o", value: "FILE", description: "graph JSON to write (required)" },
    gexf: { type: "string", value: "FILE", description: "also write GEXF 1.3 for Gephi" },
    "gexf-evidence": GEXF_EVIDENCE_OPTION,
    csv: { type: "string", value: "DIR", description: "also write DIR/nodes.csv and DIR/edges.csv" },
    since: { type: "string", value: "YYYY-MM-DD", description: "keep assertions dated on or after" },
    until: { type: "string", value: "YYYY-MM-DD", description: "keep assertions dated on or before" },
    "min-weight": {
      type: "string",
      value: "N",
      description: "drop edges with fewer than N evidence sentences",
    },
    date: { type: "string", value: "YYYY-MM-DD", description: "date of articles without one" },
    seed: { type: "string", value: "N", description: "layout seed (default 1): same seed, same picture" },
    iterations: { type: "string", value: "N", description: "ForceAtlas2 iterations (default by size)" },
    quiet: { type: "boolean", short: "q", description: "no summary on stderr (errors still shown)" },
  },
  notes: [
    "With --since/--until, undated assertions are left out. Every output file is written atomically.",
    "Bad assertion lines are reported as FILE:LINE: problem (the first 20 per file) and skipped.",
    "exit status: 0 all inputs read, 1 some inputs or lines failed, 2 usage error or nothing read.",
  ],
});

/** Bad lines reported per assertion file before the rest are only counted. */
const MAX_LINE_ERRORS_PER_FILE = 20;
/** Assertions merged at once from an NDJSON file: bounded memory, few recounts. */
const MERGE_BATCH = 50_000;

function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min) {
    throw new UsageError(`invalid ${flag}: ${value} (expected a whole number >= ${min})`);
  }
  return n;
}

interface InputCounts {
  assertionFiles: number;
  errors: number;
  badLines: number;
}

type Say = (line: string) => void;

/** Articles (files and folders) through the pipeline's extract and merge steps; problems reported and counted. */
async function addArticleFiles(
  pipeline: Pipeline,
  paths: string[],
  date: string | undefined,
  counts: InputCounts,
  say: Say,
): Promise<void> {
  for await (const event of readArticleFiles(paths, date === undefined ? {} : { date })) {
    if (event.type === "error") {
      counts.errors++;
      say(`${event.path}: ${event.message}`);
    } else if (event.type === "skipped") {
      if (event.kind !== "extension") say(`${event.path}: skipped, ${event.reason}`);
    } else {
      pipeline.addArticle(event.article);
    }
  }
}

/** One NDJSON file of assertions, merged in batches; bad lines reported (the first 20) and counted. */
async function addAssertionFile(
  pipeline: Pipeline,
  path: string,
  counts: InputCounts,
  say: Say,
): Promise<void> {
  let batch: Assertion[] = [];
  let fileErrors = 0;
  let read = false;
  for await (const event of readAssertions(path)) {
    if (event.type === "error") {
      if (event.line === 0) {
        counts.errors++;
        say(event.message);
        continue;
      }
      counts.badLines++;
      if (++fileErrors <= MAX_LINE_ERRORS_PER_FILE) say(event.message);
      continue;
    }
    read = true;
    batch.push(event.assertion);
    if (batch.length >= MERGE_BATCH) {
      pipeline.addAssertions(batch);
      batch = [];
    }
  }
  pipeline.addAssertions(batch);
  if (fileErrors > MAX_LINE_ERRORS_PER_FILE) {
    say(`${path}: ${fileErrors - MAX_LINE_ERRORS_PER_FILE} more bad lines not shown`);
  }
  if (read || fileErrors > 0) counts.assertionFiles++;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(BUILD_SPEC, argv);
  if (args.help) {
    process.stdout.write(formatHelp(BUILD_SPEC));
    return 0;
  }
  const out = args.string("out");
  if (out === undefined) throw new UsageError("missing -o FILE (the graph JSON to write)");
  const range = {
    since: parseDateOption("--since", args.string("since")),
    until: parseDateOption("--until", args.string("until")),
  };
  if (range.since && range.until && range.since > range.until) {
    throw new UsageError(`--since ${range.since} is after --until ${range.until}`);
  }
  const minWeight = wholeNumber("--min-weight", args.string("min-weight"), 1);
  const seed = wholeNumber("--seed", args.string("seed"), 0);
  const iterations = wholeNumber("--iterations", args.string("iterations"), 0);
  const evidenceMode = parseGexfEvidence(args.string("gexf-evidence"));
  const date = parseDateOption("--date", args.string("date"));
  const quiet = args.flag("quiet");
  const say = (line: string) => process.stderr.write(`diplograph build: ${line}\n`);

  const lexicon = loadLexicon();
  const kinds = new Map<string, ActorKind>(lexicon.actors.map((a) => [a.id, a.kind]));
  const layout: LayoutOptions = {};
  if (seed !== undefined) layout.seed = seed;
  if (iterations !== undefined) layout.iterations = iterations;
  const pipeline = new Pipeline({
    extractor: createExtractor(lexicon),
    resolveKind: (id: string) => kinds.get(id),
    range,
    layout: { kind: "forceAtlas2", options: layout },
    ...(minWeight === undefined ? {} : { minWeight }),
  });
  const counts: InputCounts = { assertionFiles: 0, errors: 0, badLines: 0 };

  const assertionPaths = args.positionals.filter(isAssertionFile);
  const articlePaths = args.positionals.filter((p) => !isAssertionFile(p));

  if (articlePaths.length > 0) await addArticleFiles(pipeline, articlePaths, date, counts, say);
  for (const path of assertionPaths) await addAssertionFile(pipeline, path, counts, say);

  if (pipeline.counts.articles === 0 && counts.assertionFiles === 0) {
    throw new CommandError(
      `nothing to build from in ${args.positionals.join(", ")} (expected articles or .jsonl/.ndjson assertions)`,
    );
  }
  const { graph, dropped } = pipeline.finish();
  const { articles, assertions, filtered } = pipeline.counts;

  await writeOutputs(graph, out, args.string("gexf"), args.string("csv"), evidenceMode);
  if (!quiet) {
    say(
      `${graph.order} actors, ${graph.size} edges from ${assertions} assertions ` +
        `(${articles} articles, ${counts.assertionFiles} assertion files)` +
        (filtered ? `; ${filtered} outside the dates` : "") +
        (dropped.edges ? `; ${dropped.edges} edges under --min-weight` : "") +
        (counts.badLines ? `; ${counts.badLines} bad lines` : "") +
        (counts.errors ? `; ${counts.errors} unreadable inputs` : "") +
        ` -> ${[out, args.string("gexf"), args.string("csv")].filter(Boolean).join(", ")}`,
    );
  }
  return counts.errors + counts.badLines > 0 ? 1 : 0;
}

async function writeOutputs(
  graph: DiploGraph,
  out: string,
  gexf: string | undefined,
  csvDir: string | undefined,
  evidence: GexfEvidenceMode,
): Promise<void> {
  await writeOutputFile(out, serializeGraph(graph));
  if (gexf !== undefined) await writeGexfOutput(gexf, graph, evidence);
  if (csvDir !== undefined) {
    try {
      await mkdir(csvDir, { recursive: true });
    } catch {
      throw new CommandError(`cannot create folder ${csvDir}`);
    }
    await writeOutputFile(join(csvDir, "nodes.csv"), nodesCsv(graph));
    await writeOutputFile(join(csvDir, "edges.csv"), edgesCsv(graph));
  }
}

/** Large graphs stream their GEXF into the file (see STREAM_ABOVE_EDGES), never held whole; small ones use the library's string. */
async function writeGexfOutput(path: string, graph: DiploGraph, evidence: GexfEvidenceMode): Promise<void> {
  if (path === "-" || !usesGexfStream(graph)) return writeOutputFile(path, writeGexf(graph, { evidence }));
  try {
    await writeChunksAtomic(path, gexfChunks(graph, { evidence }));
  } catch (error) {
    if (error instanceof GexfExportError) throw error;
    throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
  }
}
