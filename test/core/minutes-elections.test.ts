/**
 * Elections in the paragraphs of minutes and in press texts (`left-role:elected`): the role a clause elects its people
 * to, in the body it names (in minutes, the body of the header's municipality), with invented people.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph } from "@samverkan/core";

const graphOf = (text: string): KnowledgeGraph => buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;

/** `person: role [normalised] @ target (start–end)` for each elected role, and `person: role` for a role of its own. */
function elected(g: KnowledgeGraph): string[] {
  const out: string[] = [];
  g.forEachEdge((_, a, s, t) => {
    if (a.rule !== "left-role:elected") return;
    const term = a.start ? ` (${a.start}–${a.end})` : "";
    out.push(`${g.getNodeAttribute(s, "label")}: ${a.role} [${a.roleNormalised}] @ ${t}${term}`);
  });
  g.forEachNode((_, a) => {
    if (a.kind === "person")
      for (const r of a.roles ?? []) if (r.evidence.some((e) => /valdes|väljs|utses/.test(e.quote))) out.push(`${a.label}: ${r.roleNormalised}`);
  });
  return out.sort();
}

const MINUTES = `EKERÖ KOMMUN
Kommunfullmäktige SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2023-01-12 Plats och tid Kommunhuset kl 18.00 Beslutande Anna Bergvik (S), ordförande Per Olander (M) Utses att justera Per Olander Underskrifter Sekreterare Lisa Holm Ordförande Anna Bergvik Justerare Per Olander

§ 5 Val av ordförande i socialnämnden
Till ordförande i socialnämnden för perioden 2023–2026 väljs Karin Sjödal (C).
Till ersättare i Kommunstyrelsen efter Nils Hed (S) väljs Eva Lindgren (S).
När Rut Stam återkom som ordförande utsågs Omar Haddad (M) till sekreterare.

§ 6 Val av ledamöter i valnämnden
Kommunfullmäktige beslutar att till ledamöter i valnämnden välja Stig Ahlberg (C) och Ebba Nord (L).
`;

describe("elections in minutes", () => {
  it("the people a clause elects hold its role in the body it names, a body of the header's municipality", () => {
    expect(elected(graphOf(MINUTES))).toEqual([
      "Ebba Nord: ledamöter [ledamot] @ organisation:valnamnden-ekero",
      "Eva Lindgren: ersättare [ersättare] @ organisation:kommunstyrelsen-ekero",
      "Karin Sjödal: ordförande [ordförande] @ organisation:socialnamnden-ekero (2023–2026)",
      "Stig Ahlberg: ledamöter [ledamot] @ organisation:valnamnden-ekero",
    ]);
  });

  it("the body elected to is the one the municipality's own minutes meet as", () => {
    const g = graphOf(MINUTES);
    expect(g.getNodeAttributes("organisation:kommunstyrelsen-ekero")).toMatchObject({ type: "body", partOf: "municipality:ekero" });
  });

  it("a role another person in the clause holds is not the elected one's", () => {
    const g = graphOf(MINUTES);
    const omar = g.filterOutEdges("person:omar-haddad", (_, a) => a.kind === "holds_role" && a.roleNormalised === "ordförande");
    expect(omar).toEqual([]);
    expect(g.getNodeAttribute("person:omar-haddad", "roles")?.map((r) => r.roleNormalised)).toEqual(["sekreterare"]);
  });
});

const QUESTIONS = `LJUSNARSBERGS KOMMUN
Kommunfullmäktige SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2023-01-12 Plats och tid Kommunhuset kl 18.00 Beslutande Anna Bergvik (S), ordförande Per Olander (M) Utses att justera Per Olander Underskrifter Sekreterare Lisa Holm Ordförande Anna Bergvik Justerare Per Olander

§ 5 Frågor
Bildningsutskottets ordförande Karin Sjödal (S) svarar att skolan följer planen. Kommunstyrelsens ordförande Eva Lindgren (S) informerar.

§ 6 Val
Till ordförande för kommunfullmäktige valdes Omar Haddad (M). Som förste vice ordförande valdes Stig Ahlberg (S) och som andre vice ordförande Ebba Nord (C).
`;

describe("roles of the municipality's bodies in minutes", () => {
  it("a body's genitive before a role (`Bildningsutskottets ordförande X`) is the municipality's body", () => {
    const g = graphOf(QUESTIONS);
    const held = (id: string) => g.filterOutEdges(id, (_, a) => a.rule === "left-role:of").map((e) => g.target(e));
    expect(held("person:karin-sjodal")).toEqual(["organisation:bildningsutskottet-ljusnarsberg"]);
    expect(held("person:eva-lindgren")).toEqual(["organisation:kommunstyrelsen-ljusnarsberg"]);
  });

  it("vice chairs elected after the chair, in its paragraph, are the same body's, quoted with the body's clause", () => {
    const g = graphOf(QUESTIONS);
    expect(elected(g)).toEqual([
      "Ebba Nord: andre vice ordförande [andre vice ordförande] @ organisation:kommunfullmaktige-ljusnarsberg",
      "Omar Haddad: ordförande [ordförande] @ organisation:kommunfullmaktige-ljusnarsberg",
      "Stig Ahlberg: förste vice ordförande [förste vice ordförande] @ organisation:kommunfullmaktige-ljusnarsberg",
    ]);
    const [edge] = g.filterOutEdges("person:ebba-nord", (_, a) => a.rule === "left-role:elected");
    expect(g.getEdgeAttribute(edge, "evidence")[0].quote).toMatch(/^Till ordförande för kommunfullmäktige valdes .* Ebba Nord$/s);
  });
});

describe("elections in press texts", () => {
  it("with no body named and none in the title, the role is the person's own", () => {
    const g = graphOf("Nyheter\nKarin Sjödal (C) tackade för förtroendet. Som förste vice ordförande valdes Olle Brandt (KD).");
    expect(elected(g)).toEqual(["Olle Brandt: förste vice ordförande"]);
  });
});
