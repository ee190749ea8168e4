import { describe, expect, it } from "vitest";
import { coreTriples, triples } from "./helpers.ts";

// The five capabilities real articles need (issue 8). Each case is an invented
// sentence, not taken from any evaluation article, with the triples it must
// yield, beside a sentence of the same shape that must yield nothing of them.
type Case = [text: string, expected: string[], lookAlike: string, forbidden: string[]];

function check(cases: Case[], date = "2024-03-01"): void {
  for (const [text, expected, lookAlike, forbidden] of cases) {
    it(text, () => {
      const found = triples(text, date);
      for (const t of expected) expect(found).toContain(t);
    });
    it(`not: ${lookAlike}`, () => {
      const found = coreTriples(lookAlike, date);
      for (const t of forbidden) expect(found).not.toContain(t);
    });
  }
}

describe("stance without a stance verb", () => {
  check([
    [
      "Ankara called Athens's decision reckless and illegal.",
      ["TUR condemns GRC"],
      "Ankara called Athens's decision a surprise.",
      ["TUR condemns GRC"],
    ],
    [
      "Nigeria described Ghana's new import levy as deeply disappointing.",
      ["NGA condemns GHA"],
      "Nigeria described Ghana's new import levy in detail.",
      ["NGA condemns GHA"],
    ],
    [
      "Caracas described the sanctions imposed by Washington as economic terrorism.",
      ["VEN condemns USA"],
      "Caracas described the sanctions imposed by Washington.",
      ["VEN condemns USA"],
    ],
    [
      "Washington reaffirmed that the treaty obliges it to defend Manila.",
      ["USA supports PHL"],
      "Washington said the treaty obliges Manila to pay.",
      ["USA supports PHL"],
    ],
    [
      "Morocco recalled its ambassador from Algeria over the border closure.",
      ["MAR condemns DZA"],
      "Morocco recalled its ambassador's speech in Algeria.",
      ["MAR condemns DZA"],
    ],
    [
      "Lithuania cut diplomatic ties with Belarus over the crackdown.",
      ["LTU condemns BLR"],
      "Lithuania cut its budget for Belarus studies.",
      ["LTU condemns BLR"],
    ],
    [
      "Brazil Slams Paraguay Over Dam Deal",
      ["BRA condemns PRY"],
      "Brazil And Paraguay Sign Dam Deal",
      ["BRA condemns PRY"],
    ],
  ]);
});

describe("who authored the thing rejected or condemned", () => {
  check([
    [
      "Madrid dismissed the ultimatum issued by Rabat.",
      ["ESP rejects MAR"],
      "Madrid dismissed the ultimatum as a rumour.",
      ["ESP rejects MAR"],
    ],
    [
      "Hanoi rejected the plan, which Beijing had put forward in May.",
      ["VNM rejects CHN"],
      "Hanoi rejected the plan in May, officials in Beijing said.",
      ["VNM rejects CHN"],
    ],
    [
      "Brazil dismissed a Japanese-Australian draft resolution on whaling.",
      ["BRA rejects JPN", "BRA rejects AUS"],
      "Brazil dismissed a draft resolution on Japanese whaling.",
      ["BRA rejects JPN"],
    ],
    [
      "The African Union condemned the killing of protesters in Guinea.",
      ["AU condemns GIN"],
      "The African Union condemned the killing of protesters by unknown gunmen.",
      ["AU condemns GIN"],
    ],
    [
      "Algeria accused its western neighbour Morocco of espionage.",
      ["DZA condemns MAR"],
      "Algeria praised its western neighbour Morocco for its help.",
      ["DZA condemns MAR"],
    ],
    [
      "The claim, made by Kyiv, was denied by Moscow.",
      ["RUS rejects UKR"],
      "The claim, made by Kyiv, was denied by Moscow.",
      ["UKR rejects RUS"],
    ],
  ]);
});

describe("descriptions and event nouns", () => {
  check([
    [
      "Hezbollah fired rockets at Israel. Israel condemned the Lebanese militant group.",
      ["ISR condemns HEZBOLLAH"],
      "Israel condemned the weather.",
      ["ISR condemns HEZBOLLAH"],
    ],
    [
      "Niger's military seized power. ECOWAS condemned the junta.",
      ["ECOWAS condemns NER"],
      "ECOWAS met in Abuja. It praised the weather.",
      ["ECOWAS condemns NER"],
    ],
    [
      "North Korea launched a ballistic missile on Tuesday. Japan condemned the launch.",
      ["JPN condemns PRK"],
      "Japan condemned the launch of a new smartphone.",
      ["JPN condemns PRK"],
    ],
    [
      "Ethiopia closed the border. Kenya criticised the move.",
      ["KEN condemns ETH"],
      "Kenya criticised the move of the summit to May.",
      ["KEN condemns ETH"],
    ],
    [
      "Armenia and Azerbaijan clashed again. The EU urged the two neighbours to talk.",
      ["EU calls_on ARM", "EU calls_on AZE"],
      "The EU urged calm.",
      ["EU calls_on ARM"],
    ],
  ]);
});

describe("reference coverage", () => {
  check([
    [
      "Venezuela's foreign ministry rejected the statement by Guyana.",
      ["VEN rejects GUY"],
      "Venezuela's foreign ministry building was closed.",
      ["VEN rejects GUY"],
    ],
    [
      "The Pentagon condemned Iran's drone attack.",
      ["USA condemns IRN"],
      "The Pentagon papers mention Iran.",
      ["USA condemns IRN"],
    ],
    [
      "The Quai d'Orsay condemned the coup in Niger.",
      ["FRA condemns NER"],
      "The Quai d'Orsay hosted a reception for Niger.",
      ["FRA condemns NER"],
    ],
    [
      "Chinese officials condemned the visit by the Japanese minister.",
      ["CHN condemns JPN"],
      "Chinese tourists enjoyed the visit to Japan.",
      ["CHN condemns JPN"],
    ],
    [
      "Nato condemned Russia's annexation of Crimea.",
      ["NATO condemns RUS"],
      "Nato troops trained in Estonia.",
      ["NATO condemns RUS"],
    ],
    [
      "The Gulf Cooperation Council (GCC) met in Riyadh. GCC ministers condemned Iran.",
      ["GCC condemns IRN"],
      "The GCC met in Riyadh.",
      ["GCC condemns IRN"],
    ],
    [
      "The Alliance of Sahel States (AES) met in Niamey. AES ministers condemned France.",
      ["AES condemns FRA"],
      "The Syrian Observatory for Human Rights (SOHR) reported that SOHR staff condemned France.",
      ["SOHR condemns FRA"],
    ],
    [
      "Several states, including Norway and Chile, condemned the coup in Myanmar.",
      ["NOR condemns MMR", "CHL condemns MMR"],
      "Several states, including Norway and Chile, met in Myanmar.",
      ["NOR condemns MMR"],
    ],
    [
      "Denmark condemned Russia, as did Sweden.",
      ["SWE condemns RUS"],
      "Denmark condemned Russia, as Sweden noted.",
      ["SWE condemns RUS"],
    ],
    [
      "Tehran responded by rejecting the offer made by Washington.",
      ["IRN rejects USA"],
      "Tehran responded by letter to the offer.",
      ["IRN rejects USA"],
    ],
  ]);
});

describe("clause robustness", () => {
  check([
    [
      "Seoul is ready to talk to Pyongyang. But only if the North halts its missile tests.",
      ["KOR conditions_talks_on PRK"],
      "Seoul is ready to talk to Pyongyang. The North tested a missile on Monday.",
      ["KOR conditions_talks_on PRK"],
    ],
    [
      "Iran demanded that the United States lift sanctions before nuclear talks resume.",
      ["IRN conditions_talks_on USA"],
      "Iran said the United States lifted sanctions before the talks.",
      ["IRN conditions_talks_on USA"],
    ],
    [
      "Kyiv said there could be no talks with Moscow unless Russian troops leave Ukrainian territory.",
      ["UKR conditions_talks_on RUS"],
      "Kyiv said there could be talks with Moscow next year.",
      ["UKR conditions_talks_on RUS"],
    ],
    [
      'Nairobi called the strikes "unacceptable" and condemned Mogadishu.',
      ["KEN condemns SOM"],
      'Nairobi called the strikes "unexpected" and thanked Mogadishu.',
      ["KEN condemns SOM"],
    ],
    [
      "Egypt pledged a $2.7 billion package to support Sudan.",
      ["EGY supports SDN"],
      "Egypt spent $2.7 billion on roads near Sudan.",
      ["EGY supports SDN"],
    ],
    [
      "The U.N. condemned the attack by Israel.",
      ["UN condemns ISR"],
      "The U.N. met in New York with Israel.",
      ["UN condemns ISR"],
    ],
    [
      "Ukraine made a call rejected by Moscow.",
      ["RUS rejects UKR"],
      "Ukraine made a call welcomed in Moscow.",
      ["RUS rejects UKR"],
    ],
    [
      "The EU met in Brussels. The bloc condemns Russia's annexation of Crimea.",
      ["EU condemns RUS"],
      "The bloc's summit is in Brussels near Russia's embassy.",
      ["EU condemns RUS"],
    ],
    [
      "Hungary vowed to block the EU accession talks of Ukraine.",
      ["HUN rejects UKR"],
      "Hungary vowed to block the EU accession talks of Ukraine.",
      ["HUN rejects EU"],
    ],
  ]);
});
