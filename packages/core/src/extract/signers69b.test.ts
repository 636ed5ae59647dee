/**
 * Round 69's signature readings, continued (invented names in the layout of an association's board minutes flattened
 * from PDF): the signature's labels run first, each closed by a comma, then each name is followed by its title, with
 * nothing after the last (`Vid protokollet, Justeras, Eva Ek Mötessekreterare Per Holm Justerare`): each title is the
 * name's before it (`01-protocol.ts` `titlesAfterNames`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const head = "Protokoll fört vid styrelsemöte i Svenska brädspelsförbundet, SBF\n\nDatum: 2020-03-14 Föregående möte: ";
const tail = "\n\nMötet beslutade att fastställa dagordningen.\n";

describe("labels run first, then each name with its title after it", () => {
  it("give each name the title after it", () => {
    const g = graphOf(`${head}Vid protokollet, Justeras, Ragnar Holmqvist Mötessekreterare Lisa Forsberg Justerare${tail}`);
    expect(attendees(g)).toEqual(["Lisa Forsberg: adjuster", "Ragnar Holmqvist: secretary"]);
    expect(roles(g)).toEqual(["Lisa Forsberg: justerare", "Ragnar Holmqvist: mötessekreterare"]);
  });
  it("not where the last title takes a name after it: the titles stand before their names", () => {
    const g = graphOf(`${head}Vid protokollet, Ragnar Holmqvist Justerare Lisa Forsberg${tail}`);
    expect(attendees(g)).toEqual(["Lisa Forsberg: adjuster", "Ragnar Holmqvist: secretary"]);
  });
});

describe("a text cut off in its last name (`… Eva Br` at its very end)", () => {
  const roll =
    "1 Kommunfullmäktiges protokoll 2011-05-23 Motion. 12 Närvarande Sammanträdets omfattning: Ledamöter Tjänstgörande ersättare " +
    "Ragnar Holmqvist (m) Lisa Forsberg (s) Gudrun";
  it("gives no person of the cut word", () => {
    expect(persons(graphOf(`${roll} Ts`))).toEqual(["Lisa Forsberg", "Ragnar Holmqvist"]);
  });
  it("but a surname of two letters the lexicon knows ends a name there", () => {
    expect(persons(graphOf(`${roll} Ek`))).toEqual(["Gudrun Ek", "Lisa Forsberg", "Ragnar Holmqvist"]);
  });
});

describe("a second name under one `Sekreterare` label followed by paragraph numbers", () => {
  const minutes = (second: string) =>
    "Byggnadsnämnden Sammanträdesdatum 2016-04-12 Plats och tid Stadshuset, kl. 13.00-15.30 Beslutande Helmer Ågren (S), ordförande " +
    "Astrid Norling (M) Övriga närvarande Dagny Sjölin, sekreterare, ej 31 Valter Hedin, bygglovshandläggare " +
    `Underskrifter Sekreterare Dagny Sjölin ${second} Paragrafer 18-34 Ordförande Helmer Ågren Justerande Astrid Norling\n\n§ 18 Val av justerare\n`;
  it("is a secretary too, of those items", () => {
    expect(roles(graphOf(minutes("Valter Hedin 31"))).filter((r) => r.startsWith("Valter Hedin"))).toEqual([
      "Valter Hedin: bygglovshandläggare",
      "Valter Hedin: sekreterare",
    ]);
  });
});
