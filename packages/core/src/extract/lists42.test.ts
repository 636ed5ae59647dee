/**
 * Round 42's lists (invented names and texts): offices of an association's meetings the role lexicon lacked, and where
 * a listed name stops before an organisation's words or a title's plural (02-mentions.ts, 01-protocol.ts, roles.json).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

describe("offices of an association's meetings", () => {
  it("are roles as written: rapportör, ordförandereserv, vice mötesordförande, referent, ombudsman, sidansvarig", () => {
    const text = `Protokoll fört vid möte med sektionens styrelse den 12 mars 2015\n\nNärvarande: Tora Wiklund, Emil Sandberg, Maja Ekdahl, Oskar Fält, Rut Hammar\n\n§ 95 Val av rapportör till Bladet\natt utse Emil Sandberg till rapportör till Bladet.\n§ 96 Val av ordförandereserv till nästa möte\natt välja Oskar Fält till ordförandereserv för nästa möte.\n§ 97 Nästa möte\natt välja Rut Hammar till vice mötesordförande till nästa möte.\n§ 98 Övrigt\nTill referent valdes Maja Ekdahl.\nFörbundets ombudsman Klara Ström presenterade sig.\n\nSidansvarig: Nils Vall\n`;
    expect(roles(graphOf(text))).toEqual(
      expect.arrayContaining([
        "Emil Sandberg: rapportör",
        "Oskar Fält: ordförandereserv för nästa möte",
        "Rut Hammar: vice mötesordförande",
        "Maja Ekdahl: referent",
        "Klara Ström: ombudsman",
        "Nils Vall: sidansvarig",
      ]),
    );
  });
});
