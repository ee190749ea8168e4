// Issue 10: no command may destroy an input or another output; a run that
// exits 2 leaves every output as it was; Ctrl-C leaves no temporary file;
// numeric options are bounded. Each case below failed before the fix.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_SPEC } from "../../src/cli/commands/build.ts";
import { EXPORT_SPEC } from "../../src/cli/commands/export.ts";
import { EXTRACT_SPEC } from "../../src/cli/commands/extract.ts";
import { repoRoot } from "../fixtures/sampleAssertions.ts";
import { writeLargeAssertions } from "./largeAssertions.ts";

const bin = path.join(repoRoot, "bin", "diplograph.mjs");
const ARTICLE = "The Kremlin rejected the conditions set by the United States for talks.\n";

function diplograph(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, DIPLOGRAPH_DEBUG: "" },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh folder with one article, a.txt, and a previous graph, old.json. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "diplograph-safety-"));
  writeFileSync(path.join(dir, "a.txt"), ARTICLE);
  writeFileSync(path.join(dir, "old.json"), "previous graph");
  return dir;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8");
const tempFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp) {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(pattern)]);
}

describe("an output that is an input or another output is a usage error", { timeout: 60_000 }, () => {
  it("extract a.txt -o a.txt keeps the article (exit 2)", () => {
    const dir = workspace();
    const run = diplograph(dir, "extract", "a.txt", "-o", "a.txt");
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /^diplograph extract: -o a\.txt is the input a\.txt: /);
    expect(read(dir, "a.txt")).toBe(ARTICLE);
  });

  it("build a.txt -o a.txt keeps the article, also through a link or inside an input folder", () => {
    const dir = workspace();
    const run = diplograph(dir, "build", "a.txt", "-o", "a.txt");
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /^diplograph build: -o a\.txt is the input a\.txt: /);
    symlinkSync("a.txt", path.join(dir, "link.json"));
    const viaLink = diplograph(dir, "build", ".", "-o", "link.json");
    expect(viaLink.status).toBe(2);
    expectOneLine(viaLink.stderr, /^diplograph build: -o link\.json is the input a\.txt: /);
    expect(read(dir, "a.txt")).toBe(ARTICLE);
  });

  it("extract of a linked folder keeps the article written through the real folder", () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "real", "sub"), { recursive: true });
    writeFileSync(path.join(dir, "real", "sub", "b.txt"), ARTICLE);
    symlinkSync("real", path.join(dir, "linked"));
    const run = diplograph(dir, "extract", "linked", "-o", path.join("real", "sub", "b.txt"));
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /is the input linked\/sub\/b\.txt: /);
    expect(read(dir, path.join("real", "sub", "b.txt"))).toBe(ARTICLE);
  });

  it("export g.json --format gexf -o g.json keeps the graph", () => {
    const dir = workspace();
    expect(diplograph(dir, "build", "a.txt", "-o", "g.json", "-q").status).toBe(0);
    const graph = read(dir, "g.json");
    const run = diplograph(dir, "export", "g.json", "--format", "gexf", "-o", "./g.json");
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /^diplograph export: -o \.\/g\.json is the input g\.json: /);
    expect(read(dir, "g.json")).toBe(graph);
  });

  it("build -o F --gexf F writes neither (and leaves F as it was)", () => {
    const dir = workspace();
    const run = diplograph(dir, "build", "a.txt", "-o", "old.json", "--gexf", "old.json");
    expect(run.status).toBe(2);
    expectOneLine(run.stderr, /^diplograph build: -o old\.json and --gexf old\.json are the same file/);
    expect(read(dir, "old.json")).toBe("previous graph");
    const csv = diplograph(dir, "build", "a.txt", "-o", path.join("out", "nodes.csv"), "--csv", "out");
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain("are the same file");
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "old.json"]);
  });
});

describe("a run that exits 2 leaves every output as it was", { timeout: 60_000 }, () => {
  it("--gexf in a missing folder: -o is not written", () => {
    const dir = workspace();
    const gexf = path.join(dir, "no", "such", "g.gexf");
    const run = diplograph(dir, "build", "a.txt", "-o", "old.json", "--gexf", gexf);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`diplograph build: cannot write ${gexf}: no such file or directory\n`);
    expect(read(dir, "old.json")).toBe("previous graph");
    expect(tempFiles(dir)).toEqual([]);
  });

  it("--csv naming an existing file: -o is not written, the file is kept", () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "tables"), "not a folder");
    const run = diplograph(dir, "build", "a.txt", "-o", "old.json", "--csv", "tables");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("diplograph build: --csv tables: is a file, not a folder\n");
    expect(read(dir, "old.json")).toBe("previous graph");
    expect(read(dir, "tables")).toBe("not a folder");
  });

  it("an output that is a folder, or not a regular file, is refused before anything is read", () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "folder"));
    const run = diplograph(dir, "build", "a.txt", "-o", "old.json", "--gexf", "folder");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("diplograph build: cannot write folder: is a folder, not a file\n");
    // A named pipe stands for /dev/null here: the old code renamed its temporary file over
    // the target, which replaced /dev/null itself when run as root.
    expect(spawnSync("mkfifo", [path.join(dir, "pipe")]).status).toBe(0);
    expect(diplograph(dir, "extract", "a.txt", "-o", "pipe").stderr).toBe(
      "diplograph extract: cannot write pipe: not a regular file\n",
    );
    expect(read(dir, "old.json")).toBe("previous graph");
  });
});

describe("Ctrl-C", { timeout: 120_000 }, () => {
  it("during a large build removes every temporary file, keeps the old output and exits 130", async () => {
    const dir = workspace();
    const input = path.join(dir, "large.jsonl");
    writeLargeAssertions(input);
    const child = spawn(
      process.execPath,
      [
        bin,
        "build",
        input,
        "-o",
        "old.json",
        "--gexf",
        "g.gexf",
        "--gexf-evidence",
        "full",
        "--iterations",
        "0",
      ],
      { cwd: dir },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    let running = true;
    void exited.then(() => {
      running = false;
    });
    // Interrupt once the outputs are being written: a temporary file exists.
    let sawTemp = false;
    while (running && !sawTemp) {
      sawTemp = tempFiles(dir).length > 0;
      if (!sawTemp) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(sawTemp).toBe(true);
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toBe("diplograph build: interrupted, nothing written\n");
    expect(tempFiles(dir)).toEqual([]);
    expect(read(dir, "old.json")).toBe("previous graph");
    expect(readdirSync(dir)).not.toContain("g.gexf");
  });
});

describe("numeric options are bounded, with one clear line", { timeout: 60_000 }, () => {
  it.each([
    [
      ["build", "a.txt", "-o", "g.json", "--iterations", "1000000000"],
      "invalid --iterations: 1000000000 (must be a whole number from 0 to 100,000)",
    ],
    [
      ["build", "a.txt", "-o", "g.json", "--iterations", "-5"],
      "invalid --iterations: -5 (must be a whole number from 0 to 100,000)",
    ],
    [
      ["build", "a.txt", "-o", "g.json", "--min-weight", "0"],
      "invalid --min-weight: 0 (must be a whole number from 1 to 1,000,000,000)",
    ],
    [
      ["build", "a.txt", "-o", "g.json", "--seed", "1.5"],
      "invalid --seed: 1.5 (must be a whole number from 0 to 4,294,967,295)",
    ],
    [["extract", "a.txt", "--max-size", "-1"], "invalid --max-size: -1 (must be a positive number)"],
    [["extract", "a.txt", "--max-size", "5000"], "invalid --max-size: 5000 (must be at most 1,024)"],
  ])("%j", (args, message) => {
    const dir = workspace();
    const started = Date.now();
    const run = diplograph(dir, ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`diplograph ${args[0]}: ${message}\n`);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "old.json"]);
  });
});

describe("--help", { timeout: 60_000 }, () => {
  it("lists every option of every command, at the top level and per command", () => {
    const top = diplograph(repoRoot, "--help");
    expect(top.status).toBe(0);
    for (const spec of [EXTRACT_SPEC, BUILD_SPEC, EXPORT_SPEC]) {
      const own = diplograph(repoRoot, spec.name, "--help");
      expect(own.status).toBe(0);
      const line = top.stdout.split("\n").find((l) => l.trimStart().startsWith(`${spec.name} `)) ?? "";
      for (const name of Object.keys(spec.options)) {
        expect(line, `top-level help of ${spec.name}`).toContain(`--${name}`);
        expect(own.stdout, `${spec.name} --help`).toContain(`--${name}`);
      }
    }
  });
});

describe("text from files reaches the terminal as text, never as control sequences", {
  timeout: 60_000,
}, () => {
  // ESC [2J clears the screen, ESC ] 0; sets the window title, U+202E reverses what follows.
  const hostile = "\u001b[2J\u001b]0;pwned\u0007\u202e";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters.
  const noControls = (text: string) => expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);

  it("escapes them in a file name that extract reports, and keeps the report on one line", () => {
    const dir = workspace();
    const name = `bad${hostile}\nname.txt`;
    writeFileSync(path.join(dir, name), "\u0000binary");
    const run = diplograph(dir, "extract", ".", "-q");
    // a.txt was extracted; the bad file is an error.
    expect(run.status).toBe(1);
    noControls(run.stderr);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "diplograph extract: bad\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e} name.txt: binary file (NUL byte at offset 0), not text",
    );
  });

  it("escapes them in the sentences and mentions that --explain prints", () => {
    const dir = workspace();
    writeFileSync(
      path.join(dir, "b.txt"),
      `The Kremlin${hostile} rejected the conditions set by the United States.\n`,
    );
    const run = diplograph(dir, "extract", "b.txt", "--explain");
    expect(run.status).toBe(0);
    noControls(run.stdout);
    expect(run.stdout).toContain("The Kremlin\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e} rejected");
  });

  it("escapes them in the reader's warnings about a graph file", () => {
    const dir = workspace();
    const graph = { attributes: {}, nodes: [{ key: "1" }], edges: [{ source: "1", target: `${hostile}x` }] };
    writeFileSync(path.join(dir, "g.json"), JSON.stringify(graph));
    const run = diplograph(dir, "export", "g.json", "--format", "json", "-o", "out.json");
    expect(run.status).toBe(0);
    noControls(run.stderr);
    expect(run.stderr).toContain("not declared (added): \\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{202e}x\n");
  });
});
