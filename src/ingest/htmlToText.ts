import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import { toIsoDate } from "./isoDate.ts";

/** Never article text: code, styling, embedded media, forms. */
const ALWAYS_DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "img",
  "picture",
  "form",
  "button",
  "select",
  "textarea",
  "input",
  "dialog",
]);

/** Page furniture around the story: menus, site banners, sidebars, footers. */
const PAGE_CHROME = new Set(["nav", "aside", "footer", "header"]);

/** Elements that start a new paragraph, so sentences never run across them. */
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);

const CELLS = new Set(["td", "th"]);

/** Marks in the output stream, resolved to whitespace at the end. */
const NUL = "\u0000";
const PARAGRAPH = "\u0000P";
const LINE = "\u0000L";

/**
 * Readable article text of an HTML page. Prefers the <article> elements (or
 * <main>) when present; drops scripts, styles, media and page chrome (nav,
 * aside, footer, and header outside the chosen article, where a <header>
 * usually holds the headline). Block elements become paragraph breaks (a blank
 * line), <br> a line break; entities are decoded and whitespace collapsed.
 * Tags never survive as text; escaped markup (`&lt;b&gt;`) becomes the literal
 * characters it stands for, which is data like any other article text.
 * Pure and DOM-free: runs in the browser too.
 */
export function htmlToText(html: string): string {
  return readHtmlPage(html).text;
}

/** An HTML page's readable text and the metadata news sites put in <meta> tags. */
export interface HtmlPage {
  text: string;
  /** og:title; absent when the page has none. */
  title?: string;
  /** Publication date from article:published_time and similar, when it is a valid date. */
  date?: string;
  /** The canonical URL (link rel=canonical or og:url). */
  source?: string;
}

/** Meta names that hold a publication date, most specific first. */
const DATE_META = [
  "article:published_time",
  "datepublished",
  "og:published_time",
  "pubdate",
  "date",
  "dc.date",
];

/** htmlToText plus the page's title, date and URL from its metadata (invalid values are ignored). */
export function readHtmlPage(html: string): HtmlPage {
  const root = parse(html, {
    comment: false,
    // Content of these is raw text, not markup; they are dropped anyway.
    blockTextElements: { script: true, style: true, noscript: true, textarea: true },
  });
  const articles = outermostElements(root, "article");
  const main = outermostElements(root, "main")[0];
  const content = articles.length > 0 ? articles : main ? [main] : [root];
  const insideArticle = content[0] !== root;

  const out: string[] = [];
  for (const element of content) {
    out.push(PARAGRAPH);
    writeText(element, out, insideArticle);
  }
  const page: HtmlPage = { text: normaliseWhitespace(out.join("")) };
  const meta = new Map<string, string>();
  for (const element of outermostElements(root, "meta")) {
    const key =
      element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop");
    const value = element.getAttribute("content")?.trim();
    if (key && value && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), value);
  }
  const title = meta.get("og:title");
  if (title) page.title = title;
  const date = DATE_META.map((key) => meta.get(key)).find(
    (value) => value !== undefined && isoDateOrNull(value),
  );
  if (date) page.date = isoDateOrNull(date) ?? undefined;
  const canonical = outermostElements(root, "link").find(
    (link) => link.getAttribute("rel")?.toLowerCase() === "canonical",
  );
  const source = canonical?.getAttribute("href")?.trim() || meta.get("og:url");
  if (source) page.source = source;
  return page;
}

function isoDateOrNull(value: string): string | null {
  try {
    return toIsoDate(value, "date");
  } catch {
    return null;
  }
}

/**
 * Elements with this tag that are not inside another one (nested <article>s,
 * comments and related stories, belong to their outer one), in document order.
 * Iterative: the library's querySelector recurses and overflows on deep pages.
 */
function outermostElements(root: HTMLElement, tag: string): HTMLElement[] {
  const found: HTMLElement[] = [];
  const stack: Node[] = [...root.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined || !isElement(node)) continue;
    if (node.rawTagName.toLowerCase() === tag) {
      found.push(node);
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
  return found;
}

/** Iterative walk: deeply nested pages must not overflow the call stack. */
function writeText(start: HTMLElement, out: string[], insideArticle: boolean): void {
  const stack: Array<Node | string> = [...start.childNodes].reverse();
  let preDepth = 0;
  const PRE_END = "\u0000pre-end";
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (typeof node === "string") {
      if (node === PRE_END) preDepth--;
      else out.push(node);
      continue;
    }
    if (node.nodeType === NodeType.TEXT_NODE) {
      // NUL would collide with the marks; no-break spaces are spaces to a reader.
      const text = node.text.replaceAll(NUL, "").replace(/\u00a0/g, " ");
      out.push(preDepth > 0 ? text.replace(/\r\n?|\n/g, LINE) : text.replace(/\s+/g, " "));
      continue;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE || !isElement(node)) continue;
    const tag = node.rawTagName.toLowerCase();
    if (ALWAYS_DROPPED.has(tag) || isHidden(node)) continue;
    if (PAGE_CHROME.has(tag) && !(tag === "header" && insideArticle)) continue;
    if (tag === "br") {
      out.push(LINE);
      continue;
    }
    const after = BLOCKS.has(tag) ? PARAGRAPH : CELLS.has(tag) ? " " : "";
    out.push(after);
    if (tag === "pre") {
      preDepth++;
      stack.push(PRE_END);
    }
    stack.push(after);
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === NodeType.ELEMENT_NODE && "rawTagName" in node;
}

function isHidden(element: HTMLElement): boolean {
  if (element.hasAttribute("hidden")) return true;
  if (element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function normaliseWhitespace(marked: string): string {
  return marked
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        .split(LINE)
        .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
        .join("\n")
        .replace(/^\n+|\n+$/g, ""),
    )
    .filter((paragraph) => paragraph.trim() !== "")
    .join("\n\n")
    .replace(/\n{3,}/g, "\n\n");
}
