/** Medians and spreads of repeated measurements, and running a command under /usr/bin/time. */
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";

export interface Sample {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds, user + system, of every thread (and child) of the measured run. */
  cpu: number;
  /** Peak resident set size in MB, where known. */
  peakMb?: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** "1.23 s (1.10–1.40)": the median and the range of the runs. */
export function formatSeconds(values: readonly number[], digits = 2): string {
  const range = `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
  return `${median(values).toFixed(digits)} s (${range})`;
}

/** "2.10 MB/s (1.90–2.20)": a rate from the median time, with the range of the runs' rates. */
export function formatRate(amount: number, seconds: readonly number[], unit: string, digits = 2): string {
  const rates = seconds.map((s) => amount / s);
  return `${(amount / median(seconds)).toFixed(digits)} ${unit} (${Math.min(...rates).toFixed(digits)}–${Math.max(...rates).toFixed(digits)})`;
}

/** Wall time, CPU time and peak RSS of a command, from GNU time; throws when the command fails. */
export function timeCommand(
  command: string,
  args: readonly string[],
  cwd: string,
): Sample & { stdout: string } {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "@@time %U %S %M", command, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = (performance.now() - start) / 1000;
  const line = run.stderr.split("\n").find((l) => l.startsWith("@@time ")) ?? "";
  const [user, system, rssKb] = line.slice(7).split(" ").map(Number);
  if (run.status !== 0 || user === undefined || system === undefined) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${run.status}): ${run.stderr.trim().split("\n")[0]}`,
    );
  }
  return { wall, cpu: user + system, peakMb: (rssKb ?? 0) / 1024, stdout: run.stdout };
}

/** The machine and the moment, printed with every benchmark so a figure can be dated and placed. */
export function machineNote(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  const load = loadavg()[0] ?? 0;
  return (
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${availableParallelism()} cores (${model}), ` +
    `Node ${process.versions.node}, 1-min load ${load.toFixed(1)}`
  );
}
