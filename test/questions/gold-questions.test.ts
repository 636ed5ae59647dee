import { ask, type Answer, type KnowledgeGraph, type MeetingAttributes, type DocumentRecord } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGold } from "../gold/score";
import { sampleGraph } from "./sample-graph";

const gold = loadGold();
let graph: KnowledgeGraph;
let documents: DocumentRecord[];
beforeAll(async () => ({ graph, documents } = await sampleGraph()));

/** An answer names an expected item by its label, or for meetings by its title alone. */
const names = (a: Answer, expected: string) =>
  a.label === expected || (a.kind === "meeting" && (graph.getNodeAttributes(a.id) as MeetingAttributes).title === expected);

describe("gold questions on the sample corpus", () => {
  it.each(gold.questions.map((q) => [q.ask, q] as const))("%s", (_, q) => {
    const result = ask(graph, q.ask);
    expect(result.interpretation).not.toBeNull();
    const stated = result.answers.filter((a) => !a.inferred || (q.expect_includes && !q.expect));
    if (q.expect) {
      const statedOnly = result.answers.filter((a) => !a.inferred);
      expect(statedOnly.map((a) => q.expect!.find((e) => names(a, e)) ?? a.label).sort()).toEqual([...q.expect].sort());
    }
    for (const wanted of q.expect_includes ?? [])
      expect(
        stated.some((a) => names(a, wanted)),
        wanted,
      ).toBe(true);
    const inferred = result.answers.filter((a) => a.inferred && a.kind === "meeting");
    for (const a of inferred) expect(a.chain?.length, a.label).toBeGreaterThan(0);
    if (q.acceptable_inferred) expect(inferred.map((a) => a.label).sort()).toEqual([...q.acceptable_inferred].sort());
  });

  it("proves every answer with quotes taken from the documents", () => {
    const text = new Map(documents.map((d) => [d.id, d.text]));
    for (const q of gold.questions) {
      for (const a of ask(graph, q.ask).answers) {
        expect(a.evidence.length, `${q.ask}: ${a.label}`).toBeGreaterThan(0);
        for (const e of a.evidence) expect(text.get(e.doc)?.slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it("ranks stated answers before inferred ones", () => {
    const answers = ask(graph, "which meetings did Mats Gerdau chair").answers;
    const firstInferred = answers.findIndex((a) => a.inferred);
    expect(firstInferred).toBeGreaterThan(0);
    expect(answers.slice(firstInferred).every((a) => a.inferred)).toBe(true);
  });
});
