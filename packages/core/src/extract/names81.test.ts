/**
 * Names (session 81, 02-mentions.ts): a square or street named after a person (`Tage Ekström torg`), a foundation named
 * after one (`stiftelsen Elsa Ekmans Minne`) and a preschool given a name (`förskolan Elsa Berg`) are no persons.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, persons } from "../../../../test/helpers/minutes";

describe("names", () => {
  it("reads a square, a foundation or a preschool named after a person as no person", () => {
    expect(persons(graphOf("Torgdagen hålls på Tage Ekström torg i Åby.\n"))).toEqual([]);
    expect(persons(graphOf("Hon är revisor hos stiftelsen Elsa Ekmans Minne sedan 2020.\n"))).toEqual([]);
    expect(persons(graphOf("Val av en revisor hos stiftelsen Nils Ahs Minne.\n"))).toEqual([]);
    expect(persons(graphOf("Barnen på förskolan Stina Lund fick besök av Per Holm.\n"))).toEqual(["Per Holm"]);
  });
});
