import { readFile } from "node:fs/promises";
import { createExtractor } from "../../extract/createExtractor.ts";
import {
  ARTICLE_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  fileSystemMessage,
  formatMegabytes,
  readArticleFiles,
} from "../../io/readArticleFiles.ts";
import { type ExtraActorsFile, loadLexicon, parseExtraActors } from "../../lexicon/loadLexicon.ts";
import type { SentenceExplanation } from "../../model/explanation.ts";
import { Pipeline } from "../../pipeline/pipeline.ts";
import {
  defineCommand,
  formatHelp,
  parseCommandArgs,
  parseDateOption,
  parsePositiveNumber,
} from "../args.ts";
import { CommandError } from "../errors.ts";
import { formatExplanation } from "../formatExplanation.ts";
import { setInterruptMessage } from "../interrupt.ts";
import { openNdjsonOutput } from "../ndjsonOutput.ts";
import { checkOutputs } from "../outputs.ts";
import { formatCount, Progress, rateAndTimeLeft } from "../progress.ts";

export const EXTRACT_SPEC = defineCommand({
  name: "extract",
  positionals: "<file-or-folder>...",
  minPositionals: 1,
  summary:
    "Reads news articles (.txt, .md, .markdown, .html, .htm; folders recursively) and prints the\n" +
    "diplomatic positions they state, one JSON object a line (NDJSON).",
  options: {
    date: {
      type: "string",
      value: "YYYY-MM-DD",
      description: "date of articles whose front matter has no date (a front matter date wins)",
    },
    actors: {
      type: "string",
      value: "FILE",
      description: "extra actors and aliases (JSON), added to the built-in ones",
    },
    out: {
      type: "string",
      short: "o",
      value: "FILE",
      description: "write to FILE (atomically) instead of stdout",
    },
    "max-size": {
      type: "string",
      value: "MB",
      description: `skip articles larger than MB megabytes (default ${formatMegabytes(DEFAULT_MAX_BYTES)})`,
    },
    quiet: {
      type: "boolean",
      short: "q",
      description: "no progress or summary on stderr (errors still shown)",
    },
    explain: {
      type: "boolean",
      description:
        "print, per sentence, the actors and cues found and every rule that fired or blocked\n" +
        "(instead of NDJSON on stdout; -o still receives the NDJSON)",
    },
  },
  notes: [
    "Files in folders that are not articles are skipped and counted; hidden files are ignored.\n" +
      "Each unreadable input gets one line on stderr; a summary line ends the run.",
    "exit status: 0 all inputs read, 1 some inputs failed (the others were processed),\n" +
      "2 usage error or no article could be read.",
  ],
});

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
  const { inputFiles } = await checkOutputs(
    { files: outPath === undefined ? [] : [{ flag: "-o", path: outPath }] },
    {
      paths: actorsPath === undefined ? args.positionals : [...args.positionals, actorsPath],
      folderExtensions: Object.keys(ARTICLE_EXTENSIONS),
    },
  );
  if (outPath === undefined || outPath === "-") {
    setInterruptMessage("interrupted (the assertions so far are on standard output)");
  }

  const extra = actorsPath === undefined ? undefined : await readExtraActors(actorsPath);
  // The build pipeline, stopped after its extract step.
  const pipeline = new Pipeline({ extractor: createExtractor(loadLexicon(extra)) });
  const explain = args.flag("explain");
  const output = explain && outPath === undefined ? null : await openNdjsonOutput(outPath);
  const explainTo = explain
    ? (e: SentenceExplanation) => process.stdout.write(formatExplanation(e))
    : undefined;

  const counts = { articles: 0, assertions: 0, skipped: 0, errors: 0, files: 0 };
  const progress = new Progress("extract", { quiet });
  const say = (line: string) => {
    progress.clear();
    process.stderr.write(`diplograph extract: ${line}\n`);
  };
  const started = Date.now();
  // Files in folders that are not articles are not in inputFiles, nor counted here.
  let done = 0;
  const progressLine = () =>
    [
      `${formatCount(done)}/${formatCount(Math.max(inputFiles, done))} files`,
      `${formatCount(counts.assertions)} assertions`,
      rateAndTimeLeft(done, inputFiles, Date.now() - started, "files"),
    ]
      .filter(Boolean)
      .join(", ");
  try {
    const events = readArticleFiles(args.positionals, date === undefined ? { maxBytes } : { maxBytes, date });
    for await (const event of events) {
      counts.files++;
      if (event.type !== "skipped" || event.kind !== "extension") done++;
      if (event.type === "error") {
        counts.errors++;
        say(`${event.path}: ${event.message}`);
      } else if (event.type === "skipped") {
        counts.skipped++;
        if (event.kind !== "extension") say(`${event.path}: skipped, ${event.reason}`);
      } else {
        counts.articles++;
        const assertions = pipeline.extract(event.article, explainTo);
        counts.assertions += assertions.length;
        if (output && !(await output.write(assertions))) break;
      }
      await progress.tick(progressLine);
    }
  } catch (error) {
    progress.clear();
    await output?.abort();
    throw error;
  }

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
