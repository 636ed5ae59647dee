/**
 * A memo's attendance field one person a line, `Name, <title> <Place> kommun` (01-lists.ts): the title is held at the
 * municipality closing the line, capitalised too after the name's comma; and the secretary's field ends at the page
 * numbers alone on their lines, not in the body's prose. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, persons, roles } from "../../../../test/helpers/minutes";

const text =
  "MINNESANTECKNINGAR\nByggkontoret\n2019-03-05\nMinnesanteckningar Trygghetsrådet den 5 mars 2019\nLokal: Tallsalen\n" +
  "Närvarande: Rolf Nord, Räddningstjänsten\nSiv Alm, Lokalpolisområde Vallentuna\nLena Bok, trygghetssamordnare Vallentuna kommun\nIda Strand, Fritidschef Vallentuna kommun\n" +
  "Ordförande: Tore Lind, Skolchef Vallentuna kommun\nSekreterare: Vera Holm\n1\n2\n" +
  "Mötet öppnas och dagordningen godkänns. Genomgång med Rolf Nord och Tore Lind.\n";

describe("`Name, <title> <Place> kommun` in an attendance field", () => {
  const g = graphOf(text);
  const held = g
    .filterEdges((_, a) => a.kind === "holds_role" || a.kind === "represents")
    .map((e) =>
      `${label(g, g.source(e))} ${g.getEdgeAttribute(e, "kind")} ${g.getEdgeAttribute(e, "role") ?? ""} @ ${label(g, g.target(e))}`.replace("  ", " "),
    )
    .sort();
  it("holds the title at the municipality, which the official represents", () => {
    expect(held).toContain("Lena Bok holds_role trygghetssamordnare @ Vallentuna");
    expect(held).toContain("Lena Bok represents @ Vallentuna");
    expect(held).toContain("Tore Lind holds_role skolchef @ Vallentuna");
  });
  it("reads a capitalised title after the name's comma", () => {
    expect(held).toContain("Ida Strand holds_role fritidschef @ Vallentuna");
  });
  it("ends the secretary's field at the page numbers", () => {
    expect(roles(g).filter((r) => r.endsWith(": sekreterare"))).toEqual(["Vera Holm: sekreterare"]);
  });
  it("reads a police area after a name as where the person comes from, no second person", () => {
    expect(persons(g)).not.toContain("Lokalpolisområde Vallentuna");
    expect(persons(g)).toContain("Siv Alm");
  });
});

describe("`X (MP) tjg Y (V) tjg` in a reserves' field", () => {
  const g = graphOf(
    "Protokoll\nKommunstyrelsen i Vallentuna\n\nDatum: 2019-03-05\n\nBeslutande: Rolf Nord (S), ordförande\nIda Strand (M)\n" +
      "Tjänstgörande ersättare: Tore Lind (MP) tjg Vera Holm (V) tjg\n\n§ 1 Val av justerare\n",
  );
  it("reads the mark after each name, no one replaced", () => {
    expect(attendees(g)).toContain("Vera Holm: substitute");
    expect(attendees(g)).toContain("Tore Lind: substitute");
  });
});
