/**
 * Round 73's meetings of association minutes (04-protocol.ts, 05-meetings.ts): a title that names the association's
 * delegates' meeting in the genitive (`Protokoll fört vid Ekbygdens Pensionärsförenings Representantskap`) names the
 * organ over a body word among the bunched column headings after it, and a guest listed as a former chair (`fd
 * ordförande`) chairs nothing and holds no seat. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf } from "../../../../test/helpers/minutes";
import { heldRoles, meetingLabels } from "../../../../test/helpers/prose";

const minutes = [
  "Protokoll fört vid Ekbygdens Pensionärsförenings Representantskap (RS) Kursgården, Ekö 8–9 maj 2010 Närvarande Inbjudna " +
    "Ekklubbarnas delegater Bokklubbens delegater Föreningsstyrelsen Lena Sjö, hedersmedlem Per Holm, hedersmedlem Kim Ahl, fd " +
    "ordförande EPF Bo Ek, revisor Bilagor 1 Närvarolista 2 Verksamhetsberättelse 1 Representantskapets öppnande Mötet " +
    "förklaras öppnat. Representantskapet beslutar godkänna dagordningen.",
].join("\n");

describe("an association's delegates' meeting named in its minutes' title", () => {
  const g = graphOf(minutes);
  it("is the meeting of the association's representantskap, not of a column heading's body", () => {
    expect(meetingLabels(g)).toEqual(["2010-05-08 Representantskapet, Ekbygdens Pensionärsförening"]);
  });
  it("does not make a former chair the chair, nor seat him", () => {
    expect(chairs(g)).toEqual([]);
    expect(heldRoles(g)).toContain("Kim Ahl: ordförande");
    expect(heldRoles(g).filter((r) => r.startsWith("Kim Ahl") && r.includes("@"))).toEqual([]);
  });
});

// A sharing page's copy titled by its adjustment's date, the meeting's date broken by a space at the top (`2016-03- 10`,
// read as no date) and given whole by the posting certificate.
const shared = [
  "2016-03-15, kl. 1 - Alby kommun",
  "",
  "ALBY KOMMUN",
  "Byggnadsnämnden",
  "SAMMANTRÄDESPROTOKOLL",
  "2016-03- 10",
  "Plats och tid",
  "Stadshuset, Alby, kl. 13.30-16.00",
  "Beslutande",
  "Eva Ek (M), ordförande",
  "Per Holm (S), vice ordförande",
  "Kim Ahl (C)",
  "Övriga närvarande",
  "Bo Sjö, nämndsekreterare",
  "Justeringens plats och tid",
  "Stadshuset, Alby: 2016-03-15, kl. 13.30",
  "Paragrafer 1-9",
  "ANSLAG/BEVIS",
  "Protokollet är justerat. Justeringen har tillkännagivits genom anslag",
  "Organ",
  "Byggnadsnämnden",
  "Datum för sammanträdet",
  "2016-03-10",
  "Datum för anslags uppsättande 2016-03-16",
  "",
  "§ 1 Fastställande av dagordning",
  "Nämnden fastställer dagordningen.",
].join("\n");

describe("minutes whose posting certificate dates the meeting", () => {
  it("dates it so, not by a sharing page's title", () => {
    expect(meetingLabels(graphOf(shared))).toEqual(["2016-03-10 Byggnadsnämnden"]);
  });
});
