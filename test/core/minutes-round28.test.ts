/**
 * Real minutes' layouts, round 28 (protocol.json, 01-lists.ts, 04-protocol.ts, 05-meetings.ts, 05-programme.ts).
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

describe("a council's notes whose staff are listed under `Från förvaltningen deltog:`", () => {
  const text = (staff: string) =>
    `Minnesanteckningar Kommunala pensionärsrådet 2024-04-10\n\nNärvarande\nKarin Holm (S), ordförande\nOlle Dahl, PRO\n\n${staff}\n\n1. Mötets öppnande\nKarin Holm öppnade mötet.\n`;
  it.each([
    ["bullets after `deltog:`", "Från förvaltningen deltog:\n• Stina Berg, socialchef\n• Pia Lund, handläggare"],
    ["dashes after `närvarade:`", "Från förvaltningen närvarade:\n- Stina Berg, socialchef\n- Pia Lund, handläggare"],
    ["a line each after `Från förvaltningen:`", "Från förvaltningen:\nStina Berg, socialchef\nPia Lund, handläggare"],
  ])("with %s: they attend as staff and hold no seat in the council", (_, staff) => {
    const g = graphOf(text(staff));
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member", "Pia Lund: staff", "Stina Berg: staff"]);
    expect(personRoles(graphOf(text(staff))).filter((r) => /^(Stina|Pia)/.test(r))).toEqual(["Pia Lund: handläggare", "Stina Berg: socialchef"]);
  });
});

describe("a flattened header whose signature labels each keep their colon (`Utses att justera: Sekreterare: A B`)", () => {
  const text =
    "PROTOKOLL Direktionen Sammanträdesdatum 2019-09-12 Plats och tid: Brandstationen, kl. 13:00 Beslutande: Karin Holm (S), ordförande Olle Dahl (M) Stina Berg (M) Nils Ek (S) Ersättare: Kent Ås (C) Övriga: Per Sand, förbundsdirektör Utses att justera: Sekreterare: Nils Ek Ida Strand Ordförande: Karin Holm\n\n§ 36 Val av justerare. Direktionen beslutar att utse Nils Ek till justerare.\n";
  it("gives the names to the labels in their order, the adjuster first", () => {
    const held = personRoles(graphOf(text)).filter((r) => / @ /.test(r) && /sekreterare|justerare/.test(r));
    expect(held).toEqual(["Ida Strand: sekreterare @ Direktionen", "Nils Ek: justerare @ Direktionen"]);
  });
});

describe("a signer's two titles joined by a slash (`Ida Strand, administratör/nämndsekreterare`)", () => {
  const text =
    "PROTOKOLL Direktionen Sammanträdesdatum 2019-09-12 Plats och tid: Brandstationen Beslutande: Karin Holm (S), ordförande Olle Dahl (M) Stina Berg (M)\n\nOrdförande:. Karin Holm Justerande:. Olle Dahl ANSLAG Justering av protokollet har tillkännagivits genom anslag.\n\nUnderskrift: Ida Strand, administratör/nämndsekreterare\n\n§ 36 Budget. Direktionen godkänner budgeten.\n";
  it("are both hers, none the name's before her: she kept the minutes", () => {
    const titles = personRoles(graphOf(text)).filter((r) => /administratör|sekreterare/.test(r));
    expect(titles).toEqual(["Ida Strand: administratör", "Ida Strand: sekreterare @ Direktionen"]);
  });
});

describe("minutes whose head names no body, an item the bare noun (`Nämnden beslutar`) and the signatures the body", () => {
  const items = Array.from({ length: 8 }, (_, n) => `§ ${n + 1} Ärende ${n + 1}\nNämnden beslutar att godkänna rapporten om verksamheten i kommunen.`).join(
    "\n",
  );
  const text = (head: string) =>
    `${head}\n\nNärvarande\nKarin Holm (S), ordförande\nOlle Dahl (M)\nStina Berg (C)\n\n${items}\n\nJusteras\n\nKarin Holm, ordförande Miljönämnden\nOlle Dahl, justerare\n`;
  it.each([
    ["`Protokoll` and the date", "Protokoll\n2024-03-14"],
    ["the date and the place", "Protokoll\nDatum: 2024-03-14\nPlats: Kommunhuset"],
  ])("with %s, the members hold their seats in the body the signatures name", (_, head) => {
    const g = graphOf(text(head));
    expect(personRoles(g).filter((r) => r.includes(" @ "))).toEqual([
      "Karin Holm: ordförande @ Miljönämnden",
      "Olle Dahl: ledamot @ Miljönämnden",
      "Stina Berg: ledamot @ Miljönämnden",
    ]);
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual(["Miljönämnden"]);
  });
});

describe("a body in lower case after the protocol's word (`Protokoll direktionen`)", () => {
  const text = (title: string) =>
    `${title}\nTallby räddningstjänstförbund\n2024-02-08\n\nNärvarande ledamöter:\nAnna Berg (M), Tallby kommun som Ordförande\nPer Ek (S), Norrby kommun som vice ordförande\nLena Sund (C), Vallby kommun\n\nErsättare:\nKim Ahl (L), Norrby kommun\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n`;
  it.each(["Protokoll direktionen", "Protokoll från styrelsen"])(
    "in `%s` is the body that met, where the members hold their seats, when the head says whose it is",
    (title) => {
      const g = graphOf(text(title).replace("Tallby räddningstjänstförbund", "Nacka kommun"));
      const body = title.endsWith("direktionen") ? "Direktionen" : "Styrelsen";
      expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual([body]);
      expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => g.getNodeAttribute(g.target(e), "partOf"))).toEqual(["municipality:nacka"]);
      expect(personRoles(g).filter((r) => r.includes(" @ "))).toEqual([
        `Anna Berg: ordförande @ ${body}`,
        `Kim Ahl: ersättare @ ${body}`,
        `Lena Sund: ledamot @ ${body}`,
        `Per Ek: vice ordförande @ ${body}`,
      ]);
    },
  );
  it("of no one the head names is no body: a bare `Direktionen` would be every förbund's", () => {
    const g = graphOf(text("Protokoll från direktionen"));
    expect(g.filterNodes((_, a) => a.kind === "organisation" && a.label === "Direktionen")).toEqual([]);
  });
  it("but not a body named in the lower case of a sentence", () => {
    const g = graphOf(text("Protokoll\nMötet med direktionen"));
    expect(g.filterEdges((_, a) => a.kind === "organised_by")).toEqual([]);
  });
});

describe("a council's flattened header (`Rådet för funktionshinderfrågor`, the adjustment's place after the adjuster)", () => {
  const text =
    "PROTOKOLL Rådet för funktionshinderfrågor Sammanträdesdatum 2018-11-20\n\nPlats och tid Tallgården, 13:15-16:00 Beslutande: Övriga deltagande Karin Holm (LB), ordförande Olle Dahl, Demensföreningen Stina Berg, FUB Lars Vik, (S) Eva Lind och Lisa Sand, 26. Ida Strand, ej tjänstgörande ersättare, DHR. Maria Vest, sekreterare. Utses att justera Justeringens plats och tid Kent Ås Receptionen, Kommunhuset Underskrifter Sekreterare... Paragrafer 24-32 Maria Vest Ordförande... Karin Holm Justerande... Kent Ås\n\n24 Tillgänglighetspriset Priset delas inte ut i år.\n";
  const g = graphOf(text);
  it("names the council by the questions it is for", () => {
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual(["Rådet för funktionshinderfrågor"]);
  });
  it("reads no surname in the adjustment's place (`Kent Ås Receptionen`)", () => {
    const people = g.filterNodes((_, a) => a.kind === "person").map((n) => label(g, n));
    expect(people).toContain("Kent Ås");
    expect(people.filter((p) => p.includes("Receptionen"))).toEqual([]);
  });
});

describe("a direktion's web minutes whose unions' representatives are listed under `Fackliga organisationer`", () => {
  const text =
    "Direktionens protokoll 31 maj 2024\n\nNärvarande\n\nDirektionens ledamöter\nKarin Holm, ordförande (S)\nOlle Dahl (S)\nStina Berg (C)\n\nDirektionens ersättare\nRut Viklund (S) tjänstgörande\nKent Ås (V)\n\nTjänstepersoner\nPer Sand, förbundschef\nMaja Tell, administratör\n\nFackliga organisationer\nLars Vik, Ledarna\nSven Ås, Vision\n\nJustering och sekreterare\nAtt jämte ordförande Karin Holm justera dagens protokoll valdes Olle Dahl. Sekreterare är Maja Tell.\n\n33 § Sammanträdets öppnande\n\nOrdförande öppnade mötet.\n";
  it("are others present, not the staff", () => {
    expect(attendees(graphOf(text)).filter((a) => /^(Lars Vik|Sven Ås|Per Sand)/.test(a))).toEqual(["Lars Vik: other", "Per Sand: staff", "Sven Ås: other"]);
  });
});

describe("a flattened header with absence noted between two fields (`Eva Lind (M) Anmält förhinder Övriga: Sven Ås (S)`)", () => {
  const text =
    "Kommunalförbundet Räddningstjänsten Norra Tallby Direktionen Sammanträdesprotokoll Plats och tid: Räddningsstation Vallby, kl. 13:00 Sammanträdesdatum 2019-09-12 Beslutande: Karin Holm (S), ordförande Olle Dahl (M) Stina Berg (M) Ersättare: Kent Ås (C) Eva Lind (M) Anmält förhinder Övriga: Sven Ås (S) Maja Berg (KD) Per Sand, förbundsdirektör\n\n§ 36 Val av justerare. Direktionen beslutar att utse Olle Dahl till justerare.\n";
  it("lists those after the field with its colon as its others", () => {
    expect(attendees(graphOf(text)).filter((a) => /^(Sven Ås|Maja Berg|Per Sand)/.test(a))).toEqual(["Maja Berg: other", "Per Sand: other", "Sven Ås: other"]);
  });
});

describe("a group's notes that list its members with where they come from (`Olle Dahl, polisen`)", () => {
  const text =
    "Minnesanteckningar från möte med arbetsgruppen för trygghet 2024-05-02\n\nArbetsgruppen består av:\n• Karin Holm, säkerhetssamordnare\n• Olle Dahl, polisen\n• Stina Berg, fritidschef\n\nNärvarande: Karin Holm, Olle Dahl\n\n1. Mötets öppnande\nKarin Holm hälsade välkommen.\n";
  it("is no meeting organised by a member's organisation", () => {
    const g = graphOf(text);
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual([]);
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member"]);
  });
});

describe("an association's board minutes titled by their meeting (`Protokoll från styrelsemötet 4 september 2012`)", () => {
  const text =
    "Protokoll från styrelsemötet 4 september 2012\n\nMötets öppnande\nMötet förklarades öppnat.\n\nNärvaro\nJohan Öst (lämnade mötet efter punkt 9)\nPontus Lind\nAnton Nord\n\nVal av mötesordförande\nAnton Nord valdes enhälligt till mötesordförande.\n";
  it("are one meeting, the one those present attended", () => {
    const g = graphOf(text);
    const meetings = g.filterNodes((_, a) => a.kind === "meeting");
    expect(meetings).toHaveLength(1);
    expect(g.inboundEdges(meetings[0]).filter((e) => g.getEdgeAttribute(e, "kind") === "attended")).toHaveLength(3);
  });
});

describe("a listed name noted as having no vote (`X (utan rösträtt, med yttranderätt)`)", () => {
  it.each([
    [
      "a line each",
      "Protokoll från styrelsemötet 4 september 2012\n\nNärvaro\nPontus Lind\nAnton Nord\nUlrika Eng (utan rösträtt, med yttranderätt)\n\nVal av mötesordförande\nAnton Nord valdes till mötesordförande.\n",
    ],
    [
      "a flattened header",
      "PROTOKOLL Styrelsen Sammanträdesdatum 2021-03-09 Plats: Föreningshuset Närvarande: Anton Nord, ordförande, Pontus Lind, Ulrika Eng (utan rösträtt), Pia Lund Sekreterare: Maja Tell\n\n§ 1 Budget Styrelsen godkänner budgeten.\n",
    ],
  ])("in %s is one of the others present, no member", (_, text) => {
    expect(attendees(graphOf(text)).filter((a) => a.startsWith("Ulrika Eng"))).toEqual(["Ulrika Eng: other"]);
  });
});

describe("minutes whose title runs into the date's label (`Protokoll` / `Datum: 2024-03-14`)", () => {
  it("name their meeting without the label", () => {
    const g = graphOf(
      "Protokoll\nDatum: 2024-03-14\nPlats: Kommunhuset\n\nNärvarande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n",
    );
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n))).toEqual(["2024-03-14 Protokoll"]);
  });
});

describe("minutes whose head names no body and whose first item opens the body's meeting in lower case", () => {
  const text = (opening: string) =>
    `Protokoll\nDatum: 2024-03-14\nPlats: Kommunhuset, Vallby\n\nNärvarande ledamöter\nKarin Holm (S), ordförande\nOlle Dahl (M)\nStina Berg (C)\n\nSekreterare: Maja Tell\n\n§ 1 Mötets öppnande\n${opening}\n\n§ 2 Val av justerare\nOlle Dahl utses att justera protokollet.\n`;
  it.each([
    ["Ordföranden öppnade byggnadsnämndens sammanträde.", "Byggnadsnämnden"],
    ["Ordföranden förklarade kultur- och fritidsnämndens möte öppnat.", "Kultur- och fritidsnämnden"],
  ])("(`%s`) is that body's", (opening, body) => {
    const g = graphOf(text(opening));
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual([body]);
    expect(personRoles(g).filter((r) => r.startsWith("Stina Berg"))).toEqual([`Stina Berg: ledamot @ ${body}`]);
  });
  it("but not a day's meeting (`dagens sammanträde`)", () => {
    const g = graphOf(text("Ordföranden öppnade dagens sammanträde."));
    expect(g.filterEdges((_, a) => a.kind === "organised_by")).toEqual([]);
  });
});

describe("a meeting held over two days (`14–15 mars 2024`)", () => {
  it.each([
    [
      "a date field of its own line",
      "Protokoll\nKommunstyrelsen i Nacka\nSammanträdesdatum 14–15 mars 2024\n\nNärvarande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n§ 1 Mötets öppnande\n",
    ],
    [
      "a flattened header",
      "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 14-15 mars 2024 Plats och tid Kommunhuset Beslutande Karin Holm (S), ordförande Olle Dahl (M) Justerare Olle Dahl\n\n§ 1 Budget\n",
    ],
  ])("in %s is dated by the day it began", (_, text) => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "date"))).toEqual(["2024-03-14"]);
  });
});
