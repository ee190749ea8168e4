/** Records as NDJSON text, one JSON object a line: what NdjsonOutput writes, also made by worker threads. */
export function ndjsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}
