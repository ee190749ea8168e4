import { stat } from "node:fs/promises";

/**
 * About how many bytes `paths` hold together, from the sizes of at most
 * `sample` of them spread over the list: enough to choose how many threads
 * to start, without a file-system call per file of a large corpus. Files that
 * cannot be read count as the average; 0 for no files.
 */
export async function estimateTotalBytes(paths: readonly string[], sample = 64): Promise<number> {
  if (paths.length === 0) return 0;
  const step = Math.max(1, paths.length / sample);
  let bytes = 0;
  let measured = 0;
  for (let at = 0; at < paths.length; at += step) {
    try {
      bytes += (await stat(paths[Math.floor(at)] as string)).size;
      measured++;
    } catch {
      // Reported when the file is read.
    }
  }
  return measured === 0 ? 0 : Math.round((bytes / measured) * paths.length);
}
