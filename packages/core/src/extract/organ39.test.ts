/**
 * Round 39's officers of an association's meeting and its body (invented names and texts): an annual meeting's
 * elections for a term hold the board's offices in the association's board and the auditors' in the association, not
 * the meeting's (`04-protocol.ts`, `termElections`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { personRoles } from "../../../../test/helpers/roles";

describe("an annual meeting's elections for a term", () => {
  const annual = [
    "Årsmöte protokoll 2024",
    "",
    "ÅRSMÖTESPROTOKOLL Datum: 2024-03-12",
    "Plats: Klubbhuset Ekudden",
    "",
    "Närvarande: Tove Rasmark, Ivar Hedlin, Saga Norlén, Milo Frisk, Ebbe Tallgren",
    "",
    "1. Ordförande Tove Rasmark hälsade de närvarande välkomna och förklarade årsmötet öppnat.",
    "2. Till ordförande för årsmötet valdes Ivar Hedlin. Till sekreterare för årsmötet valdes Saga Norlén.",
    "3. Till justeringsmän valdes Milo Frisk och Ebbe Tallgren.",
    "9. Till ordförande på ett år valdes Tove Rasmark",
    "10. Till kassör på 2 år valdes Milo Frisk.",
    "11. Till ordinarie ledamöter på två år valdes: Ebbe Tallgren, Nora Vallin",
    "12. Till styrelsesuppleanter på ett år valdes: Axel Lindmark Nyval Lisa Granqvist Nyval",
    "13. Till ordinarie revisorer på 1 år nyväljs Rut Ekblad och Bo Hallberg.",
  ].join("\n");

  it("holds the board's offices in the board, the auditors' in the meeting that elects them, the meeting's chair at the meeting", () => {
    const held = personRoles(graphOf(annual), { written: true, normalised: false });
    expect(held).toEqual(
      expect.arrayContaining([
        "Tove Rasmark: ordförande @ Styrelsen",
        "Milo Frisk: kassör @ Styrelsen",
        "Ebbe Tallgren: ordinarie ledamot @ Styrelsen",
        "Nora Vallin: ordinarie ledamot @ Styrelsen",
        "Axel Lindmark: styrelsesuppleant @ Styrelsen",
        "Lisa Granqvist: styrelsesuppleant @ Styrelsen",
        "Rut Ekblad: ordinarie revisor @ Årsmötet",
        "Bo Hallberg: ordinarie revisor @ Årsmötet",
        "Ivar Hedlin: mötesordförande @ Årsmötet",
      ]),
    );
    expect(held).not.toContain("Ivar Hedlin: ordförande @ Styrelsen");
    expect(held).not.toContain("Saga Norlén: sekreterare @ Styrelsen");
  });
  it("does not make those elected attendees", () => {
    const present = attendees(graphOf(annual)).map((a) => a.split(":")[0]);
    for (const name of ["Nora Vallin", "Axel Lindmark", "Rut Ekblad"]) expect(present).not.toContain(name);
  });
});

describe("an annual meeting's own officers chosen in prose, no roll listed", () => {
  const minutes = [
    "PROTOKOLL fört vid årsmöte med föreningens medlemmar tisdagen den 12 mars 2024, klockan 15:00.",
    "",
    "Plats:             Bygdegården, Ekudden",
    "",
    "Närvarande: 64 personer",
    "",
    "Ordföranden Tove Rasmark hälsade de närvarande välkomna.",
    "",
    "§ 1                 Mötets öppnande",
    "",
    "§ 2                 Val av årsmötets ordförande",
    "",
    "                      Mötet föreslog sittande och Tove Rasmark valdes till ordförande för mötet.",
    "",
    "§ 3                 Val av årsmötets sekreterare",
    "",
    "                      Mötet föreslog Saga Norlén som valdes till årsmötets sekreterare.",
    "",
    "§ 4                 Val av 2 justeringsmän",
    "",
    "                      Mötet föreslog Milo Frisk och Ebbe Tallgren, som valdes av mötet.",
  ].join("\n");

  it("reads the secretary of `årsmötets sekreterare` and the adjusters under the heading that names them, who were there", () => {
    const g = graphOf(minutes);
    expect(personRoles(g, { written: true, normalised: false })).toEqual(
      expect.arrayContaining(["Saga Norlén: sekreterare @ Årsmötet", "Milo Frisk: justerare @ Årsmötet", "Ebbe Tallgren: justerare @ Årsmötet"]),
    );
    expect(attendees(g)).toEqual(expect.arrayContaining(["Saga Norlén: secretary", "Milo Frisk: adjuster", "Ebbe Tallgren: adjuster"]));
  });
});
