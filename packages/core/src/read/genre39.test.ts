/**
 * Round 39's genre: a meeting's page on a web portal, a report of an annual meeting and a web page of one meeting with a
 * label a line are minutes; a press page that reports on a meeting is not. And a press page's seats in the body that
 * elects them. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { detectGenre } from "./genre";
import { graphOf, roles } from "../../../../test/helpers/minutes";
import { graphOf as proseGraph, heldRoles } from "../../../../test/helpers/prose";

const PORTAL = [
  "Hoppa över navigering",
  " • Lokal: Sammanträdesrum Tallbacken i Kommunhuset",
  "",
  "  Datum: 14 maj 2020 kl. 09:00",
  "",
  " •   2",
  "",
  "  Fastställande av föredragningslista",
  "",
  " • Beredning har ägt rum tisdag den 5 maj 2020 08:30 – 11:00 med ordförande Rut Hallberg (S), 1:e vice ordförande Osvald Nyrén (C), nämndsekreterare Tindra Moberg samt föredragande tjänstemän.",
  "",
  " •   4",
  "",
  "  Föregående protokoll",
  "",
  " • Miljönämnden ska välja en ny ersättare i utskottet då Elvin Stålberg (KD) har avsagt sig sina uppdrag.",
].join("\n");

const ANNUAL = [
  "Årsmöte 2021",
  "",
  "Årsmöte i",
  "",
  "Seniorföreningen Björkdalen",
  "",
  "9 mars 2021 i Bygdegården, Björkdalen",
  "",
  "Ordförande Alva Sundin hälsade de närvarande välkomna och öppnade mötet.",
  "",
  "Till ordförande för mötet valdes Gösta Rehn och sekreterare valdes Lilly Bergqvist.",
  "",
  "Verksamhetsberättelsen godkändes.",
].join("\n");

describe("a meeting told by two signs that it was held", () => {
  it("reads a portal page's agenda items and its preparation with a chair as minutes", () => {
    expect(detectGenre(PORTAL)).toBe("minutes");
  });

  it("reads an annual meeting's report, opened and its chair chosen, as minutes", () => {
    expect(detectGenre(ANNUAL)).toBe("minutes");
  });

  it("reads the agenda items of a page that opens the meeting as minutes", () => {
    const text = ["Hoppa över navigering", " • Dag Lindelöf (V), ordförande, hälsar välkommen och öppnar mötet.", "", " • § 2", "", "  Val av justerare"].join(
      "\n",
    );
    expect(detectGenre(text)).toBe("minutes");
  });

  it("keeps a press page that tells of a meeting, with one sign, as text", () => {
    const text = [
      "Nytt presidium i nämnden",
      "",
      "Vid kvällens sammanträde öppnade ordföranden Rut Hallberg (S) mötet med en tyst minut.",
      "",
      "Nämnden beslutade om nya taxor för bygglov.",
    ].join("\n");
    expect(detectGenre(text)).toBe("text");
  });

  it("keeps a notice's agenda, items alone, as text", () => {
    const text = ["Kallelse till årsmöte", "", "1. Mötets öppnande", "2. Val av justerare", "3. Fastställande av dagordning", "4. Verksamhetsberättelse"].join(
      "\n",
    );
    expect(detectGenre(text)).toBe("text");
  });

  it("does not take the portal page's prose for a header: its people keep their titles", () => {
    expect(roles(graphOf(PORTAL))).toEqual(
      expect.arrayContaining(["Osvald Nyrén: 1:e vice ordförande", "Rut Hallberg: ordförande", "Tindra Moberg: nämndsekreterare"]),
    );
  });
});

describe("a web page of one meeting, a label a line", () => {
  const PAGE = [
    "Din position: Hem > Kommunstyrelsen > Sammanträde 2012-04-17",
    "",
    "Sammanträde 2012-04-17",
    "",
    "Datum",
    "Klockan",
    "18.00",
    "Plats",
    "Kommunhuset, Sammanträdesrummet Linden",
    "",
    "Ines Vårdal, ordförande",
    "Albin Sköld, sekreterare",
    "",
    "§1 Delårsrapport",
  ];

  it("reads the labels of when and where with the § items as minutes", () => {
    expect(detectGenre(PAGE.join("\n"))).toBe("minutes");
  });

  it("keeps an event's page with the same labels and no § items as text", () => {
    expect(detectGenre(PAGE.slice(0, -1).join("\n"))).toBe("text");
  });
});

describe("seats in the body that elects them, on a press page", () => {
  it("holds the seats a body's decision to elect gives after each name in that body", () => {
    const text = [
      "Nytt presidium i förbundet",
      "",
      "Förbundsdirektionen har beslutat att välja Ylva Granqvist (M), Nykvarns kommun som Ordförande och Kasper Ahlin, Salems kommun som Vice ordförande.",
    ].join("\n");
    expect(heldRoles(proseGraph("nyhet.txt", text))).toEqual(
      expect.arrayContaining(["Kasper Ahlin: vice ordförande @ Förbundsdirektionen", "Ylva Granqvist: ordförande @ Förbundsdirektionen"]),
    );
  });

  it("holds the seats of a body's new members listed under the line that leads into them", () => {
    const text = [
      "Efter valet",
      "",
      "Regionstyrelsen fick följande sammansättning av ledamöter:",
      "Tove Lindmark (S), ordförande, Erland Sköld, vice ordförande Mira Dahlgren (C), vice ordförande, Nils Ovesson (S).",
    ].join("\n");
    expect(heldRoles(proseGraph("nyhet.txt", text))).toEqual([
      "Erland Sköld: vice ordförande @ Regionstyrelsen",
      "Mira Dahlgren: vice ordförande @ Regionstyrelsen",
      "Tove Lindmark: ordförande @ Regionstyrelsen",
    ]);
  });

  it("keeps a seat in a sentence that no body opens as the person's own", () => {
    const text = ["Ny ordförande", "", "Valberedningens förslag antogs och årsmötet valde Tove Lindmark (S) som ordförande."].join("\n");
    expect(heldRoles(proseGraph("nyhet.txt", text))).toEqual(["Tove Lindmark: ordförande"]);
  });
});
