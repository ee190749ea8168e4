import { execFileSync } from "node:child_process";
import { type Dirent, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir: string): number {
  let latest = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (entry.isFile()) latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * The tests that spawn `bin/diplograph.mjs` run the compiled CLI in dist/:
 * rebuilt here when a source is newer than the build (after an edit, or on a
 * clone whose `npm ci` was run before the last pull), so they never test stale code.
 */
export default function setup(): void {
  const built = newest(path.join(repoRoot, "dist"));
  const sources = Math.max(
    newest(path.join(repoRoot, "src")),
    statSync(path.join(repoRoot, "tsconfig.json")).mtimeMs,
    statSync(path.join(repoRoot, "tsconfig.build.json")).mtimeMs,
    // The bundle step and its stand-ins for lazily loaded packages.
    statSync(path.join(repoRoot, "scripts/bundleCli.mjs")).mtimeMs,
    newest(path.join(repoRoot, "scripts/lazyModules")),
  );
  if (built >= sources) return;
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: repoRoot, stdio: "inherit" });
}
