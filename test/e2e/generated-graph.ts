/**
 * Generated graph
 * ===============
 *
 * A seeded graph of the knowledge graph's shape — people around meetings, organisations, municipalities, parties and
 * topics, with the documents that mention them, laid out in clusters — and on its first twenty people and meetings the
 * cases the viewer must get right: an inferred chair whose chain quotes page 2 of a PDF, a bare-name quote, and one
 * quote stating two facts. Shared by bench/viewer.ts and the end-to-end tests, which need graphs far larger than the sample corpus. The names
 * are invented ("person 17"), never taken from a corpus.
 */
import { createKnowledgeGraph, serializeGraph } from "../../packages/core/src/index";
import type { DocumentRecord, EdgeKind, NodeKind, SerializedKnowledgeGraph } from "../../packages/core/src/index";
import { seeded } from "../../bench/generate";

/** People, meetings and documents n0 to n19 carry the showcase facts (see below). */
export const SHOWCASE = 20;

/** The words of document n<i>'s second page that an inferred chair's chain quotes. */
export const electionQuote = (i: number) => `person ${i} valdes till ordförande i organisation ${i} för 2010–2022`;
const electionText = (i: number) => `§ 4 Val av ordförande. Beslut: ${electionQuote(i)}.`;

/** Serialized graph of about `nodes` nodes and `edges` edges (seed 42 unless told). */
export function generateGraph(nodes: number, edges: number, seed = 42): SerializedKnowledgeGraph {
  const next = seeded(seed);
  const graph = createKnowledgeGraph();
  const shares: [NodeKind, number][] = [
    ["person", 0.5],
    ["meeting", 0.22],
    ["document", 0.14],
    ["organisation", 0.06],
    ["municipality", 0.03],
    ["topic", 0.04],
    ["party", 0.01],
  ];
  const byKind = new Map<NodeKind, string[]>();
  const documents: DocumentRecord[] = [];
  const clusters = 40;
  let made = 0;
  for (const [kind, share] of shares) {
    const ids: string[] = [];
    const count = kind === "party" ? nodes - made : Math.round(nodes * share);
    for (let i = 0; i < count; i++) {
      const id = `${kind}:n${i}`;
      const cluster = Math.floor(next() * clusters);
      const cx = Math.cos(cluster * 2.4) * 100 * Math.sqrt(cluster);
      const cy = Math.sin(cluster * 2.4) * 100 * Math.sqrt(cluster);
      const base = { label: `${kind} ${i}`, x: cx + (next() - 0.5) * 120, y: cy + (next() - 0.5) * 120 };
      const date = `${2010 + (i % 12)}-05-${String(1 + (i % 28)).padStart(2, "0")}`;
      if (kind === "meeting")
        graph.addNode(id, { ...base, kind, title: base.label, date, type: "board", doc: `n${i % Math.max(1, Math.round(nodes * 0.14))}` });
      else if (kind === "document") {
        const first = `Protokoll ${i}. Närvarande: person ${i % 50}, ordförande.`;
        // The first SHOWCASE documents are two-page PDFs whose second page records an election, quoted by a chain.
        const paged = i < SHOWCASE;
        const text = paged ? `${first}\n\f${electionText(i)}` : first;
        documents.push({
          id: `n${i}`,
          source: paged ? `n${i}.pdf` : `n${i}.txt`,
          title: `Document ${i}`,
          date,
          genre: "minutes",
          language: "sv",
          format: paged ? "pdf" : "text",
          encoding: "utf-8",
          text,
          ...(paged ? { pages: [0, first.length + 1] } : {}),
        });
        graph.addNode(id, { ...base, kind, title: `Document ${i}`, date, genre: "minutes", language: "sv", source: `n${i}.txt` });
      } else graph.addNode(id, { ...base, kind } as never);
      ids.push(id);
    }
    made += count;
    byKind.set(kind, ids);
  }
  const pick = (kind: NodeKind) => {
    const ids = byKind.get(kind)!;
    return ids[Math.floor(next() * ids.length)]!;
  };
  const evidenceFor = (index: number) => {
    const doc = documents[index % documents.length]!;
    return [{ doc: doc.id, start: 0, end: 12, quote: doc.text!.slice(0, 12) }];
  };
  const plan: [EdgeKind, NodeKind, NodeKind, number][] = [
    ["attended", "person", "meeting", 0.45],
    ["mentions", "document", "person", 0.2],
    ["holds_role", "person", "organisation", 0.1],
    ["represents", "person", "municipality", 0.08],
    ["member_of", "person", "party", 0.06],
    ["discussed", "meeting", "topic", 0.06],
    ["organised_by", "meeting", "organisation", 0.05],
  ];
  let index = 0;
  for (const [kind, from, to, share] of plan) {
    const count = kind === "organised_by" ? edges - index - 20 : Math.round(edges * share);
    for (let i = 0; i < count; i++) graph.addEdgeWithKey(`e${index}`, pick(from), pick(to), { kind, evidence: evidenceFor(index++) });
  }
  // Showcase facts of person n<i> and meeting n<i>, stated in document n<i>: the person is named there (a bare-name
  // quote, which the panel must not offer as evidence), attended and spoke (one quote for both, shown once) and —
  // inferred from the election on the document's second page — chaired.
  for (let i = 0; i < SHOWCASE; i++) {
    const person = `person:n${i}`;
    const meeting = `meeting:n${i}`;
    const doc = documents[i]!;
    const quote = (words: string) => {
      const start = doc.text.indexOf(words);
      return { doc: doc.id, start, end: start + words.length, quote: words, ...(start >= doc.pages![1]! ? { page: 2 } : {}) };
    };
    const present = quote(`Närvarande: person ${i}, ordförande`);
    graph.mergeNodeAttributes(person, { evidence: [quote(`person ${i}`)] });
    graph.addEdgeWithKey(`attended:${person}->${meeting}`, person, meeting, { kind: "attended", evidence: [present, quote(`person ${i}`)] });
    graph.addEdgeWithKey(`spoke_at:${person}->${meeting}`, person, meeting, { kind: "spoke_at", evidence: [present] });
    graph.addEdgeWithKey(`chaired:${person}->${meeting}:inferred`, person, meeting, {
      kind: "chaired",
      evidence: [],
      inferred: true,
      rule: "chair-from-term",
      chain: [
        { statement: `person ${i} was elected ordförande of organisation ${i} for 2010–2022`, evidence: [quote(electionQuote(i))] },
        { statement: `meeting ${i} is a board meeting of organisation ${i} within that term`, ref: meeting, evidence: [] },
        { statement: `the chair of organisation ${i} chairs its board meetings during the term`, evidence: [] },
      ],
    });
  }
  return serializeGraph(graph, documents);
}
