import type { Article } from "../model/assertion.ts";
import { readHtmlPage } from "./htmlToText.ts";
import { toIsoDate } from "./isoDate.ts";
import { type FrontMatter, parseFrontMatter } from "./parseFrontMatter.ts";

export type ArticleFormat = "text" | "html";

export interface ParseArticleOptions {
  /** "text" for .txt/.md/.markdown, "html" for .html/.htm. */
  format: ArticleFormat;
  /**
   * Date for articles that do not state one (the CLI's --date). A date in the
   * article's front matter wins: the flag only fills in where it is missing.
   */
  date?: string;
}

const MAX_TITLE_LENGTH = 200;

/**
 * Turns a file's decoded text into the Article the extractor reads.
 * Text files keep their whole text (front matter included) so that evidence
 * offsets index the file itself; `bodyStart` is where the body begins.
 * HTML files become their extracted text (front matter, if any, is removed
 * first) and `bodyStart` is 0; their <meta> title, date and canonical URL
 * fill in what front matter does not give. The title is otherwise the first
 * non-empty line of the body. Date precedence: front matter, HTML metadata,
 * then `options.date`.
 * Throws IngestError (FrontMatterError, InvalidDateError) for bad input.
 */
export function parseArticle(id: string, text: string, options: ParseArticleOptions): Article {
  const fallbackDate = options.date === undefined ? null : toIsoDate(options.date, "--date");
  const { frontMatter, bodyStart } = parseFrontMatter(text);
  const page = options.format === "html" ? readHtmlPage(text.slice(bodyStart)) : null;
  // Front matter first, then the page's own metadata.
  const fields: FrontMatter = { ...page, ...frontMatter };
  const articleText = page ? page.text : text;
  const articleBodyStart = options.format === "html" ? 0 : bodyStart;

  const article: Article = {
    id,
    text: articleText,
    bodyStart: articleBodyStart,
    date: fields.date ?? fallbackDate,
  };
  const title = fields.title ?? firstLine(articleText.slice(articleBodyStart));
  if (title !== undefined) article.title = title;
  if (fields.source !== undefined) article.source = fields.source;
  return article;
}

function firstLine(body: string): string | undefined {
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    return trimmed.length > MAX_TITLE_LENGTH ? `${trimmed.slice(0, MAX_TITLE_LENGTH - 1)}…` : trimmed;
  }
  return undefined;
}
