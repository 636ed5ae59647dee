/**
 * Round 35's review of the minutes readers (invented names and texts): marks after a listed member's name are no local
 * party (`protocol-words.ts`, `isLocalParty`; `notParties` in data/protocol.json); an adjunct secretary is the
 * secretary (data/roles.json); members elected under an item naming another body are not the council's
 * (`04-protocol.ts`, `electedSeats`); two undated minutes of one board are two meetings (`context.ts`, `meetingRef`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, label, parties, roles } from "../../../../test/helpers/minutes";
import { buildGraph, readDocument, type KnowledgeGraph } from "../index";

/** Each held role as `name: normalised role`, sorted. */
const normalisedRoles = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "roleNormalised")}`)
    .sort();

describe("marks of presence after a listed member are no local party", () => {
  const members = ["Karl Boman (S), ordförande", "Olle Berg (J)", "Lisa Tran (N)", "Nils Dahl (DELVIS)", "Kerstin Wik (sjuk)", "Mona Lund (Jäv)"];
  const head = "Kommunstyrelsen i Älvby\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-04-10\n\nPlats och tid: Stadshuset\n\n";
  const tail = "\n\nUtses att justera Olle Berg\n\n§ 1 Upprop\n";
  it("flattened", () => {
    const g = graphOf(`${head}Ledamöter: ${members.join(", ")}\nErsättare: Ida Holm (E), Per Ås (M)${tail}`);
    expect(parties(g)).toEqual(["Karl Boman: Socialdemokraterna", "Per Ås: Moderaterna"]);
  });
  it("a member a line", () => {
    const g = graphOf(`${head}Beslutande\n${members.join("\n")}\n\nErsättare\nIda Holm (E)\nPer Ås (M)${tail}`);
    expect(parties(g)).toEqual(["Karl Boman: Socialdemokraterna", "Per Ås: Moderaterna"]);
  });
});

describe("`adj.` before a title", () => {
  it("is the adjunct's title, not a seat (`Tomas Ring, adj. sekreterare`)", () => {
    const g = graphOf(
      "Styrelsen för Vallby Byalag\nProtokoll fört vid styrelsemöte 2024-03-05\n\nNärvarande: Rolf Ek, ordf, Maj Lund, Jan Berg\nTomas Ring, adj. sekreterare\n\n§ 1 Mötets öppnande\n",
    );
    expect(normalisedRoles(g).filter((r) => r.startsWith("Tomas"))).toEqual(["Tomas Ring: sekreterare"]);
  });
});

describe("minutes that state no date", () => {
  const minutes = (chair: string, others: string) =>
    `Protokoll styrelsemöte Vallby Byalag\n\nNärvarande: ${chair}, ordf, ${others}\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n`;
  it("are their documents' meetings: two boards' undated minutes are two meetings, each with its chair", () => {
    const docs = [minutes("Rolf Ek", "Maj Lund, Jan Berg"), minutes("Siv Holm", "Per Alm, Eva Dal")].map((content, i) =>
      readDocument({ source: `styrelsemote-${i + 1}.txt`, content }),
    );
    const g = buildGraph(docs, { layout: false }).graph;
    const chairs = g.filterEdges((_, a) => a.kind === "chaired").map((e) => g.target(e));
    expect(new Set(chairs).size).toBe(2);
    expect(g.filterNodes((_, a) => a.kind === "meeting")).toHaveLength(2);
  });
});

describe("members elected in an item about another body", () => {
  const head =
    "Kommunala pensionärsrådet i Älvby\nPROTOKOLL\nSammanträdesdatum 2024-04-10\n\nNärvarande\nAlma Berg (S), ordförande\nDag Lund (M)\n\nUtses att justera Dag Lund\n\n";
  const elected = "Till ordinarie ledamöter valdes:\nGert Holm (S)\nHanna Vik (M)\nTill ersättare valdes:\nJon Alm (KD)\n";
  it.each(["§ 2 Fyllnadsval till kulturnämnden", "§ 2 Entledigande och val av ersättare i socialnämnden", "§ 2 Revisorer"])(
    "hold no seat in the body that met: `%s`",
    (heading) => {
      const g = graphOf(`${head}${heading}\n${elected}`);
      expect(roles(g).filter((r) => /^(?:Gert|Hanna|Jon) /.test(r))).toEqual([]);
    },
  );
  it("but do under a heading only of electing seats", () => {
    const g = graphOf(`${head}§ 2 Val av nya ledamöter och ersättare\n${elected}`);
    expect(roles(g).filter((r) => /^(?:Gert|Hanna|Jon) /.test(r))).toEqual(["Gert Holm: ledamot", "Hanna Vik: ledamot", "Jon Alm: ersättare"]);
  });
});
