/**
 * Minutes in layouts real minutes use (read/genre.ts, 01-protocol.ts, 04-protocol.ts): notes told by their inline
 * fields, local parties, staff titles and elected members in a header's lists. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, parties, roles } from "../../../../test/helpers/minutes";
import { readDocument, type KnowledgeGraph } from "../index";

/** Each chair as `name @ meeting`, sorted. */
const chairs = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "chaired")
    .map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`)
    .sort();

/** Items enough that the closing signatures stand past the first 2,000 characters. */
const ITEMS = Array.from(
  { length: 14 },
  (_, i) => `${i + 1}. Punkt ${i + 1} Rådet samtalade om tillgängligheten i parker och lokaler och återkommer i frågan när underlaget är klart.\n`,
).join("");

describe("notes with no genre word", () => {
  it("are minutes by their inline fields of place and time and of who attended (`Plats och tid: … Närvarande: …`)", () => {
    const text = `Kommunala funktionshinderrådet i Älvby 2024-03-05\nPlats och tid: Stadshuset, rum Linden, kl. 13.30–15.30 Närvarande: Ledamöter Alma Berg (S), ordförande Bertil Ek (M) Cilla Holm, DHR Övriga Eva Nord, handläggare Frans Ås, sekreterare\n${ITEMS}Underskrift Sekreterare Frans Ås Ordförande Alma Berg\n`;
    expect(readDocument({ source: "a.txt", content: text }).genre).toBe("minutes");
    const g = graphOf(text);
    expect(chairs(g)).toEqual(["Alma Berg @ 2024-03-05 Kommunala funktionshinderrådet"]);
    expect(attendees(g)).toEqual(["Alma Berg: member", "Bertil Ek: member", "Cilla Holm: member", "Eva Nord: other", "Frans Ås: other"]);
  });
  it("but an event's announcement with a place and time and no attendance is not (`Tid: … Plats: …`)", () => {
    const text = `Välkommen till en träff om tillgänglighet\nTid: 5 mars kl. 13.30 Plats: Stadshuset. Anmälan till Eva Nord. Närvarande politiker svarar på frågor.\n${ITEMS}`;
    expect(readDocument({ source: "a.txt", content: text }).genre).not.toBe("minutes");
  });
});

describe("a local party's letters in parentheses after a listed member", () => {
  const members = "Alma Berg (S), ordförande Bengt Ek (BorgA) Cilla Holm (T) Dag Lund (M)";
  const expected = ["Alma Berg: Socialdemokraterna", "Bengt Ek: BORGA", "Cilla Holm: T", "Dag Lund: Moderaterna"];
  it("in mixed case (`BorgA`) or one capital (`T`), flattened", () => {
    const g = graphOf(
      `Kommunfullmäktige i Älvby SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2024-04-10 Plats och tid Stadshuset, kl. 18.00–20.30 Beslutande ${members} Övriga deltagare Frans Ås, sekreterare Utses att justera Dag Lund\n§ 1 Upprop\n`,
    );
    expect(parties(g)).toEqual(expected);
  });
  it("a member a line", () => {
    const g = graphOf(
      `Kommunfullmäktige i Älvby\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-04-10\n\nPlats och tid: Stadshuset\n\nBeslutande\n${members.replace(/(?<=\)|ordförande) /g, "\n")}\n\nÖvriga deltagare\nFrans Ås, sekreterare\n\nUtses att justera Dag Lund\n\n§ 1 Upprop\n`,
    );
    expect(parties(g)).toEqual(expected);
  });
  it("but not after an official's name, where no party is expected", () => {
    const g = graphOf(
      "Kommunfullmäktige i Älvby\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-04-10\n\nPlats och tid: Stadshuset\n\nBeslutande\nAlma Berg (S), ordförande\nDag Lund (M)\n\nÖvriga deltagare\nFrans Ås (T)\n\nUtses att justera Dag Lund\n\n§ 1 Upprop\n",
    );
    expect(parties(g)).toEqual(["Alma Berg: Socialdemokraterna", "Dag Lund: Moderaterna"]);
  });
});

describe("an official's title capitalised after the name with no comma, and items after it", () => {
  const officials = "Eva Lind Trafikingenjör § 12\nPer Ek Sektorchef §§ 3-5\nGun Sten Nämndsekreterare";
  const titles = (g: KnowledgeGraph) => roles(g).filter((r) => /^(?:Eva|Per) /.test(r));
  it("flattened (`Övriga närvarande Eva Lind Trafikingenjör § 12 Per Ek …`)", () => {
    const g = graphOf(
      `Tekniska nämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2024-05-14 Plats och tid Stadshuset, kl. 13.00–16.00 Beslutande Alma Berg (S), ordförande Bengt Ek (M) Övriga närvarande ${officials.replace(/\n/g, " ")} Utses att justera Bengt Ek\n§ 1 Upprop\n`,
    );
    expect(titles(g)).toEqual(["Eva Lind: trafikingenjör", "Per Ek: sektorchef"]);
  });
  it("an official a line", () => {
    const g = graphOf(
      `Tekniska nämnden\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-05-14\n\nPlats och tid: Stadshuset\n\nBeslutande\nAlma Berg (S), ordförande\nBengt Ek (M)\n\nÖvriga deltagare\n${officials}\n\nUtses att justera Bengt Ek\n\n§ 1 Upprop\n`,
    );
    expect(titles(g)).toEqual(["Eva Lind: trafikingenjör", "Per Ek: sektorchef"]);
  });
});

describe("an election's result in an item (`Till ordinarie ledamöter valdes:`, `Till ersättare valdes:`)", () => {
  const head =
    "Pensionärsrådet i Älvby SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2024-04-10 Plats och tid Stadshuset, kl. 18.00 Beslutande Alma Berg (S), ordförande Dag Lund (M) Övriga deltagare Frans Ås, sekreterare Utses att justera Dag Lund\n§ 1 Upprop\n";
  const elected = (g: KnowledgeGraph) =>
    g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} @ ${label(g, g.target(e))}`)
      .filter((r) => /^(?:Gert|Hanna|Jon)/.test(r))
      .sort();
  const items = "Till ordinarie ledamöter valdes:\nGert Holm (S)\nHanna Vik (M)\nTill ersättare valdes:\nJon Alm (KD)\n";
  const seats = ["Gert Holm: ledamot @ Pensionärsrådet", "Hanna Vik: ledamot @ Pensionärsrådet", "Jon Alm: ersättare @ Pensionärsrådet"];
  it("gives the seats in the body that met, a name a line or flattened", () => {
    expect(elected(graphOf(`${head}§ 2 Val av ledamöter och ersättare\n${items}`))).toEqual(seats);
    expect(elected(graphOf(`${head}§ 2 Val av ledamöter och ersättare Rådets beslut ${items.replace(/\n/g, " ")}\n`))).toEqual(seats);
  });
  it("but not under a heading that elects another body (`Val av ledamöter till kulturnämnden`)", () => {
    expect(elected(graphOf(`${head}§ 2 Val av ledamöter till kulturnämnden\n${items}`))).toEqual([]);
  });
});

describe("a role's abbreviation after a listed name", () => {
  it("`adj` is co-opted (adjungerad), after a comma or not, flattened or a name a line", () => {
    const titled = (g: KnowledgeGraph) => roles(g).filter((r) => r.endsWith(": adj"));
    const flat = graphOf(
      "Samverkansrådet SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2024-06-03 Plats och tid Regionhuset, kl. 09.00 Närvarande Alma Berg (S), mötesordf. Bengt Ek (M) Cilla Holm (C), adj Dag Lund, adj Övriga deltagare Frans Ås, sekreterare Utses att justera Bengt Ek\n§ 1 Upprop\n",
    );
    expect(titled(flat)).toEqual(["Cilla Holm: adj", "Dag Lund: adj"]);
    expect(chairs(flat)).toEqual(["Alma Berg @ 2024-06-03 Samverkansrådet"]);
    const lines = graphOf(
      "Samverkansrådet\nMINNESANTECKNINGAR\nDatum: 2024-06-03\nPlats: Regionhuset\n\nNärvarande\nAlma Berg (S) mötesordf.\nBengt Ek (M)\nCilla Holm (C) adj\nDag Lund adj\n\nÖvriga\nFrans Ås, sekreterare\n\n1. Mötets öppnande\n",
    );
    expect(titled(lines)).toEqual(["Cilla Holm: adj", "Dag Lund: adj"]);
    const co = lines.findNode((_, a) => a.label === "Dag Lund")!;
    expect(((lines.getNodeAttributes(co) as { roles?: { roleNormalised: string }[] }).roles ?? []).map((r) => r.roleNormalised)).toEqual(["adjungerad"]);
  });
});

describe("the body that met named by an adjective after its owner's genitive", () => {
  it.each([
    ["Regionförbundets Primärkommunala nämnd", "Regionförbundets Primärkommunala nämnd"],
    // A genitive that names no body owns none: the body's own name stands.
    ["Hallands Regionala nämnden", "Regionala nämnden"],
  ])("`%s` is %s", (title, body) => {
    const g = graphOf(
      `${title}\nPROTOKOLL\nSammanträdesdatum 2024-09-12\nPlats och tid: Förbundshuset, kl. 10.00\nBeslutande\nAlma Berg (S), ordförande\nBengt Ek (M)\nUtses att justera Bengt Ek\n§ 1 Upprop\n`,
    );
    expect(chairs(g)).toEqual([`Alma Berg @ 2024-09-12 ${body}`]);
  });
});

describe("names written surname first with two given names (`Hägglund Per Olof (C)`)", () => {
  it("are read given names first, the chair's title kept", () => {
    const g = graphOf(
      "Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2024-02-20 Plats och tid Stadshuset, kl. 13.00 Beslutande Hägglund Per Olof (C), ordförande Berg Alma (S) Lind Karin Maria (M) Övriga deltagare Frans Ås, sekreterare Utses att justera Alma Berg\n§ 1 Upprop\n",
    );
    expect(chairs(g)).toEqual(["Per Olof Hägglund @ 2024-02-20 Socialnämnden"]);
    expect(attendees(g)).toEqual(["Alma Berg: member", "Frans Ås: other", "Karin Maria Lind: member", "Per Olof Hägglund: member"]);
  });
});
