/**
 * diplograph command line: parses the command name and hands over to
 * src/cli/commands/<name>.ts. Exit codes: 0 ok, 1 some input was bad (the
 * rest was still processed), 2 usage error or nothing could be processed.
 */
const COMMANDS = {
  extract: () => import("./commands/extract.ts"),
  build: () => import("./commands/build.ts"),
  export: () => import("./commands/export.ts"),
} as const;

type CommandName = keyof typeof COMMANDS;

const USAGE = `usage: diplograph <command> [options]

commands:
  extract <file-or-folder>... [--date YYYY-MM-DD] [--actors extra.json] [-o out.jsonl]
  build <articles-or-assertions>... -o graph.json [--gexf graph.gexf] [--csv DIR] [--since DATE] [--until DATE] [--min-weight N]
  export <graph.json> --format gexf|json|csv [-o FILE]`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    process.stderr.write(`diplograph: unknown command: ${name}\n${USAGE}\n`);
    return 2;
  }
  const command = await COMMANDS[name as CommandName]();
  return command.run(rest);
}
