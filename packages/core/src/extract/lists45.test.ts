/**
 * Round 45's list readings (invented names in the layouts of real minutes): a unit's name after a title is no person
 * (`02-mentions.ts`, the heads of things' names).
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

const people = (text: string): string[] => persons(graphOf(text));

describe("a team's, unit's or office's name in a flattened list of participants", () => {
  it("`Name, verksamhetsledare Samordningsteam Bjälby Name`: the team is no person", () => {
    const text =
      "Protokoll 2019-05-14 Plats och tid Rådhuset, Bjälby kl 09.00-11.00 Beslutande Vera Lundmark, ordförande, Region Västerby Kim Östlund, ledamot, Bjälby kommun " +
      "Övriga deltagande Sara Kvist, verksamhetsledare Samordningsteam Bjälby Omar Haddad, socialkonsulent Planeringsenheten Holmby Linn Axell, kulturproducent " +
      "Utses att justera Kim Östlund Underskrifter Sekreterare Linn Axell Ordförande Vera Lundmark Justerande Kim Östlund\n";
    expect(people(text)).toEqual(["Kim Östlund", "Linn Axell", "Omar Haddad", "Sara Kvist", "Vera Lundmark"]);
  });
});
