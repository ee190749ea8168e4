import { parseArgs } from "node:util";
import { isIsoDate } from "../ingest/isoDate.ts";
import { UsageError } from "./errors.ts";
import { groupThousands } from "./groupThousands.ts";

export { CommandError, UsageError } from "./errors.ts";

/** One option of a command; `--help`/`-h` is added to every command. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** May be given several times; read with `list()`. */
  multiple?: boolean;
  /** Placeholder shown in help: `--date YYYY-MM-DD`. */
  value?: string;
  description: string;
}

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  /** "extract": used in messages ("diplograph extract: ...") and help. */
  name: string;
  /** Positional part of the usage line: "<file-or-folder>...". */
  positionals: string;
  minPositionals?: number;
  maxPositionals?: number;
  summary: string;
  options: Options;
  /** Extra help paragraphs (defaults, formats, exit codes). */
  notes?: readonly string[];
}

/** Declares a command's spec, keeping its option types for the typed getters of ParsedArgs. */
export function defineCommand<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
): CommandSpec<Options> {
  return spec;
}

type KeysOfType<Options, Shape> = {
  [K in keyof Options]: Options[K] extends Shape ? K : never;
}[keyof Options] &
  string;

/** Parsed command line with getters typed by the spec: no casts at call sites. */
export class ParsedArgs<Options extends Record<string, OptionSpec>> {
  readonly positionals: string[];
  /** True when --help or -h was given: print `formatHelp(spec)` and exit 0. */
  readonly help: boolean;
  private readonly values: ReadonlyMap<string, unknown>;

  constructor(values: ReadonlyMap<string, unknown>, positionals: string[]) {
    this.values = values;
    this.positionals = positionals;
    this.help = values.get("help") === true;
  }

  /** Value of a single-valued string option, undefined when absent. */
  string(name: KeysOfType<Options, { type: "string"; multiple?: false }>): string | undefined {
    const value = this.values.get(name);
    return typeof value === "string" ? value : undefined;
  }

  /** Every value of a repeatable string option, in command-line order. */
  list(name: KeysOfType<Options, { type: "string"; multiple: true }>): string[] {
    const value = this.values.get(name);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  }

  flag(name: KeysOfType<Options, { type: "boolean" }>): boolean {
    return this.values.get(name) === true;
  }
}

/**
 * Parses a command's arguments with node's util.parseArgs (strict: unknown
 * options are errors). Throws UsageError with a one-line message
 * ("unknown option --foo"); positional counts are checked unless --help.
 */
export function parseCommandArgs<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  argv: readonly string[],
): ParsedArgs<Options> {
  const config: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {
    help: { type: "boolean", short: "h" },
  };
  for (const [name, option] of Object.entries(spec.options)) {
    config[name] = { type: option.type, multiple: option.multiple ?? false };
    if (option.short) config[name].short = option.short;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(spec, argv),
      options: config,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const values = new Map<string, unknown>(Object.entries(parsed.values));
  const result = new ParsedArgs<Options>(values, parsed.positionals);
  if (result.help) return result;
  const count = result.positionals.length;
  if (spec.minPositionals !== undefined && count < spec.minPositionals) {
    throw new UsageError(
      `missing ${spec.positionals} (usage: diplograph ${spec.name} ${spec.positionals} [options])`,
    );
  }
  if (spec.maxPositionals !== undefined && count > spec.maxPositionals) {
    throw new UsageError(`unexpected argument ${result.positionals[spec.maxPositionals]}`);
  }
  return result;
}

/**
 * `--max-size -1`: util.parseArgs takes "-1" for an option and fails with
 * "ambiguous"; joined as `--max-size=-1` the value reaches its check, which
 * says what is wrong with it.
 */
function joinNegativeValues<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
  argv: readonly string[],
): string[] {
  const takesValue = new Set<string>();
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.type !== "string") continue;
    takesValue.add(`--${name}`);
    if (option.short) takesValue.add(`-${option.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (takesValue.has(arg) && next !== undefined && /^-\.?\d/.test(next)) {
      out.push(arg.startsWith("--") ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** util.parseArgs messages are long and mention '-- "--foo"'; ours name the option only. */
function describeParseError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? message}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const long = /(--[\w-]+)/.exec(message)?.[1] ?? option;
      return message.includes("argument missing")
        ? `option ${long} needs a value`
        : `option ${long} does not take a value`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ""}`.trim();
    default:
      return message.split("\n")[0] ?? "invalid arguments";
  }
}

/** "build <articles-or-assertions>... [-o FILE] [--gexf FILE] ... [-q]": the command with every option. */
export function formatUsageLine<Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
): string {
  const options = Object.entries(spec.options).map(([name, option]) => {
    const flag = option.short ? `-${option.short}|--${name}` : `--${name}`;
    return `[${flag}${option.type === "string" ? ` ${option.value ?? "VALUE"}` : ""}]`;
  });
  return [spec.name, spec.positionals, ...options].join(" ");
}

/** The command's --help text. */
export function formatHelp<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>): string {
  const rows: Array<[string, string]> = Object.entries(spec.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : "    "}--${name}${option.type === "string" ? ` ${option.value ?? "VALUE"}` : ""}`;
    return [flag, option.description];
  });
  rows.push(["-h, --help", "show this help"]);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = [
    `usage: diplograph ${spec.name} ${spec.positionals} [options]`,
    "",
    spec.summary,
    "",
    "options:",
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`),
  ];
  for (const note of spec.notes ?? []) lines.push("", note);
  return `${lines.join("\n")}\n`;
}

/** Checks a date flag: a real calendar date YYYY-MM-DD. */
export function parseDateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`invalid ${flag}: ${value} (expected a real date YYYY-MM-DD)`);
  return value;
}

/** Checks a number flag: finite, > 0 and at most `max` ("--max-size 0.5" is fine). */
export function parsePositiveNumber(
  flag: string,
  value: string | undefined,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number <= 0) {
    throw new UsageError(`invalid ${flag}: ${value} (must be a positive number)`);
  }
  if (number > max) throw new UsageError(`invalid ${flag}: ${value} (must be at most ${formatLimit(max)})`);
  return number;
}

/** Checks a whole-number flag: an integer from `min` to `max`. */
export function parseWholeNumber(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(
      `invalid ${flag}: ${value} (must be a whole number from ${formatLimit(min)} to ${formatLimit(max)})`,
    );
  }
  return n;
}

function formatLimit(n: number): string {
  return groupThousands(n);
}
