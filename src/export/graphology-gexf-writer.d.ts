/**
 * graphology-gexf's environment-neutral writer. Its package entry points
 * pull in a DOM parser (xmldom in Node, the global DOMParser in the browser
 * entry, which throws at import time in Node), and we only write, so we import
 * the shared writer file directly; this declares its type, which the package
 * exports only for the entry points.
 */
declare module "graphology-gexf/common/writer.js" {
  import type { write } from "graphology-gexf";

  const writeGexfXml: typeof write;
  export default writeGexfXml;
}
