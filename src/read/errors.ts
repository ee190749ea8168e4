/** A file that is not a graph diplograph can open; the message says where and why. */
export class GraphFormatError extends Error {
  override name = "GraphFormatError";
}

/**
 * Problems the reader repaired (see README.md, "Repairs"): each kind of
 * problem is one line however often it occurs ("3 edges pointed to
 * undeclared nodes: 2, 4, 5 (nodes added)"), so a user sees it once.
 */
export class ReadWarnings {
  private readonly found = new Map<string, { count: number; examples: string[] }>();

  add(problem: string, example: string): void {
    let entry = this.found.get(problem);
    if (!entry) {
      entry = { count: 0, examples: [] };
      this.found.set(problem, entry);
    }
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(example);
  }

  /** "3 × node named by an edge but not declared (added): 2, 4, 5" per problem, in first-seen order. */
  list(): string[] {
    return [...this.found].map(([problem, { count, examples }]) => {
      const more = count > examples.length ? ", ..." : "";
      return `${count} × ${problem}: ${examples.join(", ")}${more}`;
    });
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
