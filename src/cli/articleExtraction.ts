import type { Extracted, ExtractInput } from "./extractInput.ts";

/** Where a command's inputs are extracted: on its own thread or on worker threads (extractPool.ts). */
export interface ArticleExtraction {
  extract(input: ExtractInput): Promise<Extracted>;
  /** Stops the threads (waiting for none of their work). */
  close(): Promise<void>;
}
