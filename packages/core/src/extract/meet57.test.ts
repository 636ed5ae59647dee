/**
 * The meeting of minutes on a document-sharing page whose title is the notice of adjustment's (`ANSLAG/BEVIS
 * 2020-03-02 2020-03-20. Kulturförvaltningen. Name`), the notice's organ cell left empty (protocolMeeting in
 * 04-protocol.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

describe("a shared page titled by the notice of adjustment", () => {
  const page = (keeper: string) =>
    "ANSLAG/BEVIS Kulturförvaltningen. Ada Berg\n\nStorlek: px\nStarta visningen från sidan:\n\n" +
    'Download "ANSLAG/BEVIS 2020-03-02 2020-03-20. Kulturförvaltningen. Ada Berg"\n\nTranskript\n\n' +
    "1 SAMMANTRÄDESPROTOKOLL 1[9] Plats och tid Bygdegården Lövnäs,, kl 18:00 20:30 ande Per Alm (S), ordförande " +
    "Eva Kron (V) Ola Dahl (M) Rut Fager (S) Ersättare Övriga deltagande Kim Ström (S), Lisa Vik (M) Utses att justera " +
    "Ola Dahl (M) Plats och tid för justering Sekreterare Paragrafer Ada Berg Paragraf 12 Ordförande Per Alm (S), " +
    "ordförande Justerare Ola Dahl (M) ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom " +
    `anslag. Nämnd Sammanträdesdatum Anslaget den Nedtas den Förvaringsplats för protokollet ${keeper} Underskrift Ada Berg\n\n` +
    "2 HEBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[9] 12 Information från förvaltningen Nämnden har tagit del av informationen.\n";
  it("is the meeting of the body whose office keeps the minutes, of the municipality its pages are headed by", () => {
    const g = graphOf(page("Kulturförvaltningen"));
    expect(meetings(g)).toEqual(["Kulturnämnden (Bygdegården Lövnäs), Heby"]);
    expect(chairs(g)).toEqual(["Per Alm"]);
  });
  it("never titled by the notice where the office keeps every body's minutes", () => {
    expect(meetings(graphOf(page("Kommunledningsförvaltningen")))).toEqual(["Sammanträde (Bygdegården Lövnäs), Heby"]);
  });
});

describe("the sentence that opens the meeting names its chair", () => {
  const minutes = (opening: string) =>
    graphOf(
      "Protokoll fört vid årsmöte i Ekby Skytteklubb den 12 mars 2021 i Klubbstugan\n\n" +
        "Närvarande: Ada Berg, Ola Ek, Eva Al, Per Holm, Kim Lo\n\n" +
        `§ 1 Mötets öppnande\n${opening}\n\n` +
        "§ 2 Dagordning\nDagordningen godkändes.\n",
    );
  it("by the owner's chair in the genitive and a compound of the meeting's noun", () => {
    expect(chairs(minutes("Klubbens ordförande Ada Berg förklarade årsmötet öppnat."))).toEqual(["Ada Berg"]);
  });
  it("by the verb before the compound title and the name", () => {
    expect(chairs(minutes("Efter en tyst minut förklarar distriktsordförande Ola Ek stämman öppnad."))).toEqual(["Ola Ek"]);
  });
});

describe("the organ in a notice's block, one field a line", () => {
  it("titles the meeting where the page is titled by its place and members", () => {
    const text =
      "Sal Björken, Stadshuset, Vallby. Ledamöter: Ada Berg, m, ordförande Ola Ek, m vice ordförande\n\n" +
      "Plats och tid Sal Björken, Stadshuset, Vallby, kl 13.00-15.00\n\nLedamöter: Ada Berg, m, ordförande\nOla Ek, m vice ordförande Eva Al, v\n\n" +
      "Övriga: Per Holm, planchef\n\nUtses att justera Eva Al\n\nSekreterare Kim Lo\n\n" +
      "Paragrafer 20-31\n\nUnderskrifter\n\n" +
      "Justeringens plats och tid Stadshuset, Vallby, tisdagen den 12 maj 2020, kl 10.00, efter det att förvaltningen har gått igenom protokollet och de bilagor som hör till det. Justeringen sker i närvaro av sekreteraren och den som har utsetts att justera protokollet.\n\n" +
      "Kim Lo Ada Berg Eva Al\n\nsekreterare ordförande justerare\n\n" +
      "ANSLAGSBEVIS\n\nJusteringen har tillkännagivits via anslag\n\nOrgan Tekniska nämnden\n\nSammanträdesdatum 2020-05-05\n\n" +
      "Protokollet är anslaget 2020-05-12 -- 2020-06-03\n";
    expect(meetings(graphOf(text))).toEqual(["2020-05-05 Tekniska nämnden"]);
  });
});
