import { readFile } from "node:fs/promises";
import { createExtractor } from "../../extract/createExtractor.ts";
import { DEFAULT_MAX_BYTES } from "../../io/articleLimits.ts";
import { estimateTotalBytes } from "../../io/estimateTotalBytes.ts";
import { ARTICLE_EXTENSIONS, fileSystemMessage } from "../../io/readArticleFiles.ts";
import { type ExtraActorsFile, parseExtraActors } from "../../lexicon/extraActors.ts";
import type { SentenceExplanation } from "../../model/explanation.ts";
import {
  formatHelp,
  parseCommandArgs,
  parseDateOption,
  parsePositiveNumber,
  parseWholeNumber,
} from "../args.ts";
import type { ArticleExtraction } from "../articleExtraction.ts";
import { type ArticleInput, listArticleInputs, STDIN } from "../articleInputs.ts";
import { cliLexicon } from "../builtinLexicon.ts";
import { CommandError } from "../errors.ts";
import { type ExtractInputOptions, type ExtractOutcome, extractInput } from "../extractInput.ts";
import { defaultJobs, openExtraction } from "../extractPool.ts";
import { formatExplanation } from "../formatExplanation.ts";
import { setInterruptMessage } from "../interrupt.ts";
import { type NdjsonOutput, openNdjsonOutput } from "../ndjsonOutput.ts";
import { OrderedQueue } from "../orderedQueue.ts";
import { checkOutputs } from "../outputs.ts";
import { formatCount, Progress, rateAndTimeLeft } from "../progress.ts";
import { EXTRACT_SPEC, MAX_JOBS } from "../specs.ts";
import { terminalLine } from "../terminalLine.ts";

export { EXTRACT_SPEC } from "../specs.ts";

/** --max-size at most: one article is read into memory whole. */
const MAX_SIZE_MB = 1024;
const MAX_ACTORS_FILE_BYTES = 10 * 1024 * 1024;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(EXTRACT_SPEC, argv);
  if (args.help) {
    process.stdout.write(formatHelp(EXTRACT_SPEC));
    return 0;
  }
  const date = parseDateOption("--date", args.string("date"));
  const maxSize = parsePositiveNumber("--max-size", args.string("max-size"), MAX_SIZE_MB);
  const maxBytes = maxSize === undefined ? DEFAULT_MAX_BYTES : Math.round(maxSize * 1024 * 1024);
  const quiet = args.flag("quiet");
  const actorsPath = args.string("actors");
  const outPath = args.string("out");
  const jobsOption = parseWholeNumber("--jobs", args.string("jobs"), 1, MAX_JOBS);
  const files = args.positionals.filter((path) => path !== STDIN);
  const fromStdin = files.length < args.positionals.length;
  const { inputFiles, inputPaths } = await checkOutputs(
    { files: outPath === undefined ? [] : [{ flag: "-o", path: outPath }] },
    {
      paths: actorsPath === undefined ? files : [...files, actorsPath],
      folderExtensions: Object.keys(ARTICLE_EXTENSIONS),
    },
  );
  if (outPath === undefined || outPath === "-") {
    setInterruptMessage("interrupted (the assertions so far are on standard output)");
  }

  // Without --jobs, the input's size decides (sampled only then).
  const jobs = jobsOption ?? defaultJobs(fromStdin ? undefined : await estimateTotalBytes(inputPaths));
  const extra = actorsPath === undefined ? undefined : await readExtraActors(actorsPath);
  const explain = args.flag("explain");
  const output = explain && outPath === undefined ? null : await openNdjsonOutput(outPath);
  const read = date === undefined ? { maxBytes } : { maxBytes, date };
  const options: ExtractInputOptions = { output: "ndjson", read };
  let extraction: ArticleExtraction;
  try {
    // --explain prints as it goes, sentence by sentence: on this thread, in order.
    extraction = explain
      ? await explainingExtraction(extra, options)
      : await openExtraction(jobs, fromStdin ? undefined : inputFiles, extra, options);
  } catch (error) {
    // An --actors file at odds with the lexicon: the output file was opened, remove it.
    await output?.abort();
    throw error;
  }

  const counts = { articles: 0, assertions: 0, skipped: 0, errors: 0, files: 0 };
  const progress = new Progress("extract", { quiet });
  const say = (line: string) => {
    progress.clear();
    process.stderr.write(`diplograph extract: ${terminalLine(line)}\n`);
  };
  const started = Date.now();
  // Files in folders that are not articles are not in inputFiles, nor counted here.
  let finished = 0;
  const progressLine = () =>
    [
      fromStdin
        ? `${formatCount(finished)} articles`
        : `${formatCount(finished)}/${formatCount(Math.max(inputFiles, finished))} files`,
      `${formatCount(counts.assertions)} assertions`,
      rateAndTimeLeft(finished, fromStdin ? undefined : inputFiles, Date.now() - started, "files"),
    ]
      .filter(Boolean)
      .join(", ");
  // Files are read by the extracting threads: many may be in flight. Articles from stdin are in memory.
  const window = jobs * (fromStdin ? 4 : 64);
  await extractAll(
    listArticleInputs(args.positionals, read),
    { extraction, output, window, progress, progressLine, say },
    counts,
    () => finished++,
  );

  progress.clear();
  if (counts.articles === 0) {
    await output?.abort();
    const reason =
      counts.errors + counts.skipped === 0 ? "no article files found" : "no article could be read";
    throw new CommandError(
      `${reason} in ${args.positionals.join(", ")} (expected .txt, .md, .markdown, .html or .htm)`,
    );
  }
  await output?.commit();
  if (!quiet) {
    say(
      `extracted ${counts.assertions} assertions from ${counts.articles} articles; ` +
        `${counts.skipped} skipped, ${counts.errors} errors`,
    );
  }
  return counts.errors > 0 ? 1 : 0;
}

async function readExtraActors(path: string): Promise<ExtraActorsFile> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_ACTORS_FILE_BYTES) throw new CommandError(`${path}: too large for an actors file`);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const reason = error instanceof TypeError ? "not valid UTF-8" : fileSystemMessage(error);
    throw new CommandError(`cannot read actors file ${path}: ${reason}`);
  }
  return parseExtraActors(text, path);
}

/** --explain: the extractor on this thread, printing each sentence's rules as it goes. */
async function explainingExtraction(
  extra: ExtraActorsFile | undefined,
  options: ExtractInputOptions,
): Promise<ArticleExtraction> {
  const extractor = createExtractor(await cliLexicon(extra));
  const explainTo = (e: SentenceExplanation) => process.stdout.write(formatExplanation(e));
  return {
    extract: async (input) => extractInput(extractor, input, options, explainTo),
    close: async () => undefined,
  };
}

interface ExtractTo {
  extraction: ArticleExtraction;
  output: NdjsonOutput | null;
  /** Inputs in flight at most. */
  window: number;
  progress: Progress;
  progressLine: () => string;
  say: (line: string) => void;
}

/**
 * Every input event through `extraction`, reported and written in input order
 * (whatever thread finished first); stops early when the reader of stdout has
 * gone. Closes the extraction; aborts the output on an error.
 */
async function extractAll(
  events: AsyncIterable<ArticleInput>,
  to: ExtractTo,
  counts: { articles: number; assertions: number; skipped: number; errors: number; files: number },
  finishedOne: () => void,
): Promise<void> {
  const { extraction, output, progress, say } = to;
  const queue = new OrderedQueue<Done>(to.window);
  const report = async (done: Done[]) => {
    for (const { outcome, count, ndjson } of done) {
      if (outcome.type !== "skipped" || outcome.kind !== "extension") finishedOne();
      if (outcome.type === "error") {
        counts.errors++;
        say(`${outcome.path}: ${outcome.message}`);
      } else if (outcome.type === "skipped") {
        counts.skipped++;
        if (outcome.kind !== "extension") say(`${outcome.path}: skipped, ${outcome.reason}`);
      } else {
        counts.articles++;
        counts.assertions += count;
        if (output && !(await output.writeText(ndjson))) return false;
      }
      await progress.tick(to.progressLine);
    }
    return true;
  };
  try {
    let open = true;
    for await (const event of events) {
      counts.files++;
      if (!(await report(await queue.push(extractOne(extraction, event))))) {
        open = false;
        break;
      }
    }
    if (open) await report(await queue.drain());
  } catch (error) {
    progress.clear();
    await output?.abort();
    throw error;
  } finally {
    await extraction.close();
  }
}

/** An input's outcome, its assertions' count and NDJSON text. */
interface Done {
  outcome: ExtractOutcome;
  count: number;
  ndjson: string | Uint8Array;
}

/** One listed input through `extraction`: a file is read where it is extracted, a stdin article is sent. */
function extractOne(extraction: ArticleExtraction, event: ArticleInput): Promise<Done> | Done {
  if (event.type === "file") {
    return extraction
      .extract({ path: event.path })
      .then(({ outcome, count, ndjson }) => ({ outcome, count, ndjson: ndjson ?? "" }));
  }
  if (event.type === "article") {
    const outcome: ExtractOutcome = { type: "article", path: event.path };
    return extraction
      .extract({ article: event.article })
      .then(({ count, ndjson }) => ({ outcome, count, ndjson: ndjson ?? "" }));
  }
  return { outcome: event, count: 0, ndjson: "" };
}
