import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type AssertionLineEvent, readAssertions } from "../../src/io/readAssertions.ts";

async function collect(file: string): Promise<AssertionLineEvent[]> {
  const events: AssertionLineEvent[] = [];
  for await (const event of readAssertions(file)) events.push(event);
  return events;
}

const line = (fields: Record<string, unknown>) =>
  JSON.stringify({
    article: "a",
    source: "USA",
    target: "RUS",
    relation: "condemns",
    negated: false,
    sentence: "s",
    start: 0,
    end: 1,
    ...fields,
  });

describe("readAssertions", () => {
  it("reads good lines, skips blank ones and reports each bad line as file:line: problem", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "diplograph-assertions-"));
    const file = path.join(dir, "out.jsonl");
    writeFileSync(
      file,
      `\ufeff${line({})}\r\n\n${line({ relation: "foo" })}\n{oops\n${line({ start: 2, end: 3 })}`,
    );
    const events = await collect(file);
    expect(events.map((e) => (e.type === "error" ? e.message : e.assertion.start))).toEqual([
      0,
      `${file}:3: invalid relation: foo`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4: invalid JSON: `)),
      2,
    ]);
  });

  it("reports a missing file as one error instead of throwing", async () => {
    const events = await collect("/nonexistent/out.ndjson");
    expect(events).toEqual([
      {
        type: "error",
        path: "/nonexistent/out.ndjson",
        line: 0,
        message: "/nonexistent/out.ndjson: no such file or directory",
      },
    ]);
  });
});
