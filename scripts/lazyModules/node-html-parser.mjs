// Stands in for "node-html-parser" in the CLI bundle (scripts/bundleCli.mjs): the
// parser is loaded on the first HTML article, so text articles never load it.
import { createRequire } from "node:module";

let html;

/** The DOM's node type numbers, as the package has them (bundleCli.mjs checks they still agree). */
export const NodeType = Object.freeze({ ELEMENT_NODE: 1, TEXT_NODE: 3, COMMENT_NODE: 8 });

export function parse(...args) {
  html ??= createRequire(import.meta.url)("./vendor/node-html-parser.cjs");
  return html.parse(...args);
}
