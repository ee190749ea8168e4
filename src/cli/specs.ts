/**
 * What each command accepts: its options, help text and limits. Apart from the
 * commands themselves so that `diplograph --help` loads no extractor, lexicon
 * or graph code.
 */
import { availableParallelism } from "node:os";
import { DEFAULT_MAX_BYTES, formatMegabytes } from "../io/articleLimits.ts";
import { defineCommand } from "./args.ts";
import { GEXF_EVIDENCE_OPTION } from "./gexfEvidenceOption.ts";
import { groupThousands } from "./groupThousands.ts";

/** --jobs by default: one worker thread per core. */
export const DEFAULT_JOBS = availableParallelism();
/** --jobs at most: more threads than this only add memory (each holds the lexicon). */
export const MAX_JOBS = 64;

/** --iterations at most: more never changes the picture of a graph this tool builds, only the wait. */
export const MAX_ITERATIONS = 100_000;
/** --seed and --min-weight at most. */
export const MAX_SEED = 2 ** 32 - 1;
export const MAX_MIN_WEIGHT = 1_000_000_000;

// Options that extract and build share.
const JOBS_OPTION = {
  type: "string",
  short: "j",
  value: "N",
  description: `worker threads extracting articles at once (default: the number of cores, ${DEFAULT_JOBS} here, but one per 6 MB of input at most)`,
} as const;
const QUIET_OPTION = {
  type: "boolean",
  short: "q",
  description: "no progress or summary on stderr (errors still shown)",
} as const;

export const EXTRACT_SPEC = defineCommand({
  name: "extract",
  positionals: "<file-or-folder>... | -",
  minPositionals: 1,
  summary:
    "Reads news articles (.txt, .md, .markdown, .html, .htm; folders recursively) and prints the\n" +
    "diplomatic positions they state, one JSON object a line (NDJSON). With -, reads articles from\n" +
    'standard input, one JSON object a line: {"article": ID, "date": "YYYY-MM-DD" or null, "text": TEXT}.',
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
    jobs: JOBS_OPTION,
    quiet: QUIET_OPTION,
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

export const BUILD_SPEC = defineCommand({
  name: "build",
  positionals: "<articles-or-assertions>...",
  minPositionals: 1,
  summary:
    "Builds the knowledge graph: reads articles (.txt, .md, .html; folders recursively) and runs the\n" +
    "extractor, and/or reads extractor output (.jsonl/.ndjson named on the command line), merges every\n" +
    "assertion into one graph, lays it out with ForceAtlas2 and writes graphology JSON (and GEXF, CSV).\n" +
    "With -, reads assertions (NDJSON, as extract writes them) from standard input.",
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
    iterations: {
      type: "string",
      value: "N",
      description: `ForceAtlas2 iterations, 0 to ${groupThousands(MAX_ITERATIONS)} (default by size)`,
    },
    jobs: JOBS_OPTION,
    quiet: QUIET_OPTION,
  },
  notes: [
    "With --since/--until, undated assertions are left out. Outputs are written all or nothing: to\n" +
      "temporary files, renamed into place only when every one is complete. An output may not be an\n" +
      "input or another output. Progress is shown on a terminal; Ctrl-C leaves every file as it was.",
    "Bad assertion lines are reported as FILE:LINE: problem (the first 20 per file) and skipped.",
    "exit status: 0 all inputs read, 1 some inputs or lines failed, 2 usage error or nothing read.",
  ],
});

export const EXPORT_SPEC = defineCommand({
  name: "export",
  positionals: "<graph.json|graph.gexf>",
  minPositionals: 1,
  maxPositionals: 1,
  summary:
    "Converts a graph (graphology JSON from 'diplograph build', or any GEXF 1.1-1.3 file) to GEXF 1.3,\n" +
    "JSON or CSV. Repairs made while reading (src/read/README.md) are reported on stderr.",
  options: {
    format: { type: "string", value: "gexf|json|csv", description: "output format (required)" },
    out: {
      type: "string",
      short: "o",
      value: "FILE",
      description: "file to write atomically (default stdout); for csv a folder, required",
    },
    "gexf-evidence": GEXF_EVIDENCE_OPTION,
  },
  notes: ["csv writes DIR/nodes.csv and DIR/edges.csv (RFC 4180, evidence summarised)."],
});
