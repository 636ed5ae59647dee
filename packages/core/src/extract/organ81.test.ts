import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

// A document-sharing page titled by the posting notice, the PDF's own notice with its body's cell left empty.
const shared = (title: string) =>
  [
    title,
    "",
    "Storlek: px",
    "Starta visningen från sidan:",
    "",
    `Download "${title}"`,
    "",
    "Transkript",
    "",
    "1 (30) Plats och tid Stadshuset C-salen, Norrby 12 mars 2015 kl 18.00-20.00 Beslutande Se sidan 2 Övriga närvarande Ulla Grenholm, sekreterare Utses att justera Tor Hedvall (M) Justeringens plats och tid Stadshuset 16 mars 2015 Underskrifter Sekreterare Ulla Grenholm Ordförande Rut Sandahl Justerande Tor Hedvall BEVIS OM ANSLAG Justering av s protokoll har tillkännagivits genom anslag på kommunens anslagstavla Organ Sammanträdesdatum Datum då anslaget sätts upp Förvaringsplats för protokollet Stadshuset, Norrby",
    "",
    "2 Beslutande Rut Sandahl (S) ordförande Tor Hedvall (M) Gun Lindvall (C) § 1 Val av justerare",
  ].join("\n");

describe("the organ named only in the genitive of a posting notice that titles the page", () => {
  it("reads the body of `Justering av <Body>s protokoll har tillkännagivits`", () => {
    const g = graphOf(shared("Justering av Kommunfullmäktiges protokoll har tillkännagivits genom anslag på kommunens anslagstavla"));
    expect(meetingLabels(g)).toEqual([expect.stringMatching(/^2015-03-12 Kommunfullmäktige/)]);
    expect(chairs(g)).toEqual(["Rut Sandahl"]);
  });
  it("reads the body of a title `Utdrag ur <Body>s protokoll`", () => {
    const g = graphOf(shared("Utdrag ur Kommunfullmäktiges protokoll"));
    expect(meetingLabels(g)).toEqual([expect.stringMatching(/^2015-03-12 Kommunfullmäktige/)]);
  });
});
