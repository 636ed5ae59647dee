import { describe, expect, it } from "vitest";
import { graphOf, persons, roles } from "../../../../test/helpers/minutes";

describe("a staff row's title written as a coordinated compound with a hyphen ellipsis", () => {
  const text =
    "Tekniska nämnden\nSammanträdesdatum 2019-03-12\n\nPlats och tid: Stadshuset, Ekby kl 18.00-20.00\nBeslutande: Eva Ek (S), ordförande, Per Holm (M), Siv Lund (C)\nÖvriga närvarande: Olle Berg, teknisk chef\nKarin Sandgren Energi- och klimatrådgivare\nMaja Ås, miljö- och hälsoskyddsinspektör\nJusterare: Per Holm\n\n§ 1 Val av justerare\n";

  it("is one title, its first half never glued to the name", () => {
    const g = graphOf(text);
    expect(persons(g)).toEqual(["Eva Ek", "Karin Sandgren", "Maja Ås", "Olle Berg", "Per Holm", "Siv Lund"]);
    expect(roles(g)).toEqual(expect.arrayContaining(["Karin Sandgren: energi- och klimatrådgivare", "Maja Ås: miljö- och hälsoskyddsinspektör"]));
  });
});
