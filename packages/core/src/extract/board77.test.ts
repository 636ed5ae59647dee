/**
 * Round 62's board minutes of an association named by their sitting's kind alone (04-protocol.ts `associationOrgan`
 * and `untitledMeetingLine`): `Protokoll fört vid styrelsesammanträde …` under a page's heading. The offices
 * the roll writes (`Ordf. X`) are held in the board, this document's own `Styrelsen` or the association's the minutes'
 * meeting line names, never in the meeting; the meeting is titled by its kind, not by the page's heading. Invented names
 * and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { heldRoles, meetingLabels } from "../../../../test/helpers/prose";

const minutes = (title: string) =>
  `Mars 2019\n\nUppdaterades: 14 mars 2019 Skriv ut\n\n${title}\n\n` +
  "Närvarande:\nOrdf. Maj-Britt Solberg, Tage Ekvall, Vivi Norlander, Holger Sandin, Rut Håkansson.\n\n" +
  "§1 Ordf. hälsade alla välkomna och förklarade mötet öppnat.\n\n§2 Dagordningen godkändes.\n\n" +
  "§3 Protokollet från föregående styrelsesammanträde godkändes.\n\n§4 Mötet avslutades.\n";

describe("an association's board minutes named by the sitting's kind", () => {
  it("hold the roll's offices in the board, and are titled by the kind (`Protokoll fört vid styrelsesammanträde`)", () => {
    const g = graphOf(minutes("Protokoll fört vid styrelsesammanträde den 7 mars 2019 på Lindgården"));
    expect(meetingLabels(g)).toEqual(["2019-03-07 Styrelsesammanträde"]);
    expect(heldRoles(g)).toContain("Maj-Britt Solberg: ordförande @ Styrelsen");
    expect(heldRoles(g).filter((r) => r.includes("@ 2019"))).toEqual([]);
    expect(chairs(g)).toEqual(["Maj-Britt Solberg"]);
    // Listed as present alone, no one is known to sit on the board.
    expect(heldRoles(g).filter((r) => r.includes("ledamot"))).toEqual([]);
  });

  it("hold the offices in the board of the association the meeting line names (`XYF styrelsemöte nr 3`)", () => {
    const opening = "1 Mötets öppnande Föreningens ordförande Maj-Britt Solberg förklarade styrelsemötet öppnat.";
    const g = graphOf(
      `${opening}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "${opening}"\n\nTranskript\n\n` +
        `1 Protokoll fört vid styrelsemöte nr 3 onsdagen den 6 mars 2019 kl. 16 i Lindgården ${opening} 2 Upprop ` +
        "Närvarande ledamöter: Maj-Britt Solberg, Tage Ekvall, Vivi Norlander och Holger Sandin. 3 Val av sekreterare " +
        "Till sekreterare valdes Tage Ekvall. 4 Vårresan XYF:s vårresa går till Norrby.\n",
    );
    expect(meetingLabels(g)).toEqual([expect.stringMatching(/XYF styrelsemöte nr 3/)]);
    expect(heldRoles(g)).toContain("Tage Ekvall: sekreterare @ XYF styrelse");
    expect(heldRoles(g)).toContain("Vivi Norlander: ledamot @ XYF styrelse");
  });

  it("read no board from another sitting (`protokoll från föregående styrelsesammanträde`) nor from a bare heading", () => {
    for (const title of ["Protokoll 7 mars 2019. Justering av protokoll från föregående styrelsesammanträde", "Styrelsemöte 7 mars 2019"])
      expect(heldRoles(graphOf(minutes(title))).filter((r) => r.includes("@ Styrelsen"))).toEqual([]);
  });
});
