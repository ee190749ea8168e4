/**
 * Deterministic synthetic assertions for benchmarks and large-graph tests: a
 * graph of `nodes` actors and exactly `edges` distinct (source, relation,
 * target, negated) edges, carrying `assertions` evidence sentences of news
 * length (~150-250 characters) spread over `articles` dated articles, each
 * article's assertions in one run and articles in date order (as extracting a
 * folder of news gives them). Edge popularity is skewed (a few pairs get most
 * statements), as in news. Strings are fresh per assertion, as from JSON.parse.
 */
import type { ActorKind } from "../src/model/actor.ts";
import type { Assertion } from "../src/model/assertion.ts";
import { RELATIONS } from "../src/model/relations.ts";
import { seededRandom } from "./seededRandom.ts";

export interface GenerateOptions {
  nodes: number;
  edges: number;
  assertions: number;
  seed?: number;
  /** Articles the assertions are spread over (default assertions / 8). */
  articles?: number;
}

const WORDS =
  "government minister statement talks ceasefire sanctions border troops sovereignty aggression dialogue negotiations security council resolution humanitarian assistance support condemn reject conditions withdrawal territory violation international law spokesman president foreign ministry capital delegation summit agreement".split(
    " ",
  );
const KINDS: ActorKind[] = ["state", "organization", "armed_group", "political_group"];

function actorId(i: number): string {
  // The first 17,576 are 3-letter ids (states by the id rule); the rest look like group codes.
  if (i < 17576) {
    const a = String.fromCharCode(65 + Math.floor(i / 676), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26));
    return a;
  }
  return `GROUP_${i}`;
}

export function* generateAssertions(options: GenerateOptions): Generator<Assertion> {
  const rand = seededRandom(options.seed ?? 42);
  const articleCount = options.articles ?? Math.max(1, Math.floor(options.assertions / 8));
  const ids = Array.from({ length: options.nodes }, (_, i) => actorId(i));
  const labels = ids.map((id, i) => (i % 7 === 0 ? `Государство ${id}` : `Actor ${id} & "Partners"`));
  const kinds = ids.map((_, i) => KINDS[i % 11 === 0 ? 1 + (i % 3) : 0] ?? "state");

  // Exactly `edges` distinct edges: a random source, target and relation per slot, retried on collision.
  const edgeSet = new Set<string>();
  const edgeList: Array<[number, number, number, boolean]> = [];
  while (edgeList.length < options.edges) {
    const s = Math.floor(rand() * options.nodes);
    let t = Math.floor(rand() * options.nodes);
    if (t === s) t = (t + 1) % options.nodes;
    const r = Math.floor(rand() * RELATIONS.length);
    const negated = rand() < 0.05;
    const key = `${s}>${negated ? "!" : ""}${r}>${t}`;
    if (edgeSet.has(key)) continue;
    edgeSet.add(key);
    edgeList.push([s, t, r, negated]);
  }

  for (let i = 0; i < options.assertions; i++) {
    // Every edge once, then a skewed choice (squared uniform favours low indexes).
    const edge = edgeList[i < edgeList.length ? i : Math.floor(rand() ** 2 * edgeList.length)];
    if (!edge) continue;
    const [s, t, r, negated] = edge;
    // Articles in order, each with its run of consecutive assertions, as the extractor emits a folder of news.
    const article = Math.min(articleCount - 1, Math.floor((i / options.assertions) * articleCount));
    const day = Math.floor((article / articleCount) * 3650);
    const date = new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10);
    const length = 150 + Math.floor(rand() * 100);
    // Joined, not appended word by word: `+=` leaves a rope of ~25 pieces per sentence (about 1 KB
    // each at 1M sentences), where sentences parsed from NDJSON are flat strings.
    const words = [`${labels[s]} said on ${date} that`];
    let chars = words[0]?.length ?? 0;
    while (chars < length) {
      const word = WORDS[Math.floor(rand() * WORDS.length)] ?? "";
      words.push(word);
      chars += word.length + 1;
    }
    const sentence = words.join(" ");
    const relation = RELATIONS[r] ?? "condemns";
    const assertion: Assertion = {
      article: `article-${article}`,
      date,
      source: ids[s] ?? "",
      sourceLabel: labels[s] ?? "",
      sourceKind: kinds[s] ?? "state",
      target: ids[t] ?? "",
      targetLabel: labels[t] ?? "",
      targetKind: kinds[t] ?? "state",
      relation,
      negated,
      sentence: `${sentence}.`,
      start: i * 300,
      end: i * 300 + sentence.length + 1,
      confidence: 0.5 + rand() / 2,
    };
    if (relation === "conditions_talks_on") assertion.condition = `if it withdraws, by ${date}`;
    if (i % 3 === 0) assertion.speaker = `Spokesperson ${ids[s]}`;
    yield assertion;
  }
}
