/**
 * Seminars told in press texts: a list of participants after the prose, and moderators written after the verb or
 * the name (invented names, real patterns).
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

/** Each seminar's chairs and speakers, as `kind: name @ meeting`, sorted. */
function seminarRoles(text: string): string[] {
  const g = buildGraph([readDocument({ source: "nyhet.txt", content: text })], { layout: false }).graph;
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  return g
    .filterEdges((_, a) => a.kind === "chaired" || a.kind === "spoke_at")
    .map((e) => `${g.getEdgeAttribute(e, "kind")}: ${label(g.source(e))} @ ${label(g.target(e))}`)
    .sort();
}

const PARTICIPANTS =
  "Samtal om regionens framtid vid Europadagen i Solna\n\n" +
  "Den 3 maj 2023 samlades företrädare för länets kommuner till ett panelsamtal om regionens roll i Europa.\n\n" +
  "Deltagare:\n" +
  "Tove Marklund (S), kommunstyrelsens ordförande i Solna och ordförande i Europaföreningen\n" +
  "Per-Erik Halvarsson (M), regionråd i Region Stockholm\n" +
  "Moderator var Greta Lindfors, Storsthlm.\n";

describe("a seminar told in a press text", () => {
  it("is named by the document's title, not by the last row of its list of participants, and `Moderator var X` chaired it", () => {
    expect(seminarRoles(PARTICIPANTS)).toEqual([
      "chaired: Greta Lindfors @ 2023-05-03 Seminarium: Samtal om regionens framtid vid Europadagen i Solna",
      "spoke_at: Per-Erik Halvarsson @ 2023-05-03 Seminarium: Samtal om regionens framtid vid Europadagen i Solna",
      "spoke_at: Tove Marklund @ 2023-05-03 Seminarium: Samtal om regionens framtid vid Europadagen i Solna",
    ]);
  });

  const MODERATED =
    "Nyheter från förbundet\n\nUnga i länet\n\n" + "Vid seminariet på Stadshuset talade Ingrid Stålberg, chef för Ungdomsforum. Olle Brandt modererade.\n";

  it("was chaired by one who `modererade` it, right after the name", () => {
    expect(seminarRoles(MODERATED)).toEqual(["chaired: Olle Brandt @ Seminarium: Unga i länet", "spoke_at: Ingrid Stålberg @ Seminarium: Unga i länet"]);
  });

  it("was not chaired by one named earlier in the sentence (`A talade och B modererade`)", () => {
    const text = "Nyheter från förbundet\n\nUnga i länet\n\nVid seminariet talade Ingrid Stålberg och Olle Brandt modererade.\n";
    expect(seminarRoles(text)).toEqual(["chaired: Olle Brandt @ Seminarium: Unga i länet", "spoke_at: Ingrid Stålberg @ Seminarium: Unga i länet"]);
  });
});

describe("a newsletter column that tells of a seminar", () => {
  const column = (signature: string) =>
    `Nyhetsbrev från förbundet\n\nKarin Dalberg, förbundets direktör. Foto: Per Ekman\nVi närmar oss Mötesplats 2025, där ett av seminarierna heter ”Samverkan i länet”. Då samtalar Olle Tranberg, Vera Lindkvist och Mats Ekdahl om samverkan i länet.\n\n${signature}`;
  it("gives no speaker's part to its author, named over it and signing under it", () => {
    expect(seminarRoles(column("Karin Dalberg\nDirektör\n")).filter((r) => r.startsWith("spoke_at"))).toEqual([
      "spoke_at: Mats Ekdahl @ Seminarium: Nyhetsbrev från förbundet",
      "spoke_at: Olle Tranberg @ Seminarium: Nyhetsbrev från förbundet",
      "spoke_at: Vera Lindkvist @ Seminarium: Nyhetsbrev från förbundet",
    ]);
  });
  it("but a speaker a press text tells of first and names last under a contact line still speaks", () => {
    const text =
      "Seminarium om skolan\n\nEva Lind, rektor i Vallby, talar på seminariet om skolans framtid den 3 maj.\n\nFör mer information, kontakta:\nEva Lind\n";
    expect(seminarRoles(text)).toContain("spoke_at: Eva Lind @ Seminarium om skolan");
  });
  it("but one named last who was not named over it still speaks", () => {
    expect(seminarRoles(column("Talar gör också\nSten Ahlberg\n"))).toContain("spoke_at: Sten Ahlberg @ Seminarium: Nyhetsbrev från förbundet");
  });
});
