/**
 * Round 69's organ and meeting readings (invented names and bodies in the layouts of real minutes): a council's minutes
 * dated only by the adjustment's phrase in their title (`Justerat onsdagen den 5 mars beträffande 12, i övrigt tisdagen
 * den 18 mars 2014`) stay undated (`04-protocol.ts` `topAdjustment`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("the adjustment's date phrase in the title of minutes with no date of their own", () => {
  const justerat = "Justerat onsdagen den 5 mars beträffande 12 och 15, i övrigt onsdagen den 19 mars";
  const text =
    `${justerat} Greta Lindberg Olof Strand Kåre Dahlgren\n\nTranskript\n\n` +
    `1 PROTOKOLL Regionfullmäktige ${justerat} 2014 Greta Lindberg Olof Strand Kåre Dahlgren ` +
    "12 Inledning och justering m.m. Ordföranden förklarade sammanträdet öppnat. Ordföranden konstaterade att 80 ledamöter var närvarande. " +
    "Att tillsammans med ordföranden justera sammanträdets protokoll utsågs förste och andre vice ordföranden. Protokollet skall justeras " +
    "senast onsdag den 19 mars. Bordlagd interpellation 2013:21 av Rut Sandell (V) om färjorna Interpellationen är ställd till regionrådet " +
    "för trafiken. Fullmäktige medgav att interpellationen fick ställas. Interpellationen bordlades vid fullmäktiges föregående sammanträde. " +
    "Regionrådet Tore Wall hänvisade till det skriftliga svaret. Vidare yttrade sig Rut Sandell och regionrådet Tore Wall. " +
    "Fullmäktige beslutade att interpellationen var besvarad.";

  it("leaves the meeting undated: the day after `i övrigt` is the adjustment's, not the sitting's", () => {
    expect(meetingLabels(graphOf(text))).toEqual(["Regionfullmäktige"]);
  });
});
