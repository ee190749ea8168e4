import { AtomicFileWriter } from "../io/AtomicFileWriter.ts";
import { fileSystemMessage } from "../io/readArticleFiles.ts";
import { CommandError } from "./errors.ts";

/**
 * Where a command writes NDJSON: stdout, or a file written atomically (the
 * file appears complete on `commit()`, or not at all).
 */
export interface NdjsonOutput {
  /** Writes one JSON object per line. Resolves false once the reader has gone (`| head`). */
  write(records: readonly unknown[]): Promise<boolean>;
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
  return {
    async write(records) {
      if (records.length === 0) return true;
      try {
        await writer.write(toLines(records));
      } catch (error) {
        throw new CommandError(`cannot write ${path}: ${fileSystemMessage(error)}`);
      }
      return true;
    },
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

function toLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
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
  return {
    async write(records) {
      if (!check()) return false;
      if (records.length === 0) return true;
      if (stdout.write(toLines(records))) return check();
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
    },
    async commit() {
      check();
      stdout.off("error", onError);
      // Keep swallowing a late EPIPE from the last buffered write.
      stdout.on("error", () => undefined);
    },
    async abort() {},
  };
}
