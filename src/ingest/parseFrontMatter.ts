import { parseDocument } from "yaml";
import { FrontMatterError } from "./errors.ts";
import { toIsoDate } from "./isoDate.ts";

/** The front matter fields diplograph reads; other fields are allowed and ignored. */
export interface FrontMatter {
  title?: string;
  /** YYYY-MM-DD, validated. */
  date?: string;
  /** Where the article comes from, usually a URL. */
  source?: string;
}

export interface FrontMatterResult {
  /** null when the text has no front matter. */
  frontMatter: FrontMatter | null;
  /** Offset in `text` where the body starts: after the closing `---` line (and a leading BOM). */
  bodyStart: number;
}

const BOM = "\uFEFF";
const OPENING = /^---[ \t]*\r?\n/;
/** YAML allows `...` as well as `---` to end the block. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Reads YAML front matter: a block between `---` lines at the very start of the
 * text (after an optional BOM), as in Jekyll and Hugo. Offsets stay those of
 * `text`, so evidence offsets computed on the whole file remain valid.
 * Throws FrontMatterError for malformed YAML, a non-mapping, or a bad date.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  const opening = OPENING.exec(text.slice(start, start + 16));
  if (!opening) return { frontMatter: null, bodyStart: start };

  const yamlStart = start + opening[0].length;
  CLOSING.lastIndex = yamlStart;
  // An empty block (`---` right after `---`) closes on the very next line.
  const closing = CLOSING.exec(text);
  if (!closing) {
    throw new FrontMatterError("front matter opened with --- on line 1 is never closed by a --- line");
  }
  const yamlText = text.slice(yamlStart, closing.index);
  const bodyStart = closing.index + closing[0].length;
  return { frontMatter: readFields(yamlText), bodyStart };
}

function readFields(yamlText: string): FrontMatter {
  const data = plainFields(yamlText) ?? parseYaml(yamlText);
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new FrontMatterError("invalid front matter: expected `key: value` lines");
  }
  const fields = new Map<string, unknown>(Object.entries(data));
  const frontMatter: FrontMatter = {};
  const title = optionalText(fields.get("title"), "title");
  if (title !== undefined) frontMatter.title = title;
  const source = optionalText(fields.get("source"), "source");
  if (source !== undefined) frontMatter.source = source;
  const date = fields.get("date");
  if (date !== undefined && date !== null && date !== "") {
    frontMatter.date = toIsoDate(date, "front matter date");
  }
  return frontMatter;
}

// A line YAML reads as a plain string: `key: value`, the value starting with no
// YAML indicator and holding no comment or nested mapping.
const PLAIN_LINE = /^([A-Za-z_][\w-]*):[ \t]+([^\s"'[\]{}&*!|>%@`#,?:-][^#]*?)[ \t]*$/;
const NOT_PLAIN = /: |\s#|^(?:null|~|true|false|yes|no|on|off)$/i;
// `key: "value"` or `key: 'value'` with no escape, inner quote or control character: YAML reads the
// text between the quotes as it is (the dev articles' `source: "https://..."`).
const QUOTED_LINE = /^([A-Za-z_][\w-]*):[ \t]+(?:"([^"\\\p{Cc}\uFEFF]*)"|'([^'\p{Cc}\uFEFF]*)')[ \t]*$/u;

/**
 * Most articles' front matter is a few plain `key: value` lines: read those
 * directly (the YAML parser costs more than extracting a short article). Null
 * when anything else is there, and the YAML parser decides.
 */
function plainFields(yamlText: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of yamlText.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const quoted = QUOTED_LINE.exec(line);
    if (quoted?.[1] !== undefined) {
      if (Object.hasOwn(out, quoted[1])) return null;
      out[quoted[1]] = quoted[2] ?? quoted[3] ?? "";
      continue;
    }
    const m = PLAIN_LINE.exec(line);
    const [key, value] = [m?.[1], m?.[2]];
    if (!key || !value || NOT_PLAIN.test(value) || Object.hasOwn(out, key)) return null;
    // Numbers are YAML's to read; a date is a plain string to it too.
    if (/^\d/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    out[key] = value;
  }
  return out;
}

function parseYaml(yamlText: string): unknown {
  const document = parseDocument(yamlText, { prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    // yaml's own "at line N" counts from the front matter; we give the file's line.
    const reason = (error.message.split("\n")[0] ?? "syntax error").replace(
      / at line \d+, column \d+:?$/,
      "",
    );
    // +1 for the opening --- line.
    const line = error.linePos ? error.linePos[0].line + 1 : undefined;
    throw new FrontMatterError(`invalid front matter YAML: ${reason}`, line);
  }
  return document.toJS();
}

function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new FrontMatterError(`invalid front matter ${field}: expected text`);
}
