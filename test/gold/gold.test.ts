import { buildGraph } from "@samverkan/core";
import { readDocuments } from "@samverkan/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { type Score, scoreGraph } from "./score";

const corpus = new URL("../../examples/storsthlm/corpus", import.meta.url).pathname;

describe("sample corpus against seeds.gold.json", () => {
  let score: Score;
  beforeAll(async () => {
    const { documents, failures } = await readDocuments([corpus]);
    expect(failures).toEqual([]);
    score = scoreGraph(buildGraph(documents, { layout: false }).graph);
    console.log(
      [
        `persons   precision ${score.persons.precision.toFixed(3)} recall ${score.persons.recall.toFixed(3)}`,
        `  missing: ${score.persons.missing.join("; ") || "-"}`,
        `  extra:   ${score.persons.extra.join("; ") || "-"}`,
        `parties   ${score.parties.found}/${score.parties.total} ${score.parties.missing.join("; ")}`,
        `municipality affiliation ${(score.municipalities.rate * 100).toFixed(1)} % ${score.municipalities.missing.join("; ")}`,
        `roles with organisation ${(score.roles.rate * 100).toFixed(1)} %`,
        `  missing: ${score.roles.missing.join("; ") || "-"}`,
        `chairs    missing: ${score.chairs.missing.join("; ") || "-"} unexpected: ${score.chairs.unexpected.join("; ") || "-"}`,
        `attendees ${(score.attendees.rate * 100).toFixed(1)} % ${score.attendees.missing.join("; ")}`,
        `merged    Storsthlm/KSL nodes ${score.merged.storsthlm}, Region Stockholm/SLL nodes ${score.merged.regionStockholm}`,
      ].join("\n"),
    );
  });

  it("finds people with precision and recall of at least 0.95", () => {
    expect(score.persons.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.persons.recall).toBeGreaterThanOrEqual(0.95);
  });
  it("finds every gold party", () => expect(score.parties.missing).toEqual([]));
  it("ties at least 90 % of people to their municipality", () => expect(score.municipalities.rate).toBeGreaterThanOrEqual(0.9));
  it("finds at least 80 % of roles with their organisation", () => expect(score.roles.rate).toBeGreaterThanOrEqual(0.8));
  it("finds every gold chair and states no chair gold lacks", () => {
    expect(score.chairs.missing).toEqual([]);
    expect(score.chairs.unexpected).toEqual([]);
  });
  it("finds at least 95 % of attendees", () => expect(score.attendees.rate).toBeGreaterThanOrEqual(0.95));
  it("makes one node of KSL/Storsthlm and one of SLL/Region Stockholm", () => {
    expect(score.merged.storsthlm).toBe(1);
    expect(score.merged.regionStockholm).toBe(1);
  });
});
