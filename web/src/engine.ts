import { createExtractor, type Extractor } from "../../src/extract/createExtractor.ts";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import type { Lexicon } from "../../src/lexicon/types.ts";
import type { ActorKind } from "../../src/model/actor.ts";

/** The CLI's extraction engine, loaded as its own chunk after the first render. */
export interface Engine {
  lexicon: Lexicon;
  extractor: Extractor;
  resolveKind(id: string): ActorKind | undefined;
}

export function createEngine(): Engine {
  const lexicon = loadLexicon();
  const kinds = new Map<string, ActorKind>(lexicon.actors.map((a) => [a.id, a.kind]));
  return { lexicon, extractor: createExtractor(lexicon), resolveKind: (id) => kinds.get(id) };
}
