/**
 * Attendance lists one entry a line (01-lists.ts, and 01-protocol.ts for web minutes whose lists are headed by the
 * body's genitive): a reserve marked serving at the line's end (`tjänstgörande`, `, tjg`, `tjänstgör §§ 12-15`) serves,
 * and replaces no one; a member replaced is named on the substitute's own line. A reserve also listed among the members
 * with the part of the meeting served (01-protocol.ts) served that part; a member replaced under the substitutes' field
 * with no part marked was not there. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
}
/** Each attendee as `name: capacity` (`→ replaced` when a member is replaced). */
function attendance(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind === "attended")
    .map((e) => {
      const a = g.getEdgeAttributes(e) as { capacity?: string; replaces?: string };
      return `${g.getNodeAttribute(g.source(e), "label")}: ${a.capacity}${a.replaces ? ` → ${a.replaces}` : ""}`;
    })
    .sort();
}

const RESERVES = `Socialnämnden
Protokoll
Sammanträdesdatum 2024-03-12

Ledamöter
Gunnel Vikström (S), ordförande
Torbjörn Alm (M)
Ylva Strandberg (C)

Ersättare
Anna Holm (C) tjänstgörande
Bo Lind (S)
Greta Nyqvist (V), tjg
Leif Sundin (S) tjänstgör §§ 12-15
Maj Berglund (KD) tjg för Ivar Rask (KD)
Sture Palm (L)

Övriga närvarande
Oskar Ekdahl, förvaltningschef

§ 1 Öppnande
`;

describe("a serving mark at the end of a reserve's line", () => {
  it("makes the reserve a serving substitute and leaves the next line's name a reserve present", () => {
    expect(attendance(graphOf(RESERVES))).toEqual([
      "Anna Holm: substitute",
      "Bo Lind: nonserving",
      "Greta Nyqvist: substitute",
      "Gunnel Vikström: member",
      "Leif Sundin: substitute",
      "Maj Berglund: substitute → Ivar Rask",
      "Oskar Ekdahl: other",
      "Sture Palm: nonserving",
      "Torbjörn Alm: member",
      "Ylva Strandberg: member",
    ]);
  });
});

const WEB = `Direktionens protokoll 6 mars 2025

Närvarande

Direktionens ledamöter och ersättare som var närvarande på mötet

Direktionens ledamöter
Gunnel Vikström, ordförande (S)
Torbjörn Alm (M)
Ylva Strandberg (C)

Direktionens ersättare
Anna Holm (C) tjänstgörande
Bo Lind (S)
Greta Nyqvist (V)
Leif Sundin (S) tjänstgörande §12-15
Maj Berglund (KD), tjänstgörande
Sture Palm (L)

Tjänstepersoner
Oskar Ekdahl, förbundschef

10 § Sammanträdets öppnande

Ordföranden öppnade mötet.
`;

describe("web minutes whose lists the body's genitive heads", () => {
  it("reads `Direktionens ersättare` as the reserves' field, and a serving mark replaces no one on the next line", () => {
    const g = graphOf(WEB);
    expect(attendance(g)).toEqual([
      "Anna Holm: substitute",
      "Bo Lind: nonserving",
      "Greta Nyqvist: nonserving",
      "Gunnel Vikström: member",
      "Leif Sundin: substitute",
      "Maj Berglund: substitute",
      "Oskar Ekdahl: staff",
      "Sture Palm: nonserving",
      "Torbjörn Alm: member",
      "Ylva Strandberg: member",
    ]);
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "roleNormalised")}`)
      .sort();
    expect(seats).toContain("Bo Lind: ersättare");
    expect(seats).not.toContain("Greta Nyqvist: ledamot");
  });
});

const PART_ITEMS = `1 Socialnämnden (12) Plats och tid Förvaltningshuset, rum Ekbacken, kl Beslutande Maja Lindqvist (S), ordförande Ivar Bergström (S) Sara Holmgren (M) Olle Dahlberg (SD) ej 4 Rut Eklund (S) 4 Övriga deltagande Ersättare: Rut Eklund (S) ej 4, Nils Sjöberg (S) och Gun Ahlqvist (L) samt sekreterare Per Almgren Utses att justera Sara Holmgren (M) Justeringens plats och tid Kommunhuset den 3 mars 2016 Underskrifter Sekreterare Ordförande Justerande Per Almgren Maja Lindqvist (S) Sara Holmgren (M) ANSLAG/BEVIS Protokollet är justerat.

2 Socialnämnden (12) § 4 Ekonomisk uppföljning
`;

const PART_STARRED = `1 (20) Tid och plats Rådhuset, stora salen Kl Beslutande Se förteckning bilaga 1 Närvarande, ej tjänstgörande ersättare Lars Ulfsson Kim Bergqvist Eva Nordin Hans Lindgren (M) Stina Forsberg (V) Övriga närvarande Åsa Falk, sekr Sekreterare Ordförande. Åsa Falk.. Olof Sandberg Justerande.. Mona Ek Lena Wall

2 (20) Bilaga 1. Kommunfullmäktiges protokoll Beslutande Olof Sandberg Mona Ek Lena Wall Pia Holm *Lars Ulfsson, , kl Anders Myrén Karl Ström *Hans Lindgren, , kl Ulla Frid
`;

/** The capacity each named person attended in. */
function capacityOf(g: KnowledgeGraph, ...names: string[]): string[] {
  return names.map((name) => attendance(g).find((a) => a.startsWith(`${name}:`)) ?? `${name}: -`);
}

describe("a reserve listed among the members for part of the meeting", () => {
  it("by items (`X (S) 4` among the members, `X (S) ej 4` among the reserves) serves as a substitute, holding no seat", () => {
    const g = graphOf(PART_ITEMS);
    expect(capacityOf(g, "Rut Eklund", "Olle Dahlberg", "Nils Sjöberg")).toEqual([
      "Rut Eklund: substitute",
      "Olle Dahlberg: member",
      "Nils Sjöberg: nonserving",
    ]);
    const seats = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .filter((e) => g.getNodeAttribute(g.source(e), "label") === "Rut Eklund")
      .map((e) => g.getEdgeAttribute(e, "roleNormalised"));
    expect(seats).toEqual(["ersättare"]);
  });

  it("by a star and a time in the members' annex (`*X, , kl`) serves as a substitute", () => {
    const g = graphOf(PART_STARRED);
    expect(capacityOf(g, "Lars Ulfsson", "Hans Lindgren", "Kim Bergqvist", "Pia Holm")).toEqual([
      "Lars Ulfsson: substitute",
      "Hans Lindgren: substitute",
      "Kim Bergqvist: nonserving",
      "Pia Holm: member",
    ]);
  });
});

const REPLACED = `1 Sida 1 (30) Plats och tid Rådhussalen, kl. 09:00-15:00 Beslutande Ledamöter Anna Bergman (S), Per Holmström (M), Eva Sundin (V) , Ola Eklöf (KD) och Kim Lindahl (L). Tjänstgörande ersättare Siv Dahlgren (KD) ersätter Ola Eklöf (KD) , Bo Rask (V) ersätter Eva Sundin (V) 12, 14-16. Övriga närvarande Ersättare Gun Frost (S) och Leo Palm (M). Tjänstemän Kommundirektör Jan Wiklund, kommunsekreterare Lisa Moberg. Justering Justerande Plats och tid Kim Lindahl (L) Paragrafer Underskrifter Sekreterare Ordförande Justerande Lisa Moberg Anna Bergman (S) Kim Lindahl (L) Utdragsbestyrkande

2 Sida 2 (30) ANSLAG/BEVIS Protokollet är justerat. Organ Kommunstyrelsen
`;

const REPLACED_IN_PLACE = `1 SAMMANTRÄDESPROTOKOLL Sida 1 (20) Plats och tid Rådhuset 15 december 2016 kl Beslutande L Sofia Ström, ordförande M Anders Lind (M) M Elin Bergkvist L Egil Sand tjänstgör för Elin Bergkvist (M) C Lena Falk (C) S Urban Hedlund S Bodil Ek Övriga närvarande Ej tjänstgörande S Rune Holm Tjänstemän Lena Ahl, nämndsekreterare Utses att justera Anders Lind Justeringens plats och tid Rådhuset Underskrifter Sekreterare Lena Ahl Ordförande Sofia Ström Justerande Anders Lind

2 § 1 Ekonomi
`;

describe("a member replaced by a substitute", () => {
  it("under the substitutes' own field, with no items, did not attend; with items, attended in part", () => {
    const g = graphOf(REPLACED);
    expect(capacityOf(g, "Ola Eklöf", "Siv Dahlgren", "Eva Sundin")).toEqual(["Ola Eklöf: -", "Siv Dahlgren: substitute → Ola Eklöf", "Eva Sundin: member"]);
  });

  it("listed right after the member in the members' field, may have served part of the meeting: the member attends", () => {
    expect(capacityOf(graphOf(REPLACED_IN_PLACE), "Elin Bergkvist", "Egil Sand")).toEqual(["Elin Bergkvist: member", "Egil Sand: substitute → Elin Bergkvist"]);
  });
});
