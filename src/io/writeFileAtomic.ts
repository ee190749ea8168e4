import { AtomicFileWriter } from "./AtomicFileWriter.ts";

/**
 * Writes `data` to `path` atomically: a temporary file in the same folder is
 * written, flushed and renamed over `path`. On failure the temporary file is
 * removed and `path` is untouched. Errors are Node's (code ENOENT, EACCES, ...).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const writer = await AtomicFileWriter.open(path);
  await writer.write(data);
  await writer.commit();
}
