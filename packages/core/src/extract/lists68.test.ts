import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons, roles } from "../../../../test/helpers/minutes";

// The notes of a small group whose attendance lines name each member by the given name alone, with the post after a
// dash written ` – `, `- ` or `-`.
const NOTES = [
  "Cykelgruppen Minnesanteckningar 2021-04-12",
  "Närvarande: Maja- webbansvarig, Hugo – kassaansvarig, Tilde- vice bokansvarig, Arvid – vice webbansvarig",
  "Ej närvarande: Elsa – tolkansvarig, Viktor- telefonansvarig",
  "",
].join("\n");

describe("an attendance line of given names only", () => {
  const g = graphOf(NOTES);
  it("reads each given name as a person, the dash and post no part of it", () => {
    expect(persons(g)).toEqual(["Arvid", "Elsa", "Hugo", "Maja", "Tilde", "Viktor"]);
  });
  it("takes the present as attendees, not the absent", () => {
    expect(attendees(g)).toEqual(["Arvid: member", "Hugo: member", "Maja: member", "Tilde: member"]);
  });
  it("reads each post after its dash", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Hugo: kassaansvarig", "Maja: webbansvarig"]));
  });
});
