import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { AssertionFormatError, parseAssertion } from "../graph/parseAssertion.ts";
import type { Assertion } from "../model/assertion.ts";
import { parseNdjsonLine } from "./parseNdjsonLine.ts";
import { fileSystemMessage } from "./readArticleFiles.ts";

/** Extensions read as extractor output (one assertion a line) rather than as articles. */
export const ASSERTION_EXTENSIONS: readonly string[] = [".jsonl", ".ndjson"];

export function isAssertionFile(path: string): boolean {
  return ASSERTION_EXTENSIONS.includes(extname(path).toLowerCase());
}

export type AssertionLineEvent =
  | { type: "assertion"; assertion: Assertion }
  /** `message` is one line: "file.jsonl:12: invalid relation: foo" (line 0 = the file itself). */
  | { type: "error"; path: string; line: number; message: string };

/** Longest line accepted: a sentence with its context, not a whole file pasted on one line. */
const MAX_LINE_CHARS = 1_000_000;

/** How far reading has got, for progress: bytes read so far (read-ahead included) of the file's size. */
export interface ReadProgress {
  bytes: number;
  size: number;
}

/**
 * Reads an NDJSON file of assertions line by line (streamed, so a file of a
 * million lines is never held whole), checking each against the extractor's
 * output format. Blank lines are skipped; a bad line yields an error event
 * and reading goes on. Never throws for bad input. `progress`, if given, is
 * kept up to date. With `input` (standard input for `build -`), lines are read
 * from it and `path` only names it in messages ("stdin:12: ...").
 */
export async function* readAssertions(
  path: string,
  progress?: ReadProgress,
  input?: Readable,
): AsyncGenerator<AssertionLineEvent> {
  if (progress) {
    progress.bytes = 0;
    progress.size =
      input === undefined
        ? await stat(path).then(
            (info) => info.size,
            () => 0,
          )
        : 0;
  }
  const file = input === undefined ? createReadStream(path, { encoding: "utf8" }) : undefined;
  const stream = file ?? input;
  if (stream === undefined) return;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      if (progress && file) progress.bytes = file.bytesRead;
      const parsed = parseNdjsonLine(raw, lineNumber, MAX_LINE_CHARS);
      if (parsed === null) continue;
      const where = `${path}:${lineNumber}`;
      if ("error" in parsed) {
        yield { type: "error", path, line: lineNumber, message: `${where}: ${parsed.error}` };
        continue;
      }
      try {
        yield { type: "assertion", assertion: parseAssertion(parsed.value) };
      } catch (error) {
        if (!(error instanceof AssertionFormatError)) throw error;
        yield { type: "error", path, line: lineNumber, message: `${where}: ${error.message}` };
      }
    }
  } catch (error) {
    yield { type: "error", path, line: 0, message: `${path}: ${fileSystemMessage(error)}` };
  } finally {
    lines.close();
    file?.destroy();
  }
}
