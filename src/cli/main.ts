/**
 * diplograph command line: parses the command name and hands over to
 * src/cli/commands/<name>.ts. Exit codes: 0 ok, 1 some input was bad (the
 * rest was still processed), 2 usage error or nothing could be processed.
 * Expected errors are one line on stderr; a stack trace only with DIPLOGRAPH_DEBUG=1.
 */
import { type CommandSpec, formatUsageLine, type OptionSpec } from "./args.ts";
import { CommandError } from "./errors.ts";
import { handleInterrupts } from "./interrupt.ts";
import { BUILD_SPEC, EXPORT_SPEC, EXTRACT_SPEC } from "./specs.ts";
import { terminalLine } from "./terminalLine.ts";

const COMMANDS = {
  extract: () => import("./commands/extract.ts"),
  build: () => import("./commands/build.ts"),
  export: () => import("./commands/export.ts"),
} as const;

type CommandName = keyof typeof COMMANDS;

/** Each command's spec, for the top-level help (specs.ts loads no engine code: help stays fast). */
const SPECS: Record<CommandName, CommandSpec<Record<string, OptionSpec>>> = {
  extract: EXTRACT_SPEC,
  build: BUILD_SPEC,
  export: EXPORT_SPEC,
};

/** The top-level help: every command with every one of its options, generated from the specs. */
function usage(): string {
  const lines = ["usage: diplograph <command> [options]", "", "commands:"];
  for (const spec of Object.values(SPECS)) lines.push(`  ${formatUsageLine(spec)}`);
  lines.push("", "Run 'diplograph <command> --help' for what each option does.");
  return lines.join("\n");
}

/** Errors other layers throw for bad input; their message is already one line naming the problem. */
const EXPECTED_ERROR_NAMES = new Set([
  "UsageError",
  "CommandError",
  "IngestError",
  "FrontMatterError",
  "InvalidDateError",
  "LexiconError",
]);

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    const text = `${usage()}\n`;
    if (name) process.stdout.write(text);
    else process.stderr.write(text);
    return name ? 0 : 2;
  }
  if (!isCommandName(name)) {
    process.stderr.write(
      `diplograph: unknown command ${name} (commands: ${Object.keys(COMMANDS).join(", ")})\n`,
    );
    return 2;
  }
  const stopHandling = handleInterrupts(name);
  try {
    const command = await COMMANDS[name]();
    return await command.run(rest);
  } catch (error) {
    return reportError(name, error);
  } finally {
    stopHandling();
  }
}

function reportError(command: string, error: unknown): number {
  const message = terminalLine(error instanceof Error ? error.message : String(error));
  if (error instanceof Error && EXPECTED_ERROR_NAMES.has(error.name)) {
    process.stderr.write(`diplograph ${command}: ${message}\n`);
    return error instanceof CommandError ? error.exitCode : 2;
  }
  if (process.env.DIPLOGRAPH_DEBUG) {
    process.stderr.write(
      `diplograph ${command}: unexpected error\n${error instanceof Error ? error.stack : message}\n`,
    );
  } else {
    process.stderr.write(
      `diplograph ${command}: unexpected error: ${message} (set DIPLOGRAPH_DEBUG=1 for details)\n`,
    );
  }
  return 2;
}
