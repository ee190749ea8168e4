import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The stages in the order data flows: a file may import only from its own
// stage or an earlier one, and no file may reach itself through imports.
const root = resolve(import.meta.dirname, "../../src");
const EXTRACT_STAGES = ["text", "mentions", "cues", "clauses", "relations", "findings", "."];

/**
 * The folders of src/, in the order data flows (README.md, "How the code is
 * laid out"). Folders in one group are peers: neither imports the other.
 */
const SRC_STAGES: readonly (readonly string[])[] = [
  ["model"],
  ["ingest", "lexicon"],
  ["extract"],
  ["graph"],
  ["appearance"],
  ["layout"],
  ["export"],
  ["read"],
  ["pipeline"],
  ["io"],
  ["cli"],
];

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

/** The folder of src/ a file belongs to ("." for a file directly in src/, which has no stage). */
function srcStage(file: string): string {
  const parts = relative(root, file).split("/");
  return parts.length > 1 ? (parts[0] ?? ".") : ".";
}

const rankOf = (stage: string) => SRC_STAGES.findIndex((group) => group.includes(stage));

/** Imports of another stage that is not strictly earlier: "graph/x.ts -> layout/y.ts". */
function stageViolations(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const from = srcStage(file);
    for (const target of importsOf(file)) {
      const to = srcStage(target);
      if (to === from || !files.includes(target)) continue;
      if (rankOf(to) >= rankOf(from)) out.push(`${relative(root, file)} -> ${relative(root, target)}`);
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

describe("layering of src", () => {
  const files = tsFiles(root);

  it("puts every file in a stage folder", () => {
    expect(files.filter((f) => rankOf(srcStage(f)) < 0).map((f) => relative(root, f))).toEqual([]);
  });

  it("imports only from the same or an earlier stage (model -> ... -> cli)", () => {
    expect(stageViolations(files)).toEqual([]);
  });

  it("has no import cycle anywhere in src", () => {
    expect(cycles(files)).toEqual([]);
  });
});
