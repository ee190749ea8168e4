/**
 * Errors of the ingest layer. They carry a one-line message without the file
 * name: the caller (src/io, the web app) knows the file and prefixes it.
 */
export class IngestError extends Error {
  override name = "IngestError";
}

/** The YAML front matter of an article is malformed or has a field of the wrong shape. */
export class FrontMatterError extends IngestError {
  override name = "FrontMatterError";
  /** 1-based line in the file where the problem is, when known. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.line = line;
  }
}

/** A date that is not a real calendar date written YYYY-MM-DD. */
export class InvalidDateError extends IngestError {
  override name = "InvalidDateError";
}
