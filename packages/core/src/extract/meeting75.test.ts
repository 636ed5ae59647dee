/**
 * Round 75's meetings of minutes (04-protocol.ts): the municipality a later page's running head names in mixed case and
 * with no page number before it (`ALBY KOMMUN Sammanträdesprotokoll Sida 2(4)`), or in the genitive before the posting
 * notice (`2 Kulturnämnden (12) ALBYS KOMMUN ANSLAG/BEVIS`), places the meeting of minutes whose first page names none;
 * the posting notice's stacked labels (`Datum: Sammanträdesdatum Datum för anslags uppsättande …`) do not date it, and the
 * adjustment's field (`Justeringens plats och tid Rådhuset i Ekby, 2015-03-24`) dates minutes that lost their own date
 * by its month, where its day is past the 14th.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

// A joint council's minutes, its first page flattened; the town only in the later pages' heads.
const mixedCase = [
  "Ekrådet och Rådet för äldre Sammanträdesprotokoll Sammanträdesdatum Plats och tid: Ekhuset, kl. 18.00 20.00 " +
    "Beslutande ledamöter: Inte tjänstgörande ersättare: Övriga närvarande: Plats och tid för justering: Eva Ek " +
    "(C), ordförande Per Holm (KD), ordförande Kim Ahl (M) Lena Sjö (S) Bo Lind (S) Siv Berg, SPF Ola Ek, PRO Alby " +
    "Maria Lund, Hörselskadades förening Anna Dahl, SPF Karl Berg, PRO Ekby Lars Holm, Reumatikerföreningen Eva " +
    "Sund, planchef Lisa Ås, sekreterare Ulla Björk, kanslichef 2014-03-11, Kommunhuset Underskrifter: Sekreterare: " +
    "Lisa Ås Paragrafer 11-19 Ordförande: Eva Ek Per Holm Justerande: Siv Berg Ola Ek Anslag/bevis Organ: Datum: " +
    "Sammanträdesdatum Datum för anslags uppsättande Datum för nedtagande 2014-03-12 2014-04-03 Förvaringsplats för " +
    "protokollet: Kommunhuset Underskrift: Lisa Ås, sekreterare",
  "HABO KOMMUN Sammanträdesprotokoll Sida 2(4) Innehållsförteckning 11 Godkännande av dagordningen 12 Val av " + "justerare",
  "HABO KOMMUN Sammanträdesprotokoll Sida 3(4) 11 Godkännande av dagordningen Dagordningen godkänns.",
].join("\n");

describe("a later page's running head in mixed case, with no page number", () => {
  it("names the meeting's municipality", () => {
    expect(meetingLabels(graphOf(mixedCase)).map((l) => l.replace(/^[\d-]+ /, ""))).toEqual(["Ekrådet (Ekhuset), Habo"]);
  });
});

describe("a posting notice's stacked labels, the meeting's date left blank", () => {
  it("do not date the meeting by the posting day", () => {
    expect(meetingLabels(graphOf(mixedCase))).toEqual(["Ekrådet (Ekhuset), Habo"]);
  });
});

const genitive = [
  "1 Kulturnämnden (12) Tid och plats Beslutande Övriga närvarande Ersättare Tjänstemän Måndagen den 4 maj 2009 " +
    "klockan 18.00 i Ekhuset Eva Ek (c), ordförande Per Holm (m) Kim Ahl (s) Lena Sjö (s) Bo Lind (fp) Siv Berg (c) " +
    "Ola Ek (m) Maria Lund (s) Anna Dahl (kd) Karl Berg (s) Lars Holm (m) Eva Sund, förvaltningschef Lisa Ås, " +
    "sekreterare Ulla Björk, ekonom Utses att justera Lena Sjö Justeringens plats och tid Kulturförvaltningen, " +
    "2009-05-07 Underskrifter Sekreterare Paragrafer 20-29 Lisa Ås Ordförande Eva Ek Justerande Lena Sjö",
  "2 Kulturnämnden (12) ÅMÅLS KOMMUN ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom " +
    "anslag. Organ Kulturnämnden Sammanträdesdatum",
].join("\n");

describe("a later page's genitive head before its posting notice", () => {
  it("names the meeting's municipality", () => {
    expect(meetingLabels(graphOf(genitive))).toEqual(["2009-05-04 Kulturnämnden, Åmål"]);
  });
});

// A sharing site's copy that lost the date of `Plats och tid`; the adjustment's and the posting's dates survive.
const adjusted = [
  "Plats och tid Beslutande Rådhuset i Ekby, Salen, kl.13:00-15.30 Ledamöter Eva Lund (C), ordförande Per Holm " +
    "(S), vice ordförande Kim Ahl (M) Lena Sjö (S) Bo Lind (KD) Tjänstgörande ersättare Siv Berg (S) Övriga " +
    "närvarande Ola Ek, sekreterare Utses att justera Kim Ahl Justeringens plats och tid Rådhuset i Ekby, " +
    "2015-03-24 kl. 10.00 Underskrifter Paragrafer 12-20 Ordförande Eva Lund (C) Justerare Kim Ahl (M) Sekreterare " +
    "Ola Ek ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ " +
    "Sammanträdesdatum Datum då anslaget sätts upp 2015-03-25 Datum då anslaget tas ned 2015-04-16",
  "§ 12 Val av justerare Kim Ahl utses att justera protokollet.",
].join("\n");

describe("minutes dated only by their adjustment's field", () => {
  it("are dated by its month where its day is past the 14th", () => {
    expect(meetingLabels(graphOf(adjusted))).toEqual(["2015-03 Protokoll"]);
  });
  it("are titled by where the body sat, as undated minutes are", () => {
    const placed = adjusted
      .replace("Plats och tid Beslutande Rådhuset i Ekby, Salen, kl.13:00-15.30", "KULTURNÄMNDEN\nPlats och tid Rådhuset i Ekby, Salen, kl. 13.00")
      .replace("Ledamöter", "Beslutande Ledamöter");
    expect(meetingLabels(graphOf(placed))).toEqual(["2015-03 Kulturnämnden (Rådhuset i Ekby)"]);
  });
  it("stay undated where the day may fall in the month after the meeting's", () => {
    expect(meetingLabels(graphOf(adjusted.replace("2015-03-24", "2015-03-10")))).toEqual(["Protokoll"]);
  });
});
