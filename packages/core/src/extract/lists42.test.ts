/**
 * Round 42's lists (invented names and texts): offices of an association's meetings the role lexicon lacked, and where
 * a listed name stops before an organisation's words or a title's plural (02-mentions.ts, 01-protocol.ts, roles.json).
 */
import { describe, expect, it } from "vitest";
import { graphOf, label, roles } from "../../../../test/helpers/minutes";

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

/** The persons' names, sorted. */
const persons = (text: string) => {
  const g = graphOf(text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => label(g, n))
    .sort();
};

describe("where a listed name stops", () => {
  it("before an organisation's genitive or adjective and a lower-case noun (`Tallåns vattenråd`, `Ideella naturvården`)", () => {
    const text = `PROTOKOLL 1 (6) STYRELSEN FÖR TALLÅNS VATTENRÅD Närvarande Ledamöter: Kommunrepresentanter Bengt Sandell Tranås kommun (ordf.) Areella näringar Göran Askvik LRF Företag/industrier Per Lund Nordic Malt Vallby VA NORD: Hans-Åke Sandell Ideella naturvården Nils Berglund SNF Adjungerade: Ebba Rask Tallåns vattenråd Konsult: Tove Alström Ekologgruppen Plats: Kommunhuset i Tranås Tid: Torsdagen den 14 mars 2019 kl 13\n\n1. Val av justerare Bengt Sandell hälsar alla välkomna och öppnar mötet.\n`;
    expect(persons(text)).toEqual(["Bengt Sandell", "Ebba Rask", "Göran Askvik", "Hans-Åke Sandell", "Nils Berglund", "Per Lund", "Tove Alström"]);
  });
  it("makes no person of a company's words in an attendee's parenthesis (`Stora Ekbo`, `MejeriKartong`)", () => {
    const text = `Protokoll styrelsemöte Vallby luftvårdsförbund 2019-10-24\n\nNärvarade och beslutande: Karin Åberg (Vallby universitet), Anna Nilsson (Stora Ekbo Tallviks bruk), Ola Persson (MejeriKartong Norrviks bruk), Eva Holm (Länsstyrelsen)\n\n§1 Mötets öppnande\nOrdförande Karin Åberg öppnade mötet.\n`;
    expect(persons(text)).toEqual(["Anna Nilsson", "Eva Holm", "Karin Åberg", "Ola Persson"]);
  });
  it("before a village after each name of a list with commas, where two villages are known (`Olle Fagerlund Torp`)", () => {
    const text = `Protokoll styrelsemöte Granbygdens Hembygdsförbund 2019-10-24\n\nNärvarande: Vera Lundqvist Indal, Hugo Berglind Alnö, Olle Fagerlund Torp,   Karin Sjöblom Selånger,\nSiv Marklund Liden och   Greta Holmqvist Hässjö\n\n§1 Mötets öppnande\nOrdförande Vera Lundqvist öppnade mötet.\n`;
    expect(persons(text)).toEqual(["Greta Holmqvist", "Hugo Berglind", "Karin Sjöblom", "Olle Fagerlund", "Siv Marklund", "Vera Lundqvist"]);
  });
  it("before a title in the definite plural (`Ordförandena`)", () => {
    const text = `PROTOKOLL Regionfullmäktige Justerat tisdagen den 14 mars 2017 Åsa Lindgren Per Vallin Ove Stjärnkvist Ordförandena och regionrådet Karin Eklöf delade ut regionens pris.\n`;
    expect(persons(text)).toContain("Ove Stjärnkvist");
    expect(persons(text).filter((p) => p.includes("Ordförandena"))).toEqual([]);
  });
  it("keeps surnames and given names the adjectives and genitives are like (`Lilla Ek (KD)`, `Lindqvists förslag`, `Tavaros stabschef`)", () => {
    const text = `Protokoll Kommunstyrelsen 2016-04-12\n\nNärvarande ledamöter Per Sandin (S) Lilla Ekwall (KD) Eva Dahlén (V)\n\n§ 1 Motion\nMotionen från Anna Berg Lindqvist besvarades. Anna Berg Lindqvists förslag avslogs. Kommissionens ordförande Lina Maria Tavaros stabschef skrev.\n`;
    const found = persons(text);
    expect(found).toEqual(expect.arrayContaining(["Anna Berg Lindqvist", "Eva Dahlén", "Lilla Ekwall", "Per Sandin"]));
    // A genitive before a noun no body's is the person's own: the name is not cut before it.
    expect(found.filter((p) => p.startsWith("Lina Maria Tavaro"))).toHaveLength(1);
  });
});
