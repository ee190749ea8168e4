import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ArticleFileEvent, readArticleFiles } from "../../src/io/readArticleFiles.ts";
import { devCorpusDir } from "../fixtures/corpus.ts";

const repoRoot = resolve(import.meta.dirname, "../..");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "diplograph-io-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options = {}): Promise<ArticleFileEvent[]> {
  const events: ArticleFileEvent[] = [];
  for await (const event of readArticleFiles(paths, options)) events.push(event);
  return events;
}

async function one(name: string, content: string | Uint8Array, options = {}): Promise<ArticleFileEvent> {
  const path = join(dir, name);
  await writeFile(path, content);
  const [event] = await collect([path], options);
  if (!event) throw new Error("no event");
  return event;
}

describe("readArticleFiles", () => {
  it("reads the sample articles in sorted order with ids from file names", async () => {
    const events = await collect([resolve(repoRoot, "graph-data/articles")]);
    const ids = events.flatMap((event) => (event.type === "article" ? [event.article.id] : []));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain("seed-kremlin-rejects-biden-conditions");
    expect(events.every((event) => event.type === "article")).toBe(true);
  });

  it("reads front matter from the dev corpus and skips the gold files", async () => {
    const events = await collect([devCorpusDir]);
    const articles = events.filter((event) => event.type === "article");
    const skipped = events.filter((event) => event.type === "skipped");
    expect(articles.length).toBeGreaterThan(0);
    expect(skipped.length).toBe(articles.length);
    expect(skipped.every((event) => event.path.endsWith(".gold.json"))).toBe(true);
  });

  it("applies --date only where the article has none", async () => {
    const event = await one("undated.txt", "Body", { date: "2022-12-02" });
    expect(event.type === "article" && event.article.date).toBe("2022-12-02");
  });

  it.each([
    ["empty.txt", new Uint8Array(0), /^empty file$/],
    ["blank.txt", " \n\t\n", /empty file \(only whitespace\)/],
    [
      "binary.txt",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]),
      /binary file \(NUL byte at offset 4\)/,
    ],
    [
      "controls.txt",
      new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      /binary/,
    ],
    [
      "latin1.txt",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]),
      /not valid UTF-8 \(first bad byte at offset 3/,
    ],
    ["utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16LE text, not UTF-8/],
    ["badyaml.md", "---\ntitle: [x\n---\nBody", /invalid front matter YAML/],
    ["baddate.md", "---\ndate: 2022-02-30\n---\nBody", /invalid front matter date/],
  ])("reports %s as an error with a one-line reason", async (name, content, reason) => {
    const event = await one(name, content);
    expect(event.type).toBe("error");
    if (event.type !== "error") return;
    expect(event.path).toBe(join(dir, name));
    expect(event.message).toMatch(reason);
    expect(event.message).not.toContain("\n");
  });

  it("skips a file over the size cap, saying how large it is", async () => {
    const big = new Uint8Array(Math.round(2.5 * 1024 * 1024)).fill(0x61);
    const event = await one("big.txt", big, { maxBytes: 1024 * 1024 });
    expect(event).toMatchObject({ type: "skipped", kind: "too-large", reason: "too large (2.5 MB > 1 MB)" });
    expect((await one("big.txt", big)).type).toBe("article");
  });

  it("reports a missing path and a named file of an unsupported type", async () => {
    await writeFile(join(dir, "notes.pdf"), "x");
    const events = await collect([join(dir, "missing.txt"), join(dir, "notes.pdf")]);
    expect(events).toEqual([
      { type: "error", path: join(dir, "missing.txt"), message: "no such file or directory" },
      {
        type: "error",
        path: join(dir, "notes.pdf"),
        message: expect.stringMatching(/unsupported file type \.pdf/),
      },
    ]);
  });

  it("walks a mixed folder recursively: counts skipped files, ignores hidden ones, keeps going past bad files", async () => {
    const folder = join(dir, "mixed");
    await mkdir(join(folder, "sub", "deeper"), { recursive: true });
    await mkdir(join(folder, ".git"));
    await writeFile(join(folder, "a.txt"), "Alpha");
    await writeFile(join(folder, "b.html"), "<p>Beta</p>");
    await writeFile(join(folder, "c.txt"), new Uint8Array([0x00, 0x01]));
    await writeFile(join(folder, "d.md"), "Delta");
    await writeFile(join(folder, "image.png"), "png");
    await writeFile(join(folder, ".DS_Store"), "x");
    await writeFile(join(folder, ".git", "HEAD.txt"), "ref");
    await writeFile(join(folder, "sub", "e.HTM"), "<article>Epsilon</article>");
    await writeFile(join(folder, "sub", "deeper", "f.markdown"), "Phi");
    await writeFile(join(folder, "sub", "deeper", "g.gold.json"), "{}");

    const events = await collect([folder]);
    const summary = events.map((event) => [event.type, event.path.slice(folder.length + 1)]);
    expect(summary).toEqual([
      ["article", "a.txt"],
      ["article", "b.html"],
      ["error", "c.txt"],
      ["article", "d.md"],
      ["skipped", "image.png"],
      ["article", join("sub", "deeper", "f.markdown")],
      ["skipped", join("sub", "deeper", "g.gold.json")],
      ["article", join("sub", "e.HTM")],
    ]);
    const html = events.find((event) => event.type === "article" && event.article.id === "e");
    expect(html?.type === "article" && html.article.text).toBe("Epsilon");
  });

  it("reads a folder of 10,000 small files, one at a time", async () => {
    const folder = join(dir, "many");
    await mkdir(folder);
    const names = Array.from({ length: 10_000 }, (_, i) => `article-${String(i).padStart(5, "0")}.txt`);
    for (let i = 0; i < names.length; i += 500) {
      await Promise.all(
        names.slice(i, i + 500).map((name) => writeFile(join(folder, name), `Article ${name}`)),
      );
    }
    await writeFile(join(folder, "readme.pdf"), "x");
    let articles = 0;
    let skipped = 0;
    let previous = "";
    let sorted = true;
    for await (const event of readArticleFiles([folder])) {
      if (event.type === "article") {
        articles++;
        sorted &&= event.article.id > previous;
        previous = event.article.id;
      } else if (event.type === "skipped") skipped++;
    }
    expect(articles).toBe(10_000);
    expect(sorted).toBe(true);
    expect(skipped).toBe(1);
  }, 60_000);
});
