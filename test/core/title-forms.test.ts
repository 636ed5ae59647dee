/**
 * A document's title in forms met on real pages: broken over two lines after a word that cannot end it, and under a
 * weather widget's readings. Texts written for these tests, with invented names.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "@samverkan/core";

const titleOf = (content: string) => readDocument({ source: "sida.txt", content }).title;

describe("titles", () => {
  it("a title broken after a word that ends none (`… höstmötet den` / `12-13 oktober 2023`) goes on on the next line", () => {
    expect(titleOf("Välkommen till höstmötet den\n12-13 oktober 2023\nKära medlemmar!\nStyrelsen hälsar er välkomna.\n")).toBe(
      "Välkommen till höstmötet den 12-13 oktober 2023",
    );
  });

  it("but not after a blank line, nor after an acronym that spells such a word (`ägandet i OM`)", () => {
    expect(titleOf("Välkommen till höstmötet den\n\n12-13 oktober 2023 ses vi i Ånge.\n")).toBe("Välkommen till höstmötet den");
    expect(titleOf("Interpellation av Eva Ek (m) om ägandet i OM\nden 26 oktober\nStaten har ökat sitt ägande.\n")).toBe(
      "Interpellation av Eva Ek (m) om ägandet i OM",
    );
  });

  it("a weather widget's readings over the title are none (`Land -4,4 °C Hav 3,9*°C`, `Medelvind NE 3,6 m/s`)", () => {
    expect(
      titleOf("Västmarks kommuns logotype\nLand -2,1 °C Hav 4,0*°C\nMedelvind SV 5,2 m/s\n\nÅrets sista fullmäktige\n\nDet var ett stämningsfullt möte.\n"),
    ).toBe("Årets sista fullmäktige");
  });
});
