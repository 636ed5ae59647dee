import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("minutes whose title writes the body's date with spaces", () => {
  const text = [
    "Ekbygderådet 2019 05 14 Tid och plats 09.00-12.00 Ekbadens konferens, Norrby Paragrafer 1-9 Beslutande Siv Lundahl, ordförande Tor Hedvall Gun Lindvall Övriga deltagande Ulla Grenholm, sekreterare",
    "",
    "§ 1 Mötets öppnande",
    "Ordföranden öppnade mötet.",
  ].join("\n");
  it("is dated by it, as the date written whole is", () => {
    expect(meetingLabels(graphOf(text))).toEqual(["2019-05-14 Ekbygderådet"]);
  });
});
