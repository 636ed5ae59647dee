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
