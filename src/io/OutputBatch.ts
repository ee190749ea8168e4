import { mkdir, rmdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { AtomicFileWriter } from "./AtomicFileWriter.ts";

/** Folders a batch created, so that an interrupted run can remove them again. */
const createdFolders = new Set<string>();

/**
 * All of a command's output files, written all or nothing: each one goes to a
 * temporary file beside its target; only when every one is complete are they
 * renamed into place, one after the other. If anything fails before that,
 * `abort()` removes the temporary files (and any folder the batch created)
 * and every target is left as it was.
 */
export class OutputBatch {
  private readonly writers: AtomicFileWriter[] = [];
  private readonly folders: string[] = [];
  private readonly onBytes: ((bytes: number) => void) | undefined;
  private written = 0;

  /** `onBytes` is told the running total of bytes written (for progress). */
  constructor(onBytes?: (bytes: number) => void) {
    this.onBytes = onBytes;
  }

  /** Creates `folder` (and missing parents) now; `abort()` removes what it created, if still empty. */
  async createFolder(folder: string): Promise<void> {
    const made = await mkdir(folder, { recursive: true });
    if (made === undefined) return;
    // mkdir returns the outermost folder it created; list them innermost first.
    const first = resolve(made);
    const created: string[] = [];
    for (let dir = resolve(folder); ; dir = dirname(dir)) {
      created.push(dir);
      if (dir === first || dirname(dir) === dir) break;
    }
    for (const dir of created) {
      this.folders.push(dir);
      createdFolders.add(dir);
    }
  }

  /** Writes `data` (a string or chunks of one) to a temporary file for `path`. */
  async add(path: string, data: string | Iterable<string>): Promise<void> {
    const writer = await AtomicFileWriter.open(path);
    this.writers.push(writer);
    const before = this.written;
    // The writer writes in large pieces: report when one went out.
    const report = () => {
      if (before + writer.bytes === this.written) return;
      this.written = before + writer.bytes;
      this.onBytes?.(this.written);
    };
    for (const chunk of typeof data === "string" ? [data] : data) {
      await writer.write(chunk);
      report();
    }
    await writer.close();
    report();
  }

  /** Renames every temporary file into place (synchronously, with no signal handled in between). */
  commit(): void {
    for (const writer of this.writers) writer.renameSync();
    for (const folder of this.folders) createdFolders.delete(folder);
  }

  async abort(): Promise<void> {
    for (const writer of this.writers) await writer.abort();
    for (const folder of this.folders) {
      await rmdir(folder).catch(() => undefined);
      createdFolders.delete(folder);
    }
  }
}

/** Folders created by a batch that has not committed (innermost first), for a signal handler. */
export function uncommittedFolders(): string[] {
  return [...createdFolders];
}
