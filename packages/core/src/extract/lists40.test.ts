/**
 * Titles written before names in attendance lists and prose, marks of substitution and absence in flattened tables,
 * and an organisation written after a name with no comma (01-protocol.ts, 03-appositions.ts, the role lexicon).
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a run of `Title Name Title Name` with no commas", () => {
  it("gives each title to the name after it where the run opens with a title, after its label", () => {
    const text = `Protokoll Folkhälsorådet 2014-03-12\n\nBeslutande Eva Ek (S), ordförande Per Holm (M)\n\nÖvriga deltagande Kurator Malin Ekdahl Skolsköterska Sofia Bäckman Språkstödjare Zaid Qorbani Paragraf 1-5\n\nUtses att justera Per Holm\n\n§ 1 Val av justerare\n`;
    const g = graphOf(text);
    expect(roles(g)).toEqual(expect.arrayContaining(["Malin Ekdahl: kurator", "Sofia Bäckman: skolsköterska", "Zaid Qorbani: språkstödjare"]));
    expect(attendees(g)).toEqual(expect.arrayContaining(["Malin Ekdahl: other", "Sofia Bäckman: other", "Zaid Qorbani: other"]));
  });
  it("and where it opens after the title of the name before it", () => {
    const text = `Protokoll Kommunstyrelsen 2014-03-12\n\nBeslutande Eva Ek (S), ordförande Per Holm (M), ersättare Chefsekonom Kjell Sandvik Kommunsekreterare Annika Vedberg\n\nÖvriga Rut Falk Folkhälsostrateg Förskollärare Maja Lindell Familjebehandlare Olle Strand\n\nUtses att justera Per Holm\n\n§ 1 Val av justerare\n`;
    const r = roles(graphOf(text));
    expect(r).toEqual(
      expect.arrayContaining([
        "Per Holm: ersättare",
        "Kjell Sandvik: chefsekonom",
        "Annika Vedberg: kommunsekreterare",
        "Rut Falk: folkhälsostrateg",
        "Maja Lindell: förskollärare",
        "Olle Strand: familjebehandlare",
      ]),
    );
    for (const wrong of ["Per Holm: chefsekonom", "Kjell Sandvik: kommunsekreterare", "Rut Falk: förskollärare", "Maja Lindell: familjebehandlare"])
      expect(r).not.toContain(wrong);
  });
});

describe("titles before names in a prose enumeration of minutes (`av kurator A, logoped B och dietist C`)", () => {
  const text = `Protokoll Kommunfullmäktige 2019-05-03\n\nBeslutande Eva Ek (S), ordförande Per Holm (M)\n\nUtses att justera Per Holm\n\nJusterat Eva Ek Per Holm Utmärkelsen togs emot av rektor Lina Borg, kurator Hedvig Alm och logoped Saga Nyrud. Gruppen leddes av sjukgymnast Rolf Tegnér och arbetsterapeut Vera Sund.\n\n§ 12 Inledning\nOrdföranden förklarade sammanträdet öppnat.\n`;
  it("gives each name the title before it", () => {
    const r = roles(graphOf(text));
    expect(r).toEqual(
      expect.arrayContaining(["Lina Borg: rektor", "Hedvig Alm: kurator", "Saga Nyrud: logoped", "Rolf Tegnér: sjukgymnast", "Vera Sund: arbetsterapeut"]),
    );
    expect(r).not.toContain("Lina Borg: kurator");
  });
});
