/**
 * People compromise finds in English texts (02-english.ts), with invented names: titles around a name, a title glued
 * to it where a line break was lost, and parties and organisations it reads as people.
 */
import { describe, expect, it } from "vitest";
import { createExtractionModel, extractDocument, readDocument } from "@samverkan/core";

const model = createExtractionModel();
function people(text: string): string[] {
  const doc = readDocument({ source: "report.txt", content: text });
  expect(doc.language).toBe("en");
  const names = extractDocument(doc, model).facts.flatMap((f) => (f.type === "entity" && f.entity.kind === "person" ? [f.entity.label] : []));
  return [...new Set(names)].sort();
}
const REPORT =
  "Annual report of the regional council\n\nThe council of the region met four times during the year and decided on the budget for its health care and public transport.\n";

describe("English names", () => {
  it("a title before the name is no part of it (Secretary General Ms. X)", () => {
    const found = people(`${REPORT}The secretariat is led by Secretary General Ms. Lovisa Brandqvist.\n`);
    expect(found).toContain("Lovisa Brandqvist");
    expect(found.filter((n) => /General|Ms/.test(n))).toEqual([]);
  });

  it("a title glued to the name (X BrandqvistSecond Vice President) is cut off", () => {
    const found = people(`${REPORT}Board of the council\nRagnar Ekholt (the Moderate Party)\nPresident\nTorvald SvedmyrSecond Vice President\n`);
    expect(found.filter((n) => /Second|Vice/.test(n))).toEqual([]);
    expect(found).toContain("Torvald Svedmyr");
  });

  it("parties and organisations are no people (Christian Democrats, Liberal People's Party, X Center)", () => {
    const found = people(
      `${REPORT}The council is led by the Moderate Party, the Liberal People’s Party, the Christian Democrats and the Centre Party. ` +
        "The meeting was held at the Agnes Hallbom Center, and the Christian Minorities group sent a letter.\n",
    );
    expect(found.filter((n) => /Democrats|Party|Center|Minorities/.test(n))).toEqual([]);
  });
});
