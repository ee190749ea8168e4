/**
 * A graphology JSON file of 10,002 actors and 50,000 positions for the
 * explorer's large-graph tests: 10,000 actors at seeded random places in a
 * square with 49,999 random positions among them, and two actors far to the
 * right of it joined by one position, alone where it runs, so a click on its
 * middle can only mean that edge. Its three evidence sentences are dated a
 * month apart, as are the cluster's, so the time slider has stops between.
 */

export const FAR_EDGE = "far-edge";
export const FAR_SENTENCES = [
  { date: "2020-01-15", sentence: "Far actor A condemned Far actor B over the border dispute." },
  { date: "2020-02-15", sentence: "Far actor A again condemned Far actor B at the summit." },
  { date: "2020-03-15", sentence: "Far actor A condemned Far actor B a third time." },
];
export const CLUSTER_NODES = 10_000;
export const EDGES = 50_000;
const DATES = FAR_SENTENCES.map((s) => s.date);

/** Park–Miller: the same file on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

function evidence(article: string, date: string, sentence: string) {
  return { article, date, sentence, start: 0, end: sentence.length, confidence: 0.9 };
}

function edge(key: string, source: string, target: string, items: ReturnType<typeof evidence>[]) {
  const dates = items.map((e) => e.date).sort();
  return {
    key,
    source,
    target,
    attributes: {
      relation: "condemns",
      label: "condemns",
      negated: false,
      weight: items.length,
      articles: items.length,
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      conditions: [],
      speakers: [],
      evidence: items,
    },
  };
}

export function largeGraphJson(): string {
  const random = seeded(42);
  const node = (key: string, label: string, x: number, y: number) => ({
    key,
    attributes: { label, kind: "state", mentions: 1, articles: 1, x, y },
  });
  const nodes = [node("FAR_A", "Far actor A", 1_600, 100), node("FAR_B", "Far actor B", 1_600, 900)];
  for (let i = 0; i < CLUSTER_NODES; i++)
    nodes.push(node(`N${i}`, `Actor ${i}`, random() * 1000, random() * 1000));
  const edges = [
    edge(
      FAR_EDGE,
      "FAR_A",
      "FAR_B",
      FAR_SENTENCES.map((s, i) => evidence(`far-${i}`, s.date, s.sentence)),
    ),
  ];
  for (let j = 1; j < EDGES; j++) {
    const source = `N${Math.floor(random() * CLUSTER_NODES)}`;
    const target = `N${Math.floor(random() * CLUSTER_NODES)}`;
    const date = DATES[j % DATES.length] ?? "2020-01-15";
    edges.push(
      edge(`e${j}`, source, target, [evidence(`a${j % 97}`, date, `${source} condemned ${target}.`)]),
    );
  }
  return JSON.stringify({
    options: { type: "directed", multi: true, allowSelfLoops: true },
    attributes: { name: "large", articleIds: [] },
    nodes,
    edges,
  });
}
