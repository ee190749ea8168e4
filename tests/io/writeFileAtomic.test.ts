import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AtomicFileWriter } from "../../src/io/AtomicFileWriter.ts";
import { writeFileAtomic } from "../../src/io/writeFileAtomic.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-atomic-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an existing one, leaving no temporary file", async () => {
    const path = join(dir, "out.json");
    await writeFileAtomic(path, "first");
    await writeFileAtomic(path, new TextEncoder().encode("second ✓"));
    expect(await readFile(path, "utf8")).toBe("second ✓");
    expect(await readdir(dir)).toEqual(["out.json"]);
  });

  it("fails with Node's error code when the folder does not exist", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "out.json"), "x")).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  it("leaves the old file untouched and removes the temporary file when aborted", async () => {
    const path = join(dir, "keep.txt");
    await writeFile(path, "old");
    const writer = await AtomicFileWriter.open(path);
    await writer.write("half of the new content");
    expect((await readdir(dir)).some((name) => name.endsWith(".tmp"))).toBe(true);
    await writer.abort();
    expect(await readFile(path, "utf8")).toBe("old");
    expect((await readdir(dir)).some((name) => name.endsWith(".tmp"))).toBe(false);
  });

  it("removes the temporary file when the rename fails", async () => {
    const target = join(dir, "a-folder");
    await rm(target, { recursive: true, force: true });
    await mkdir(join(target, "child"), { recursive: true });
    // Renaming a file over a non-empty folder fails (EISDIR/ENOTEMPTY).
    await expect(writeFileAtomic(target, "x")).rejects.toThrow();
    expect((await readdir(dir)).some((name) => name.endsWith(".tmp"))).toBe(false);
  });
});
