import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The extractor's stages in the order data flows: a file may import only from
// its own stage or an earlier one, and no file may reach itself through imports.
const root = resolve(import.meta.dirname, "../../src");
const EXTRACT_STAGES = ["text", "mentions", "cues", "clauses", "relations", "findings", "."];

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.ts)"/g)].map((m) =>
    resolve(dirname(file), m[1] ?? ""),
  );
}

/** The stage a file of src/extract belongs to: its first folder, or "." for the entry files. */
function extractStage(file: string): string {
  const parts = relative(join(root, "extract"), file).split("/");
  return parts.length > 1 ? (parts[0] ?? ".") : ".";
}

function backwardImports(files: string[], stageOf: (f: string) => string, order: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = order.indexOf(stageOf(file));
    for (const target of importsOf(file)) {
      if (!files.includes(target)) continue;
      const to = order.indexOf(stageOf(target));
      if (to > from) out.push(`${relative(root, file)} -> ${relative(root, target)}`);
    }
  }
  return out;
}

function cycles(files: string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const state = new Map<string, "open" | "done">();
  const found: string[] = [];
  const visit = (f: string, path: string[]) => {
    if (state.get(f) === "done") return;
    if (state.get(f) === "open") {
      found.push([...path.slice(path.indexOf(f)), f].map((p) => relative(root, p)).join(" -> "));
      return;
    }
    state.set(f, "open");
    for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
    state.set(f, "done");
  };
  for (const f of files) visit(f, []);
  return found;
}

describe("layering of src/extract", () => {
  const files = tsFiles(join(root, "extract"));

  it("puts every file in a known stage", () => {
    expect(files.map(extractStage).filter((s) => !EXTRACT_STAGES.includes(s))).toEqual([]);
  });

  it("imports only from the same or an earlier stage", () => {
    expect(backwardImports(files, extractStage, EXTRACT_STAGES)).toEqual([]);
  });

  it("has no import cycle", () => {
    expect(cycles(files)).toEqual([]);
  });
});
