/**
 * Round 78's one-a-line lists (invented names and texts, 01-lists.ts): a surname wrapped onto the next line.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

const head = "SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\nMiljönämnden\n2015-04-16\nPlats och tid\nStadshuset, Strandby, kl. 13.00-15.00\nBeslutande\n";
const tail = "\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n";

describe("a surname wrapped onto the next line", () => {
  it("reads the whole name", () => {
    const g = graphOf(head + "Torvald Ekengren\nLinnea Vårdh\nBergqvist\nMaja Strömfelt\nGustav Lindahl\n" + tail);
    expect(persons(g)).toEqual(["Gustav Lindahl", "Linnea Vårdh Bergqvist", "Maja Strömfelt", "Torvald Ekengren"]);
  });
  it("leaves a column of words alone on their lines to the names above them", () => {
    const g = graphOf(head + "Torvald Ekengren\nHolmsjö\nLinnea Vårdh\nTallbacka\nMaja Strömfelt\nGustav Lindahl\n" + tail);
    expect(persons(g)).toEqual(["Gustav Lindahl", "Linnea Vårdh", "Maja Strömfelt", "Torvald Ekengren"]);
  });
});
