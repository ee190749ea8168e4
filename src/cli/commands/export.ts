import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { edgesCsv, nodesCsv } from "../../export/csv.ts";
import { GexfExportError, writeGexf } from "../../export/gexf.ts";
import { serializeGraph } from "../../export/graphJson.ts";
import type { DiploGraph } from "../../graph/schema.ts";
import { OutputBatch } from "../../io/OutputBatch.ts";
import { fileSystemMessage } from "../../io/readArticleFiles.ts";
import { GraphFormatError } from "../../read/errors.ts";
import { checkGraphFileSize, graphFileKind, readGraphText } from "../../read/readGraphText.ts";
import { formatHelp, parseCommandArgs, UsageError } from "../args.ts";
import { CommandError } from "../errors.ts";
import { parseGexfEvidence } from "../gexfEvidenceOption.ts";
import { checkOutputs } from "../outputs.ts";
import { EXPORT_SPEC } from "../specs.ts";
import { terminalLine } from "../terminalLine.ts";
import { writeOutputFile } from "./writeOutputFile.ts";

export { EXPORT_SPEC } from "../specs.ts";

const FORMATS = ["gexf", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string | undefined): value is Format {
  return value !== undefined && (FORMATS as readonly string[]).includes(value);
}

/** Reads a .gexf with the GEXF reader, anything else as graphology JSON (src/read, the explorer's readers too). */
async function readGraph(path: string): Promise<DiploGraph> {
  let text: string;
  try {
    checkGraphFileSize((await stat(path)).size);
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof GraphFormatError) throw new CommandError(`${path}: ${error.message}`);
    throw new CommandError(`cannot read ${path}: ${fileSystemMessage(error)}`);
  }
  try {
    const { graph, warnings } = readGraphText(graphFileKind(path) ?? "json", text);
    for (const warning of warnings)
      process.stderr.write(`diplograph export: ${terminalLine(`${path}: ${warning}`)}\n`);
    return graph;
  } catch (error) {
    if (error instanceof GraphFormatError) throw new CommandError(`${path}: ${error.message}`);
    throw error;
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(EXPORT_SPEC, argv);
  if (args.help) {
    process.stdout.write(formatHelp(EXPORT_SPEC));
    return 0;
  }
  const format = args.string("format");
  if (!isFormat(format)) {
    throw new UsageError(
      format === undefined
        ? "missing --format gexf|json|csv"
        : `invalid --format: ${format} (expected gexf, json or csv)`,
    );
  }
  const evidenceMode = parseGexfEvidence(args.string("gexf-evidence"));
  const out = args.string("out") ?? "-";
  if (format === "csv" && out === "-")
    throw new UsageError("csv needs -o DIR (it writes nodes.csv and edges.csv)");

  const [input] = args.positionals;
  if (input === undefined) throw new UsageError("missing <graph.json>");
  await checkOutputs(
    format === "csv"
      ? {
          files: CSV_FILES.map((name) => ({ flag: "-o", path: join(out, name) })),
          folders: [{ flag: "-o", path: out }],
        }
      : { files: [{ flag: "-o", path: out }] },
    { paths: [input], folderExtensions: [] },
  );
  const graph = await readGraph(input);

  if (format === "json") {
    await writeOutputFile(out, serializeGraph(graph));
  } else if (format === "gexf") {
    let xml: string;
    try {
      xml = writeGexf(graph, { evidence: evidenceMode });
    } catch (error) {
      if (error instanceof GexfExportError) throw new CommandError(`${input}: ${error.message}`);
      throw error;
    }
    await writeOutputFile(out, xml);
  } else {
    await writeCsv(out, graph);
  }
  return 0;
}

const CSV_FILES = ["nodes.csv", "edges.csv"] as const;

/** DIR/nodes.csv and DIR/edges.csv, both or neither. */
async function writeCsv(folder: string, graph: DiploGraph): Promise<void> {
  const batch = new OutputBatch();
  let path = folder;
  try {
    await batch.createFolder(folder);
    path = join(folder, "nodes.csv");
    await batch.add(path, nodesCsv(graph));
    path = join(folder, "edges.csv");
    await batch.add(path, edgesCsv(graph));
    batch.commit();
  } catch (error) {
    await batch.abort();
    throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
  }
}
