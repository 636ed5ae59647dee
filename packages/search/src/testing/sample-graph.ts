/**
 * Sample graph
 * ============
 *
 * A small hand-made graph and two documents written for the tests (not taken from any corpus), with evidence
 * offsets computed from the text so they cannot drift.
 */
import { createKnowledgeGraph, type DocumentRecord, type Evidence, type KnowledgeGraph, type NodeAttributes } from "@samverkan/core";

const MINUTES = [
  "Protokoll fört vid sammanträde med styrelsen för Storsthlm den 11 april 2019.",
  "",
  "Närvarande: Anna Östlin (S), ordförande, Nacka kommun; Karl Gerdau (M), Täby kommun; Lena Sjöström Hederberg (L), Solna stad.",
  "",
  "Mötet beslutade att gymnasieregionen ska utvärderas under året. Sammanträdena under hösten hålls i Nacka.",
  "",
  "§ 5 Nyanlända elevers skolgång. Kommunerna redovisade arbetet med nyanländ ungdom och mottagandet i skolan.",
].join("\n");

const NEWSLETTER = [
  "Nyhetsbrev oktober 2016",
  "",
  "Per Sjöstrand (KD) från Täby deltog i styrelsemötet om regionens kollektivtrafik och bostäder.",
  "",
  "Flera möten planeras under vintern med Region Stockholm om trafiken.",
].join("\n");

function document(id: string, date: string, text: string): DocumentRecord {
  return { id, source: `${id}.txt`, date, genre: "minutes", language: "sv", format: "text", encoding: "utf-8", text };
}

/** The two sample documents. */
export const SAMPLE_DOCUMENTS: DocumentRecord[] = [
  document("protokoll-2019-04-11", "2019-04-11", MINUTES),
  document("nyhetsbrev-2016-10", "2016-10", NEWSLETTER),
];

/** Evidence for the `nth` (0-based) occurrence of `quote` in a sample document. */
export function evidence(doc: string, quote: string, nth = 0): Evidence {
  const text = SAMPLE_DOCUMENTS.find((d) => d.id === doc)!.text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`sample-graph: "${quote}" not in ${doc}`);
  return { doc, start, end: start + quote.length, quote };
}

/** Builds the sample graph: people, their municipalities, parties and roles, one organisation, documents. */
export function createSampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const P = "protokoll-2019-04-11";
  const N = "nyhetsbrev-2016-10";
  const node = (id: string, attributes: NodeAttributes) => graph.addNode(id, attributes);
  node("anna-ostlin", { kind: "person", label: "Anna Östlin", evidence: [evidence(P, "Anna Östlin")] });
  node("karl-gerdau", { kind: "person", label: "Karl Gerdau", evidence: [evidence(P, "Karl Gerdau")] });
  node("lena-sjostrom-hederberg", { kind: "person", label: "Lena Sjöström Hederberg", evidence: [evidence(P, "Lena Sjöström Hederberg")] });
  node("per-sjostrand", { kind: "person", label: "Per Sjöstrand", evidence: [evidence(N, "Per Sjöstrand")] });
  node("nacka", { kind: "municipality", label: "Nacka kommun", aliases: ["Nacka"], evidence: [evidence(P, "Nacka kommun")] });
  node("taby", { kind: "municipality", label: "Täby kommun", aliases: ["Täby"], evidence: [evidence(P, "Täby kommun")] });
  node("solna", { kind: "municipality", label: "Solna stad", aliases: ["Solna"], evidence: [evidence(P, "Solna stad")] });
  node("s", { kind: "party", label: "Socialdemokraterna", abbreviation: "S" });
  node("m", { kind: "party", label: "Moderaterna", abbreviation: "M" });
  node("l", { kind: "party", label: "Liberalerna", abbreviation: "L" });
  node("kd", { kind: "party", label: "Kristdemokraterna", abbreviation: "KD" });
  node("storsthlm", { kind: "organisation", label: "Storsthlm", aliases: ["Kommunförbundet Stockholms län"], evidence: [evidence(P, "Storsthlm")] });
  node("region-stockholm", { kind: "organisation", label: "Region Stockholm", evidence: [evidence(N, "Region Stockholm")] });
  node("topic-gymnasieregion", { kind: "topic", label: "gymnasieregion" });
  node("meeting-2019-04-11", {
    kind: "meeting",
    label: "Styrelsemöte Storsthlm 2019-04-11",
    title: "Sammanträde med styrelsen för Storsthlm",
    date: "2019-04-11",
    place: "Nacka",
    doc: P,
  });
  node(P, {
    kind: "document",
    label: "Protokoll 11 april 2019",
    title: "Protokoll 11 april 2019",
    date: "2019-04-11",
    genre: "minutes",
    language: "sv",
    source: `${P}.txt`,
  });
  node(N, {
    kind: "document",
    label: "Nyhetsbrev oktober 2016",
    title: "Nyhetsbrev oktober 2016",
    date: "2016-10",
    genre: "newsletter",
    language: "sv",
    source: `${N}.txt`,
  });

  const edge = (kind: EdgeKindLike, source: string, target: string, quote: Evidence[], extra: object = {}) =>
    graph.addEdgeWithKey(`${kind}:${source}->${target}`, source, target, { kind, evidence: quote, ...extra });
  type EdgeKindLike = "represents" | "member_of" | "holds_role" | "mentions" | "organised_by" | "attended";
  edge("represents", "anna-ostlin", "nacka", [evidence(P, "Anna Östlin (S), ordförande, Nacka kommun")]);
  edge("represents", "karl-gerdau", "taby", [evidence(P, "Karl Gerdau (M), Täby kommun")]);
  edge("represents", "lena-sjostrom-hederberg", "solna", [evidence(P, "Lena Sjöström Hederberg (L), Solna stad")]);
  edge("represents", "per-sjostrand", "taby", [evidence(N, "Per Sjöstrand (KD) från Täby")]);
  edge("member_of", "anna-ostlin", "s", [evidence(P, "Anna Östlin (S)")]);
  edge("member_of", "karl-gerdau", "m", [evidence(P, "Karl Gerdau (M)")]);
  edge("member_of", "lena-sjostrom-hederberg", "l", [evidence(P, "Lena Sjöström Hederberg (L)")]);
  edge("member_of", "per-sjostrand", "kd", [evidence(N, "Per Sjöstrand (KD)")]);
  edge("holds_role", "anna-ostlin", "storsthlm", [evidence(P, "Anna Östlin (S), ordförande")], { role: "ordförande" });
  edge("organised_by", "meeting-2019-04-11", "storsthlm", [evidence(P, "styrelsen för Storsthlm")]);
  edge("attended", "anna-ostlin", "meeting-2019-04-11", [evidence(P, "Anna Östlin")]);
  edge("mentions", N, "region-stockholm", [evidence(N, "Region Stockholm")]);
  edge("mentions", P, "topic-gymnasieregion", [evidence(P, "gymnasieregionen")]);
  return graph;
}
