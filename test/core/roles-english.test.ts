/**
 * Roles on English pages (03-appositions.ts, extract-document.ts): the body the page is about holds its officers'
 * titles; a title line above a name, and a title glued to a name where a line break was lost; a title in title case
 * before capitalised words that are no name.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g, { written: true, normalised: false });

const ABOUT =
  "The Regional Assembly\n\nThe Regional Assembly has 81 elected members and decides on the budget of the region. The Regional Assembly meets six times a year in the county town.\n\n";

describe("officers on an English page about a body", () => {
  const cases: [string, string, string[]][] = [
    [
      "a title line above the name",
      `${ABOUT}President of the Regional Assembly\nHelga Brandqvist (the Green Party)\nMobile: +46 70 000 00 00\n`,
      ["Helga Brandqvist: president of the regional assembly @ The Regional Assembly"],
    ],
    [
      "a title line under a name and above the same name",
      `${ABOUT}Tobias Wennström (S)\nFirst Vice President\nTobias Wennström (the Social Democratic Party)\nMobile: +46 70 000 00 01\n`,
      ["Tobias Wennström: first vice president @ The Regional Assembly"],
    ],
    [
      "a title glued to the name",
      `${ABOUT}Gunnar HolmbergSecond Vice President\nGunnar Holmberg (the Centre Party)\nMobile: +46 70 000 00 02\n`,
      ["Gunnar Holmberg: second vice president @ The Regional Assembly"],
    ],
    [
      "a page that names no body keeps the title on the person",
      "Contact\n\nThe office answers questions from the public on weekdays.\n\nIvar Lindkvist\nSecretary General\n+46 70 000 00 03\n",
      ["Ivar Lindkvist: secretary general"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(roles(graphOf(text))).toEqual(expected);
  });
});

describe("an English title in title case before capitalised words", () => {
  const people = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "person").map((n) => String(g.getNodeAttribute(n, "label")));
  const report = (speaker: string) =>
    `Conference report\n\nThe conference was opened by the chair of the network. ${speaker} spoke about the climate goals of the region and the work of the cities. The mayors of the cities met the members of the committee.\n`;
  it("makes no person of words that are no name (`Principal Adviser Climate Action`)", () => {
    expect(people(graphOf(report("Xyla Chrenkova (Principal Adviser Climate Action, European Commission)")))).toEqual([]);
  });
  it("still heads a name that ends like a surname (`Mayor Xyla Nordqvist`)", () => {
    expect(people(graphOf(report("Mayor Xyla Nordqvist")))).toContain("Xyla Nordqvist");
  });
});

describe("an English title's `of`", () => {
  const report = (sentence: string) =>
    `Conference report\n\n${sentence} The conference was held in Brussels and the members of the committee met the speakers of the cities.\n`;
  it("names a field, no organisation, when it ends like one (`Director of Communications`, `Head of Global Affairs`)", () => {
    expect(roles(graphOf(report("Contact us: Lisa Wahl, Director of Communications. Eva Strid, Head of Global Affairs, spoke.")))).toEqual([
      "Eva Strid: head",
      "Lisa Wahl: director",
    ]);
  });
  it("`Speakers:` labels a programme's speakers, no parliament's speaker; a CEO heads a company", () => {
    const held = roles(graphOf(report("Speakers: Maria Lindqvist and Eva Strid. Tove Ekwall, CEO of Nordkraft Architects, spoke.")));
    expect(held).toEqual(["Tove Ekwall: ceo @ Nordkraft Architects"]);
  });
  it("names a company when its last word is a field's but the name is longer (`CEO of Nordkraft Housing`)", () => {
    expect(roles(graphOf(report("Tove Ekwall, CEO of Nordkraft Housing, spoke.")))).toEqual(["Tove Ekwall: ceo @ Nordkraft Housing"]);
  });
  it("ends before the next title (`Mayor of Greater Uppsala and President of …`)", () => {
    const held = roles(graphOf(report("Karin Moberg is elected Mayor of Greater Uppsala and President of the Uppsala Regional Council.")));
    expect(held.some((r) => r.includes("and President"))).toBe(false);
    expect(held).toContain("Karin Moberg: mayor @ Greater Uppsala");
  });
});
