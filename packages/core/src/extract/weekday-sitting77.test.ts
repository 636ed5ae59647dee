import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

// A council's news page telling one sitting twice: by its day, then by its weekday alone.
const news = (weekday: string) =>
  `Nya ordförande i två nämnder\n\nUnder kommunfullmäktige den 14 mars 2024 valdes Edvin Stålberg (C) till ordförande i kulturnämnden.\n\nPå ${weekday} fullmäktigesammanträde gjordes även en förändring i miljönämnden, då Tova Grünwald (L) valdes till vice ordförande.\n`;

describe("a sitting told by its weekday alone", () => {
  it("is the body's sitting the text dates on a day of that weekday (14 March 2024 was a Thursday)", () => {
    expect(meetingLabels(graphOf("nyhet.txt", news("torsdagens")))).toEqual(["2024-03-14 Kommunfullmäktige"]);
  });
  it("of another weekday stays a sitting of its own", () => {
    expect(meetingLabels(graphOf("nyhet.txt", news("onsdagens")))).toHaveLength(2);
  });
});
