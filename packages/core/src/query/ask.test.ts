/**
 * `ask`: how a question is normalised before the grammar reads it, and that normalising is linear in the question's
 * length. Invented names. The time bound is a hang guard, not a speed test.
 */
import { describe, expect, it } from "vitest";
import { ask, buildGraph, readDocument } from "@samverkan/core";

const graph = buildGraph([readDocument({ source: "t.txt", content: "Rapport från mötet\nPå mötet talade Lisa Granholm, KSO i Tyresö, om bostäder.\n" })], {
  layout: false,
}).graph;
const BOUND_MS = 3000;

describe("ask: normalising the question", () => {
  const cases: [string, string][] = [
    ["who represented Tyresö", "Tyresö"],
    ["  who   represented\n\tTyresö  ", "Tyresö"],
    ["who represented Tyresö?!..  ", "Tyresö"],
    ['"who represented Tyresö?"', "Tyresö"],
    ["“vem representerade Tyresö”", "Tyresö"],
  ];
  it.each(cases)("%j reads %j", (question, argument) => {
    const result = ask(graph, question);
    expect(result.interpretation?.argument).toBe(argument);
    expect(result.answers.map((answer) => answer.label)).toEqual(["Lisa Granholm"]);
  });

  // A run of 200,000 characters inside the question: closing-punctuation patterns tried at each of its positions were
  // quadratic (120,000 spaces took 10 s).
  const long: [string, string, string | undefined][] = [
    ["spaces", `who represented${" ".repeat(200_000)}Tyresö`, "Tyresö"],
    ["question marks", `who represented ${"?".repeat(200_000)} Tyresö`, `${"?".repeat(200_000)} Tyresö`],
    ["quotes", `who represented Ty${'"'.repeat(200_000)}resö`, `Ty${'"'.repeat(200_000)}resö`],
    ["full stops and spaces", `${". ".repeat(100_000)}x`, undefined],
    // Each split of a name into a body and its place was tried: a name of 50,000 words joined 50,000 strings of them.
    ["words", `who represented ${"ord ".repeat(50_000)}Tyresö`, `${"ord ".repeat(50_000)}Tyresö`],
  ];
  it.each(long)("a long run of %s inside a question", (_label, question, argument) => {
    const t0 = performance.now();
    const result = ask(graph, question);
    expect(performance.now() - t0).toBeLessThan(BOUND_MS);
    expect(result.interpretation?.argument).toBe(argument);
  });
});
