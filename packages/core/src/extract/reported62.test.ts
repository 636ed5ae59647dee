/**
 * A press text's meeting told by a weekday (05-reported.ts): `På måndagens sammanträde fattade kommunfullmäktige …`
 * under a dated headline, `När det nyvalda regionfullmäktige på måndagen träffades …` in a dated release, and
 * `X förklarade kommunfullmäktigemötet på måndagskvällen öppnat` in an undated one; a meeting's index page headed by
 * the body's short form and the day (`KS 2019-04-02`), its speakers listed under numbered items.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs } from "../../../../test/helpers/minutes";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a meeting told by its weekday in a dated text", () => {
  it("reads `På <weekday>ens sammanträde fattade <body>` as the body's meeting of that week", () => {
    const text =
      "Nämndbeslut den 14 mars 2022\n\nPå måndagens sammanträde fattade kommunfullmäktige bland annat beslut om en ny simhall.\n\n" +
      "Här presenteras ett urval av besluten.\n";
    expect(meetingLabels(graphOf("nyhet.txt", text)).join(" ")).toMatch(/2022-03-14/);
  });
  it("reads `När <body> på <weekday>en träffades` as the body's meeting of that week", () => {
    const text =
      "Val vid regionfullmäktige\n\nPressmeddelande 2019-10-16\n\n" +
      "När det nyvalda regionfullmäktige på måndagen träffades för sitt första sammanträde förrättades flera val.\n\n" +
      "Till ordförande valdes Eva Strand (S).\n";
    expect(meetingLabels(graphOf("nyhet.txt", text)).join(" ")).toMatch(/2019-10-14/);
  });
  it("reads `X förklarade <body>mötet på <weekday>skvällen öppnat` as that evening's meeting, chaired by X", () => {
    const text =
      "Nya ledamöter på plats\n\nNär Ulla Berglind (S) förklarade kommunfullmäktigemötet på tisdagskvällen öppnat var många nya i salen. " +
      "Det blev en lång kväll.\n";
    const g = graphOf("nyhet.txt", text);
    expect(meetingLabels(g)).toEqual(["Kommunfullmäktige (tisdagskvällen)"]);
    expect(chairs(g).join(" ")).toMatch(/Ulla Berglind/);
  });
});

describe("a meeting's index page headed `<short form> <ISO date>`", () => {
  const text =
    "KS 2019-04-02\n\n1. Upprop\n\n\n2. Budget 2020\n\nLinnea Ståhl (L)\nGöte Ramberg (S)\nLinnea Ståhl (L)\n\n" +
    "3. Motion om cykelvägar\n\nAstrid Voll (C)\n";
  const g = graphOf("webbsandning.txt", text);
  it("is that body's meeting on that day", () => {
    expect(meetingLabels(g).join(" ")).toMatch(/2019-04-02 Kommunstyrelsen/);
  });
  it("was attended by the speakers listed under its items", () => {
    expect(attendees(g)).toEqual(["Astrid Voll: speaker", "Göte Ramberg: speaker", "Linnea Ståhl: speaker"]);
  });
});
