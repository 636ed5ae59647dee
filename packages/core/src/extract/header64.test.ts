/**
 * Round 64's header fields: the titles of the absent members (`Ej närvarande ledamöter X (KD), 1:e vice ordförande Y (S),
 * 2:e vice ordförande`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("the absent members' field", () => {
  it("gives a title after `(Party),` to the name before it, as in the present members' field", () => {
    const text =
      "1 Ekby läns landsting Sammanträde med landstingsstyrelsens personalutskott Datum 2015-03-02 Plats Ekosalen " +
      "Närvarande ledamöter Eva Holm (M), ordförande Per Ask (M) Nils Berg (L) " +
      "Ej närvarande ledamöter Ola Sten (KD), 1:e vice ordförande Mia Dal (S), 2:e vice ordförande " +
      "Närvarande ersättare Ida Ros (M) Tjänstemän Lena Ek Sekreterare Karin Dahl\n\n§ 1 Val av justerare\n";
    const g = graphOf(text);
    const held = roles(g);
    expect(held).toContain("Ola Sten: 1:e vice ordförande");
    expect(held).toContain("Mia Dal: 2:e vice ordförande");
    expect(held.filter((r) => r.startsWith("Ola Sten") && r.includes("ledamöter"))).toEqual([]);
    expect(attendees(g).map((a) => a.split(":")[0])).not.toContain("Ola Sten");
  });
});
