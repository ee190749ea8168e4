import { AtomicFileWriter } from "../io/AtomicFileWriter.ts";
import { fileSystemMessage } from "../io/readArticleFiles.ts";
import { CommandError } from "./errors.ts";
import { ndjsonLines } from "./ndjsonLines.ts";

/**
 * Where a command writes NDJSON: stdout, or a file written atomically (the
 * file appears complete on `commit()`, or not at all).
 */
export interface NdjsonOutput {
  /** Writes one JSON object per line. Resolves false once the reader has gone (`| head`). */
  write(records: readonly unknown[]): Promise<boolean>;
  /** Writes NDJSON made by ndjsonLines (as UTF-8 bytes from a worker thread); resolves as `write`. */
  writeText(text: string | Uint8Array): Promise<boolean>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openNdjsonOutput(path: string | undefined): Promise<NdjsonOutput> {
  if (path === undefined || path === "-") return stdoutOutput();
  let writer: AtomicFileWriter;
  try {
    writer = await AtomicFileWriter.open(path);
  } catch (error) {
    throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
  }
  // The writer gathers the small pieces (an article, a worker's batch) into large writes.
  const writeText = async (text: string | Uint8Array) => {
    try {
      await writer.write(text);
    } catch (error) {
      throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
    }
    return true;
  };
  return {
    write: (records) => writeText(ndjsonLines(records)),
    writeText,
    async commit() {
      try {
        await writer.commit();
      } catch (error) {
        throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
      }
    },
    abort: () => writer.abort(),
  };
}

function stdoutOutput(): NdjsonOutput {
  const stdout = process.stdout;
  let closed = false;
  let failure: string | null = null;
  // EPIPE when the reader exits early (`| head`): stop quietly, it is not an error.
  const onError = (error: Error & { code?: string }) => {
    closed = true;
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") failure = fileSystemMessage(error);
  };
  const check = () => {
    if (failure !== null) throw new CommandError(`cannot write to standard output: ${failure}`);
    return !closed;
  };
  stdout.on("error", onError);
  const writeText = async (text: string | Uint8Array) => {
    if (!check()) return false;
    if (text.length === 0) return true;
    if (stdout.write(text)) return check();
    // Backpressure: wait for the reader, or for it to go away.
    await new Promise<void>((resolve) => {
      const done = () => {
        stdout.off("drain", done);
        stdout.off("error", done);
        stdout.off("close", done);
        resolve();
      };
      stdout.on("drain", done);
      stdout.on("error", done);
      stdout.on("close", done);
    });
    return check();
  };
  return {
    write: (records) => writeText(ndjsonLines(records)),
    writeText,
    async commit() {
      check();
      stdout.off("error", onError);
      // Keep swallowing a late EPIPE from the last buffered write.
      stdout.on("error", () => undefined);
    },
    async abort() {},
  };
}
