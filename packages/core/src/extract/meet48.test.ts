/**
 * The meeting of minutes that name it some other way than by a body heading (05-meetings.ts): undated minutes titled by
 * a genre word, a file's title or a sentence. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) =>
  g.filterNodes((_, a) => a.kind === "meeting").map((n) => `${label(g, n)} | ${(g.getNodeAttributes(n) as { date?: string }).date ?? "-"}`);

describe("undated minutes titled by a genre word", () => {
  const present =
    "Närvarade och beslutande: Lena Vikström (Mittuniversitetet), Olle Brandt (Skogsbolaget Norr), Sara Edholm (Länsstyrelsen)\n\n 1. Mötet öppnades.\n 2. Dagordningen godkändes\n";
  it("is the meeting heading under it (`Mötesprotokoll` / `Styrelsemöte`)", () => {
    expect(meetings(graphOf(`Mötesprotokoll\n\nStyrelsemöte\n\n\nPlats: Teams\n\n${present}`))).toEqual(["Styrelsemöte (Teams) | -"]);
  });
  it("is the genre word with no such heading (`Sammanträdesprotokoll 1 (12)`)", () => {
    expect(meetings(graphOf(`Sammanträdesprotokoll 1 (12)\n\nPlats och tid: Hotell Vika\n\n${present}`))).toEqual(["Sammanträdesprotokoll (Hotell Vika) | -"]);
  });
});

describe("minutes under a document site's file title", () => {
  it("are of the meeting their first sentence names (`X protokoll från styrelsemöte 17 september`)", () => {
    const text =
      'Summa restid 40t 10m\n\nStorlek: px\n\nDownload "Summa restid 40t 10m"\n\nTranskript\n\n1 ÖSF protokoll från styrelsemöte 12 oktober kl 12 på Sjömuseet Närvarande: Eva Lind, ÖSF Olle Berg, Norrö Byalag Kim Nord, Söderö Intresseförening Summa restid 40t 10m 1. Eva öppnade mötet. 2. Dagordningen godkändes.\n';
    expect(meetings(graphOf(text))).toEqual(["ÖSF styrelsemöte (12 oktober) | -"]);
  });
});

describe("a portal page whose first line is a sentence", () => {
  it("titles its meeting by the meeting the sentence names (`öppnar sammanträdet`), never by the sentence", () => {
    const text =
      "Hoppa över navigering\n • Ordföranden, Per Ekholm (S), hälsar välkommen och öppnar sammanträdet.\n\n • § 2\n\n  Val av justerare\n\n • Närvarande: Per Ekholm, Eva Lind, Olle Berg\n\n • Eva Lind, sekreterare, föredrar reglementet.\n";
    expect(meetings(graphOf(text))).toEqual(["Sammanträde | -"]);
  });
});
