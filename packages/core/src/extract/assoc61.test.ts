/**
 * Round 61's association minutes (invented names and places): annual meetings' minutes that list no one, whose first
 * items hand out several of the meeting's offices in one sentence.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs } from "../../../../test/helpers/minutes";
import { graphOf, personRoles } from "../../../../test/helpers/roles";

const minutes = (...items: string[]) =>
  [
    "Protokoll",
    "",
    "Fört vid Vallby Byalags årsmöte 2019",
    "",
    "Tid: Söndagen den 7 april, kl. 15.00",
    "Plats: Bygdegården, Vallby",
    "",
    "Närvarande: Ett tjugotal medlemmar",
    "",
    ...items,
    "",
    "Mötet avslutades.",
  ].join("\n");

const genitive = minutes("1. Till mötets ordförande valdes Tyra Hallin och sekreterare Olof Brandt", "", "2. Verksamhetsberättelsen godkändes.");
const bare = minutes(
  " 1. Val av mötesordförande och protokollförare",
  "",
  "Till ordförande valdes Tyra Hallin och till protokollförare Olof Brandt.",
  "",
  " 2. Val av rösträknare och justerare",
  "",
  "Till rösträknare och justerare av dagens protokoll valdes Vera Lindkvist och Arvid Norrgård.",
);
const doing = minutes(
  " 1. Val av ordförande och sekreterare för årsmötet",
  "",
  "Tyra Hallin valdes att leda årsmötesförhandlingarna och Olof Brandt att föra protokollet.",
);

describe("a sentence handing out the meeting's offices together", () => {
  it("reads `Till mötets ordförande valdes A och sekreterare B`", () => {
    const g = graphOf(genitive);
    expect(chairs(g)).toEqual(["Tyra Hallin"]);
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(expect.arrayContaining(["Tyra Hallin", "Olof Brandt"]));
    expect(personRoles(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^Olof Brandt: sekreterare @/)]));
  });
  it("reads a bare `Till ordförande` beside `till protokollförare` under the item `Val av mötesordförande och protokollförare`", () => {
    const g = graphOf(bare);
    expect(chairs(g)).toEqual(["Tyra Hallin"]);
    const roles = personRoles(g, { written: true, normalised: false });
    expect(roles).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Tyra Hallin: mötesordförande @/), expect.stringMatching(/^Olof Brandt: protokollförare @/)]),
    );
  });
  it("reads `Till rösträknare och justerare … valdes A och B`: each adjusts, counts and attends", () => {
    const g = graphOf(bare);
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(expect.arrayContaining(["Vera Lindkvist", "Arvid Norrgård"]));
    const roles = personRoles(g);
    for (const name of ["Vera Lindkvist", "Arvid Norrgård"])
      expect(roles).toEqual(
        expect.arrayContaining([expect.stringMatching(new RegExp(`^${name}: justerare @`)), expect.stringMatching(new RegExp(`^${name}: rösträknare @`))]),
      );
  });
  it("reads `A valdes att leda förhandlingarna och B att föra protokollet`", () => {
    const g = graphOf(doing);
    expect(chairs(g)).toEqual(["Tyra Hallin"]);
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(expect.arrayContaining(["Tyra Hallin", "Olof Brandt"]));
    expect(personRoles(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^Olof Brandt: sekreterare @/)]));
  });
});

describe("an association named with a lower-case head", () => {
  const elections = ["", "2. Till revisorer för ett år valdes Vera Lindkvist och Arvid Norrgård."];
  it("reads `Ekby hembygdsförening` on the title line (`Protokoll fört vid Ekby hembygdsförenings årsmöte`)", () => {
    const text = minutes(...elections).replace(
      "Protokoll\n\nFört vid Vallby Byalags årsmöte 2019",
      "Ekby hembygdsförening\n\nProtokoll fört vid Ekby hembygdsförenings årsmöte 7 april 2019.",
    );
    expect(personRoles(graphOf(text))).toContain("Vera Lindkvist: revisor @ Ekby hembygdsförening");
  });
  it("reads a suspended pair (`årsmöte med Ekby Hembygds- och fornminnesförening lördagen …`)", () => {
    const text = minutes(...elections).replace(
      "Fört vid Vallby Byalags årsmöte 2019",
      "Fört vid ordinarie årsmöte med Ekby Hembygds- och fornminnesförening lördagen den 6 april 2019",
    );
    expect(personRoles(graphOf(text))).toContain("Arvid Norrgård: revisor @ Ekby Hembygds- och fornminnesförening");
  });
});

describe("an association's general meeting electing for a term", () => {
  const text = minutes(
    "2. Sixten Mårdh valdes enhälligt till ordförande för 2020.",
    "",
    "3. Val av styrelseledamöter. Kerstin Bodell väljs in som ordinarie ledamot i styrelsen.",
    "",
    "4. Till ordinarie revisorer valdes Vera Lindkvist och Arvid Norrgård samt ersättare för dessa Bengt Sjöö och Tyra Hallin.",
  ).replace("Vallby Byalags", "Vallby Byalags årsmöte med Vallby Hembygdsförenings");
  const roles = personRoles(graphOf(text));
  it("ends a list at a second office (`… samt ersättare för dessa C och D`), held where the first is", () => {
    expect(roles).toContain("Arvid Norrgård: revisor @ Vallby Hembygdsförening");
    expect(roles).toContain("Bengt Sjöö: ersättare @ Vallby Hembygdsförening");
    expect(roles).not.toContain("Tyra Hallin: revisor @ Vallby Hembygdsförening");
  });
  it("reads the name first (`X valdes enhälligt till ordförande för 2020`, `Y väljs in som ordinarie ledamot i styrelsen`)", () => {
    expect(roles).toContain("Sixten Mårdh: ordförande @ Styrelsen");
    expect(roles).toContain("Kerstin Bodell: ledamot @ Styrelsen");
  });
});
