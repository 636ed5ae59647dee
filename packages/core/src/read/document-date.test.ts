import { describe, expect, it } from "vitest";
import { readDocument } from "@samverkan/core";

// Minutes date their adjustment and notice as well as their meeting: the document's date is the meeting's, or none.
const dateOf = (content: string) => readDocument({ source: "protokoll.txt", content }).date;

describe("the date of minutes", () => {
  const cases: [string, string, string | undefined][] = [
    [
      "the adjustment's place and time, with names before its date, is no meeting's day",
      "1 Socialnämnden (12) Plats och tid Kommunhuset, kl Beslutande Ida Rask (S), ordförande Olle Bergqvist (M) Utses att justera Olle Bergqvist (M) Justeringens plats och tid Kommunhuset den 14 mars 2018 klockan Underskrifter Sekreterare Ordförande Justerande Tova Lindh Ida Rask (S) Olle Bergqvist (M) ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag\n",
      undefined,
    ],
    [
      "a notice's posting dates, the meeting's date missing",
      "SAMMANTRÄDESPROTOKOLL\nBygg- och miljönämnden\nBeslutande Ida Rask (S), ordförande\nJusteringen har tillkännagivits genom anslag 2018-03-20\nAnslaget tas ned 2018-04-11\nDatum för anslags uppsättande 2018-03-20\n",
      undefined,
    ],
    [
      "a label of the meeting's date alone on a line, and again with its date in the notice's block",
      "SAMMANTRÄDESPROTOKOLL\n\nNämnd\n\nSammanträdesdatum\n\nPlats och tid\nKultur- och fritidsnämnden\n\nKulturhuset, 09:00 – 12:00\nUtses att justeraIda Rask\nJusteringens\nplats och tid\nKulturhuset, 2018-03-19, kl. 15:30\nANSLAG/BEVIS\nNämnd/StyrelseKultur- och fritidsnämnden\nSammanträdesdatum2018-03-12\nTid för anslag2018-03-20 – 2018-04-11\n",
      "2018-03-12",
    ],
    [
      "`Protokoll från … den <date>` before an adjustment's date",
      "Protokoll från styrelsens sammanträde den 4 maj 2017\nPlats: Kommunhuset\nJusteringen sker den 11 maj 2017.\nProtokollet justerat 2017-05-11.\n",
      "2017-05-04",
    ],
    [
      "`Justeringens tid/plats` before the adjustment's day",
      "1 Sid 1 (9) Sammanträdesprotokoll Sammanträdesdatum Plats och tid KS-salen, Stadshuset, kl Paragrafer 1-8 Närvarande Se sidan 2 Justeringens tid/plats 12 mars 2014 Kommunledningskontoret Sekreterare Tova Lindh Ordförande Ida Rask (S)\n",
      undefined,
    ],
    [
      "a date the notice does not own is still the meeting's",
      "PROTOKOLL\nValnämnden\nPlats och tid Kommunhuset, tisdagen den 6 mars 2018 kl 13.00\nBeslutande Ida Rask (S), ordförande\nJusteringens plats och tid Kommunhuset 2018-03-08\n",
      "2018-03-06",
    ],
  ];
  it.each(cases)("%s", (_, content, date) => {
    expect(dateOf(content)).toBe(date);
  });
});

describe("the title of minutes flattened from PDF", () => {
  const titleOf = (content: string) => readDocument({ source: "protokoll.txt", content }).title;
  it.each([
    [
      "1 Sida 1 (41) Plats och tid. Stadshuset kl. 09:00-15:17 Beslutande Ledamöter Ida Rask (S), Olle Bergqvist (M) och Tova Lindh (C). Justering Justerande Plats och tid Olle Bergqvist (M) Paragrafer Underskrifter Sekreterare Ordförande Justerande Eva Ek Ida Rask (S) Olle Bergqvist (M)\n\n2 Sida 2 (41) ANSLAG/BEVIS Protokollet är justerat. Justeringen tillkännages genom anslag.\n",
      "Protokoll",
    ],
    ["1 Sid 1 (9) Sammanträdesprotokoll Sammanträdesdatum Plats och tid KS-salen Beslutande Ida Rask (S)\n", "Sammanträdesprotokoll"],
  ])("a PDF's page count before the page's mark is no title: %s", (content, title) => {
    expect(titleOf(content)).toBe(title);
  });
});
