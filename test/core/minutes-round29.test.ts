/**
 * Real minutes' layouts, round 29 (01-protocol.ts, 04-protocol.ts, protocol.json). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const kinds = (g: ReturnType<typeof graphOf>, kind: string) =>
  g
    .filterNodes((_, a) => a.kind === kind)
    .map((n) => label(g, n))
    .sort();

describe("people listed surname first, with a comma (`Berg, Anna`)", () => {
  const text = (others: string) =>
    `Protokoll Miljönämnden 2024-03-14\n\nBeslutande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n${others}\n\n§ 1 Ärende\nNämnden beslutar enligt förslaget.\n`;
  it.each([
    ["with their titles after a second comma", "Övriga\nLund, Per, miljöinspektör\nBerg, Anna, handläggare"],
    ["a line each", "Övriga\nBerg, Anna\nLund, Per"],
    ["after a case officer's field, in one line", "Övriga deltagande\nHandläggare: Berg, Anna; Lund, Per"],
  ])("%s: they attend, given name first, and the surname is no municipality", (_, others) => {
    const g = graphOf(text(others));
    expect(attendees(g)).toEqual(["Anna Berg: other", "Karin Holm: member", "Olle Dahl: member", "Per Lund: other"]);
    expect(kinds(g, "municipality")).toEqual([]);
  });
  it("a title before the next line's surname holds no place there", () => {
    const g = graphOf(text("Övriga\nLund, Per, miljöinspektör\nBerg, Anna, handläggare"));
    expect(personRoles(g).filter((r) => /^(Anna|Per)/.test(r))).toEqual(["Anna Berg: handläggare", "Per Lund: miljöinspektör"]);
  });
  it("members too (`Holm, Karin (S), ordförande`)", () => {
    const g = graphOf(text("Ersättare\nEk, Stina (C)").replace("Karin Holm (S), ordförande\nOlle Dahl (M)", "Holm, Karin (S), ordförande\nDahl, Olle (M)"));
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member", "Stina Ek: nonserving"]);
  });
});

describe("a notice's signatures flattened with each title after its name (`Karin Holm Ordförande Stina Berg Sekreterare`)", () => {
  const text = (notice: string) =>
    `Kallelse Valnämnden 2024-03-14\nPlats och tid Kommunhuset, tisdag den 14 mars 2024 kl. 13:00 Ärenden 1 Justering 2 Vallokaler ${notice}\n\nSAMMANTRÄDESPROTOKOLL Sammanträdesdatum Valnämnden Plats och tid Kommunhuset, tisdag den 14 mars 2024 Beslutande Karin Holm, ordförande Olle Dahl Nils Ek Övriga deltagande Stina Berg, sekreterare Utses att justera Nils Ek Paragrafer 1-16 Underskrifter Sekreterare Ordförande Justerande Stina Berg Karin Holm Nils Ek\n`;
  const chairs = (g: ReturnType<typeof graphOf>) => g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)));
  it.each([
    ["two signatures", "Karin Holm Ordförande Stina Berg Sekreterare"],
    ["three", "Karin Holm Ordförande Stina Berg Sekreterare Nils Ek Justerare"],
  ])("with %s: a label takes no name after it, so the secretary is no chair", (_, notice) => {
    const g = graphOf(text(notice));
    expect(chairs(g)).toEqual(["Karin Holm"]);
    expect(personRoles(g).filter((r) => r.includes("ordförande"))).toEqual(["Karin Holm: ordförande @ Valnämnden"]);
  });
  it("a label first, the name after it on the line, keeps its name (`Justerare Nils Ek Ordförande Karin Holm`)", () => {
    const g = graphOf(
      text("Justerare Nils Ek Ordförande Karin Holm").replace("Underskrifter Sekreterare Ordförande Justerande Stina Berg Karin Holm Nils Ek", ""),
    );
    expect(chairs(g)).toEqual(["Karin Holm"]);
  });
});

describe("a direktion whose förbund the head names only in lower case", () => {
  const text = (head: string) =>
    `${head}\n\nBeslutande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n§ 1 Val av justerare\nDirektionen utser Olle Dahl att justera protokollet.\n`;
  const direktions = (g: ReturnType<typeof graphOf>) =>
    g
      .filterNodes((_, a) => a.kind === "organisation" && a.label === "Direktionen")
      .map((n) => String((g.getNodeAttributes(n) as { partOf?: string }).partOf))
      .sort();
  it.each([
    [
      "after its owner in the genitive",
      "Protokoll direktionen 2024-03-14 Södra Älvdalens räddningstjänstförbund",
      "organisation:sodra-alvdalens-raddningstjanstforbund",
    ],
    [
      "before its proper name on a line of its own",
      "PROTOKOLL\nDirektionen\nräddningstjänstförbundet Västra Dal\nSammanträdesdatum 2024-03-14",
      "organisation:raddningstjanstforbundet-vastra-dal",
    ],
  ])("%s: the direktion is that förbund's", (_, head, partOf) => {
    expect(direktions(graphOf(text(head)))).toEqual([partOf]);
  });
  it("a bare `räddningstjänstförbundet` names no förbund: the direktion is of none", () => {
    expect(direktions(graphOf(text("Protokoll direktionen 2024-03-14 räddningstjänstförbundet")))).toEqual([]);
  });
});

describe("those present under `Deltagare` or `Deltagande`", () => {
  it("a network's notes, a line each: they attended as members and stand for their municipalities", () => {
    const g = graphOf(
      "Minnesanteckningar Nätverket för kulturchefer 2024-03-14\n\nDeltagare:\nKarin Holm, Botkyrka kommun\nOlle Dahl, Huddinge kommun\n\n1. Mötets öppnande\nKarin Holm öppnade mötet.\n",
    );
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member"]);
    const stands = g.filterEdges((_, a) => a.kind === "represents").map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`);
    expect(stands.sort()).toEqual(["Karin Holm: Botkyrka", "Olle Dahl: Huddinge"]);
  });
  it("an association's board, the field after the place's sentence: the meeting and who came", () => {
    const g = graphOf(
      "Protokoll 2024-03-14\n\nProtokoll fört vid styrelsesammanträde för Vallby Hembygdsförening. Tid: 2024-03-14 18.00\nPlats: Bygdegården. Deltagande: Karin Holm, Olle Dahl, Stina Berg.\n\n§1. Mötets öppnande. Ordförande förklarar sammanträdet öppnat.\n",
    );
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member", "Stina Berg: member"]);
  });
});
