/**
 * Names (session 71, lexicon.ts and 02-mentions.ts): a given name written with a diacritic the list lacks (`Zoë`) is
 * the listed name without it; a name in `-it` or `-itt` written with `th` (`Marith`, `Brith`) is a given name, also
 * as the second part of one broken by a hyphen and a space (`Ann- Marith`); a name no lexicon knows set off by commas
 * after a title in lower case (and the place it is held in) is a person; a word in lower case run into a given name
 * (`kommunfullmäktigeAnna Lena Kvarnlöv`) is left out of the whole name. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { chairs, graphOf, parties, persons } from "../../../../test/helpers/minutes";
import { graphOf as proseGraph } from "../../../../test/helpers/prose";

describe("names", () => {
  it("reads a given name with a diacritic the list lacks as the listed name, not as a surname first", () => {
    const g = graphOf(
      "PROTOKOLL 2011-03-02 1(9) Plats och tid Stadshuset, Åby, kl 14:00-16:00 :Beslutande Ledamöter Zoë Sten (M), ordförande Per Holm (M) Eva Lind (S) Ersättare Bo Dahl (S) Underskrifter Ordförande Zoë Sten (M)\n",
    );
    expect(persons(g)).toEqual(["Bo Dahl", "Eva Lind", "Per Holm", "Zoë Sten"]);
    expect(chairs(g)).toEqual(["Zoë Sten"]);
  });
  it("reads a given name in `-ith` as the listed one in `-it`, in a broken double given name and in prose", () => {
    const g = graphOf(
      "Socialnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2017-05-03\nBeslutande Eva Lind (S) ordförande, Kim Ahlgren (C) ej §§ 1-3, Ann- Marith Dahlqvist (KD) ej §§ 1-3, Ola Berg (V)\n",
    );
    expect(parties(g)).toContain("Ann-Marith Dahlqvist: Kristdemokraterna");
    expect(persons(proseGraph("a.txt", "Vänsterpartiets gruppledare i Åby, Sigbrith Kvarnlöv, lämnar sitt uppdrag i höst.\n"))).toEqual(["Sigbrith Kvarnlöv"]);
  });
  it("reads a name set off by commas after a title, or a title and its place, as a person", () => {
    const names = (text: string) => persons(proseGraph("a.txt", text));
    expect(names("Det sade demokratilots i Upplands Väsby, Lovinda Kvarnlöv, på mötet.\n")).toEqual(["Lovinda Kvarnlöv"]);
    expect(names("Kommunens ordförande, Lovinda Kvarnlöv, lämnar sitt uppdrag i höst.\n")).toEqual(["Lovinda Kvarnlöv"]);
    // A title's letters before an organisation's name, and a list's `och` after it, say nothing.
    expect(names("Partiet var MAS, Movimiento al Socialismo, som styrde.\n")).toEqual([]);
    expect(names("Bolagets vd, Vallby Bygg, och kommunen tecknade avtal.\n")).toEqual([]);
  });
  it("reads a given name run into the lower-case word before it as the start of the whole name", () => {
    const g = proseGraph(
      "a.txt",
      "Valda på KF-möte.Från vänsterSiv Kvarnlöv, 1:e vice ordförandeBo Åke Persson, ordförande kommunfullmäktigeAnna Lena Kvarnlöv, 2:e vice ordförande\n",
    );
    expect(persons(g)).toEqual(["Anna Lena Kvarnlöv", "Bo Åke Persson", "Siv Kvarnlöv"]);
  });
});
