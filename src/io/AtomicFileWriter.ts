import { randomBytes } from "node:crypto";
import { renameSync, rmSync } from "node:fs";
import { type FileHandle, open, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Characters (or bytes) gathered before each write: few system calls, little held at once. */
const WRITE_SIZE = 1 << 20;

/** Temporary files not yet renamed or removed, so an interrupted run can remove them (see `removeTempFilesSync`). */
const liveTempFiles = new Set<string>();

/**
 * Writes a file so that readers see either the old file or the complete new
 * one, never a half-written file: data goes to a temporary file in the same
 * folder (same file system, so rename is atomic), which is renamed over the
 * target on `commit()`. `abort()` (or any failure) removes the temporary file.
 * Small writes (an article's NDJSON lines, text or UTF-8 bytes from a worker
 * thread) are gathered into writes of about 1M: one system call per article
 * cost more than the extraction.
 */
export class AtomicFileWriter {
  readonly path: string;
  readonly tempPath: string;
  private handle: FileHandle | null = null;
  private done = false;
  private pending: Array<string | Uint8Array> = [];
  private pendingSize = 0;
  /** Bytes written to the temporary file so far (for progress). */
  bytes = 0;

  private constructor(path: string, tempPath: string) {
    this.path = path;
    this.tempPath = tempPath;
  }

  static async open(path: string): Promise<AtomicFileWriter> {
    const tempPath = join(
      dirname(path),
      `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    const writer = new AtomicFileWriter(path, tempPath);
    // "wx": never reuse (or follow a link at) an existing temp path.
    writer.handle = await open(tempPath, "wx", 0o644);
    liveTempFiles.add(tempPath);
    return writer;
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (!this.handle) throw new Error(`${this.path}: write after the file was closed`);
    this.pending.push(data);
    this.pendingSize += data.length;
    if (this.pendingSize >= WRITE_SIZE) await this.flush();
  }

  private async flush(): Promise<void> {
    const pieces = this.pending;
    this.pending = [];
    this.pendingSize = 0;
    if (pieces.length === 0) return;
    const text = pieces.every((piece) => typeof piece === "string")
      ? pieces.join("")
      : Buffer.concat(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)));
    await this.writeOut(text);
  }

  private async writeOut(data: string | Uint8Array): Promise<void> {
    if (!this.handle) return;
    try {
      const { bytesWritten } =
        typeof data === "string"
          ? await this.handle.write(data, null, "utf8")
          : await this.handle.write(data);
      this.bytes += bytesWritten;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Writes what is gathered, flushes the temporary file to disk and closes it; `rename()` then moves it into place. */
  async close(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    await this.flush();
    try {
      await handle.sync();
      await handle.close();
      this.handle = null;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /**
   * Moves the closed temporary file into place. Synchronous, so that several
   * outputs are renamed one after the other with no signal handled between them.
   */
  renameSync(): void {
    if (this.handle || this.done) throw new Error(`${this.path}: rename before close or after the end`);
    try {
      renameSync(this.tempPath, this.path);
      this.done = true;
      liveTempFiles.delete(this.tempPath);
    } catch (error) {
      this.removeSync();
      throw error;
    }
  }

  /** Flushes to disk and moves the file into place. */
  async commit(): Promise<void> {
    if (!this.handle) throw new Error(`${this.path}: commit after the file was closed`);
    await this.close();
    this.renameSync();
  }

  /** Drops the temporary file; the target is left as it was. Safe to call twice. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await rm(this.tempPath, { force: true }).catch(() => undefined);
    liveTempFiles.delete(this.tempPath);
  }

  private removeSync(): void {
    this.done = true;
    rmSync(this.tempPath, { force: true });
    liveTempFiles.delete(this.tempPath);
  }
}

/**
 * Removes every temporary file still open or waiting for its rename. For a
 * signal handler: synchronous, never throws. Returns how many were removed.
 */
export function removeTempFilesSync(): number {
  let removed = 0;
  for (const path of liveTempFiles) {
    try {
      rmSync(path, { force: true });
      removed++;
    } catch {
      // Nothing more can be done on the way out.
    }
  }
  liveTempFiles.clear();
  return removed;
}
