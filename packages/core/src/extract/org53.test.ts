/**
 * Round 53's association minutes (invented names and places in the layouts of minutes), read in `04-protocol.ts`: an
 * undated board meeting whose title names the association after a dash (`Styrelsemöte 3 - Norrby Spelförening`).
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels as meetings } from "../../../../test/helpers/prose";

describe("an undated board meeting whose title names the association after a dash", () => {
  const minutes = [
    "Styrelsemöte 3 - Ekby Brädspelare",
    "",
    "1 Protokoll från styrelsemöte ( 9) Styrelsemöte 3 - Närvarande: Alva Brandt, Tor Lindqvist, Edvin Sjögård, Maja Roos. Gäster: Nils Ekholm. Dagordning: 1.1 Mötets öppnande 1.2 Val av mötesordförande",
    "1.1 Mötets öppnande 1.2 Val av mötesordförande Alva Brandt väljs till mötesordförande. 1.3 Val av mötessekreterare Maja Roos väljs till mötessekreterare.",
  ].join("\n");
  it("titles the meeting with the association and its number", () => {
    const g = graphOf(minutes);
    expect(meetings(g)).toEqual(["Styrelsen (möte 3), Ekby Brädspelare"]);
    expect(chairs(g)).toEqual(["Alva Brandt"]);
  });

  it("takes no municipality after the dash as the association", () => {
    const g = graphOf(minutes.replace("Styrelsemöte 3 - Ekby Brädspelare", "Styrelsemöte 3 - Stockholm"));
    expect(meetings(g)).toEqual(["Styrelsen"]);
  });
});
