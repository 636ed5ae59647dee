/**
 * Round 42's meetings, chairs and offices (invented names and texts): the chair's seats in a roll table of minutes that
 * name no body (`04-protocol.ts` `holdsMeetingOffice`); the secretary who signs under `Vid protokollet` at the foot
 * (`footSecretary`); a title that glues the adjustment's day to the body (`adjustedMonth`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

describe("a chair's seat after a name where the minutes name no body", () => {
  const text = [
    "Sid 3 (18) Sammanträdesprotokoll Plats och tid Lindgården, kl Paragraf Närvarande Se sidan 3 Ledamöter Närv. Frånv",
    "Tjänstgörande ersättare Paragraf Gustav Lindholm (S) ordf Berit Sandahl (S) Olle Strand (MP) v. ordf Karin Norrby (M)",
    "Ersättare Närv. Frånv Sanna Ekdal (S) Övriga Mats Hjort, Förvaltningschef",
    "Sekreterare Mats Hjort Ordförande Gustav Lindholm (S) Justerare Karin Norrby (M)",
  ].join(" ");
  it("is held at the meeting, as its secretary's and adjuster's offices are (`ordf`, `v. ordf`)", () => {
    const roles = personRoles(graphOf(text), { written: true });
    expect(roles).toEqual(
      expect.arrayContaining([
        "Gustav Lindholm: ordf [ordförande] @ Sammanträdesprotokoll (Lindgården)",
        "Olle Strand: v. ordf [vice ordförande] @ Sammanträdesprotokoll (Lindgården)",
        "Mats Hjort: sekreterare [sekreterare] @ Sammanträdesprotokoll (Lindgården)",
      ]),
    );
    // No body is invented, and a member's plain seat is not held at the meeting.
    expect(roles.filter((r) => r.startsWith("Berit Sandahl") || r.startsWith("Karin Norrby"))).toEqual([
      "Karin Norrby: justerare [justerare] @ Sammanträdesprotokoll (Lindgården)",
    ]);
  });
});

describe("the name under `Vid protokollet` at the foot", () => {
  it("kept the minutes of a board's meeting read inline", () => {
    const text = [
      "Styrelsemöte 210912",
      "",
      "Protokoll fört vid styrelsemöte med Lövhagens Samfällighetsförening söndagen den 12 september kl 15.00",
      "",
      "Närvarande styrelseledamöter:",
      "Olle Sandgren, Ingrid Wallin och Kerstin Dahlberg.",
      "",
      "  • 1 Mötet öppnas",
      "",
      "Ingrid Wallin ordförande hälsar alla välkomna och öppnar mötet.",
      "",
      "  • 2 Föregående protokoll",
      "",
      "Godkänns av styrelsen.",
      "",
      "Vid protokollet:",
      "",
      "Kerstin Dahlberg",
    ].join("\n");
    expect(personRoles(graphOf(text)).filter((r) => r.includes("sekreterare"))).toEqual(["Kerstin Dahlberg: sekreterare @ Styrelsen"]);
  });
  it("kept the minutes of a meeting whose fields stand a name a line", () => {
    const text = [
      "Protokoll fört vid styrelsemöte i Björkvikens vägförening den 14 maj 2020",
      "",
      "Närvarande:",
      "Sigrid Almqvist",
      "Tore Lindvall",
      "Maja Rönnholm",
      "",
      "Frånvarande:",
      "Gösta Brink",
      "",
      "§ 1 Sigrid Almqvist hälsade välkommen och öppnade mötet.",
      "",
      "Vid protokollet",
      "",
      "Maja Rönnholm",
    ].join("\n");
    expect(personRoles(graphOf(text), { where: false })).toEqual(["Maja Rönnholm: sekreterare"]);
  });
});

describe("`<Body> Justerat <weekday> den <date>` in the title", () => {
  const text = (day: string) =>
    `PROTOKOLL Regionfullmäktige Justerat tisdagen den ${day} 2017 Åsa Lindgren Per Vallin Ove Stjärnkvist Ordförandena delade ut regionens pris. 12 Inledning Ordföranden förklarade sammanträdet öppnat. Upprop förrättades och närvaro och frånvaro antecknades enligt uppropslistan, bilaga 1. 13 Kungörelse Kungörelsen om sammanträde anslogs den 20 februari 2017 på regionens anslagstavla och skickades till ledamöter och ersättare. 14 Justering Att tillsammans med ordföranden justera protokollet utsågs förste och andre vice ordföranden.\n`;
  it("names the body without the adjustment's word, the meeting in the month adjusted after its 14th day", () => {
    expect(meetingLabels(graphOf(text("21 mars")))).toEqual(["2017-03 Regionfullmäktige"]);
  });
  it("leaves the meeting undated where the adjustment may be the next month's (`den 9 mars`), not the notice's day", () => {
    expect(meetingLabels(graphOf(text("9 mars")))).toEqual(["Regionfullmäktige"]);
  });
});
