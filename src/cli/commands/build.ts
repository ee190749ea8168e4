import { join } from "node:path";
import { edgesCsv, nodesCsv } from "../../export/csv.ts";
import { type GexfEvidenceMode, GexfExportError, usesGexfStream, writeGexf } from "../../export/gexf.ts";
import { gexfChunks } from "../../export/gexfStream.ts";
import { serializeGraph } from "../../export/graphJson.ts";
import type { DiploGraph } from "../../graph/schema.ts";
import { estimateTotalBytes } from "../../io/estimateTotalBytes.ts";
import { OutputBatch } from "../../io/OutputBatch.ts";
import { ARTICLE_EXTENSIONS, type ArticleFileEvent, fileSystemMessage } from "../../io/readArticleFiles.ts";
import { isAssertionFile, readAssertions } from "../../io/readAssertions.ts";
import type { LayoutOptions } from "../../layout/forceAtlas.ts";
import { defaultIterations } from "../../layout/settings.ts";
import type { ActorKind } from "../../model/actor.ts";
import type { Assertion } from "../../model/assertion.ts";
import { Pipeline } from "../../pipeline/pipeline.ts";
import { formatHelp, parseCommandArgs, parseDateOption, parseWholeNumber, UsageError } from "../args.ts";
import type { ArticleExtraction } from "../articleExtraction.ts";
import { articleInputs, STDIN } from "../articleInputs.ts";
import { cliLexicon } from "../builtinLexicon.ts";
import { CommandError } from "../errors.ts";
import { ExtractedElsewhere } from "../extractedElsewhere.ts";
import { defaultJobs, openExtraction } from "../extractPool.ts";
import { parseGexfEvidence } from "../gexfEvidenceOption.ts";
import { OrderedQueue } from "../orderedQueue.ts";
import { checkOutputs, type OutputTarget } from "../outputs.ts";
import { formatBytes, formatCount, Progress, rateAndTimeLeft } from "../progress.ts";
import { BUILD_SPEC, MAX_ITERATIONS, MAX_JOBS, MAX_MIN_WEIGHT, MAX_SEED } from "../specs.ts";
import { terminalLine } from "../terminalLine.ts";
import { writeOutputFile } from "./writeOutputFile.ts";

export { BUILD_SPEC } from "../specs.ts";

/** Bad lines reported per assertion file before the rest are only counted. */
const MAX_LINE_ERRORS_PER_FILE = 20;
/** Assertions merged at once from an NDJSON file: bounded memory, few recounts. */
const MERGE_BATCH = 50_000;

interface InputCounts {
  assertionFiles: number;
  errors: number;
  badLines: number;
}

interface Reporter {
  say: (line: string) => void;
  progress: Progress;
  started: number;
  /** Article files found in the inputs, for the progress line. */
  inputFiles: number;
}

/**
 * Articles (files and folders) through the pipeline's extract and merge steps; problems reported and
 * counted. Extraction runs on `extraction` (worker threads with --jobs); the results are added to the
 * pipeline in input order, whatever thread finished first, so any --jobs gives the same graph.
 */
async function addArticleFiles(
  pipeline: Pipeline,
  extracted: ExtractedElsewhere,
  extraction: ArticleExtraction,
  window: number,
  paths: string[],
  date: string | undefined,
  counts: InputCounts,
  report: Reporter,
): Promise<void> {
  let filesDone = 0;
  const queue = new OrderedQueue<{ event: ArticleFileEvent; assertions: Assertion[] }>(window);
  const add = async (done: Array<{ event: ArticleFileEvent; assertions: Assertion[] }>) => {
    for (const { event, assertions } of done) {
      if (event.type === "error") {
        counts.errors++;
        report.say(`${event.path}: ${event.message}`);
      } else if (event.type === "skipped") {
        if (event.kind !== "extension") report.say(`${event.path}: skipped, ${event.reason}`);
      } else {
        extracted.next = assertions;
        pipeline.addArticle(event.article);
      }
      await report.progress.tick(() =>
        articleProgress(++filesDone, report.inputFiles, pipeline.counts.assertions, report.started),
      );
    }
  };
  try {
    for await (const event of articleInputs(paths, date === undefined ? {} : { date })) {
      const result =
        event.type === "article"
          ? extraction
              .extract({ article: event.article })
              .then((extracted) => ({ event, assertions: extracted.assertions ?? [] }))
          : { event, assertions: [] };
      await add(await queue.push(result));
    }
    await add(await queue.drain());
  } finally {
    await extraction.close();
  }
}

/** One NDJSON file of assertions, merged in batches; bad lines reported (the first 20) and counted. */
async function addAssertionFile(
  pipeline: Pipeline,
  path: string,
  counts: InputCounts,
  report: Reporter,
): Promise<void> {
  let batch: Assertion[] = [];
  let fileErrors = 0;
  let read = false;
  const fileStarted = Date.now();
  const reading = { bytes: 0, size: 0 };
  const events =
    path === STDIN ? readAssertions("stdin", reading, process.stdin) : readAssertions(path, reading);
  for await (const event of events) {
    const seen = pipeline.counts.assertions + batch.length;
    await report.progress.tick(() => assertionProgress(path, reading, seen, fileStarted));
    if (event.type === "error") {
      if (event.line === 0) {
        counts.errors++;
        report.say(event.message);
        continue;
      }
      counts.badLines++;
      if (++fileErrors <= MAX_LINE_ERRORS_PER_FILE) report.say(event.message);
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
    report.say(`${path}: ${fileErrors - MAX_LINE_ERRORS_PER_FILE} more bad lines not shown`);
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
  const minWeight = parseWholeNumber("--min-weight", args.string("min-weight"), 1, MAX_MIN_WEIGHT);
  const seed = parseWholeNumber("--seed", args.string("seed"), 0, MAX_SEED);
  const iterations = parseWholeNumber("--iterations", args.string("iterations"), 0, MAX_ITERATIONS);
  const evidenceMode = parseGexfEvidence(args.string("gexf-evidence"));
  const date = parseDateOption("--date", args.string("date"));
  const quiet = args.flag("quiet");
  const jobsOption = parseWholeNumber("--jobs", args.string("jobs"), 1, MAX_JOBS);
  const outputs = { out, gexf: args.string("gexf"), csv: args.string("csv") };
  const { inputFiles, inputPaths } = await checkOutputs(planOutputs(outputs), {
    paths: args.positionals.filter((path) => path !== STDIN),
    folderExtensions: Object.keys(ARTICLE_EXTENSIONS),
  });
  const jobs = jobsOption ?? defaultJobs(await estimateTotalBytes(inputPaths));
  const progress = new Progress("build", { quiet });
  const say = (line: string) => {
    progress.clear();
    process.stderr.write(`diplograph build: ${terminalLine(line)}\n`);
  };
  const started = Date.now();

  const lexicon = await cliLexicon();
  const kinds = new Map<string, ActorKind>(lexicon.actors.map((a) => [a.id, a.kind]));
  const layout: LayoutOptions = {};
  if (seed !== undefined) layout.seed = seed;
  if (iterations !== undefined) layout.iterations = iterations;
  // Articles are extracted on worker threads (--jobs); the pipeline counts, filters and merges the results.
  const extracted = new ExtractedElsewhere();
  const pipeline = new Pipeline({
    extractor: extracted,
    resolveKind: (id: string) => kinds.get(id),
    range,
    layout: { kind: "forceAtlas2", options: layout },
    ...(minWeight === undefined ? {} : { minWeight }),
  });
  const counts: InputCounts = { assertionFiles: 0, errors: 0, badLines: 0 };
  const report: Reporter = { say, progress, started, inputFiles };

  // "-" is assertions on standard input (`diplograph extract - | diplograph build -`).
  const isAssertions = (path: string) => path === STDIN || isAssertionFile(path);
  const assertionPaths = args.positionals.filter(isAssertions);
  const articlePaths = args.positionals.filter((path) => !isAssertions(path));
  if (articlePaths.length > 0) {
    const extraction = await openExtraction(jobs, inputFiles, undefined, { output: "assertions", read: {} });
    await addArticleFiles(pipeline, extracted, extraction, jobs * 4, articlePaths, date, counts, report);
  }
  for (const path of assertionPaths) await addAssertionFile(pipeline, path, counts, report);

  if (pipeline.counts.articles === 0 && counts.assertionFiles === 0) {
    throw new CommandError(
      `nothing to build from in ${args.positionals.join(", ")} (expected articles or .jsonl/.ndjson assertions)`,
    );
  }
  progress.update(
    () =>
      `laying out ${formatCount(pipeline.graph.order)} actors, ${formatCount(pipeline.graph.size)} edges: ` +
      `${formatCount(iterations ?? defaultIterations(pipeline.graph.order))} ForceAtlas2 iterations...`,
    true,
  );
  const { graph, dropped } = pipeline.finish();
  const { articles, assertions, filtered } = pipeline.counts;

  await writeOutputs(graph, outputs, evidenceMode, progress);
  progress.clear();
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

function planOutputs(outputs: { out: string; gexf: string | undefined; csv: string | undefined }) {
  const files: OutputTarget[] = [{ flag: "-o", path: outputs.out }];
  if (outputs.gexf !== undefined) files.push({ flag: "--gexf", path: outputs.gexf });
  const folders: OutputTarget[] = [];
  if (outputs.csv !== undefined) {
    folders.push({ flag: "--csv", path: outputs.csv });
    for (const name of CSV_FILES) files.push({ flag: "--csv", path: join(outputs.csv, name) });
  }
  return { files, folders };
}

const CSV_FILES = ["nodes.csv", "edges.csv"] as const;

function articleProgress(done: number, total: number, assertions: number, started: number): string {
  const rate = rateAndTimeLeft(done, total, Date.now() - started, "files");
  return `articles ${formatCount(done)}/${formatCount(Math.max(done, total))}, ${formatCount(assertions)} assertions${rate ? `, ${rate}` : ""}`;
}

function assertionProgress(
  path: string,
  reading: { bytes: number; size: number },
  assertions: number,
  started: number,
): string {
  const rate = rateAndTimeLeft(reading.bytes, reading.size, Date.now() - started, "B");
  return (
    `reading ${path}: ${formatBytes(reading.bytes)} of ${formatBytes(reading.size)}, ` +
    `${formatCount(assertions)} assertions${rate ? `, ${rate}` : ""}`
  );
}

/**
 * Writes every output all or nothing (see OutputBatch): large graphs stream
 * their GEXF (see STREAM_ABOVE_EDGES), never held whole. Standard output ("-")
 * is written last, once every file is in place.
 */
async function writeOutputs(
  graph: DiploGraph,
  outputs: { out: string; gexf: string | undefined; csv: string | undefined },
  evidence: GexfEvidenceMode,
  progress: Progress,
): Promise<void> {
  const started = Date.now();
  const batch = new OutputBatch((bytes) =>
    progress.update(() => {
      const rate = rateAndTimeLeft(bytes, undefined, Date.now() - started, "B");
      return `writing: ${formatBytes(bytes)}${rate ? `, ${rate}` : ""}`;
    }),
  );
  const toStdout: string[] = [];
  const add = async (path: string, data: () => string | Iterable<string>) => {
    try {
      if (path === "-") {
        const text = data();
        toStdout.push(typeof text === "string" ? text : [...text].join(""));
      } else {
        await batch.add(path, data());
      }
    } catch (error) {
      await batch.abort();
      if (error instanceof GexfExportError) throw error;
      throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
    }
  };
  await add(outputs.out, () => serializeGraph(graph));
  const gexf = outputs.gexf;
  if (gexf !== undefined) {
    await add(gexf, () =>
      gexf !== "-" && usesGexfStream(graph)
        ? gexfChunks(graph, { evidence })
        : writeGexf(graph, { evidence }),
    );
  }
  const csv = outputs.csv;
  if (csv !== undefined) {
    try {
      await batch.createFolder(csv);
    } catch (error) {
      await batch.abort();
      throw new CommandError(`cannot create folder ${csv}: ${fileSystemMessage(error)}`);
    }
    await add(join(csv, "nodes.csv"), () => nodesCsv(graph));
    await add(join(csv, "edges.csv"), () => edgesCsv(graph));
  }
  try {
    batch.commit();
  } catch (error) {
    await batch.abort();
    throw new CommandError(`cannot write ${outputs.out}: ${fileSystemMessage(error)}`);
  }
  for (const text of toStdout) await writeOutputFile("-", text);
}
