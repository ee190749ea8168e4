import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { IngestError } from "../ingest/errors.ts";
import { isIsoDate } from "../ingest/isoDate.ts";
import { parseArticle } from "../ingest/parseArticle.ts";
import { parseNdjsonLine } from "./parseNdjsonLine.ts";
import type { ArticleFileEvent } from "./readArticleFiles.ts";

/** Longest line accepted: one article of up to 20 MB, escaped. */
const MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * Reads articles as NDJSON, one `{"article": ID, "date": "YYYY-MM-DD" | null,
 * "text": TEXT}` a line (`diplograph extract -`), so extraction can be the map
 * step of GNU parallel, Spark's `pipe` or Beam. The text is read like a .txt
 * file (front matter honoured); the line's date wins over the front matter's,
 * which wins over `date` (the --date flag). A bad line yields an error event
 * named `name:LINE` and reading goes on; blank lines are skipped.
 */
export async function* readArticleLines(
  input: Readable,
  options: { name?: string; date?: string } = {},
): AsyncGenerator<ArticleFileEvent> {
  const name = options.name ?? "stdin";
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const parsed = parseNdjsonLine(raw, lineNumber, MAX_LINE_CHARS);
    if (parsed === null) continue;
    const path = `${name}:${lineNumber}`;
    const error = (message: string): ArticleFileEvent => ({ type: "error", path, message });
    if ("error" in parsed) {
      yield error(parsed.error);
      continue;
    }
    const fields = articleFields(parsed.value);
    if (typeof fields === "string") {
      yield error(fields);
      continue;
    }
    const fallback = fields.date ?? options.date;
    try {
      const article = parseArticle(fields.id, fields.text, {
        format: "text",
        ...(fallback === undefined ? {} : { date: fallback }),
      });
      yield {
        type: "article",
        path,
        article: fields.date === undefined ? article : { ...article, date: fields.date },
      };
    } catch (ingestError) {
      if (ingestError instanceof IngestError) yield error(ingestError.message);
      else throw ingestError;
    }
  }
}

/** The fields of one line, or what is wrong with it. */
function articleFields(value: unknown): { id: string; text: string; date: string | undefined } | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'expected an object {"article", "date", "text"}';
  }
  const record = new Map(Object.entries(value));
  const id = record.get("article");
  const text = record.get("text");
  const date = record.get("date");
  if (typeof id !== "string" || id.trim() === "") return "invalid article: expected a non-empty string";
  if (typeof text !== "string") return "invalid text: expected a string";
  if (date !== undefined && date !== null && (typeof date !== "string" || !isIsoDate(date))) {
    return `invalid date: ${JSON.stringify(date)} (expected YYYY-MM-DD or null)`;
  }
  return { id, text, date: typeof date === "string" ? date : undefined };
}
