// PLACEHOLDER: the 'export' command is being written.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("diplograph export: not implemented yet\n");
  return 2;
}
