/**
 * Round 60's meetings of minutes on a document-sharing page (minutesMeetingLine in context.ts): a page titled by a
 * snippet of the PDF's words (`... Ada Berg (S) ... ANSLAG/BEVIS …`) names its meeting by the PDF's own genre heading
 * and place, and a letter-spaced title (`S a m m a n t r ä d e m e d …`) is read as words; a body whose name a
 * flattened header's column split (`Sammanträde med x- och Datum … ynämnden`) is read whole (04-protocol.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label, roles } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

const page = (title: string, head: string) =>
  `${title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "${title}"\n\nTranskript\n\n` +
  `1 ${head} Beslutande Ledamöter Per Alm (S), ordförande Eva Kron (V), vice ordförande Ola Dahl (M) Rut Fager (S) ` +
  "Övriga deltagare Kim Ström, sekreterare Utses att justera Ola Dahl (M) Underskrifter Sekreterare Kim Ström " +
  "Ordförande Per Alm (S) Justerare Ola Dahl (M)\n\n2 PROTOKOLL 2 (9) 12 Information Nämnden har tagit del av informationen.\n";

describe("a shared page's title", () => {
  it("is no meeting's when it is a snippet of the PDF's names and notice: the PDF's heading and place are", () => {
    const g = graphOf(
      page("... Kim Ström. ... Per Alm (S) ... Ola Dahl (M) ANSLAG/BEVIS Protokollet är justerat.", "PROTOKOLL 1 (9) Plats och tid Ekrummet, Kl. 15:00 17:00"),
    );
    expect(meetings(g)).toEqual(["Protokoll (Ekrummet)"]);
    expect(chairs(g)).toEqual(["Per Alm"]);
  });
  it("is read as words when letter-spaced", () => {
    const g = graphOf(
      page(
        "Region Ekland S a m m a n t r ä d e m e d s k o g - o c h v i l t n ä m n d e n",
        "Region Ekland Kl Sammanträde med skog- och Plats Lindsalen, regionhuset",
      ),
    );
    expect(meetings(g)[0]).toMatch(/Sammanträde med skog- och viltnämnden/);
  });
  it("names the body a flattened header's column split in the PDF's own text", () => {
    const g = graphOf(
      page(
        "Region Ekland S a m m a n t r ä d e m e d s k o g - o c h v i l t n ä m n d e n",
        "Region Ekland Kl Sammanträde med skog- och Datum för justering: 12,14 viltnämnden Plats Lindsalen, regionhuset",
      ),
    );
    expect(meetings(g)[0]).toMatch(/^Skog- och viltnämnden/);
    expect(roles(g)).toContain("Per Alm: ordförande");
    expect(heldRoles(g)).toContain("Per Alm: ordförande @ Skog- och viltnämnden");
  });
});
