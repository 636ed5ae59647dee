/**
 * Round 70's page offices (invented names in the layouts of real press pages): a municipal office written with no
 * place on a page naming one municipality only not as such (`Centerpartiet i Hedemora`), held there as a body the page
 * names without its place is (`onlyMunicipality`); a chair's seat with no body (`X Ordförande (M):`) on a page that
 * introduces its chairs as the municipality's (`den nya ordföranden … i Ockelbo kommun`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("an office written with no place on a page about one municipality", () => {
  it("`valdes också X till oppositionsråd` on a page naming `Hedemora` in its head and again below, no other", () => {
    const text =
      "Ny gruppledning för Centerpartiet i Hedemora!\n\n" +
      "Centerpartiet i Hedemora har valt en ny gruppledning inför hösten. Vid kvällens möte valdes också Lena Åberg till oppositionsråd. " +
      "Vi ser fram emot att utveckla Hedemora tillsammans.\n";
    expect(heldRoles(graphOf("nyhet.txt", text))).toContain("Lena Åberg: oppositionsråd @ Hedemora");
  });
});

describe("a chair's seat with no body on a page introducing its chairs as the municipality's", () => {
  const answers = (intro: string) =>
    "Nyheter\n\nÖnskningar inför våren\n\n" +
    `Året går mot sitt slut. I Ockelbo har mycket hänt. ${intro}\n\n` +
    "Karin Holmgren Ordförande (M):\n– Jag hoppas på ett tryggare Ockelbo.\n\n" +
    "Per Sandberg 1:e vice ordförande (S):\n– Fler bostäder.\n\n" +
    "Ola Eklund 2:e vice ordförande (C):\n– Bättre skolor.\n";
  it("`frågar den nya ordföranden och de två vice ordförandena i Ockelbo kommun`: each seat is held in Ockelbo", () => {
    const held = heldRoles(graphOf("nyhet.txt", answers("Bladet frågar den nya ordföranden och de två vice ordförandena i Ockelbo kommun vad de hoppas på.")));
    expect(held).toEqual(
      expect.arrayContaining([
        "Karin Holmgren: ordförande @ Ockelbo",
        "Per Sandberg: förste vice ordförande @ Ockelbo",
        "Ola Eklund: andre vice ordförande @ Ockelbo",
      ]),
    );
  });
  it("not where the page introduces no chairs of the municipality (`frågar tre politiker`)", () => {
    const held = heldRoles(graphOf("nyhet.txt", answers("Bladet frågar tre politiker i Ockelbo kommun vad de hoppas på.")));
    expect(held).toContain("Karin Holmgren: ordförande");
  });
});
