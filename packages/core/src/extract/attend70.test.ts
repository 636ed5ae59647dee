/**
 * Round 70's minutes (invented names and bodies in the layouts of real minutes): who opened the meeting and who
 * attends it (`04-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";

describe("an opening sentence with the meeting's indefinite noun", () => {
  it("`X hälsar alla välkomna och förklarar styrelsemöte för öppnat`: X chaired", () => {
    const text = [
      "Protokoll styrelsemöte Ekby hembygdsförening",
      "Datum: 12 april 2016",
      "Närvarande: Eva Ekholm, Per Holmlund, Stina Vikberg",
      "",
      "1. Eva Ekholm hälsar alla välkomna och förklarar styrelsemöte för öppnat.",
      "2. Dagordningen godkändes.",
    ].join("\n");
    expect(chairs(graphOf(text))).toEqual(["Eva Ekholm"]);
  });
});
