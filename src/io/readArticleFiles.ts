import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { IngestError } from "../ingest/errors.ts";
import type { ArticleFormat } from "../ingest/parseArticle.ts";
import { parseArticle } from "../ingest/parseArticle.ts";
import type { Article } from "../model/assertion.ts";
import { DEFAULT_MAX_BYTES, formatMegabytes } from "./articleLimits.ts";
import { decodeArticleBytes } from "./decodeArticleBytes.ts";

export { DEFAULT_MAX_BYTES, formatMegabytes } from "./articleLimits.ts";

/** File extensions read as articles, and how each is read. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "text",
  ".md": "text",
  ".markdown": "text",
  ".html": "html",
  ".htm": "html",
};

/** Read size: large files are read in pieces, small ones in one read plus an EOF check. */
const CHUNK_BYTES = 1024 * 1024;

export interface ReadArticleFilesOptions {
  /** Files larger than this are skipped as "too large". Default 20 MB. */
  maxBytes?: number;
  /** Date for articles whose front matter has none (YYYY-MM-DD). */
  date?: string;
}

export type ArticleFileEvent =
  | { type: "article"; path: string; article: Article }
  /**
   * A file that was not read. `kind` "extension" is a file in a folder that is
   * not an article (images, .gold.json); "too-large" is worth telling the user.
   */
  | { type: "skipped"; path: string; kind: "extension" | "too-large"; reason: string }
  /** A path that could not be read as an article; `message` is one line without the path. */
  | { type: "error"; path: string; message: string };

/**
 * Reads articles from files and folders, one file at a time. Folders are
 * walked recursively in sorted name order (deterministic output), one folder
 * listed at a time, so a folder of many thousands of files never has more than
 * one file open. Hidden entries (".git", ".DS_Store") inside folders are ignored.
 * A file named explicitly with an unsupported extension is an error; inside a
 * folder it is skipped. Never throws for a bad input: it yields an error event.
 */
export async function* readArticleFiles(
  paths: readonly string[],
  options: ReadArticleFilesOptions = {},
): AsyncGenerator<ArticleFileEvent> {
  for await (const event of listArticleFiles(paths)) {
    yield event.type === "file" ? readArticleFile(event.path, options) : event;
  }
}

/** An article file found by listArticleFiles, to be read with readArticleFile (by a worker thread, say). */
export type ArticleFileListing =
  | { type: "file"; path: string }
  | Exclude<ArticleFileEvent, { type: "article" }>;

/**
 * The article files of `paths` in the order readArticleFiles reads them, with
 * the same skips and errors, but not read: the `extract --jobs` threads read
 * them. Never throws for a bad input: it yields an error event.
 */
export async function* listArticleFiles(paths: readonly string[]): AsyncGenerator<ArticleFileListing> {
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      yield { type: "error", path, message: fileSystemMessage(error) };
      continue;
    }
    if (info.isDirectory()) {
      yield* walkFolder(path);
    } else if (formatOf(path) === undefined) {
      yield { type: "error", path, message: unsupportedMessage(path) };
    } else {
      yield { type: "file", path };
    }
  }
}

async function* walkFolder(folder: string): AsyncGenerator<ArticleFileListing> {
  const entries: Array<{ name: string; isFolder: boolean }> = [];
  try {
    // One call for the folder (a promise per entry made listing a large corpus cost the main thread).
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      let isFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isFolder = (await stat(join(folder, entry.name))).isDirectory();
        } catch {
          // A dangling link is reported when it is read as a file.
        }
      }
      entries.push({ name: entry.name, isFolder });
    }
  } catch (error) {
    yield { type: "error", path: folder, message: fileSystemMessage(error) };
    return;
  }
  // Code-point order, the same on every machine and locale.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isFolder) {
      yield* walkFolder(path);
    } else if (formatOf(entry.name) !== undefined) {
      yield { type: "file", path };
    } else {
      yield { type: "skipped", path, kind: "extension", reason: unsupportedMessage(path) };
    }
  }
}

/** One article file read and parsed: its article, or why not (too large, unreadable, not an article). */
export function readArticleFile(path: string, options: ReadArticleFilesOptions = {}): ArticleFileEvent {
  return readOneFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES, options.date);
}

function readOneFile(path: string, maxBytes: number, date: string | undefined): ArticleFileEvent {
  let bytes: Uint8Array;
  try {
    const read = readCapped(path, maxBytes);
    if (typeof read === "string") return { type: "error", path, message: read };
    if ("tooLarge" in read) return tooLarge(path, read.tooLarge, maxBytes);
    bytes = read.bytes;
  } catch (error) {
    return { type: "error", path, message: fileSystemMessage(error) };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { type: "error", path, message: decoded.reason };
  const format = formatOf(path) ?? "text";
  const id = basename(path, extname(path));
  try {
    const options = date === undefined ? { format } : { format, date };
    return { type: "article", path, article: parseArticle(id, decoded.text, options) };
  } catch (error) {
    if (error instanceof IngestError) return { type: "error", path, message: error.message };
    throw error;
  }
}

/**
 * Reads one file through a single handle, in chunks, and stops as soon as it
 * exceeds the cap (it may grow between stat and read). Only this file is open.
 * Synchronous: articles are read one at a time anyway, and a thread-pool round
 * trip per call costs more than reading a news article.
 */
function readCapped(path: string, maxBytes: number): string | { tooLarge: number } | { bytes: Uint8Array } {
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return "not a regular file";
    if (info.size > maxBytes) return { tooLarge: info.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 0) + 1, CHUNK_BYTES));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { tooLarge: total };
      chunks.push(chunk.subarray(0, bytesRead));
      // A regular file reads short only at its end: no further call to learn that.
      if (bytesRead < chunk.length) break;
    }
    return { bytes: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

function formatOf(path: string): ArticleFormat | undefined {
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(ARTICLE_EXTENSIONS, extension) ? ARTICLE_EXTENSIONS[extension] : undefined;
}

function tooLarge(path: string, size: number, maxBytes: number): ArticleFileEvent {
  return {
    type: "skipped",
    path,
    kind: "too-large",
    reason: `too large (${formatMegabytes(size)} > ${formatMegabytes(maxBytes)})`,
  };
}

function unsupportedMessage(path: string): string {
  const extension = extname(path) || "(no extension)";
  return `unsupported file type ${extension} (expected ${Object.keys(ARTICLE_EXTENSIONS).join(", ")})`;
}

/** One line for the common file-system failures, instead of Node's "ENOENT: ..., open '...'". */
export function fileSystemMessage(error: unknown): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ELOOP":
      return "too many symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? (error.message.split("\n")[0] ?? "unreadable") : String(error);
  }
}
