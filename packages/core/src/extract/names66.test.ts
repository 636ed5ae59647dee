/**
 * Names in a minutes' staff column (02-mentions.ts): a firm written after two names, each row's § numbers after it
 * (`Rolf G Sandberg Ekrådgivning 13 Åsa Blomqvist Ekrådgivning 13`), is where both come from, no surname. Invented
 * names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

const minutes = (staff: string) =>
  "Sammanträdesprotokoll\n\n1 Sida 1 (30) Plats och tid Ekrummet, Beslutande Eva Ekholm (m) Ordförande , Olof Sandin (s) Nils Berglund (m) " +
  "Sekreterare Maja Ström Paragraf , Justerande Olof Sandin (s) Underskrift Maja Ström\n\n" +
  `2 Sida 2 (30) Justerande Paragraf Olof Sandin (s) Övriga deltagare Karl Nyström Kommunchef Maja Ström Nämndsekreterare ${staff}\n\n` +
  "3 Sida 3 (30) KS 12/2010 Val av justerare Kommunstyrelsen beslutar att utse Olof Sandin att justera protokollet.\n";

describe("names in a staff column", () => {
  it("reads a word after two names, a § number after each, as their firm", () => {
    const names = persons(graphOf(minutes("Per Dahlgren Projektledare 12 Rolf G Sandberg Ekrådgivning 13 Åsa Blomqvist Ekrådgivning 13")));
    expect(names).toEqual(expect.arrayContaining(["Rolf G Sandberg", "Åsa Blomqvist"]));
    expect(names.filter((n) => n.includes("Ekrådgivning"))).toEqual([]);
  });
  it("keeps a surname two people of one family share", () => {
    expect(persons(graphOf(minutes("Per Dahlgren Projektledare 12 Rolf Lindvall 13 Åsa Lindvall 13")))).toEqual(
      expect.arrayContaining(["Rolf Lindvall", "Åsa Lindvall"]),
    );
  });
});
