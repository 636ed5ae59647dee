/**
 * Elections (session 65): a news item's seats in the body the election before them or the headline names, an election
 * sentence's list of names after a line break, and a seat named in the genitive voted at another body's meeting.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a seat named in the genitive, voted at another body's meeting (`valdes till nämndens ordförande vid ett extrainsatt fullmäktige`)", () => {
  it("is held in the body its title names, not in the one that met", () => {
    const g = graphOf("nyhet.txt", "Nyval\n\nGun Sand (M) valdes till kommunstyrelsens ordförande vid ett extrainsatt kommunfullmäktige på onsdagen.\n");
    expect(heldRoles(g).filter((r) => r.includes("@"))).toEqual(["Gun Sand: kommunstyrelsens ordförande @ Kommunstyrelsen"]);
  });
});

describe("`Till <seat> valdes X` with no body of its own", () => {
  it("takes the body of the election read paragraphs before it in the same section, past another body named", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre i Ekby\n\nGun Sand (M) valdes till kommunstyrelsens ordförande vid ett extrainsatt kommunfullmäktige på måndagen.\n\nDe fyra partierna har 29 av 55 mandat i kommunfullmäktige.\n\nTill vice ordförande valdes Ivar Moe (KD) och till 2:e vice ordförande valdes Åke Ström.\n",
    );
    expect(heldRoles(g).filter((r) => !r.startsWith("Gun"))).toEqual([
      "Ivar Moe: vice ordförande @ Kommunstyrelsen",
      "Åke Ström: andre vice ordförande @ Kommunstyrelsen",
    ]);
  });

  it("takes the one body the headline elects to, past a caption that opens a section", () => {
    const g = graphOf(
      "nyhet.txt",
      "Gun Sand (M) vald till ordförande i kommunstyrelsen\n\nGun Sand (M) blev vald på måndagen.\n\nGun Sand (M) kommunstyrelsens ordförande\n\nDe fyra partierna har 29 av 55 mandat i kommunfullmäktige.\n\nTill vice ordförande valdes Ivar Moe (KD).\n",
    );
    expect(heldRoles(g).filter((r) => r.startsWith("Ivar"))).toEqual(["Ivar Moe: vice ordförande @ Kommunstyrelsen"]);
  });
});

describe("an election sentence ending at its line, over a bulleted list of names (`Till kommunalråd valdes` / `• X (M)`)", () => {
  it("elects each name listed, and `i det nya styret` names no body", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt styre\n\nTill kommunalråd i det nya styret valdes\n\n  • Gun Sand (M)\n  • Ivar Moe (KD)\n  • Åke Ström (C)\n\nNästa möte är i maj.\n",
    );
    expect(heldRoles(g)).toEqual(["Gun Sand: kommunalråd", "Ivar Moe: kommunalråd", "Åke Ström: kommunalråd"]);
  });
});
