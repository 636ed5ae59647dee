/**
 * Minutes of a municipal body read by 04-protocol.ts whose municipality is written only in the first page's address
 * footer (`ADRESS TELEFON … Stadshuset <Town> vx`), their date lost: the body is the municipality's, and the undated
 * meeting is told apart by it rather than by the room; no person stands for that town. Minutes that name no body:
 * the signers' chair holds the chair at the meeting, as its secretary and adjuster hold theirs. A member replaced `kl
 * <time>` only was there for the rest of it. An office chosen as `mötessekreterare` is kept as written. Invented names
 * and texts.
 */
import { describe, expect, it } from "vitest";
import { edges, heldRoles, meetingLabels } from "../../../../test/helpers/prose";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

const footer =
  "Sammanträdesprotokoll\n\n1 2011:4:1 Sida 1 (30) Plats och tid Ekrummet, Beslutande Eva Ekström (m) Ordförande , Per Almgren (s) Vice ordförande , " +
  "Siv Holmberg (m) , Olle Bergman (s) Sekreterare Lisa Berglund Paragraf , Ordförande Eva Ekström (m) Paragraf , Justerande Per Almgren (s) " +
  "Bevis/Anslag Justering har tillkännagivits genom anslag Organ Kommunstyrelsen Datum då anslag sätts upp Förvaringsplats för protokollet " +
  "Kommunkansliet Underskrift Lisa Berglund ADRESS TELEFON FAX E-POST HEMSIDA Stadshuset Härnösand vx\n\n" +
  "2 2011:4:1 Sida 2 (30) Justerande Paragraf Ej närvarande Anna Sjöberg (s) Övriga deltagare Karl Lindqvist Kommunchef\n\n" +
  "3 Sida 3 (30) KS 120/2011 Tillkommande ärenden: - Samtal med Sundsvall om räddningstjänsten.\n";

describe("undated minutes whose municipality is in the address footer", () => {
  const g = graphOf(footer);
  it("titles the meeting by the room and the municipality", () => {
    expect(meetingLabels(g)).toEqual(["Kommunstyrelsen (Ekrummet), Härnösand"]);
  });
  it("places the body in it, and no person", () => {
    expect(g.getNodeAttribute("organisation:kommunstyrelsen-harnosand", "partOf" as never)).toBe("municipality:harnosand");
    expect(edges(g, "represents")).toEqual([]);
  });
});

const unnamed =
  "Protokoll\n\nSammanträdesdatum 2016-03-02\n\nPlats och tid Stadshuset, kl 09.00-11.30 Beslutande Per Almgren (M) Eva Ekström (S) Siv Holmberg (C) " +
  "Olle Vikström (S) Övriga deltagare Karl Lindqvist, Lisa Berglund Utses att justera Olle Vikström Justeringsdatum 3 mars 2016 Paragrafer 1-5 " +
  "Underskrifter Sekreterare Lisa Berglund Ordförande Per Almgren Justerande Olle Vikström\n\n2 2 (40) BEVIS Protokollet är justerat\n";

describe("minutes that name no body", () => {
  it("give the signers' chair, adjuster and secretary their offices at the meeting", () => {
    expect(heldRoles(graphOf(unnamed))).toEqual([
      "Lisa Berglund: sekreterare @ 2016-03-02 Protokoll, Sammanträdesdatum 2016-03-02",
      "Olle Vikström: justerare @ 2016-03-02 Protokoll, Sammanträdesdatum 2016-03-02",
      "Per Almgren: ordförande @ 2016-03-02 Protokoll, Sammanträdesdatum 2016-03-02",
    ]);
  });
});

const partly =
  "Kommunstyrelsen\nSammanträdesprotokoll 2012-04-10\n\nPlats och tid Ekrummet, kl 13.00-17.00\n" +
  "Beslutande Per Almgren (s) ordförande, Siv Holmberg (m), Olle Bergman (m) ersätter Eva Ekström (m) kl 13.00-15.00, Anna Sjöberg (m) ersätter Karl Lindqvist (m)\n" +
  "Sekreterare Lisa Berglund\nUnderskrifter Sekreterare Lisa Berglund Ordförande Per Almgren Justerande Siv Holmberg\n";

describe("a member replaced for part of the meeting", () => {
  const present = attendees(graphOf(partly)).map((a) => a.split(":")[0]);
  it("attends, where one replaced for all of it does not", () => {
    expect(present).toContain("Eva Ekström");
    expect(present).not.toContain("Karl Lindqvist");
  });
});

const officers =
  "Protokoll fört vid årsmöte i Ekby Brädspelsförening 2021-03-13\n\n§ 1. Mötets öppnande. Ordföranden Kerstin Ahlgren öppnade mötet.\n" +
  "§ 2. Val av mötesfunktionärer. Valdes Rune Falkman till mötesordförande och Maja Lundqvist till mötessekreterare.\n" +
  "§ 3. Val av justerare. Till justerare valdes Per Ekholm.\n";

describe("the meeting's officers chosen in one sentence", () => {
  it("keeps the secretary's office as written, as the chair's is", () => {
    expect(roles(graphOf(officers))).toEqual(expect.arrayContaining(["Maja Lundqvist: mötessekreterare", "Rune Falkman: mötesordförande"]));
    expect(roles(graphOf(officers))).not.toContain("Maja Lundqvist: sekreterare");
  });
});
