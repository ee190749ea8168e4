// PLACEHOLDER: the 'extract' command is being written.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("diplograph extract: not implemented yet\n");
  return 2;
}
