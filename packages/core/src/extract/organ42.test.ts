/**
 * Round 42's meetings, chairs and offices (invented names and texts): the chair's seats in a roll table of minutes that
 * name no body (`04-protocol.ts` `holdsMeetingOffice`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
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
        "Gustav Lindholm: ordf [ordförande] @ Sammanträdesprotokoll",
        "Olle Strand: v. ordf [vice ordförande] @ Sammanträdesprotokoll",
        "Mats Hjort: sekreterare [sekreterare] @ Sammanträdesprotokoll",
      ]),
    );
    // No body is invented, and a member's plain seat is not held at the meeting.
    expect(roles.filter((r) => r.startsWith("Berit Sandahl") || r.startsWith("Karin Norrby"))).toEqual([
      "Karin Norrby: justerare [justerare] @ Sammanträdesprotokoll",
    ]);
  });
});
