/**
 * Round 35's prose readings (invented names and sentences in the layouts of municipal press texts): a bare given name
 * taken up after its full name with `som` and a title (`02-mentions.ts`, `givenNamesAlone`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const roles = (text: string) => heldRoles(graphOf("nyhet.txt", text));

describe("a given name alone after the full name, with `som` and a title, is that person", () => {
  it.each([
    ["Stefan Nord tillträder i dag. Stefan, som är kommunchef i Tomelilla, har arbetat i Ystad.", ["Stefan Nord: kommundirektör @ Tomelilla"]],
    ["Stefan Nord hälsades välkommen. Stefan, som kommunchef i Tomelilla, ansvarar för budgeten.", ["Stefan Nord: kommundirektör @ Tomelilla"]],
    ["Karin Åslund har anställts. Från maj arbetar Karin som tf kommunchef i Tomelilla.", ["Karin Åslund: kommundirektör @ Tomelilla"]],
  ])("`%s`", (sentence, want) => {
    expect(roles(`Nyheter\n\n${sentence}\n`)).toEqual(want);
  });

  it("not when two full names open with it, nor before the full name is given", () => {
    expect(roles("Nyheter\n\nStefan Nord och Stefan Lind talade. Stefan, som är kommunchef i Tomelilla, log.\n")).toEqual([]);
    expect(roles("Nyheter\n\nStefan, som är kommunchef i Tomelilla, log. Sedan talade Stefan Nord.\n")).toEqual([]);
  });
});
