/**
 * Local forms (`localAliases` in organisations.json): `landstinget` and `Länsstyrelsen` are Stockholm County's bodies
 * only in a text about Stockholm County, or about no place at all; with invented people.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

const organisations = (text: string): string[] => {
  const { graph } = buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false });
  return graph.filterNodes((_, a) => a.kind === "organisation").sort();
};

describe("local forms of a county's bodies", () => {
  const cases: [string, string, string[]][] = [
    [
      "a text about Stockholm County keeps them",
      "Nacka kommun och landstinget har tecknat avtal. Länsstyrelsen välkomnar det.",
      ["organisation:lansstyrelsen-stockholm", "organisation:region-stockholm"],
    ],
    ["a text that names no place keeps them", "Landstinget och kommunerna har tecknat avtal om hemsjukvård.", ["organisation:region-stockholm"]],
    // …and names that county's own board by its place.
    [
      "a text about another county drops them",
      "Lunds kommun och landstinget har tecknat avtal. Länsstyrelsen i Skåne välkomnar det, sa Eva Lind.",
      ["organisation:lansstyrelsen-skane"],
    ],
    [
      "another county's board named by its place",
      "Länsstyrelsen Dalarna och Länsstyrelsen i Västra Götaland svarade.",
      ["organisation:lansstyrelsen-dalarna", "organisation:lansstyrelsen-vastra-gotaland"],
    ],
    ["a region of another county tells it too", "Region Skåne och landstinget förr i tiden.", ["organisation:region-skane"]],
    ["a full name is never local", "Lunds kommun har avtal med Stockholms läns landsting.", ["organisation:region-stockholm"]],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});
