/**
 * Characters XML 1.0 forbids (C0 controls other than tab/newline/CR, lone
 * surrogates, U+FFFE/U+FFFF) and that readers reject. Tab, newline and CR are
 * allowed but become spaces in attribute values anyway, so we turn them into
 * spaces ourselves to make round trips exact.
 */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITESPACE_CONTROLS = /[\t\n\r]/g;

/** Text as it can appear in an XML attribute: forbidden characters removed, tab/newline/CR as spaces. */
export function sanitizeText(text: string): string {
  return text.replace(FORBIDDEN, "").replace(WHITESPACE_CONTROLS, " ");
}

/** True when `id` can be written as an XML attribute unchanged (ids cannot be cleaned: edges point to them). */
export function isXmlSafeId(id: string): boolean {
  return sanitizeText(id) === id;
}
