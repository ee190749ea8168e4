import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { removeTempFilesSync } from "../../src/io/AtomicFileWriter.ts";
import { OutputBatch, uncommittedFolders } from "../../src/io/OutputBatch.ts";
import { inputIdentities, outputIdentity } from "../../src/io/pathIdentity.ts";

const fresh = () => mkdtempSync(path.join(tmpdir(), "diplograph-batch-"));

describe("OutputBatch", () => {
  it("replaces every target only on commit, and counts the bytes written", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "a.json"), "old a");
    const totals: number[] = [];
    const batch = new OutputBatch((bytes) => totals.push(bytes));
    await batch.add(path.join(dir, "a.json"), "new a");
    await batch.add(path.join(dir, "b.gexf"), ["<g>", "é", "</g>"]);
    expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe("old a");
    expect(existsSync(path.join(dir, "b.gexf"))).toBe(false);
    batch.commit();
    expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe("new a");
    expect(readFileSync(path.join(dir, "b.gexf"), "utf8")).toBe("<g>é</g>");
    expect(totals.at(-1)).toBe(5 + 9);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.gexf"]);
  });

  it("abort leaves every target as it was and removes the folders it created", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "a.json"), "old a");
    const batch = new OutputBatch();
    await batch.add(path.join(dir, "a.json"), "new a");
    await batch.createFolder(path.join(dir, "csv", "deep"));
    await batch.add(path.join(dir, "csv", "deep", "nodes.csv"), "id\n");
    expect(uncommittedFolders()).toContain(path.join(dir, "csv"));
    await batch.abort();
    expect(readdirSync(dir)).toEqual(["a.json"]);
    expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe("old a");
    expect(uncommittedFolders()).toEqual([]);
  });

  it("a chunk source that throws leaves no temporary file behind once aborted", async () => {
    const dir = fresh();
    const batch = new OutputBatch();
    function* failing() {
      yield "x".repeat(2 << 20);
      throw new Error("boom");
    }
    await expect(batch.add(path.join(dir, "g.gexf"), failing())).rejects.toThrow("boom");
    await batch.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removeTempFilesSync removes the temporary files of an unfinished batch (the signal handler's job)", async () => {
    const dir = fresh();
    const batch = new OutputBatch();
    await batch.add(path.join(dir, "a.json"), "new a");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toHaveLength(1);
    expect(removeTempFilesSync()).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("path identities", () => {
  it("resolve links and not-yet-existing files, and list the files of input folders by real path", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "a.txt"), "text");
    writeFileSync(path.join(dir, "notes.csv"), "not an article");
    writeFileSync(path.join(dir, ".hidden.txt"), "hidden");
    const { symlinkSync, mkdirSync } = await import("node:fs");
    mkdirSync(path.join(dir, "sub"));
    symlinkSync("..", path.join(dir, "sub", "loop"));
    symlinkSync(path.join(dir, "a.txt"), path.join(dir, "sub", "link.txt"));
    expect(await outputIdentity(path.join(dir, "sub", "link.txt"))).toBe(
      await outputIdentity(path.join(dir, "a.txt")),
    );
    expect(await outputIdentity(path.join(dir, "sub", "new.json"))).toBe(
      path.join(await outputIdentity(path.join(dir, "sub")), "new.json"),
    );
    const inputs = await inputIdentities([dir, path.join(dir, "missing.txt")], [".txt"]);
    expect([...inputs.keys()]).toEqual([await outputIdentity(path.join(dir, "a.txt"))]);
  });
});
