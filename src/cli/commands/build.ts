// PLACEHOLDER: the 'build' command is being written.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("diplograph build: not implemented yet\n");
  return 2;
}
