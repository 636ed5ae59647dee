/**
 * Attendance lists one entry a line (01-lists.ts, and 01-protocol.ts for web minutes whose lists are headed by the
 * body's genitive): a reserve marked serving at the line's end (`tjänstgörande`, `, tjg`, `tjänstgör §§ 12-15`) serves,
 * and replaces no one; a member replaced is named on the substitute's own line. Invented names and texts.
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
