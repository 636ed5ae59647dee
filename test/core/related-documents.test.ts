/**
 * Document-sharing sites add, after a text, a list of other documents' titles and snippets (`Relevanta dokument`):
 * snippets of other minutes (`Ordförande X. Justerare Y`) are no part of this one. Invented people.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";

const OWN = "Protokoll Kommunfullmäktige\n\nPlats och tid Kommunhuset, 2019-05-20 kl 18.00\n\nOrdförande Karin Berg (S)\nJusterare Olof Strand (M)\n";
const RELATED = [
  "",
  "Relevanta dokument",
  "Protokoll Barn- och utbildningsnämnden",
  "",
  "14:00-16:00 Kommunkontoret, sammanträdesrum Tallen. Ordförande Per Holm. Justerare Eva Lund. Sekreterare Anna Vik",
  "",
  "Protokoll Kommunfullmäktige",
  "",
  "Beslutande ledamöter Lena Ek (C), Anders Dahl (L), Sara Nord (KD)",
  "",
].join("\n");

const people = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "kf.txt", content: text })], { layout: false });
  return graph.filterNodes((_, a) => a.kind === "person").sort();
};

describe("a list of other documents after the text", () => {
  it("is not read: its snippets name other meetings' people", () => {
    expect(people(OWN + RELATED)).toEqual(people(OWN));
    expect(people(OWN)).toEqual(["person:karin-berg", "person:olof-strand"]);
  });

  it("the words in running text are no such list", () => {
    const text = `${OWN}\nAlla relevanta dokument finns på webben. Sekreterare var Eva Lund.\n`;
    expect(people(text)).toContain("person:eva-lund");
  });
});
