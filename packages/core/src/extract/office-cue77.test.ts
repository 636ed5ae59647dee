import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";
import { persons } from "../../../../test/helpers/minutes";

describe("an office in parentheses after a known given name and a surname no list has", () => {
  const text =
    "Årsmöte i Ekby hembygdsförening\n\nI övrigt består styrelsen av Stina Ravnholt (vice ordförande), Bo Bävertoft (sekreterare) och Nils Ekmossa.\n";

  it("reads the name as a person, as a party in its place makes one", () => {
    const g = graphOf("nyhet.txt", text);
    expect(persons(g)).toEqual(expect.arrayContaining(["Bo Bävertoft", "Stina Ravnholt"]));
    expect(heldRoles(g)).toEqual(expect.arrayContaining(["Bo Bävertoft: sekreterare"]));
  });

  it("makes no person of a title and a given name, nor of a place before the office", () => {
    const g = graphOf("nyhet.txt", "Nytt från föreningen\n\nOrdförande Nils (vald) tackade. Styrelsen i Ekby Norrmark (ordförande) svarade.\n");
    expect(persons(g)).toEqual([]);
  });
});
