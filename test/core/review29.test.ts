/**
 * Mends from the review of round 29: readings of that round that made wrong facts on other texts of the same kinds.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "../../packages/core/src/index";
import { attendees, graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";
import type { KnowledgeGraph } from "../../packages/core/src/index";

const edges = (g: KnowledgeGraph, kind: string) =>
  g
    .filterEdges((_, a) => a.kind === kind)
    .map((e) => `${label(g, g.source(e))} -> ${label(g, g.target(e))}`)
    .sort();
const people = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();

describe("a seminar's invitation with `Deltagare:` beside `Tid:` and `Plats:`", () => {
  const text =
    "Seminarium: Äldreomsorgens framtid\n\nTid: 2024-05-14 kl. 9.00-12.00\nPlats: Stadshuset, Solna\nDeltagare: Lena Ahl, äldreomsorgschef i Solna, Per Sand, kommunalråd i Sundbyberg, och Eva Ström, forskare vid Karolinska Institutet\n\nProgram\n9.00 Inledning\n";
  it("is no minutes: the people keep their titles and places, and speak at the seminar", () => {
    expect(readDocument({ source: "inbjudan.txt", content: text }).genre).not.toBe("minutes");
    const g = graphOf(text);
    expect(personRoles(g)).toEqual(["Eva Ström: forskare @ Karolinska Institutet", "Lena Ahl: äldreomsorgschef @ Solna", "Per Sand: kommunalråd @ Sundbyberg"]);
    expect(edges(g, "spoke_at").map((e) => e.split(" -> ")[0])).toEqual(["Eva Ström", "Lena Ahl", "Per Sand"]);
    expect(edges(g, "attended")).toEqual([]);
  });
});

describe("a flattened header wrapped right after a signature's title (`… Nils Ek Ordförande` / `Karin Holm`)", () => {
  const text =
    "Protokoll Valnämnden 2024-03-14\nSAMMANTRÄDESPROTOKOLL Sammanträdesdatum Valnämnden Plats och tid Kommunhuset, tisdag den 14 mars 2024 Beslutande Olle Dahl Nils Ek Ordförande\nKarin Holm\nSekreterare Stina Berg Utses att justera Nils Ek Paragrafer 1-16\n";
  it("gives the title to the name on the next line: she chaired", () => {
    const g = graphOf(text);
    expect(edges(g, "chaired")).toEqual(["Karin Holm -> 2024-03-14 Valnämnden"]);
    expect(personRoles(g).filter((r) => /ordförande|sekreterare/.test(r))).toEqual([
      "Karin Holm: ordförande @ Valnämnden",
      "Stina Berg: sekreterare @ Valnämnden",
    ]);
  });
});

describe("a list of municipalities whose second is also a given name (`Lindesberg, Nora, Ljusnarsberg`)", () => {
  const text =
    "Protokoll Kommunstyrelsen 2024-03-14\n\nBeslutande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\nÖvriga deltagande\nRepresentanter för kommunerna:\nLindesberg, Nora, Ljusnarsberg\nStoruman, Vilhelmina, Dorotea\n\n§ 1 Val av justerare\nNämnden utser Olle Dahl att justera protokollet.\n";
  it("names no person written surname first", () => {
    const g = graphOf(text);
    expect(people(g)).toEqual(["Karin Holm", "Olle Dahl"]);
    expect(attendees(g)).toEqual(["Karin Holm: member", "Olle Dahl: member"]);
  });
});

describe("where a person lives or was born, then the office (`X, som bor i Solna, är kommunalråd i Nacka`)", () => {
  const text = "Nyheter\n\nLena Ahl (S), som bor i Solna, är kommunalråd i Nacka.\nEva Ström, uppvuxen i Tyresö, blev i fjol socialchef i Huddinge.\n";
  it("keeps the office and its place; the home places nothing", () => {
    const g = graphOf(text);
    expect(personRoles(g)).toEqual(["Eva Ström: socialchef @ Huddinge", "Lena Ahl: kommunalråd @ Nacka"]);
    expect(edges(g, "represents")).toEqual(["Lena Ahl -> Nacka"]);
  });
});

describe("a lower-case förbund followed by a person at the line's end (`representant i samordningsförbundet Anna Berg`)", () => {
  const text =
    "Protokoll förbundsstyrelsen 2024-03-14\nKommunens representant i samordningsförbundet Lena Ahl\n\nBeslutande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n§ 1 Val av justerare\nStyrelsen utser Olle Dahl att justera protokollet.\n";
  it("is no förbund named after her", () => {
    const g = graphOf(text);
    const organisations = g.filterNodes((_, a) => a.kind === "organisation").map((n) => label(g, n));
    expect(organisations.filter((o) => o.includes("Lena"))).toEqual([]);
  });
});

describe("minutes whose head names the body and an item or a notice names another (`Beslutsinstans: Kommunfullmäktige`)", () => {
  const text =
    "Protokoll Kommunstyrelsen, Tyresö kommun\nSammanträdesdatum: 2024-03-14\n\nBeslutande:\nKarin Holm (S), ordförande\nOlle Dahl (M)\nStina Berg (C)\n\n§ 12 Budget 2025\nBeslutsinstans: Kommunfullmäktige\nKommunstyrelsen föreslår fullmäktige att anta budgeten.\n";
  it("the body the head names met; the item's decision-maker did not", () => {
    const g = graphOf(text);
    expect(edges(g, "organised_by").map((e) => e.split(" -> ")[1])).toEqual(["Kommunstyrelsen"]);
    expect(personRoles(g).filter((r) => r.includes("Kommunfullmäktige"))).toEqual([]);
  });
});

describe("an association's official whose title names where it is held (`verksamhetschef vid Region Örebro län`)", () => {
  const text =
    "Protokoll\nSammanträdesdatum: 2021-03-12\nBeslutande:\nLena Ahl, ordförande\nPer Holm\nÖvriga deltagande:\nNils Ek, förbundschef\nMats Borg, verksamhetschef vid Region Örebro län\nOrgan och §§:\nSamordningsförbundet Mellansjö\n§ 1 Mötets öppnande\n";
  it("holds it not in the association that met", () => {
    const held = personRoles(graphOf(text)).filter((r) => /förbundschef|verksamhetschef/.test(r) && r.includes(" @ "));
    expect(held.filter((r) => r.includes("Mellansjö"))).toEqual(["Nils Ek: förbundschef @ Samordningsförbundet Mellansjö"]);
  });
});

describe("seminars told with other words of speaking, or led from the sentence's start", () => {
  const speakers = (text: string) => {
    const g = graphOf(text);
    return [...edges(g, "spoke_at").map((e) => `spoke ${e.split(" -> ")[0]}`), ...edges(g, "chaired").map((e) => `chaired ${e.split(" -> ")[0]}`)];
  };
  it.each([
    [
      "`gav en inblick`, `redogjorde för`, `lyfte fram`",
      "Seminarium om skolan\n\nKarin Holm gav en inblick i skolans ekonomi. Olle Dahl redogjorde för lokalerna. Stina Berg lyfte fram lärarnas arbete.\n",
      ["spoke Karin Holm", "spoke Olle Dahl", "spoke Stina Berg"],
    ],
    [
      "English `gave a talk`, `talked about`",
      "Seminar on housing\n\nKarin Holm gave a talk on rents. Olle Dahl talked about new homes.\n",
      ["spoke Karin Holm", "spoke Olle Dahl"],
    ],
    [
      "`Under ledning av X samtalade A och B`",
      "Seminarium om skolan\n\nUnder ledning av Karin Holm samtalade Olle Dahl och Stina Berg om skolans lokaler.\n",
      ["spoke Olle Dahl", "spoke Stina Berg", "chaired Karin Holm"],
    ],
    [
      "a heading `Pressmeddelande: <title>`",
      "Pressmeddelande: Lyckat seminarium om kompetens\n\nKarin Holm talade om rekrytering. Olle Dahl modererade.\n",
      ["spoke Karin Holm", "chaired Olle Dahl"],
    ],
  ])("%s", (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it("`X var inte moderator` chaired nothing", () => {
    const g = graphOf("Seminarium om skolan\n\nKarin Holm talade om lokalerna. Olle Dahl var inte moderator i år, utan satt i publiken.\n");
    expect(edges(g, "chaired")).toEqual([]);
  });
  it("`Fullmäktigemötet hölls` is the council's meeting, no conference told in prose", () => {
    const g = graphOf("Nyheter\n\nFullmäktigemötet hölls i Täby den 3 maj 2023. Karin Holm (S) talade om budgeten. Olle Dahl (M) ledde mötet.\n");
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n))).toEqual([]);
  });
});

describe("a branch's board whose national federation follows its name after a comma (`SPF Seniorerna Tyresö, Sveriges pensionärsförbund`)", () => {
  const text =
    "Protokoll Styrelsen 2024-03-14\nPRO Seniorerna Täby, Sveriges pensionärsförbund\n\nBeslutande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n§ 1 Val av justerare\nStyrelsen utser Olle Dahl att justera protokollet.\n";
  it("is no board of that federation: the meeting is not named after it", () => {
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n))).toEqual(["2024-03-14 Styrelsen"]);
  });
});
