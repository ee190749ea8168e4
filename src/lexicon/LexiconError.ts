/**
 * Bad gazetteer data or a bad --actors file. The message is one line that names
 * the file and the problem, so the CLI can print it as is.
 */
export class LexiconError extends Error {
  override name = "LexiconError";
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.file = file;
  }
}
