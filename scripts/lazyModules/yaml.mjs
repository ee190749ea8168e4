// Stands in for "yaml" in the CLI bundle (scripts/bundleCli.mjs): the parser is
// loaded on the first front matter, so articles without any never load it.
import { createRequire } from "node:module";

let yaml;

export function parseDocument(...args) {
  yaml ??= createRequire(import.meta.url)("./vendor/yaml.cjs");
  return yaml.parseDocument(...args);
}
