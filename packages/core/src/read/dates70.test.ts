import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";

// Round 70: minutes whose own part is dated, followed by a document-sharing site's list of other minutes' snippets.
// All texts are invented.

describe("minutes followed by `Relevanta dokument`", () => {
  it("take their date from their own part, not from the snippets' dates", () => {
    const text = `Datum: Plats: Löpnummer: mars 2016 Förbundets kansli, Ekby Dnr O

Relevanta dokument
Protokoll Datum: Plats: Löpnummer: 26-27 januari 2015 Telefonmöte Dnr O § 1 Mötets öppnande Eva Ek hälsar alla välkomna och förklarar mötet öppnat. § 2 Val av justerare

Protokoll Datum: Plats: Löpnummer: 3 februari 2015 Förbundets kansli, Ekby Dnr O § 1 Mötets öppnande Per Holm förklarar mötet öppnat. § 2 Val av justerare

Protokoll Datum: Plats: Löpnummer: 12 januari 2015 Kansliet Dnr O § 1 Mötets öppnande Kim Ahl förklarar mötet öppnat. § 2 Val av justerare
`;
    const doc = readDocument({ source: "protokoll.txt", content: text });
    expect(doc.genre).toBe("minutes");
    expect(doc.date).toBe("2016-03");
  });
});
