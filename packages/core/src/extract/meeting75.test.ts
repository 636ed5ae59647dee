/**
 * Round 75's meetings of minutes (04-protocol.ts): the municipality a later page's running head names in mixed case and
 * with no page number before it (`ALBY KOMMUN Sammanträdesprotokoll Sida 2(4)`), or in the genitive before the posting
 * notice (`2 Kulturnämnden (12) ALBYS KOMMUN ANSLAG/BEVIS`), places the meeting of minutes whose first page names none;
 * the posting notice's stacked labels (`Datum: Sammanträdesdatum Datum för anslags uppsättande …`) do not date it.
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
    expect(meetingLabels(graphOf(mixedCase)).map((l) => l.replace(/^[\d-]+ /, ""))).toEqual(["Ekrådet, Habo"]);
  });
});

describe("a posting notice's stacked labels, the meeting's date left blank", () => {
  it("do not date the meeting by the posting day", () => {
    expect(meetingLabels(graphOf(mixedCase))).toEqual(["Ekrådet, Habo"]);
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
