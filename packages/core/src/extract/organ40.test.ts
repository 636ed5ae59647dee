/**
 * Round 40's meeting and its body as the header gives them (invented names and texts): the date with its hour over a
 * letter's or a month's (`04-protocol.ts` `meetingDate`, `05-meetings.ts`), the place up to the next label on its line, a
 * sub-body named bare with the owner the text gives it (`ownedSubBody`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetings } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

describe("the meeting's date: the header's date with its hour", () => {
  it("over an earlier untimed `Datum` (the notes' writing)", () => {
    const notes = [
      "Ekby kommun Hemsida www.ekby.se E-post info@ekby.se",
      "",
      "MINNESANTECKNINGAR Sida 1(2)",
      "",
      "Datum",
      "",
      "2019-04-15",
      "",
      "Fritidsråd, 2019-04-09",
      "",
      "Plats Bygdegården, Lilla salen Datum 2019-04-09, kl. 13.00 – 15.00",
      "",
      "Deltagare Vera Ekström, ordförande Pål Holmgren, sekreterare Lisa Sandvik, Norrskolan Karin Bergvall, Norrskolan",
      "",
      "1. Välkommen",
      "Ordföranden hälsade alla välkomna.",
    ].join("\n");
    expect(meetings(graphOf(notes)).map((m) => m.slice(0, 10))).toEqual(["2019-04-09"]);
  });
  it("over the document's date where the minutes' fields are read as lines (`Tid: 9 april 2019 kl. 13.00`)", () => {
    const minutes = [
      "Protokoll styrelsemöte",
      "Datum: 2019-03-20",
      "",
      "Tid: 9 april 2019 kl. 13.00",
      "Plats: Bygdegården",
      "",
      "Närvarande: Vera Ekström, Pål Holmgren, Lisa Sandvik",
      "",
      "Ordförande: Vera Ekström",
      "Sekreterare: Pål Holmgren",
      "",
      "§ 1 Mötets öppnande",
      "Ordföranden öppnade mötet.",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual(["2019-04-09 Styrelsen @ Bygdegården"]);
  });
});

describe("the meeting's place", () => {
  it("ends at a label on the same line (`Plats: Bygdegården   Tid: 18.00 – 19.30`)", () => {
    const minutes = [
      "Årsmötesprotokoll",
      "",
      "Protokoll från årsmöte den 14 mars 2023",
      "",
      "Plats: Bygdegården                          Tid:  18.00 – 19.30",
      "",
      "Närvarande: 21 medlemmar.",
      "",
      "§ 1 Mötets öppnande",
      "Ordförande Vera Ekström hälsade alla välkomna och öppnade mötet.",
      "§ 2 Till mötesordförande väljs Pål Holmgren.",
    ].join("\n");
    expect(meetings(graphOf(minutes))).toEqual(["2023-03-14 Årsmötesprotokoll @ Bygdegården"]);
  });
});

describe("the body that met", () => {
  it("is the sub-body with the owner the text gives it (`Beslutsinstans: Arbetsutskottet`, `Byggnämndens arbetsutskott`)", () => {
    const minutes = [
      "Beslutsinstans: Arbetsutskottet 2023-2026 Sammanträdesdatum: 2024-02-13",
      "",
      "Plats och tid",
      "",
      "Stadshuset, 2024-02-13 kl. 09.00-11:00",
      "",
      "Beslutande",
      "",
      "Vera Ekström (KD), ordförande Pål Holmgren (M)",
      "",
      "Övriga deltagare",
      "",
      "Karin Bergvall, nämndsekreterare",
      "",
      "Utses att justera Pål Holmgren",
      "",
      "§ 4/24 Fastställande av dagordning",
      "",
      "Byggnämndens arbetsutskott godkänner dagordningen.",
    ].join("\n");
    const held = personRoles(graphOf(minutes), { written: true, normalised: false });
    expect(held).toEqual(
      expect.arrayContaining(["Vera Ekström: ordförande @ Byggnämndens arbetsutskott", "Pål Holmgren: justerare @ Byggnämndens arbetsutskott"]),
    );
  });
});
