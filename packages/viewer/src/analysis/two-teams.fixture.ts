/**
 * Two teams (test fixture)
 * ========================
 *
 * An invented knowledge graph for the analysis tests, small enough to check every number by hand: two teams of three
 * people who each met in one meeting (Norrvik's council in 2016, Sjöstaden's in 2019), joined only by the board of
 * Sjöstadsförbundet, where Cecilia Dahl and David Falk both sit (stated in 2018), and by a document sent in copy to
 * Anna Berg and Fredrik Holm. Anna Berg is stated to work with
 * Bo Ek, and an inferred chair (with its chain) stands beside the stated one. Names and text are made up. Used by the
 * `*.test.ts` files beside it only.
 */
import { createKnowledgeGraph } from "@samverkan/core";
import type { DocumentRecord, EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from "@samverkan/core";

const text = (id: string, date: string, lines: string[]): DocumentRecord => ({
  id,
  source: `${id}.txt`,
  title: id,
  date,
  genre: "minutes",
  language: "sv",
  format: "text",
  encoding: "utf-8",
  text: lines.join("\n"),
});

/** The three invented documents the evidence points into. */
export const TWO_TEAMS_DOCUMENTS: DocumentRecord[] = [
  text("norrvik-2016", "2016-03-01", [
    "Kommunfullmäktige i Norrvik 2016-03-01.",
    "Närvarande: Anna Berg (S), ordförande; Bo Ek (M); Cecilia Dahl (S).",
    "Anna Berg och Bo Ek samarbetar om skolfrågan.",
  ]),
  text("board-2018", "2018-06-12", ["Sjöstadsförbundets styrelse 2018: Cecilia Dahl, ledamot; David Falk, ledamot.", "Kopia till Anna Berg och Fredrik Holm."]),
  text("sjostaden-2019", "2019-09-30", ["Kommunstyrelsen i Sjöstaden 2019-09-30.", "Närvarande: David Falk (M), ordförande; Eva Gran (S); Fredrik Holm (M) ."]),
];

/** Evidence for the first occurrence of `quote` in a fixture document. */
export function fixtureEvidence(doc: string, quote: string): Evidence {
  const found = TWO_TEAMS_DOCUMENTS.find((item) => item.id === doc);
  const start = found ? found.text.indexOf(quote) : -1;
  if (!found || start < 0) throw new Error(`fixture: ${JSON.stringify(quote)} not in ${doc}`);
  return { doc, start, end: start + quote.length, quote };
}

/** Builds the two-teams graph anew (tests may change it). */
export function twoTeamsGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const node = (id: string, attributes: NodeAttributes) => graph.addNode(id, attributes);
  const edge = (source: string, target: string, attributes: EdgeAttributes) =>
    graph.addEdgeWithKey(`${attributes.kind}:${source}->${target}`, source, target, attributes);
  const person = (slug: string, label: string, x: number, y: number) => node(`person:${slug}`, { kind: "person", label, x, y });
  person("anna-berg", "Anna Berg", 0, 0);
  person("bo-ek", "Bo Ek", 1, 2);
  person("cecilia-dahl", "Cecilia Dahl", 2, 0);
  person("david-falk", "David Falk", 5, 0);
  person("eva-gran", "Eva Gran", 6, 2);
  person("fredrik-holm", "Fredrik Holm", 7, 0);
  node("party:s", { kind: "party", label: "Socialdemokraterna", abbreviation: "S" });
  node("party:m", { kind: "party", label: "Moderaterna", abbreviation: "M" });
  node("organisation:sjostadsforbundet", { kind: "organisation", label: "Sjöstadsförbundet", type: "association", x: 3.5, y: -2 });
  for (const doc of TWO_TEAMS_DOCUMENTS) {
    node(`document:${doc.id}`, {
      kind: "document",
      label: doc.id,
      title: doc.title,
      date: doc.date,
      genre: doc.genre,
      language: doc.language,
      source: doc.source,
    });
  }
  const meeting = (id: string, title: string, date: string, doc: string) => node(id, { kind: "meeting", label: title, title, date, doc });
  meeting("meeting:norrvik-2016-03-01", "Kommunfullmäktige i Norrvik", "2016-03-01", "norrvik-2016");
  meeting("meeting:sjostaden-2019-09-30", "Kommunstyrelsen i Sjöstaden", "2019-09-30", "sjostaden-2019");

  const norrvik = "norrvik-2016";
  edge("person:anna-berg", "meeting:norrvik-2016-03-01", { kind: "chaired", evidence: [fixtureEvidence(norrvik, "Anna Berg (S), ordförande")] });
  edge("person:anna-berg", "meeting:norrvik-2016-03-01", { kind: "attended", evidence: [fixtureEvidence(norrvik, "Anna Berg (S)")] });
  edge("person:bo-ek", "meeting:norrvik-2016-03-01", { kind: "attended", evidence: [fixtureEvidence(norrvik, "Bo Ek (M)")] });
  edge("person:cecilia-dahl", "meeting:norrvik-2016-03-01", { kind: "attended", evidence: [fixtureEvidence(norrvik, "Cecilia Dahl (S)")] });
  edge("person:anna-berg", "person:bo-ek", {
    kind: "collaborates_with",
    evidence: [fixtureEvidence(norrvik, "Anna Berg och Bo Ek samarbetar om skolfrågan.")],
  });
  edge("person:anna-berg", "party:s", { kind: "member_of", evidence: [fixtureEvidence(norrvik, "Anna Berg (S)")] });
  edge("person:bo-ek", "party:m", { kind: "member_of", evidence: [fixtureEvidence(norrvik, "Bo Ek (M)")] });
  edge("person:cecilia-dahl", "party:s", { kind: "member_of", evidence: [fixtureEvidence(norrvik, "Cecilia Dahl (S)")] });

  const board = "board-2018";
  const seat = { kind: "holds_role" as const, role: "ledamot", roleNormalised: "ledamot", roleCategory: "politician", start: "2018" };
  edge("person:cecilia-dahl", "organisation:sjostadsforbundet", { ...seat, evidence: [fixtureEvidence(board, "Cecilia Dahl, ledamot")] });
  edge("person:david-falk", "organisation:sjostadsforbundet", { ...seat, evidence: [fixtureEvidence(board, "David Falk, ledamot")] });

  const sjostaden = "sjostaden-2019";
  const chair = fixtureEvidence(sjostaden, "David Falk (M), ordförande");
  edge("person:david-falk", "meeting:sjostaden-2019-09-30", { kind: "attended", evidence: [fixtureEvidence(sjostaden, "David Falk (M)")] });
  edge("person:eva-gran", "meeting:sjostaden-2019-09-30", { kind: "attended", evidence: [fixtureEvidence(sjostaden, "Eva Gran (S)")] });
  edge("person:fredrik-holm", "meeting:sjostaden-2019-09-30", { kind: "attended", evidence: [fixtureEvidence(sjostaden, "Fredrik Holm (M)")] });
  edge("person:david-falk", "meeting:sjostaden-2019-09-30", {
    kind: "chaired",
    evidence: [chair],
    inferred: true,
    chain: [{ statement: "David Falk is named ordförande in the attendance list", evidence: [chair] }],
  });
  edge("person:david-falk", "party:m", { kind: "member_of", evidence: [fixtureEvidence(sjostaden, "David Falk (M)")] });
  edge("person:eva-gran", "party:s", { kind: "member_of", evidence: [fixtureEvidence(sjostaden, "Eva Gran (S)")] });
  edge("person:fredrik-holm", "party:m", { kind: "member_of", evidence: [fixtureEvidence(sjostaden, "Fredrik Holm (M)")] });
  for (const doc of TWO_TEAMS_DOCUMENTS) {
    const mentioned =
      doc.id === norrvik ? "meeting:norrvik-2016-03-01" : doc.id === sjostaden ? "meeting:sjostaden-2019-09-30" : "organisation:sjostadsforbundet";
    edge(`document:${doc.id}`, mentioned, { kind: "mentions", evidence: [{ doc: doc.id, start: 0, end: 10, quote: doc.text.slice(0, 10) }] });
  }
  // A copy sent to both ends: through documents, Anna Berg is two steps from Fredrik Holm.
  edge("document:board-2018", "person:anna-berg", { kind: "mentions", evidence: [fixtureEvidence(board, "Anna Berg")] });
  edge("document:board-2018", "person:fredrik-holm", { kind: "mentions", evidence: [fixtureEvidence(board, "Fredrik Holm")] });
  return graph;
}
