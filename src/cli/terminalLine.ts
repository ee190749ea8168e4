/**
 * Text that came from a file (a sentence of an article, a file name, a parser's
 * message quoting a file's bytes) as it is shown on a terminal: on one line,
 * with control characters and direction overrides written as escapes ("\u{1b}"),
 * so that a file cannot move the cursor, clear the screen, set the window's
 * title or reorder what is shown.
 */
const LINE_BREAKS = /\s*[\n\r\u2028\u2029]+\s*/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalLine(text: string): string {
  return text
    .replace(LINE_BREAKS, " ")
    .replace(CONTROLS, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
    .trim();
}
