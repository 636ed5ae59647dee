/**
 * Round 54's name readings (invented names in the layout of minutes flattened from PDF): a title in the definite plural
 * right after the last name of a run of signatures (`Justerat <date> Eva Ek Per Alm Ola Berg Ordförandena och …`) is
 * no surname, by the role lexicon's singular or plural (`Ledamöterna`); read in a header (`01-protocol.ts`
 * `splitNames`) and in prose, where it ends as a group's name does and no longer takes the name with it (`02-mentions.ts`
 * `pluralTitle`, `firstThing`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

const people = (text: string): string[] => persons(graphOf(text));

describe("a title in the definite plural after a header's run of names", () => {
  const text = (title: string) =>
    `1 PROTOKOLL Regionfullmäktige Justerat tisdagen den 12 mars 2013 Märta Lövgren Gunnar Ekdahl Gustav Krok ${title} och regionrådet Helmer Sandin ` +
    "delade ut regionens miljöpris. 31 Inledning Ordföranden förklarade sammanträdet öppnat. 32 Kungörelse och anslag Kungörelsen om fullmäktiges sammanträde " +
    "anslogs den 1 mars 2013 på regionens anslagstavla och skickades samma dag till fullmäktiges ledamöter och ersättare. 33 Justering Att tillsammans " +
    "med ordföranden justera protokollet utsågs förste och andre vice ordföranden.\n";
  it.each([["Ordförandena"], ["Justerarna"], ["Ledamöterna"], ["Ersättarna"], ["Revisorerna"], ["Sekreterarna"]])(
    "`Gustav Krok %s och …`: the title is none of the name",
    (title) => {
      expect(people(text(title))).toEqual(["Gunnar Ekdahl", "Gustav Krok", "Helmer Sandin", "Märta Lövgren"]);
    },
  );
});

describe("a title in the definite plural after a run of names read as prose", () => {
  const text = (title: string) =>
    `1 PROTOKOLL Regionfullmäktige Justerat tisdagen den 12 mars 2013 Märta Lövgren Gunnar Ekdahl Gustav Krok ${title} och regionrådet Helmer Sandin ` +
    "delade ut regionens miljöpris till Ekby naturskola. Priset mottogs av rektor Alva Nordin.\n";
  it.each([["Justerarna"], ["Ledamöterna"], ["Revisorerna"], ["Sekreterarna"]])("`Gustav Krok %s och …`: the name stands", (title) => {
    expect(people(text(title))).toEqual(["Alva Nordin", "Gunnar Ekdahl", "Gustav Krok", "Helmer Sandin", "Märta Lövgren"]);
  });
});
