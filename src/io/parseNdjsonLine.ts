/**
 * One line of an NDJSON stream, as both readers (articles for `extract -`,
 * assertions for `build`) take it: a byte order mark on the first line is
 * dropped, a blank line is null, and a line that is too long or not JSON
 * gives a one-line reason (without the file and line, which the caller adds).
 */
export function parseNdjsonLine(
  raw: string,
  lineNumber: number,
  maxChars: number,
): { value: unknown } | { error: string } | null {
  const line = lineNumber === 1 ? raw.replace(/^\ufeff/, "") : raw;
  if (line.trim() === "") return null;
  if (line.length > maxChars) return { error: "line too long" };
  try {
    return { value: JSON.parse(line) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { error: `invalid JSON: ${reason}` };
  }
}
