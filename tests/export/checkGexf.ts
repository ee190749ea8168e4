import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The project's own GEXF checker (scripts/gexf/README.md): vendored XSD via xmllint, plus a NetworkX read. */
export const CHECK_GEXF = path.resolve(import.meta.dirname, "../../scripts/gexf/check-gexf.py");
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-gexf-"));

/** Writes `xml` to a file and runs scripts/gexf/check-gexf.py on it. */
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
    "python3",
    [CHECK_GEXF, file, "--expect-nodes", String(expect.nodes), "--expect-edges", String(expect.edges)],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const spawnError = run.error ? `cannot run python3: ${run.error.message}\n` : "";
  return { status: run.status, output: `${spawnError}${run.stdout ?? ""}${run.stderr ?? ""}`, file };
}
