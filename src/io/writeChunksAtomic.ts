import { AtomicFileWriter } from "./AtomicFileWriter.ts";

/** Bytes gathered before each write: few system calls, little held at once. */
const WRITE_CHARS = 1 << 20;

/**
 * Writes a document produced in chunks (e.g. `gexfChunks`) to `path`
 * atomically without holding it whole: chunks are gathered to about 1M
 * characters per write into a temporary file renamed over `path` at the end.
 * If producing or writing fails, the temporary file is removed, `path` is
 * untouched and the error is rethrown.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const writer = await AtomicFileWriter.open(path);
  try {
    let pending = "";
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_CHARS) {
        await writer.write(pending);
        pending = "";
      }
    }
    if (pending) await writer.write(pending);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
