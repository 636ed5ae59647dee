/**
 * Round 69's header readings (invented names in the layout of a council's minutes on a document-sharing page): the only
 * names of the first page stand bare after the adjustment's date (`Justerat onsdagen den 5 mars …, i övrigt onsdagen den
 * 19 mars 2014 Eva Ek Per Holm Kim Ahl 12 Inledning …`): they sign as adjusters and end the header, so the items'
 * speakers are read as the sitting's (`01-protocol.ts` `adjustedSigners`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

const justerat = "Justerat onsdagen den 5 mars beträffande 14 och 17, i övrigt onsdagen den 19 mars";
const text =
  `${justerat} Greta Lindholm Olof Brink Kåre Dahlström\n\nTranskript\n\n` +
  `1 PROTOKOLL Regionfullmäktige ${justerat} 2014 Greta Lindholm Olof Brink Kåre Dahlström 12 Inledning och justering m.m. ` +
  "Ordföranden förklarade sammanträdet öppnat. Ordföranden konstaterade att 80 ledamöter var närvarande. Att tillsammans med " +
  "ordföranden justera sammanträdets protokoll utsågs förste och andre vice ordföranden. Protokollet skall justeras senast onsdag " +
  "den 19 mars. Bordlagd interpellation 2013:21 av Nils Åberg (V) om vårdköerna Interpellationen är ställd till regionrådet för " +
  "vården. Fullmäktige medgav att interpellationen fick ställas. Interpellationen bordlades vid fullmäktiges föregående sammanträde. " +
  "Regionrådet Siv Berglund hänvisade till det skriftliga svaret. Vidare yttrade sig Nils Åberg och regionrådet Siv Berglund. " +
  "Fullmäktige beslutade att interpellationen var besvarad.";

describe("bare names after `Justerat <date>` at the top of minutes with no field", () => {
  const g = graphOf(text);

  it("sign as adjusters (the first as the chair the text says adjusts with them), and the items' speakers attend with no capacity", () => {
    expect(attendees(g)).toEqual(["Greta Lindholm: chair", "Kåre Dahlström: adjuster", "Nils Åberg: -", "Olof Brink: adjuster", "Siv Berglund: -"]);
  });
  it("give the adjusters alone the adjuster's role", () => {
    expect(roles(g)).toEqual([
      "Greta Lindholm: ordförande",
      "Kåre Dahlström: andre vice ordförande",
      "Kåre Dahlström: justerare",
      "Olof Brink: förste vice ordförande",
      "Olof Brink: justerare",
      "Siv Berglund: regionrådet",
    ]);
  });
  it("are no signers where a word not of a date stands before them (`Justerat av …`)", () => {
    const g2 = graphOf(text.replaceAll(justerat, "Justerat av"));
    expect(attendees(g2).filter((a) => a.endsWith("adjuster"))).toEqual([]);
  });
});
