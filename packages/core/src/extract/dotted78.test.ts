/**
 * Round 78's signature block one field a line (invented names and texts, 01-lists.ts): each label with its leader dots,
 * its name on the line below.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const head =
  "SAMMANTRÄDESPROTOKOLL\nSTRANDBY KOMMUN\nSammanträdesdatum\nMiljönämnden\n2015-04-16\nPlats och tid\nStadshuset, Strandby\n" +
  "Torsdag den 16 april 2015 kl. 13.00-15.00\nBeslutande\nenligt bifogad närvarolista\nUtses att justera\nJusteringens\nplats och tid\n" +
  "Miljökontoret, tisdagen den 21 april\nUnderskrift\n";

describe("a dotted signature label, its name on the line below", () => {
  const g = graphOf(
    head +
      "Sekreterare ..............................................\nParagrafer 5-19\nLinnea Vårdh\n" +
      "Ordförande ..............................................\nTorvald Ekengren (C)\n" +
      "Justerande ..............................................\nMaja Strömfelt (S)\nANSLAG/BEVIS\nProtokollet är justerat.\n",
  );
  it("gives each label the name below it, past the items' line", () => {
    expect(chairs(g)).toEqual(["Torvald Ekengren"]);
    expect(roles(g)).toEqual(["Linnea Vårdh: sekreterare", "Maja Strömfelt: justerande", "Torvald Ekengren: ordförande"]);
  });
});

describe("names over their dotted signature labels", () => {
  const g = graphOf(
    head +
      "Linnea Vårdh\nSekreterare ..............................................\nTorvald Ekengren\n" +
      "Ordförande ..............................................\nMaja Strömfelt\nJusterande ..............................................\n" +
      "ANSLAG/BEVIS\nProtokollet är justerat.\n",
  );
  it("gives each label the name above it, as before", () => {
    expect(chairs(g)).toEqual(["Torvald Ekengren"]);
    expect(roles(g)).toEqual(expect.arrayContaining(["Linnea Vårdh: sekreterare", "Torvald Ekengren: ordförande"]));
  });
});
