/**
 * Minutes laid out one field a line, as PDF.js and Word give them: the graph a build writes loads again, the body that
 * met is its municipality's (two municipalities' `Kommunstyrelsen` are two bodies), a substitute's `tjänstgörande
 * ersättare för X` means X was not there, and a signature block's next label is not the name above it's role.
 * Invented people; real municipalities, which the lexicon knows.
 */
import { buildGraph, loadGraph, readDocument, serializeGraph, type KnowledgeGraph } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";

const GAVLE = `GÄVLE KOMMUN
SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen
Sammanträdesdatum 2022-05-10

Plats och tid: Stadshuset, kl. 13.00–16.20

Beslutande:
Per-Ola Stenmark (S), ordförande
Karin Lövgren (M), 1:e vice ordförande
Emma Wikström (C)
Lina Hedberg (L), tjänstgörande ersättare för Olof Sten (L)

Övriga deltagare:
Annika Malm, kommundirektör
Sara Berglund, sekreterare

Utses att justera: Emma Wikström

Justeringens plats och tid: Stadshuset 2022-05-17

Underskrifter
Sekreterare ............................ Paragrafer 45–52
Sara Berglund
Ordförande ............................
Per-Ola Stenmark
Justerande ............................
Emma Wikström
`;
const OCKELBO = `PROTOKOLL
Kommunstyrelsen i Ockelbo

Plats och tid: Kommunhuset, 2022-06-14 kl 13.00–15.30
Beslutande:
Maja Holm (S), ordförande
Nils Ek (M)
Övriga närvarande:
Tove Lind, kommunsekreterare
Sekreterare: Tove Lind
Justerare: Nils Ek
`;

let graph: KnowledgeGraph;
let texts: Map<string, string>;
beforeAll(() => {
  const documents = [readDocument({ source: "ks-gavle.txt", content: GAVLE }), readDocument({ source: "ks-ockelbo.txt", content: OCKELBO })];
  texts = new Map(documents.map((d) => [d.id, d.text]));
  ({ graph } = buildGraph(documents, { layout: false }));
});

const edges = (kind: string, from?: string) =>
  graph
    .filterEdges((_e, a, source) => a.kind === kind && (from === undefined || graph.getNodeAttribute(source, "label") === from))
    .map((e) => [graph.getNodeAttribute(graph.source(e), "label"), graph.getEdgeAttributes(e), graph.target(e)] as const);

describe("minutes one field a line", () => {
  it("titled by metadata that the text does not hold, give evidence inside the text", () => {
    const doc = readDocument({ source: "ks.txt", content: OCKELBO, meta: { title: "Protokoll från kommunstyrelsen", date: "2022-06-14" } });
    const { graph: g } = buildGraph([doc], { layout: false });
    g.forEachNode((_n, a) => {
      for (const ev of a.evidence ?? []) expect(doc.text.slice(ev.start, ev.end), `${a.label}`).toBe(ev.quote);
    });
    expect(() => loadGraph(JSON.parse(JSON.stringify(serializeGraph(g, [doc]))))).not.toThrow();
  });

  it("give a graph whose every quote is the text at its offsets, which loads again", () => {
    const documents = [...texts].map(([id, text]) => readDocument({ source: `${id}.txt`, content: text }));
    graph.forEachNode((_n, a) => {
      for (const ev of a.evidence ?? []) expect(texts.get(ev.doc)!.slice(ev.start, ev.end), `${a.label}`).toBe(ev.quote);
    });
    graph.forEachEdge((_e, a) => {
      for (const ev of a.evidence) expect(texts.get(ev.doc)!.slice(ev.start, ev.end), `${a.kind}`).toBe(ev.quote);
    });
    expect(() => loadGraph(JSON.parse(JSON.stringify(serializeGraph(graph, documents))))).not.toThrow();
  });

  it("hold the body that met as its municipality's, and the meeting as the body's", () => {
    const bodies = graph.filterNodes((_n, a) => a.kind === "organisation" && /kommunstyrelsen/i.test(a.label));
    expect(bodies.map((b) => graph.getNodeAttribute(graph.getNodeAttributes(b).partOf as string, "label")).sort()).toEqual(["Gävle", "Ockelbo"]);
    const organisers = edges("organised_by").map(([meeting, , body]) => [
      meeting,
      graph.getNodeAttributes(graph.getNodeAttributes(body).partOf as string).label,
    ]);
    expect(organisers.map(([, place]) => place).sort()).toEqual(["Gävle", "Ockelbo"]);
  });

  it("date the meeting by its Sammanträdesdatum", () => {
    expect(
      graph
        .filterNodes((_n, a) => a.kind === "meeting")
        .map((m) => graph.getNodeAttribute(m, "date"))
        .sort(),
    ).toEqual(["2022-05-10", "2022-06-14"]);
  });

  it("read a substitute serving for a member: the member was not there", () => {
    expect(edges("attended", "Olof Sten")).toEqual([]);
    expect(edges("attended", "Lina Hedberg")[0][1]).toMatchObject({ capacity: "substitute", replaces: "Olof Sten" });
  });

  it("do not give a name in a signature block the label on the line below it", () => {
    const roles = (name: string) => [
      ...(graph.getNodeAttributes(graph.findNode((_n, a) => a.label === name)!).roles ?? []).map((r) => r.roleNormalised),
      ...edges("holds_role", name).map(([, a]) => a.roleNormalised),
    ];
    expect(roles("Sara Berglund")).not.toContain("ordförande");
    expect(roles("Per-Ola Stenmark")).not.toContain("justerare");
    expect(
      edges("chaired")
        .map(([p]) => p)
        .sort(),
    ).toEqual(["Maja Holm", "Per-Ola Stenmark"]);
  });
});

describe("an association's minutes that name no body, signed under each name", () => {
  const NOTES = `Protokoll 190522

Närvarande: Per Ekdahl, Lisa Holmberg, Ove Sandin
Adjungerad: Mia Falk

1. Ordförande öppnar mötet
Mötet öppnades.

2. Verksamhetsberättelse
Godkändes.

Per Ekdahl
Ordförande

Ove Sandin
Sekreterare

Lisa Holmberg
Justerare
`;
  const { graph: notes } = buildGraph([readDocument({ source: "forening.txt", content: NOTES })], { layout: false });
  const held = (role: string) =>
    notes
      .filterEdges((_e, a) => a.kind === "holds_role" && a.roleNormalised === role)
      .map((e) => [notes.getNodeAttribute(notes.source(e), "label"), notes.getNodeAttribute(notes.target(e), "kind")]);

  it("give each name the label printed under it, the secretary and adjuster held at the meeting itself", () => {
    expect(held("sekreterare")).toEqual([["Ove Sandin", "meeting"]]);
    expect(held("justerare")).toEqual([["Lisa Holmberg", "meeting"]]);
    expect(notes.filterEdges((_e, a) => a.kind === "chaired").map((e) => notes.getNodeAttribute(notes.source(e), "label"))).toEqual(["Per Ekdahl"]);
  });
});
