import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLexicon } from "../../src/lexicon/loadLexicon.ts";
import { actorsNamed } from "../../src/lexicon/surfaceIndex.ts";
import { devCorpusDir } from "../fixtures/corpus.ts";

const goldDir = devCorpusDir;
const lexicon = loadLexicon();

// Gold names the lexicon leaves to the extractor on purpose: too generic or too short to match blindly.
const LEFT_TO_CONTEXT = new Set(["the Council", "Council", "IS", "AQ", "WAGNER_GROUP"]);

interface Gold {
  article: string;
  actors: Record<string, string[]>;
  forbidden_actors: string[];
}

function readGold(): Gold[] {
  return readdirSync(goldDir)
    .filter((name) => name.endsWith(".gold.json"))
    .map((name) => JSON.parse(readFileSync(path.join(goldDir, name), "utf8")));
}

describe("gold files of the dev corpus", () => {
  const golds = readGold();

  it("finds the gold files", () => {
    expect(golds.length).toBeGreaterThan(0);
  });

  it("resolves every gold actor name to the gold id", () => {
    const wrong: string[] = [];
    for (const gold of golds) {
      for (const [id, names] of Object.entries(gold.actors)) {
        for (const name of names.filter((n) => !LEFT_TO_CONTEXT.has(n))) {
          const ids = actorsNamed(lexicon, name);
          if (ids.length !== 1 || ids[0] !== id)
            wrong.push(`${gold.article}: ${name} -> ${ids.join(",") || "nothing"} (gold ${id})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never resolves a forbidden actor", () => {
    const names = golds.flatMap((gold) => gold.forbidden_actors);
    expect(names.filter((name) => actorsNamed(lexicon, name).length > 0)).toEqual([]);
  });
});
