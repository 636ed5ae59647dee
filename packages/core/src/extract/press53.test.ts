/**
 * Press texts and notes (invented names, real layouts): a title in the definite form opening a sentence before the
 * name (`Trafikdirektören X presenterade …`); a meeting dated from the text's own date (`vid gårdagens möte`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles, meetings } from "../../../../test/helpers/prose";

describe("`Trafikdirektören X presenterade …`: a definite title opening a sentence", () => {
  const text =
    "Nya busslinjer i Hallsberg\n\n2024-03-05\n\nTrafikdirektören Mona Krantz presenterade planen på tisdagen. Hon fick frågor om priset. Förbundsordföranden Siri Vall öppnade mötet.\n";
  const g = graphOf("nyhet.txt", text);
  it("gives the name the title, in its base form", () => {
    expect(heldRoles(g)).toContain("Mona Krantz: trafikdirektör");
    expect(heldRoles(g)).toContain("Siri Vall: förbundsordförande");
  });
});

describe("`Vid gårdagens möte i X`, `På tisdagens sammanträde beslutade X`: a meeting dated from the text's own date", () => {
  it("dates `gårdagens` the day before the text's date line", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt badhus i Hallsberg\n\n2024-03-06\n\nVid gårdagens möte i kommunstyrelsen i Hallsbergs kommun beslutades att bygga ett badhus.\n",
    );
    expect(meetings(g)).toEqual(["2024-03-05 Kommunstyrelsen, Hallsberg @ -"]);
  });
  it("dates a weekday the last one up to the text's date, `dagens` that date", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt badhus i Hallsberg\n\nPublicerad 7 mars 2024\n\nPå tisdagens sammanträde beslutade kommunfullmäktige att bygga ett badhus. Vid dagens möte med kommunstyrelsen diskuterades skolan.\n",
    );
    expect(meetings(g)).toEqual(["2024-03-05 Kommunfullmäktige @ -", "2024-03-07 Kommunstyrelsen @ -"]);
  });
  it("reads no coming meeting, nor one in a text without a date of its own", () => {
    const coming = graphOf("nyhet.txt", "Nytt badhus i Hallsberg\n\n2024-03-06\n\nPå torsdagens möte i kommunfullmäktige ska frågan avgöras.\n");
    expect(meetings(coming)).toEqual([]);
    const undated = graphOf("nyhet.txt", "Nytt badhus i Hallsberg\n\nVid gårdagens möte i kommunstyrelsen beslutades att bygga ett badhus.\n");
    expect(meetings(undated)).toEqual([]);
  });
});

describe("`Lena Ahl (S)` / `Kassör` / `Per Ek (M)` / `Sekreterare`: names with their party over their titles", () => {
  it("gives each name the title under it", () => {
    const g = graphOf("kontakt.txt", "Kontaktpersoner\n\nMona Krantz (S)\nKassör\nOlle Sandin (M)\nSekreterare\n");
    expect(heldRoles(g)).toEqual(["Mona Krantz: kassör", "Olle Sandin: sekreterare"]);
  });
  it("and the title over it where the run opens with a title", () => {
    const g = graphOf("kontakt.txt", "Kontaktpersoner\n\nKassör\nMona Krantz (S)\nSekreterare\nOlle Sandin (M)\n");
    expect(heldRoles(g)).toEqual(["Mona Krantz: kassör", "Olle Sandin: sekreterare"]);
  });
});
