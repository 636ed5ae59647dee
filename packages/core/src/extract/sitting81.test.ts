/**
 * Round 81's reported sittings (invented names and texts): a sitting held to go on with an earlier one names that
 * earlier day as the same body's sitting (`05-reported.ts`, `RESUMED`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a council's sitting that resumes an earlier one", () => {
  const text = [
    "Fullmäktige i Ekby klart med budgeten",
    "",
    "Den 20 mars 2031 samlades kommunfullmäktige i Ekby för att återuppta sammanträdet från den 18 mars. Då antogs budgeten för nästa år.",
    "",
  ].join("\n");

  it("is the body's sitting on both days", () => {
    expect(meetingLabels(graphOf("ekby.txt", text))).toEqual(["2031-03-18 Kommunfullmäktige", "2031-03-20 Kommunfullmäktige"]);
  });

  it("is one sitting where the earlier day is not said to be resumed", () => {
    expect(meetingLabels(graphOf("ekby.txt", text.replace("för att återuppta sammanträdet från den 18 mars", "för att besluta om budgeten")))).toEqual([
      "2031-03-20 Kommunfullmäktige",
    ]);
  });
});
