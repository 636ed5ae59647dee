/**
 * Round 53's association minutes (invented names and places in the layouts of minutes), read in `04-protocol.ts`: an
 * undated board meeting whose title names the association after a dash (`Styrelsemöte 3 - Norrby Spelförening`); an
 * annual meeting's items that name its officers after a colon (`Val av ordförande för mötet: Eva Ek.`).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf } from "../../../../test/helpers/minutes";
import { heldRoles, meetingLabels as meetings } from "../../../../test/helpers/prose";

describe("an undated board meeting whose title names the association after a dash", () => {
  const minutes = [
    "Styrelsemöte 3 - Ekby Brädspelare",
    "",
    "1 Protokoll från styrelsemöte ( 9) Styrelsemöte 3 - Närvarande: Alva Brandt, Tor Lindqvist, Edvin Sjögård, Maja Roos. Gäster: Nils Ekholm. Dagordning: 1.1 Mötets öppnande 1.2 Val av mötesordförande",
    "1.1 Mötets öppnande 1.2 Val av mötesordförande Alva Brandt väljs till mötesordförande. 1.3 Val av mötessekreterare Maja Roos väljs till mötessekreterare.",
  ].join("\n");
  it("titles the meeting with the association and its number", () => {
    const g = graphOf(minutes);
    expect(meetings(g)).toEqual(["Styrelsen (möte 3), Ekby Brädspelare"]);
    expect(chairs(g)).toEqual(["Alva Brandt"]);
  });

  it("takes no municipality after the dash as the association", () => {
    const g = graphOf(minutes.replace("Styrelsemöte 3 - Ekby Brädspelare", "Styrelsemöte 3 - Stockholm"));
    expect(meetings(g)).toEqual(["Styrelsen"]);
  });
});

describe("an annual meeting's officers named after a colon", () => {
  const minutes = [
    "4. Årsmötesprotokoll 2022",
    "Protokoll från Årsmötet den 12 mars 2022:",
    "§ 1. Mötet öppnades.",
    "§ 2. Val av ordförande för mötet: Sigrid Almqvist.",
    "§ 3. Dagordningen godkändes.",
    "§ 4. Val av sekreterare för mötet: Jonna Tellberg.",
    "§ 5. Val av justerare för mötet: Helmer Åkesson, Viveka Rydén.",
    "§ 6. Styrelsen beviljades ansvarsfrihet.",
    "§ 7. Val av styrelse enligt valberedningens förslag.",
    "Ordförande, vald på två år: Greta Nordén, nyval.",
    "Ledamöter, valda på två år: Kerstin Ahlgren, omval.",
    "Ledamöterna Sune Wiklund, Berit Hallgren valdes föregående år på två år, kvarstår därmed i styrelsen.",
    "§ 8. Mötet avslutades.",
    "Ekby den 20 mars 2022",
    "Jonna Tellberg, sekreterare",
    "Sigrid Almqvist, ordförande",
  ].join("\n\n");
  it("the meeting's chair chaired it, and its chair, secretary and adjusters were there", () => {
    const g = graphOf(minutes);
    expect(chairs(g)).toEqual(["Sigrid Almqvist"]);
    expect(attendees(g)).toEqual(["Helmer Åkesson: adjuster", "Jonna Tellberg: secretary", "Sigrid Almqvist: chair", "Viveka Rydén: adjuster"]);
  });
});

describe("an annual meeting's heading that names its association with `för`", () => {
  it("makes the association the annual meeting's and titles the meeting by it", () => {
    const minutes = [
      "Ett protokoll redovisar vad som hände på ett möte, t.ex. årsmöte eller styrelsemöte.",
      "Mötesprotokoll",
      "Årsmöte för Ekby Unga Schackspelare, Storgatan 4",
      "3 november 2016",
      "1. Mötets öppnande.",
      "Vera Lind förklarade mötet öppnat 18:05 den 3 november 2016.",
      "2. Justering av röstlängd.",
      "Närvarande med rösträtt:",
      "Vera Lind",
      "Otto Berglöf",
      "Alma Sundin",
      "3. Val av mötesordförande.",
      "Mötet valde Vera Lind till mötesordförande.",
      "4. Val av mötessekreterare.",
      "Mötet valde Otto Berglöf till mötessekreterare.",
      "5. Mötets avslutande.",
    ].join("\n\n");
    const g = graphOf(minutes);
    expect(meetings(g)).toContain("2016-11-03 Årsmötet, Ekby Unga Schackspelare");
    expect(heldRoles(g)).toContain("Vera Lind: mötesordförande @ Årsmötet");
  });
});
