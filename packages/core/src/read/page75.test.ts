/**
 * Round 75: a web page whose date line stands under the site's menu (`Translate`, `Telefon`, `Kontakt`, `Öppna
 * mobilmenyn`), a category and its heading is dated by it; a date in the text under the heading still is not the
 * page's (headDate in read-document.ts). Invented names and places.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";

const MENU = ["Translate", "", "Telefon", "", "Kontakt", "", "Öppna mobilmenyn", ""];
const BODY =
  "Vid måndagens möte i kommunfullmäktige i Ekby valdes Eva Ek till ordförande efter en lång debatt om skolan. Det nya styret tar över den 1 januari 2023, och budgeten för 1 januari 2023 läggs om.";

const read = (lines: string[]) => readDocument({ source: "sida.txt", content: lines.join("\n") });

describe("a web page's date line under the site's menu", () => {
  it("dates the page", () => {
    const doc = read([...MENU, "Nyhet", "", "Nytt styre i Ekby", "", "14 mars 2022", "", "Politik", "", BODY]);
    expect(doc.date).toBe("2022-03-14");
  });
  it("is not a date in the text under the heading", () => {
    const doc = read([...MENU, "Nyhet", "", "Nytt styre i Ekby", "", "Politik", "", "Ekby", "", "14 mars 2022", "", BODY]);
    expect(doc.date).toMatch(/^2023/);
  });
  it("leaves the menu out of the page's title", () => {
    const doc = read([...MENU, "Nytt styre i Ekby", "", "14 mars 2022", "", BODY]);
    expect(doc.title).toBe("Nytt styre i Ekby");
  });
});
