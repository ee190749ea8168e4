import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file so that readers see either the old file or the complete new
 * one, never a half-written file: data goes to a temporary file in the same
 * folder (same file system, so rename is atomic), which is renamed over the
 * target on `commit()`. `abort()` (or any failure) removes the temporary file.
 */
export class AtomicFileWriter {
  readonly path: string;
  readonly tempPath: string;
  private handle: FileHandle | null = null;
  private done = false;

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
    return writer;
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (!this.handle) throw new Error(`${this.path}: write after the file was closed`);
    try {
      if (typeof data === "string") await this.handle.write(data, null, "utf8");
      else await this.handle.write(data);
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Flushes to disk and moves the file into place. */
  async commit(): Promise<void> {
    if (!this.handle) throw new Error(`${this.path}: commit after the file was closed`);
    const handle = this.handle;
    try {
      await handle.sync();
      await handle.close();
      this.handle = null;
      await rename(this.tempPath, this.path);
      this.done = true;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  /** Drops the temporary file; the target is left as it was. Safe to call twice. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await rm(this.tempPath, { force: true }).catch(() => undefined);
  }
}
