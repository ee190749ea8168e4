// The V8 settings the CLI runs with, applied before any extraction code is compiled (bin/diplograph.mjs)
// and by the in-process benchmark (bench/extractor.ts), so that it measures the extractor as the CLI runs it.
import { setFlagsFromString } from "node:v8";

/**
 * The extractor is many rules with rarely taken branches: each rare branch met for the first time
 * throws away the optimised code of the function that inlined it, and the JIT recompiles it, in
 * every thread. A smaller inlining budget makes those recompilations small: extraction took about
 * a tenth less CPU time, and a fifth less with two threads (README, Performance). It applies to
 * the worker threads too.
 */
export function applyJitFlags() {
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
}
