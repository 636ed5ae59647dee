/**
 * Round 81's signature labels (invented names in the layout of an association's minutes): `Vid pennan`, the keeper of
 * the minutes' label over the name (`protocol.json` people fields and signature labels).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

describe("the keeper of the minutes signing under `Vid pennan`", () => {
  it("is the meeting's secretary", () => {
    const g = graphOf(
      "Protokoll fört vid styrelsemöte i Ekby hembygdsförening den 12 april 2016\n\nNärvarande: Eva Ek, Per Holm, Kim Ahl\n\n" +
        "§ 1 Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n\n§ 2 Nästa möte\nNästa möte hålls i maj.\n\n" +
        "Vid pennan: Kim Ahl\n\nJusteras: Eva Ek\n",
    );
    expect(roles(g)).toEqual(expect.arrayContaining(["Kim Ahl: sekreterare"]));
  });
});
