import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedDir } from "../fixtures/sampleAssertions.ts";

const CHECK_GEXF = path.join(sharedDir, "gexf", "check-gexf");
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-gexf-"));

/** Writes `xml` to a file and runs ../shared/gexf/check-gexf on it (XSD + NetworkX read). */
export function checkGexf(
  name: string,
  xml: string,
  expect: { nodes: number; edges: number },
): { status: number | null; output: string; file: string } {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return checkGexfFile(file, expect);
}

export function checkGexfFile(
  file: string,
  expect: { nodes: number; edges: number },
): { status: number | null; output: string; file: string } {
  const run = spawnSync(
    CHECK_GEXF,
    [file, "--expect-nodes", String(expect.nodes), "--expect-edges", String(expect.edges)],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}`, file };
}
