/**
 * Round 78's roll captions (invented names in the layout of a regional council's minutes whose header points to a roll
 * printed on the next page), read in `01-protocol.ts` with `protocol.json`'s `peopleFields`.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

const header = (pointer: string, roll: string) =>
  [
    "Protokoll 1(30)",
    "Regionfullmäktige 2016-05-04",
    `Tid och plats Rådhussalen, Vallby den 4 maj 2016 kl 09.00 Beslutande ${pointer} Utses att justera Bo Alm (S) och Siv Berg (C)`,
    "Justeringens plats och tid Regionhuset den 10 maj 2016",
    "Sekreterare Ordförande Justerande",
    "Protokoll 2(30)",
    roll,
    "§ 1 Val av justerare",
  ].join("\n");

describe("a roll under the caption `Närvaroförteckning`, the header pointing to it (`Enligt närvaroförteckning`)", () => {
  const g = graphOf(
    header(
      "Enligt närvaroförteckning",
      "Närvaroförteckning regionfullmäktige Norra valkretsen Eva Ek (S) Per Holm (M) Kim Ahl (C) Södra valkretsen Bo Alm (S) Siv Berg (C) Ulf Sten (L)",
    ),
  );
  it.each([["Eva Ek"], ["Per Holm"], ["Kim Ahl"], ["Ulf Sten"]])("%s attends as a member", (name) => {
    expect(attendees(g)).toContain(`${name}: member`);
  });
});

describe("the caption `Deltagarlista` over the roll's own fields (`Deltagarlista Beslutande … Ersättare …`)", () => {
  const g = graphOf(header("Se Deltagarlista på nästa sida.", "Deltagarlista Ersättare Eva Ek (S) Per Holm (M) Övriga deltagande Kim Ahl, sekreterare"));
  it("the reserves are reserves, not members", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Eva Ek: nonserving", "Per Holm: nonserving"]));
  });
});

describe("an agenda item titled by the roll (`6. Närvarolista/röstlängd`) is no caption", () => {
  const g = graphOf(
    [
      "Årsmötesprotokoll 2021",
      "",
      "Protokoll fört vid årsmöte med Vallby Hembygdsförening lördagen den 8 maj 2021 klockan 14.00 på Vallby gård",
      "",
      "1. Mötets öppnande",
      "",
      "Föreningens ordförande Eva Ek öppnade årsmötet.",
      "",
      "2. Val av mötesordförande",
      "",
      "Per Holm valdes till ordförande för årsmötet.",
      "",
      "3. Närvarolista/röstlängd",
      "",
      "Röstlängden fastställdes med utgångspunkt från närvarolistan (bilaga 1).",
      "",
      "4. Verksamhetsberättelse",
      "",
      "Eva Ek föredrog styrelsens verksamhetsberättelse. Kassören Kim Ahl föredrog den ekonomiska redogörelsen.",
    ].join("\n"),
  );
  it("no one attends as a member of the roll", () => {
    expect(attendees(g).filter((a) => a.endsWith(": member"))).toEqual([]);
  });
});
