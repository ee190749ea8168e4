/**
 * graphology-gexf's environment-neutral parser factory. Its package entry
 * points bind it to the global DOMParser (browser, absent in workers) or to
 * xmldom (Node); we bind it to xmldom everywhere, so the CLI, the page and the
 * explorer's worker read GEXF with one parser. This declares its type, which
 * the package exports only for the entry points.
 */
declare module "graphology-gexf/common/parser.js" {
  import type { parse } from "graphology-gexf";

  function createParserFunction(domParser: unknown, document: unknown): typeof parse;
  export default createParserFunction;
}
