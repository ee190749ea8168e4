import type { Extractor } from "../extract/createExtractor.ts";
import type { Assertion } from "../model/assertion.ts";

/**
 * The extractor a Pipeline is given when extraction ran elsewhere (a worker
 * thread): it hands back the assertions set in `next`, once, so the pipeline
 * counts, filters and merges them as if it had extracted them itself.
 */
export class ExtractedElsewhere implements Extractor {
  next: Assertion[] = [];

  extract(): Assertion[] {
    const assertions = this.next;
    this.next = [];
    return assertions;
  }
}
