/**
 * Round 49's readings (invented names in the layouts of real minutes and news): a street's name in a page's address
 * line is no person's name (`02-mentions.ts`, `isNameWord`); the medically responsible nurse's title and its acronym
 * (`data/roles.json`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

describe("a street's name in an address line", () => {
  it("`Besöksadress: Nils Ålundergatan 8` under a page after the signatures names no person", () => {
    const text =
      "Underskrifter Sekreterare\n\nMona Åberg\n\nOrdförande\n\nIda Bergkvist\n\nJusterare\n\nJonas Frid\n\n(2)\n\nEnkäten\n\n" +
      "Mona Åberg presenterar resultatet från enkäten.\n\n(3)\n\n" +
      "Postadress: Stadskansliet, 700 10 Sjöby Besöksadress: Nils Ålundergatan 8 sjoby.se Tel: 010-100 00 00\n\n" +
      "UNGDOMSRÅDET Protokoll 2016-04-12\n";
    expect(persons(graphOf(text))).toEqual(["Ida Bergkvist", "Jonas Frid", "Mona Åberg"]);
  });
});

describe("the medically responsible nurse", () => {
  it("`X, MAS` and `X, Medicinsk ansvarig sjuksköterska(mas)` hold the title", () => {
    const text =
      "Protokoll Folkrådet 2019-03-12\n\nBeslutande Maja Lind (C), ordförande Oskar Ahl (M)\n\n§ 1 Besök av Lena Roos, socialchef och Petra Ek, MAS\n\n" +
      "Lena Roos, socialchef och Petra Ek, Medicinsk ansvarig sjuksköterska(mas) var inbjudna till dagens möte.\n";
    expect(heldRoles(graphOf(text)).filter((r) => r.startsWith("Petra Ek"))).toEqual(["Petra Ek: medicinskt ansvarig sjuksköterska"]);
  });
});
