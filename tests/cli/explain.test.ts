import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `diplograph extract --explain FILE`: per sentence, the actors and cues found and
// every rule that fired (+) or blocked (-) a candidate, by its stable name.
const repoRoot = resolve(import.meta.dirname, "../..");
let dir: string;
let explained: { status: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-explain-"));
  const file = join(dir, "two-sentences.txt");
  await writeFile(
    file,
    "---\ndate: 2024-03-01\n---\nThe Kremlin rejected the conditions set by Biden.\nBrazil may consider supporting Argentina.\n",
  );
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "bin/diplograph.mjs"), "extract", "--explain", file],
    {
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  explained = { status: result.status, stdout: result.stdout, stderr: result.stderr };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extract --explain", () => {
  it("shows the actors, the cue and the frame that fired for a sentence that yields an assertion", () => {
    expect(explained.status).toBe(0);
    const block = explained.stdout.split("\n[").find((b) => b.includes("The Kremlin rejected")) ?? "";
    expect(block).toContain('"Kremlin" RUS');
    expect(block).toContain('"Biden" USA');
    expect(block).toContain('"rejected" rejects.verb');
    expect(block).toMatch(/\+ rejects\.verb \("rejected"\): RUS rejects USA/);
  });

  it("names the filter that blocked a candidate, and prints no NDJSON", () => {
    const block = explained.stdout.split("\n[").find((b) => b.includes("may consider")) ?? "";
    expect(block).toMatch(/- modality\.possibility \("supporting"\): a mere possibility/);
    expect(block).not.toMatch(/\+ supports/);
    expect(explained.stdout).not.toContain('{"article"');
  });
});
