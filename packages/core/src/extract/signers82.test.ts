/**
 * Round 82's signers (invented names in the layout of a council's minutes that print no field): three bare names after
 * `Justerat <date>` sign, and where the text says the chair adjusts with the first and second vice chairs, they are, in
 * their order, the chair and the two vice chairs (`01-protocol.ts` `PRESIDIUM_ADJUSTS`).
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const justerat = "Justerat tisdagen den 3 juni beträffande 8, i övrigt tisdagen den 17 juni";
const head =
  `${justerat} Alva Brink Oskar Lindqvist Tove Ahlberg\n\nTranskript\n\n1 PROTOKOLL Landstingsfullmäktige ${justerat} 2019 Alva Brink ` +
  "Oskar Lindqvist Tove Ahlberg 41 Inledning och justering m.m. Ordföranden förklarade sammanträdet öppnat. " +
  "Ordföranden konstaterade att 71 ledamöter var närvarande. ";
const item =
  " Protokollet skall justeras senast tisdag den 17 juni. Interpellation 2019:4 av Rut Sandell (MP) om kollektivtrafiken " +
  "Interpellationen är ställd till landstingsrådet för trafiken. Interpellationen bordlades vid fullmäktiges föregående " +
  "sammanträde. Landstingsrådet Edvin Falk besvarade interpellationen. Vidare yttrade sig Rut Sandell och landstingsrådet Edvin " +
  "Falk. Fullmäktige beslutade att interpellationen var besvarad.";
const graph = (adjusting: string) => graphOf(head + adjusting + item);

describe("three bare signers after `Justerat <date>` and the presidium adjusting", () => {
  it("take the chair and the two vice chairs in order (`Att tillsammans med ordföranden justera … utsågs förste och andre vice ordföranden`)", () => {
    const g = graph(`Att tillsammans med ordföranden justera sammanträdets protokoll utsågs förste och andre vice ordföranden.`);
    expect(chairs(g)).toEqual(["Alva Brink"]);
    expect(attendees(g)).toEqual(["Alva Brink: chair", "Edvin Falk: -", "Oskar Lindqvist: adjuster", "Rut Sandell: -", "Tove Ahlberg: adjuster"]);
    expect(roles(g)).toEqual([
      "Alva Brink: ordförande",
      "Edvin Falk: landstingsrådet",
      "Oskar Lindqvist: förste vice ordförande",
      "Oskar Lindqvist: justerare",
      "Tove Ahlberg: andre vice ordförande",
      "Tove Ahlberg: justerare",
    ]);
  });
  it("read `justeras av ordföranden jämte förste och andre vice ordförandena` alike", () => {
    const g = graph(`Protokollet justeras av ordföranden jämte förste och andre vice ordförandena.`);
    expect(chairs(g)).toEqual(["Alva Brink"]);
  });
  it("are read where the page's title repeats their names alone above the minutes", () => {
    const titled = head.replace(`${justerat} Alva Brink`, "Alva Brink");
    const g = graphOf(`${titled}Att tillsammans med ordföranden justera sammanträdets protokoll utsågs förste och andre vice ordföranden.${item}`);
    expect(chairs(g)).toEqual(["Alva Brink"]);
  });
  it("stay adjusters where the text does not say so", () => {
    const g = graph(`Att justera sammanträdets protokoll utsågs Oskar Lindqvist och Tove Ahlberg.`);
    expect(attendees(g).filter((a) => a.endsWith("chair"))).toEqual([]);
  });
});
