/**
 * What an inline protocol header holds (01-protocol, 04-protocol): where it ends (the first agenda item, numbered
 * `1.` or `1:`), a chair's label only where it labels a field (not `Ordförande förklarade mötet öppnat`), a title
 * in parentheses after a name as the person's capacity, never a party, and a substitute `för` a member. Invented people.
 */
import { buildGraph, readDocument, type EdgeAttributes, type KnowledgeGraph } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const graphOf = (text: string) => buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
const edges = (g: KnowledgeGraph, kind: string) =>
  g
    .filterEdges((_, a) => a.kind === kind)
    .map((e) => {
      const a = g.getEdgeAttributes(e) as EdgeAttributes & { role?: string; capacity?: string };
      return [g.getNodeAttribute(g.source(e), "label") as string, a.role ?? a.capacity ?? ""].join(": ").replace(/: $/, "");
    })
    .sort();

const STEERING = `Minnesanteckningar PROTOKOLL 1 (6) PROTOKOLL FRÅN STYRGRUPPENS MÖTE Styrgruppen för energi Tisdag den 3 juni 2008, kl. 13 Närvarande: Arne Dahl (Ordförande), Berit Holm, Carl Lund, Doris Ek och Erik Falk (Sekreterare) Förhinder: Frida Sten 1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat och hälsade alla välkomna. 2:Val av protokolljusterare Carl Lund utsågs att justera dagens protokoll.
`;
const ITEMS = `Beslutsgruppen för landsbygdsprogrammet Protokoll från beslutsgruppsmöte den 3 oktober 1997 Närvarande: Arne Dahl, ordf. Ledamöter: Berit Holm Carl Lund Doris Ek Tjänstgörande ersättare Erik Falk
1. Fastställande av dagordning Dagordningen fastställdes. 2. Information Gösta Berg informerade om programmet. 3. Val av justerare Carl Lund valdes till justerare.
`;
const TITLES = `SAMMANTRÄDESPROTOKOLL 1[25] Plats och tid Kommunalhuset, kl 16:00-17:15 Beslutande Se bilaga Ersättare Övriga deltagande Se bilaga Arne Dahl (kommundirektör), Berit Holm (ekonomichef) Utses att justera Carl Lund (MP) Sekreterare Doris Ek Ordförande Erik Falk (S) Justerare Carl Lund (MP)
1 Val av justerare
`;

describe("protocol header", () => {
  it("a chair's label in prose after the header is no field: the member marked `(Ordförande)` chaired", () => {
    const g = graphOf(STEERING);
    expect(edges(g, "chaired")).toEqual(["Arne Dahl"]);
    expect(edges(g, "holds_role").filter((r) => /ordförande|sekreterare|justerare/.test(r))).toEqual([
      "Arne Dahl: ordförande",
      // As the item's heading writes the office (`Val av protokolljusterare Carl Lund utsågs att justera`).
      "Carl Lund: protokolljusterare",
      "Erik Falk: sekreterare",
    ]);
  });

  it("the header ends at the first numbered item (`1. Fastställande av dagordning`): names in the items are no members", () => {
    const g = graphOf(ITEMS);
    expect(edges(g, "attended").filter((a) => a.startsWith("Gösta Berg"))).toEqual([]);
    expect(edges(g, "holds_role").filter((r) => r.endsWith("justerare"))).toEqual(["Carl Lund: justerare"]);
  });

  it("items run together without full stops: the secretary chosen in one item is no adjuster of the next", () => {
    const text = `Sammanträdesprotokoll Kulturnämnden Sammanträdesdatum 2015-01-21 Närvarande Ordförande Arne Dahl (S) Ledamöter Berit Holm (M) Carl Lund (V) Övriga Doris Ek Erik Falk Justerare Carl Lund
§ 1 Val av sekreterare På förslag från ordförande beslutade nämnden att utse Doris Ek till nämndens sekreterare Val av protokolljusterare Nämnden beslutade att uppdra åt ordförande och vice ordförande att justera protokollet.
`;
    expect(edges(graphOf(text), "holds_role").filter((r) => r.endsWith("justerare"))).toEqual(["Carl Lund: justerare"]);
  });

  it("two names glued where a line break was lost (`Klas KarlssonSonny Berg (S)`) are two members, the party the second's", () => {
    const g = graphOf(
      "Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Stora salen kl 09.00 Beslutande Helga Brandt (M), ordförande Klas KarlssonSonny Berg (S) Maja Forsén (S) Justerare Maja Forsén Underskrifter Sekreterare Rut Edlund Ordförande Helga Brandt Justerare Maja Forsén\n",
    );
    expect(edges(g, "attended").filter((e) => /Klas|Sonny/.test(e))).toEqual(["Klas Karlsson: member", "Sonny Berg: member"]);
    expect(edges(g, "member_of").filter((e) => /Klas|Sonny/.test(e))).toEqual(["Sonny Berg"]);
  });

  it("a title in parentheses is the person's, not a party", () => {
    const g = graphOf(TITLES);
    expect(edges(g, "member_of").filter((m) => /Arne Dahl|Berit Holm/.test(m))).toEqual([]);
    expect(
      g
        .filterNodes((_, a) => a.kind === "person" && /Arne Dahl|Berit Holm/.test(a.label))
        .flatMap((n) => (g.getNodeAttribute(n, "roles") as { role?: string }[] | undefined)?.map((r) => r.role) ?? [])
        .sort(),
    ).toEqual(["ekonomichef", "kommundirektör"]);
  });

  it("short words in parentheses that are no party's letters (`(tjg)`, `(ers)`) give no party", () => {
    const text = `Sammanträdesprotokoll Plats och tid Stadshuset kl 13 Beslutande Arne Dahl (S), ordförande Berit Holm (tjg) Carl Lund (ers) Doris Ek (M) Sekreterare Erik Falk Justerare Doris Ek
1 Val av justerare
`;
    expect(edges(graphOf(text), "member_of")).toEqual(["Arne Dahl", "Doris Ek"]);
  });

  it("a substitute `för` a member (`X (S) för Y (S)`): the member replaced was not there, and keeps the party after the name", () => {
    const text = `Sammanträdesprotokoll Tid och plats Onsdagen den 30 november 2016 kl 9 Regionhuset Närvarande Ordförande Arne Dahl (S) Ledamöter Berit Holm (M) Carl Lund (V) Tjänstgörande ersättare Doris Ek (S) för Erik Falk (S) Tjänstemän Frida Sten regiondirektör Gösta Berg ekonomichef för projektkontoret Sekreterare Hanna Lind
1 Val av justerare
`;
    const g = graphOf(text);
    expect(edges(g, "attended").filter((a) => /Doris Ek|Erik Falk|Gösta Berg/.test(a))).toEqual(["Doris Ek: substitute", "Gösta Berg: staff"]);
    expect(edges(g, "member_of")).toContain("Erik Falk");
  });

  it("a field's words in lower case after a name mark it: `ej tjänstgörande ersättare` present, `ej närvarande` and `anmält förhinder` not", () => {
    const text = `Protokoll Sammanträdesdatum 2009-08-27 Beslutande: Arne Dahl ordförande Berit Holm Carl Lund ej närvarande Doris Ek anmält förhinder Erik Falk ej tjänstgörande ersättare Frida Sten Övriga deltagare: Gösta Berg sekreterare Utses att justera: Berit Holm Ej närvarande Hanna Lind
1 Val av justerare
`;
    expect(edges(graphOf(text), "attended")).toEqual([
      "Arne Dahl: member",
      "Berit Holm: member",
      "Erik Falk: nonserving",
      "Frida Sten: member",
      "Gösta Berg: other",
    ]);
  });

  const FILLER = "Ärendet föredrogs och diskuterades utförligt av nämnden. ".repeat(14);
  it.each([
    ["`Protokollet justeras av X och Y` far into the first items", "", `${FILLER}Protokollet justeras av Carl Lund och Doris Ek.`],
    [
      "`X utses att jämte ordföranden justera protokollet` far into the first items",
      "",
      `${FILLER}Carl Lund och Doris Ek utses att jämte ordföranden justera protokollet.`,
    ],
    ["an `Att justera` field", "Att justera Carl Lund och Doris Ek", ""],
  ])("adjusters: %s", (_, field, prose) => {
    const text = `Kulturnämnden Sammanträdesprotokoll Sammanträdesdatum 2015-03-05 Plats och tid Stadshuset kl 13 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) Doris Ek (V) Sekreterare Erik Falk ${field}
1 Val av justerare ${prose}
`;
    expect(edges(graphOf(text), "holds_role").filter((r) => r.endsWith("justerare"))).toEqual(["Carl Lund: justerare", "Doris Ek: justerare"]);
  });

  it("the place is the meeting's (`Plats och tid. Stadshuset`), not the adjustment's (`Justering Justerande Plats och tid X`)", () => {
    const text = `Sida 1 (41) Plats och tid. Nicolairummet, stadshuset kl. 09:00-15:17 Beslutande Ledamöter Arne Dahl (S), Berit Holm (M) och Carl Lund (C). Övriga Justering Justerande Plats och tid Carl Lund (C) Paragrafer Underskrifter Sekreterare Ordförande Justerande Doris Ek Arne Dahl (S) Carl Lund (C)
1 Val av justerare
`;
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "place" as never))).toEqual(["Nicolairummet, stadshuset"]);
  });
});
