/** Ingest: from a file's text to an Article. Pure and browser-safe. */
export { FrontMatterError, IngestError, InvalidDateError } from "./errors.ts";
export { type HtmlPage, htmlToText, readHtmlPage } from "./htmlToText.ts";
export { isIsoDate, toIsoDate } from "./isoDate.ts";
export { type ArticleFormat, type ParseArticleOptions, parseArticle } from "./parseArticle.ts";
export { type FrontMatter, type FrontMatterResult, parseFrontMatter } from "./parseFrontMatter.ts";
