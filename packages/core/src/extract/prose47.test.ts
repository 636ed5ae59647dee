/**
 * Round 47's readings (invented names in the layouts of real minutes): a name written with a middle initial in the list
 * and without it in the signatures is one person (`extract-document.ts`, the `fuller` map); a federation's name whose
 * proper name is a compass word and a place (`02-mentions.ts`, `associationAt`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, label, persons } from "../../../../test/helpers/minutes";

const people = (text: string): string[] => persons(graphOf(text));

describe("a middle initial in one place and not the other", () => {
  const text =
    "Protokoll Kulturrådet 2021-09-14 Tid och plats Tisdagen den 14 september 2021 Rådssalen Beslutande Ledamöter Tekla J Norrby, ordförande " +
    "Arvid Stensson, vice ordförande Lova Ek, ledamot Justerare Arvid Stensson Underskrifter Sekreterare... Lova Ek Ordförande... Tekla Norrby " +
    "Justerande... Arvid Stensson\n";
  it("`Tekla J Norrby, ordförande` in the list and `Tekla Norrby` signing are one person", () => {
    expect(people(text)).toEqual(["Arvid Stensson", "Lova Ek", "Tekla J Norrby"]);
  });
  it("two names that add different initials to one name leave it alone", () => {
    const two = text.replace("Lova Ek, ledamot", "Tekla M Norrby, ledamot");
    expect(people(two)).toContain("Tekla Norrby");
  });
  it("two members each written with another party are two people (`Ola Ek (S)`, `Ola B Ek (M)`)", () => {
    const two =
      "Protokoll Kulturrådet 2021-09-14 Beslutande Ledamöter Tekla Norrby (S), ordförande Ola Ek (S) Ola B Ek (M) Lova Ek (C) Justerare Lova Ek (C)\n";
    expect(people(two)).toEqual(["Lova Ek", "Ola B Ek", "Ola Ek", "Tekla Norrby"]);
  });
});

describe("a federation's name that ends in a compass word and a place", () => {
  it("`Kommunalförbundet Vattenverket Norra Åsen` is read whole, the board's meeting is its", () => {
    const text =
      "1 av 8 Kommunalförbundet Vattenverket Norra Åsen Direktionen Sammanträdesprotokoll 2021-03-09 Plats och tid: Verkets kontor, kl. 09:00 " +
      "Beslutande: Sigrid Alm (S), ordförande Nils Ek (M) Övriga: Bo Lindgren, förbundsdirektör Utses att justera: Nils Ek Ordförande:. Sigrid Alm\n";
    const g = graphOf(text);
    const meetings = g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));
    expect(meetings).toEqual(["2021-03-09 Direktionen, Kommunalförbundet Vattenverket Norra Åsen"]);
  });
});
