/** `rolesOf` (and `ask` with it): one answer per role, former roles said to be former. Invented names. */
import { describe, expect, it } from "vitest";
import { ask, buildGraph, readDocument, rolesOf } from "@samverkan/core";

const graphOf = (text: string) => buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;

describe("rolesOf", () => {
  it("a former role says so, in the answer and in ask's", () => {
    const g = graphOf("Rapport från mötet\nPå mötet talade Lisa Granholm, fd KSO i Tyresö, om bostäder.\n");
    const kso = rolesOf(g, "Lisa Granholm").find((r) => r.roleNormalised === "kommunstyrelsens ordförande");
    expect(kso).toMatchObject({ former: true, detail: "former" });
    expect(ask(g, "which roles has Lisa Granholm held").answers.find((a) => a.label.startsWith("kso"))?.detail).toBe("former");
  });

  it("a role stated with and without its organisation is one answer with both quotes", () => {
    const g = graphOf(
      "Styrelsen för Storsthlm\nLedamöter: Karin Ekvall (S), Solna, 1. v ordf\n\nPå mötet talade Karin Ekvall (S), 1 v ordf i Storsthlm, om bostäder.\n",
    );
    const roles = rolesOf(g, "Karin Ekvall");
    const vice = roles.filter((r) => r.roleNormalised === "förste vice ordförande");
    expect(vice).toHaveLength(1);
    expect(vice[0].organisation?.label).toBe("Storsthlm");
    expect(vice[0].evidence.map((e) => e.quote)).toEqual(["Karin Ekvall (S), 1 v ordf i Storsthlm", "Karin Ekvall (S), Solna, 1. v ordf"]);
    // `Karin Ekvall (S), Solna` ties her to Solna once, as its representative, not again as a role with no name.
    expect(roles.filter((r) => r.id === "municipality:solna").map((r) => r.role)).toEqual(["företrädare"]);
  });
});
