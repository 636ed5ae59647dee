/**
 * An English sentence that goes on after a name's comma with its verb (`Anna Berg, met with the chair of X`) says
 * nothing of the name: the role after the verb is someone else's. A title's adjective there (`acting chair`) still
 * opens the apposition. A title and its place before the name, set off by commas (`the chair of Storsthlm, X,`),
 * are the name's. Invented names.
 */
import { describe, expect, it } from "vitest";
import { createExtractionModel, extractDocument, loadEnglish, readDocument } from "@samverkan/core";

const model = createExtractionModel();
const roles = (text: string) => {
  const doc = readDocument({ source: "news.txt", content: text });
  return extractDocument(doc, model)
    .facts.filter((f) => f.type === "relation" && f.kind === "holds_role")
    .map((f) => (f.type === "relation" ? `${f.source.label}: ${f.attrs?.role ?? ""} @ ${f.target.label}` : ""));
};

describe("English appositions that are verbs", () => {
  it("the role after a verb opening the apposition is not the name's", async () => {
    await loadEnglish();
    const text =
      "Regional leaders meet on housing\n\nThe mayor, Karin Lindqvist, met with the chair of Storsthlm on Monday to discuss new homes in the county. Olof Berglund, said the chair of Storsthlm, had left early.\n";
    expect(roles(text).filter((r) => r.startsWith("Karin Lindqvist") || r.startsWith("Olof Berglund"))).toEqual([]);
  });

  it("an adjective before the title still opens it (`acting chair of Storsthlm`)", async () => {
    await loadEnglish();
    const text =
      "Regional leaders meet on housing\n\nKarin Lindqvist, acting chair of Storsthlm, opened the meeting on Monday and welcomed the guests from the county.\n";
    expect(roles(text)).toContain("Karin Lindqvist: chair @ Storsthlm");
  });

  it("a title of a place before the name, set off by commas, is the name's (`the chair of Storsthlm, X,`)", async () => {
    await loadEnglish();
    const text =
      "Regional leaders meet on housing\n\nOn Monday the chair of Storsthlm, Olof Berglund, opened the meeting and welcomed the guests from the county.\n";
    expect(roles(text)).toContain("Olof Berglund: chair @ Storsthlm");
  });
});
