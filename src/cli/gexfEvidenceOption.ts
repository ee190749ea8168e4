import type { GexfEvidenceMode } from "../export/gexf.ts";
import { type OptionSpec, UsageError } from "./args.ts";

/** `--gexf-evidence summary|full`, shared by `build` and `export`. */
export const GEXF_EVIDENCE_OPTION = {
  type: "string",
  value: "summary|full",
  description: "evidence in the GEXF: counts and one sample sentence (default), or every sentence",
} as const satisfies OptionSpec;

export function parseGexfEvidence(value: string | undefined): GexfEvidenceMode {
  if (value === undefined || value === "summary" || value === "full") return value ?? "summary";
  throw new UsageError(`invalid --gexf-evidence: ${value} (expected summary or full)`);
}
