import { AtomicFileWriter } from "./AtomicFileWriter.ts";

/**
 * Writes a document produced in chunks (e.g. `gexfChunks`) to `path`
 * atomically without holding it whole: chunks go to a temporary file (which
 * gathers them into large writes) renamed over `path` at the end.
 * If producing or writing fails, the temporary file is removed, `path` is
 * untouched and the error is rethrown.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const writer = await AtomicFileWriter.open(path);
  try {
    for (const chunk of chunks) await writer.write(chunk);
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
