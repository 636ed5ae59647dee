/**
 * Round 70's organ readings (invented names and bodies in the layouts of real minutes): which body met
 * (`04-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { heldRoles, meetingLabels } from "../../../../test/helpers/prose";

describe("the posting certificate's `Organ` field under a head that names the body in full", () => {
  const text = [
    "SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen Sammanträdesdatum 2011-03-08 1 (12)",
    "",
    "1 (12) Tid Tisdagen den 8 mars kl Plats Ekby kommunhus Ledamöter Tjänstgörande ersättare Övriga närvarande Ersättare " +
      "Eva Ekholm (c) ordförande Per Holmlund (m), förste vice ordf. Stina Vikberg (s), andre vice ordf. Nils Berglund (m) " +
      "Karin Dahlström (s) Justering Justerare Underskrifter Sekreterare Ordförande Justerande Stina Vikberg Lena Åkesson " +
      "Eva Ekholm (c) Stina Vikberg (s) Paragrafer",
    "",
    "2 (12) ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ Styrelsen Datum för " +
      "anslags uppsättande Förvaringsplats för protokollet Förbundets kansli Underskrift",
  ].join("\n");

  it("keeps the head's `Förbundsstyrelsen`, of which the field's `Styrelsen` is the short name", () => {
    const g = graphOf(text);
    expect(meetingLabels(g)).toEqual(["2011-03-08 Förbundsstyrelsen"]);
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining(["Eva Ekholm: ordförande @ Förbundsstyrelsen", "Per Holmlund: förste vice ordförande @ Förbundsstyrelsen"]),
    );
  });
});

describe("a title that names the meeting by the board's compound noun", () => {
  it("`Protokoll fört vid styrelsesammanträde för <association>`: the association's board", () => {
    const text = [
      "Protokoll 2024-10-15",
      "",
      "Protokoll fört vid styrelsesammanträde för PRO Ekbacken Norra. Tid: 2024-10-15",
      "",
      "14.00-16.00",
      "Plats: Lilla salen. Deltagande: Eva Ekholm, Per Holmlund, Stina Vikberg, Nils Berglund.",
      "",
      "§1. Mötets öppnande. Ordförande förklarar sammanträdet öppnat.",
      "",
      "§2. Godkännande av dagordning. Dagordningen godkänns.",
    ].join("\n");
    expect(meetingLabels(graphOf(text))).toEqual(["2024-10-15 Styrelsen"]);
  });

  it("`styrelse- och arbetsmöte`: the board, whose noun opens a compound coordinated with another", () => {
    const text = [
      "Protokoll fört vid styrelse- och arbetsmöte för PRO Ekbacken Norra. Tid: 2013-06-12",
      "",
      "Plats: Lilla salen. Deltagande: Eva Ekholm, Per Holmlund, Stina Vikberg, Nils Berglund.",
      "",
      "§1. Mötets öppnande. Ordförande förklarar sammanträdet öppnat.",
      "",
      "§2. Bryggan behöver lagas. Vi tar upp det vid nästa möte.",
    ].join("\n");
    expect(meetingLabels(graphOf(text))).toEqual(["2013-06-12 Styrelsen"]);
  });
});
