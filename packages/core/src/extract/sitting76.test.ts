/**
 * Round 76's sitting pages (invented names and texts): a council's page for one sitting, its trail ending in the
 * sitting's day and its fields giving time and place, is the body's meeting though it names no one there (its notice;
 * `04-protocol.ts` `sittingHeader`).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a council's page for one sitting that names no one present", () => {
  const text = [
    "Din position: Hem > Vallby kommun > Kommunfullmäktige > Sammanträde 2023-11-16",
    "",
    "Sammanträde 2023-11-16",
    "",
    "Datum",
    "Klockan",
    "18:30",
    "Plats",
    "Vallby folkets hus, Kvarngatan 4",
    "",
    "1 Anmälan av nya motioner 2023",
    "",
    "Diarienummer 2023/KS 0112 001",
    "",
    "Beskrivning av ärendet",
    "Inga nya motioner har lämnats in till sammanträdet.",
    "",
    "2 Avsägelser och fyllnadsval",
    "",
    "Kommunfullmäktiges förslag till beslut",
    "1. Avsägelsen från Helmer Vik (L) godkänns.",
    "",
    "3 Val av justerare",
    "",
    "Beskrivning av ärendet",
    "Två ledamöter väljs att justera dagens protokoll.",
    "",
  ].join("\n");
  const g = graphOf(text);

  it("is the meeting of the body the trail ends in, on the sitting's day", () => {
    expect(meetingLabels(g)).toEqual(["2023-11-16 Kommunfullmäktige"]);
  });

  it("has no one attend or chair it", () => {
    expect(attendees(g)).toEqual([]);
    expect(chairs(g)).toEqual([]);
  });

  it("is no meeting where the page names a body and a day with no sitting's trail", () => {
    const page = text.replace("Din position: Hem > Vallby kommun > Kommunfullmäktige > Sammanträde 2023-11-16\n\n", "Kommunfullmäktige i Vallby kommun\n\n");
    expect(meetingLabels(graphOf(page))).toEqual([]);
  });

  it("is no meeting where the trail ends in a sitting but no field gives its place", () => {
    expect(meetingLabels(graphOf(text.replace("Plats\nVallby folkets hus, Kvarngatan 4\n", "")))).toEqual([]);
  });
});
