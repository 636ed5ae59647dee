/**
 * Real minutes' layouts, round 30 (01-lists.ts, 04-protocol.ts, context.ts): copies with a blank line
 * after every line or none, and headers with fields side by side. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";
import { buildGraph, readDocument, type KnowledgeGraph } from "../../packages/core/src/index";

const doubled = (text: string) => text.replace(/\n+/g, "\n\n");
const single = (text: string) => text.replace(/\n{2,}/g, "\n");
const chairs = (g: KnowledgeGraph) => g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)));
const people = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();

/** A company's web minutes: each field on its line, its names on the lines below. */
const WEB = `Hem / Om oss / Styrelsen / Styrelsemöte 12 mars 2021

Styrelsemöte den 12 mars 2021

Datum
Tid
15.00
Plats
Konferensrummet, Hamngatan 8

2 Godkännande av föredragningslistan

3 Val av protokollsjusterare

Om mötet

Justeras:
Stina Berg Karl Holm

Närvarande:

Ordföranden Stina Berg (m)

Vice ordföranden Karl Holm (s)

Ledamöterna
Olle Dahl (v)
Pia Lund (fp)

Suppleanterna
Sven Alm (kd)
Maja Tell (mp)

Verkställande direktören
Kent Ås

Därtill deltog personal från Vallby Hamnbolag
`;

describe("web minutes copied with a blank line after every line", () => {
  const plain = graphOf(WEB);
  it("reads the plain copy (the comparison below has something to compare)", () => {
    expect(chairs(plain)).toEqual(["Stina Berg"]);
    expect(attendees(plain)).toContain("Olle Dahl: member");
  });
  it("reads what the plain copy gives: the names under each field are its, past the blank lines", () => {
    const g = graphOf(doubled(WEB));
    expect(chairs(g)).toEqual(["Stina Berg"]);
    expect(attendees(g)).toEqual(attendees(plain));
    expect(personRoles(g)).toEqual(personRoles(plain));
  });
  it("takes no line of prose after the list for an entry (`Därtill deltog personal från Vallby Hamnbolag`)", () => {
    expect(people(graphOf(doubled(WEB)))).not.toContain("Vallby Hamnbolag");
  });
});

/** Field-line minutes, a paragraph a line: the chair's line under the members' label, then an organisation's lines. */
const SPACED = (chair: string, after = "") =>
  doubled(
    `Fritidsnämnden Nordby kommun\nSammanträde 2022-05-10\nTid\n09.00\nPlats\nStadshuset\nBeslutande\n${chair}\nEbba Lundin (S)\nMåns Ekberg (M)\nÖvriga närvarande\nRolf Strand, sekreterare\n${after}Val av justerare\nAtt jämte ordföranden justera protokollet utses Måns Ekberg.\n`,
  );

describe("field-line minutes with a blank line after every line: where a list goes on", () => {
  it.each([
    ["with a colon", "Ordförande: Frida Sjö (V)"],
    ["with none", "Ordförande Frida Sjö (V)"],
  ])("the chair's line under the members' label (%s) is the one chair, and the members after it are members", (_, chair) => {
    const g = graphOf(SPACED(chair));
    expect(chairs(g)).toEqual(["Frida Sjö"]);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Ebba Lundin: member", "Måns Ekberg: member"]));
    expect(personRoles(g)).toContain("Måns Ekberg: justerare @ Fritidsnämnden");
  });
  it("a one person's office reads no names past its blank line (`Sekreterare: X`, then names of no field)", () => {
    const g = graphOf(
      doubled(
        "Fritidsnämnden Nordby kommun\nSammanträde 2022-05-10\nTid\n09.00\nPlats\nStadshuset\nSekreterare: Rolf Strand\nEbba Lundin (S)\nMåns Ekberg (M)\nBeslutande\nFrida Sjö (V), ordförande\n§ 1 Val av justerare\n",
      ),
    );
    expect(personRoles(g).filter((r) => /sekreterare/.test(r))).toEqual(["Rolf Strand: sekreterare @ Fritidsnämnden"]);
  });
  it("takes an organisation's line under a list for no entry (`Nordby Energi AB`, `Region Västland`)", () => {
    const g = graphOf(
      SPACED(
        "Frida Sjö (V), ordförande",
        "Tjänstemän\nOskar Lind, förvaltningschef\nNordby Energi AB\nTjänstemän\nOskar Lind, förvaltningschef\nRegion Västland\nTjänstemän\nOskar Lind, förvaltningschef\nHanna Bygg AB\nTjänstemän\nOskar Lind, förvaltningschef\nKommunhuset Nordby\nTjänstemän\nOskar Lind, förvaltningschef\nNordby Energi\n",
      ),
    );
    expect(attendees(g).filter((a) => /Region|AB|Länsstyrelsen|Västland|Energi|Hanna|Kommunhuset|Nordby/.test(a))).toEqual([]);
    expect(attendees(g)).toEqual(["Ebba Lundin: member", "Frida Sjö: member", "Måns Ekberg: member", "Oskar Lind: staff", "Rolf Strand: other"]);
  });
  it("a head with a signature block (`Underskrifter`, the printed form) is read as its copy with no blank lines", () => {
    const text =
      "Protokoll Byggnadsnämnden Nordby kommun\nSammanträdesdatum 2022-05-10\nPlats och tid: Stadshuset kl. 18.00-20.00\nUnderskrifter\nSekreterare:\nRolf Strand\nOrdförande:\nFrida Sjö\nJusterande:\nEbba Lundin\nBeslutande\nFrida Sjö (V), ordförande\nEbba Lundin (S)\nÖvriga närvarande\nRolf Strand, sekreterare\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n";
    expect(attendees(graphOf(single(text)))).toContain("Rolf Strand: secretary");
    expect(attendees(graphOf(doubled(text)))).toContain("Rolf Strand: secretary");
  });
  it("a signature's label with no colon under its name (`Justerare`) reads on to no name below it", () => {
    const g = graphOf(SPACED("Frida Sjö (V), ordförande", "Justerandes signatur\nEbba Lundin\nJusterare\nHampus Wall\nTjänsteman\n"));
    expect(personRoles(g).filter((r) => r.startsWith("Hampus Wall") && /juster/.test(r))).toEqual([]);
  });
});

/** Minutes whose members and reserves stand in two columns under labels side by side, a paragraph a line. */
const COLUMNS = `Tid och plats: Stadshuset, Vallby 2021-03-12 kl. 09.00-12.00

Deltagare

Beslutande: Ersättare:

Stina Berg, ordförande

Karl Holm Olle Dahl Pia Lund

Sven Alm

Maja Tell

Ej tjänstgörande ersättare:

Kent Ås

Övriga närvarande: Rut Viklund, Kanslichef Åke Sund, Sekreterare Lena Borg, Controller

Justering plats och tid:

Underskrifter §§ 1-12

Sekreterare: ________

Åke Sund

Ordförande: ________

Stina Berg

§ 1 Mötet öppnas

Ordföranden hälsade välkommen och öppnade mötet.
`;

describe("labels side by side over columns of names (`Beslutande: Ersättare:`)", () => {
  it.each([
    ["a blank line after every line", COLUMNS],
    ["no blank line", single(COLUMNS)],
  ])("with %s, makes no one a member the columns do not say is (a reserve is no member)", (_, text) => {
    const g = graphOf(text);
    expect(attendees(g).filter((a) => a.endsWith(": member"))).toEqual([]);
    expect(attendees(g)).toContain("Kent Ås: nonserving");
    expect(chairs(g)).toEqual(["Stina Berg"]);
    expect(personRoles(g)).toContain("Rut Viklund: kanslichef");
  });
});

describe("the chair named beside the adjuster (`Jämte ordförande X justeras protokollet av Y`)", () => {
  const lines = (adjust: string) =>
    `Protokoll Socialnämnden, Vallby kommun\nSammanträdesdatum 2024-03-14\n\nPlats och tid: Kommunhuset, kl. 18.00–20.15\n\nBeslutande\nKarin Holm (S)\nOlle Dahl (M), vice ordförande\nStina Berg (C)\nNils Ek (L)\n\nÖvriga närvarande\nIda Strand, sekreterare\n\n§ 1 Val av justerare\n${adjust}\n\n§ 2 Budget 2025\nSocialnämnden beslutar att godkänna förslaget.\n`;
  const flattened = (adjust: string) =>
    `1 Protokoll Socialnämnden Sammanträdesdatum 2024-03-14 Plats och tid Kommunhuset, kl. 18.00–20.15 Beslutande Karin Holm (S) Olle Dahl (M) Stina Berg (C) Nils Ek (L) Övriga närvarande Ida Strand, sekreterare Paragrafer 1-2\n\n2 § 1 Val av justerare ${adjust} § 2 Budget Socialnämnden beslutar att godkänna förslaget.\n`;
  const adjusters = (g: KnowledgeGraph) => personRoles(g).filter((r) => r.endsWith("justerare @ Socialnämnden"));
  it.each([
    ["field lines", lines("Jämte ordförande Karin Holm justeras protokollet av Stina Berg.")],
    ["an inline header", flattened("Jämte ordförande Karin Holm justeras protokollet av Stina Berg.")],
    ["field lines, commas about the chair's name", lines("Jämte ordförande, Karin Holm, justeras protokollet av Stina Berg.")],
    ["field lines, `tjänstgörande ordförande`", lines("Jämte tjänstgörande ordförande Karin Holm justeras protokollet av Stina Berg.")],
    ["field lines, `mötesordförande`", lines("Jämte mötesordförande Karin Holm justeras protokollet av Stina Berg.")],
    ["an inline header, the body's chair (`nämndens ordförande`)", flattened("Jämte nämndens ordförande Karin Holm justeras protokollet av Stina Berg.")],
    ["an inline header, `tf. ordförande`", flattened("Att jämte tf. ordförande Karin Holm justera protokollet utses Stina Berg.")],
    ["field lines, `dagens protokoll`", lines("Jämte ordföranden Karin Holm justeras dagens protokoll av Stina Berg (C).")],
    [
      "an inline header, the chair named in the choice (`Att jämte ordförande X justera`)",
      flattened("Att jämte ordförande Karin Holm justera protokollet utses Stina Berg."),
    ],
  ])("in minutes read by %s: Y adjusts and X chairs", (_, text) => {
    const g = graphOf(text);
    expect(adjusters(g)).toEqual(["Stina Berg: justerare @ Socialnämnden"]);
    expect(chairs(g)).toEqual(["Karin Holm"]);
  });
  it("a vice chair named beside the adjuster chairs nothing, and the chair unnamed is no one", () => {
    const vice = graphOf(lines("Jämte vice ordförande Olle Dahl justeras protokollet av Stina Berg."));
    expect(adjusters(vice)).toEqual(["Stina Berg: justerare @ Socialnämnden"]);
    expect(chairs(vice)).toEqual([]);
    const unnamed = graphOf(lines("Att jämte ordföranden justera protokollet utses Stina Berg (C)."));
    expect(adjusters(unnamed)).toEqual(["Stina Berg: justerare @ Socialnämnden"]);
    expect(chairs(unnamed)).toEqual([]);
    expect(chairs(graphOf(lines("Jämte förste vice ordförande Olle Dahl justeras protokollet av Stina Berg.")))).toEqual([]);
  });
  it("one chosen to chair (`Till mötesordförande valdes X`) chairs, not the chair named beside the adjuster", () => {
    const g = graphOf(
      lines("Till mötesordförande valdes Nils Ek.\n\n§ 2 Val av justerare\nAtt jämte ordförande Karin Holm justera protokollet utses Stina Berg."),
    );
    expect(adjusters(g)).toEqual(["Stina Berg: justerare @ Socialnämnden"]);
    expect(chairs(g)).toEqual(["Nils Ek"]);
  });
});

describe("one body's minutes read by field lines and by the inline header reader", () => {
  const inline =
    "Protokoll Valnämnden 2024-03-14\nSAMMANTRÄDESPROTOKOLL Sammanträdesdatum Valnämnden Plats och tid Kommunhuset, tisdag den 14 mars 2024 Beslutande Olle Dahl Nils Ek Karin Holm Sekreterare Stina Berg Utses att justera Nils Ek Paragrafer 1-16\n";
  const lines =
    "Valnämnden\nSammanträdesdatum: 2024-03-14\nPlats och tid: Kommunhuset, tisdag den 14 mars 2024\n\nBeslutande:\nOlle Dahl\nNils Ek\nKarin Holm\n\nSekreterare: Stina Berg\nUtses att justera: Nils Ek\n\n§ 1 Val av justerare\n";
  const meetings = (...texts: string[]) => {
    const g = buildGraph(
      texts.map((content, i) => readDocument({ source: `protokoll-${i}.txt`, content })),
      { layout: false },
    ).graph;
    return g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));
  };
  it("name the meeting alike, date first, so two copies are one meeting whichever is read first", () => {
    expect(meetings(inline)).toEqual(["2024-03-14 Valnämnden"]);
    expect(meetings(lines)).toEqual(["2024-03-14 Valnämnden"]);
    expect(meetings(inline, lines)).toEqual(["2024-03-14 Valnämnden"]);
    expect(meetings(lines, inline)).toEqual(["2024-03-14 Valnämnden"]);
  });
});

describe("a group the minutes set out (`Arbetsgruppen består av:`), in minutes read inline", () => {
  const head =
    "1 Protokoll Samverkansrådet Vallby län Sammanträdesdatum 2024-03-14 Plats och tid Regionhuset, kl. 09.00-12.00 Beslutande Karin Holm (S), ordförande Olle Dahl (M) Stina Berg (C) Övriga närvarande Ida Strand, sekreterare Paragrafer 1-2\n\n";
  const seats = (g: KnowledgeGraph) => personRoles(g).filter((r) => /gruppen$/.test(r));
  it.each([
    [
      "bullets, a line each",
      "§ 1 Arbetsgrupp för äldreomsorg\nRådet beslutar att tillsätta en arbetsgrupp.\n\nArbetsgruppen består av:\n- Nils Ek, socialchef, Vallby kommun\n- Pia Lund, utvecklingsledare, Region Vallby\n- Sven Alm, Borgby kommun\n\nGruppen återrapporterar till rådet i juni.\n\n§ 2 Övrigt\nInget övrigt.\n",
      "Arbetsgruppen",
    ],
    [
      "a sentence",
      "§ 1 Styrgrupp Rådet beslutar om en styrgrupp. Styrgruppen består av Nils Ek, förvaltningschef Vallby kommun, Pia Lund, enhetschef Försäkringskassan, och Sven Alm, Arbetsförmedlingen. § 2 Övrigt Inget.\n",
      "Styrgruppen",
    ],
    [
      "its members' label",
      "§ 1 Referensgrupp\nLedamöter i referensgruppen:\nNils Ek, Vallby kommun\nPia Lund, Region Vallby\nSven Alm, Borgby kommun\n\n§ 2 Övrigt\n",
      "Referensgruppen",
    ],
  ])("%s: each named holds a seat in the group, and did not attend the meeting", (_, items, group) => {
    const g = graphOf(head + items);
    expect(seats(g)).toEqual([`Nils Ek: ledamot @ ${group}`, `Pia Lund: ledamot @ ${group}`, `Sven Alm: ledamot @ ${group}`]);
    expect(attendees(g).filter((a) => /^(?:Nils|Pia|Sven) /.test(a))).toEqual([]);
  });
  it("a group of no one named (`består av representanter från kommunerna`) seats no one, not the next sentence's name", () => {
    const g = graphOf(head + "§ 1 Arbetsgrupp\nArbetsgruppen består av representanter från kommunerna. Nils Ek föredrar ärendet.\n\n§ 2 Övrigt\n");
    expect(seats(g)).toEqual([]);
  });
  it.each([
    ["named later in its sentence", "Arbetsgruppen består av tjänstepersoner från förvaltningen och rapporterar till kommundirektör Nils Ek i juni."],
    ["named after its leader's verb", "Styrgruppen består av länets socialchefer och leds av förvaltningschef Nils Ek."],
  ])("a name only mentioned in the group's sentence (%s) holds no seat", (_, sentence) => {
    expect(seats(graphOf(`${head}§ 1 Grupp\n${sentence}\n\n§ 2 Övrigt\n`))).toEqual([]);
  });
  it("a list of a line each ends at its first line that is no entry (`Underlag`)", () => {
    const g = graphOf(
      `${head}§ 1 Arbetsgrupp\nArbetsgruppen består av:\n- Nils Ek\n- Pia Lund, Region Vallby\nUnderlag\n- Skrivelse från Sven Alm\n\n§ 2 Övrigt\n`,
    );
    expect(seats(g)).toEqual(["Nils Ek: ledamot @ Arbetsgruppen", "Pia Lund: ledamot @ Arbetsgruppen"]);
  });
  it("two items' groups named by the noun alone (`Arbetsgruppen`) are two groups", () => {
    const g = graphOf(
      `${head}§ 1 Arbetsgrupp för äldreomsorg\nArbetsgruppen består av:\n- Nils Ek\n- Pia Lund\n\n§ 2 Arbetsgrupp för skolskjuts\nArbetsgruppen består av:\n- Sven Alm\n- Maja Tell\n\n§ 3 Övrigt\n`,
    );
    const groups = g.filterNodes((_, a) => a.label === "Arbetsgruppen");
    expect(groups).toHaveLength(2);
    expect(g.outNeighbors("person:nils-ek").filter((id) => groups.includes(id))).toHaveLength(1);
    expect(g.outNeighbors("person:sven-alm").filter((id) => groups.includes(id))).not.toEqual(
      g.outNeighbors("person:nils-ek").filter((id) => groups.includes(id)),
    );
  });
});

describe("a web page of a meeting's items, with no header (`Ordföranden, X (S), öppnar mötet …`)", () => {
  const text =
    "Hoppa över navigering\n • Ordföranden, Karin Holm (S), öppnar mötet och hälsar alla välkomna.\n\n • § 2\n\n  Val av justerare\n\n • Förslag till dagordning har sänts ut med kallelsen.\n\n • Föregående mötes protokoll gås igenom.\n\n  Protokollet läggs till handlingarna.\n\n • Ida Strand, sekreterare, föredrar reglementet.\n\n  Ida påminner om att reglementet är antaget i Regionfullmäktige, vilket är viktigt att tänka på framöver.\n\n • Olle Dahl (C) informerar om läget.\n\n  Olle Dahl (C) berättar om förbundets bildande. Förbundets stämma hölls i mars, där 12 ledamöter och 12 ersättare valdes. Ett presidium valdes också: Eva Sund ordförande, Per Holm 1:e vice ordförande.\n";
  it("takes no body its items name in passing (`antaget i Regionfullmäktige`) for the body that met", () => {
    const g = graphOf(text);
    const names = g.filterNodes((_, a) => a.kind === "meeting" || a.kind === "organisation").map((n) => label(g, n));
    expect(names.filter((n) => /fullmäktige/i.test(n))).toEqual([]);
    expect(chairs(g)).toEqual(["Karin Holm"]);
  });
});
