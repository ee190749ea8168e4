/**
 * The progress line of long commands: on a terminal, one line on stderr
 * rewritten in place at most every UPDATE_MS ("diplograph build: articles
 * 120/400, 2,345 assertions, 48 files/s, about 6 s left"); nothing when stderr
 * is not a terminal or with --quiet (the final summary is printed apart).
 */
import { groupThousands } from "./groupThousands.ts";
import { letSignalsIn } from "./interrupt.ts";
import { terminalLine } from "./terminalLine.ts";

const UPDATE_MS = 200;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export class Progress {
  private readonly prefix: string;
  private readonly stream: ProgressStream;
  private readonly enabled: boolean;
  private readonly now: () => number;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    command: string,
    options: { quiet: boolean; stream?: ProgressStream; now?: () => number } = { quiet: false },
  ) {
    this.prefix = `diplograph ${command}: `;
    this.stream = options.stream ?? process.stderr;
    this.enabled = !options.quiet && this.stream.isTTY === true;
    this.now = options.now ?? Date.now;
  }

  /** Shows `line()` unless the line was updated less than UPDATE_MS ago (`force` shows it anyway). */
  update(line: () => string, force = false): void {
    if (!this.enabled) return;
    const now = this.now();
    if (!force && now - this.last < UPDATE_MS) return;
    this.last = now;
    // A terminal of unknown size reports 0 columns.
    const width = Math.max(20, (this.stream.columns || 100) - 1);
    this.stream.write(`\r\x1b[K${terminalLine(`${this.prefix}${line()}`).slice(0, width)}`);
    this.shown = true;
  }

  /** `update`, then a turn of the event loop now and then so Ctrl-C is handled during long loops. */
  async tick(line: () => string): Promise<void> {
    this.update(line);
    await letSignalsIn();
  }

  /** Erases the line, before a message or the summary is printed. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}

/** Numbers with thousands separators: 12,345. */
export function formatCount(n: number): string {
  return groupThousands(Math.round(n));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "25 files/s, about 12 s left" from work done, the total (if known) and the time since the start. */
export function rateAndTimeLeft(
  done: number,
  total: number | undefined,
  elapsedMs: number,
  unit: string,
): string {
  const seconds = elapsedMs / 1000;
  if (seconds < 0.5 || done === 0) return "";
  const rate = done / seconds;
  const rateText = unit === "B" ? `${formatBytes(rate)}/s` : `${formatCount(rate)} ${unit}/s`;
  if (total === undefined || total <= done) return rateText;
  return `${rateText}, about ${formatDuration((total - done) / rate)} left`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
