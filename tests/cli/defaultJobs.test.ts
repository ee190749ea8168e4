// Without --jobs, extract and build start one thread per core, but no more than
// one per 6 MB of input: each thread warms its JIT up on its own, and on a small
// corpus a second thread made extraction slower (README, Performance).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultJobs } from "../../src/cli/extractPool.ts";
import { estimateTotalBytes } from "../../src/io/estimateTotalBytes.ts";

const MB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), "diplograph-default-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the default number of threads", () => {
  it("is one for a small input and grows with the input up to one per core", () => {
    const cores = availableParallelism();
    expect(defaultJobs(0)).toBe(1);
    expect(defaultJobs(5 * MB)).toBe(1);
    expect(defaultJobs(13 * MB)).toBe(Math.min(2, cores));
    expect(defaultJobs(10_000 * MB)).toBe(cores);
  });

  it("is one per core for standard input, whose size is not known", () => {
    expect(defaultJobs(undefined)).toBe(availableParallelism());
  });
});

describe("estimateTotalBytes", () => {
  it("is close to the total of many files from a sample of them, and leaves out files it cannot read", async () => {
    const paths: string[] = [];
    let total = 0;
    for (let i = 0; i < 1000; i++) {
      const file = path.join(dir, `a${i}.txt`);
      const size = 500 + ((i * 7919) % 4000);
      writeFileSync(file, "x".repeat(size));
      paths.push(file);
      total += size;
    }
    const estimate = await estimateTotalBytes(paths);
    expect(Math.abs(estimate - total) / total).toBeLessThan(0.15);
    // Every file measured when there are fewer than the sample: exact.
    expect(await estimateTotalBytes(paths.slice(0, 10))).toBe(
      paths.slice(0, 10).reduce((sum, _, i) => sum + 500 + ((i * 7919) % 4000), 0),
    );
    expect(await estimateTotalBytes([path.join(dir, "missing.txt"), paths[0] as string])).toBe(2 * 500);
    expect(await estimateTotalBytes([])).toBe(0);
  });
});
