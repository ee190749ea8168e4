import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../../src/graph/schema.ts";

/**
 * Messages between the page and graphWorker.ts. The worker reads and lays
 * out; the page only rebuilds the graph it is sent (graphology's own import).
 */
export type OpenRequest = {
  /** Name shown in messages: the file name, or the URL. */
  name: string;
  source: { file: File } | { url: string };
};

export type OpenPhase = "reading" | "parsing" | "layout";

export type OpenResponse =
  | { type: "progress"; phase: OpenPhase; done: number; total: number }
  | {
      type: "done";
      graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
      warnings: string[];
      /** Iterations of starting layout run, when the file had no positions. */
      laidOut: number;
    }
  | { type: "error"; message: string };
