import type { Assertion } from "../../model/assertion.ts";

/**
 * The actor `voice` has condemned most often so far (ties: the first to reach
 * the count), kept up to date assertion by assertion: a long speech is not
 * rescanned for every sentence.
 */
export class OpponentTally {
  private readonly counts = new Map<string, number>();
  leader: string | undefined;

  constructor(private readonly voice: string | null) {}

  add(a: Assertion): void {
    if (a.source !== this.voice || a.relation !== "condemns" || a.negated) return;
    const n = (this.counts.get(a.target) ?? 0) + 1;
    this.counts.set(a.target, n);
    if (this.leader === undefined || n > (this.counts.get(this.leader) ?? 0)) this.leader = a.target;
  }
}
