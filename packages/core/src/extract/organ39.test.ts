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
