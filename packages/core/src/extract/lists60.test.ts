/**
 * A roll call flattened onto one line (01-lists.ts, data/protocol.json): a bare serving word after a name's comma
 * (`X (M), tjänstgörande Y (M)`) is X's status, not X serving for Y; `Politiska tjänstemän` is a field of people.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

const text =
  "Sammanträde med kultur- och fritidsnämnden Plats Ekesalen, kommunhuset Närvarande ledamöter Rut Björk (C), ordförande Ivar Sten (M) Elsa Kvist (S) " +
  "Närvarande ersättare Olle Berglöf (M), tjänstgörande Karin Sandell (M) Nils Ekdahl (M) Eva Lundmark (L), tjänstgörande Bo Dahlin (S) " +
  "Ej närvarande ledamöter Arne Vik (S) Politiska tjänstemän Anna Holmér, Per Falkvik, Lisa Nyman Tjänstemän Maja Runström, Sven Åkerlind Sekreterare\n\n§ 1 Val av justerare\n";

describe("a flattened roll call with `X (M), tjänstgörande Y (M)` and a `Politiska tjänstemän` field", () => {
  const g = graphOf(text);
  const present = attendees(g);
  it("the bare serving word after the comma is the name before's status; the name after it is one more reserve", () => {
    expect(present).toContain("Olle Berglöf: substitute");
    expect(present).toContain("Eva Lundmark: substitute");
    expect(present.filter((a) => a.startsWith("Karin Sandell:"))).toHaveLength(1);
    expect(present.filter((a) => a.startsWith("Bo Dahlin:"))).toHaveLength(1);
  });
  it("the people under `Politiska tjänstemän` attend", () => {
    for (const name of ["Anna Holmér", "Per Falkvik", "Lisa Nyman"]) expect(present.some((a) => a.startsWith(`${name}:`))).toBe(true);
  });
});
