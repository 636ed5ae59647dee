/**
 * Round 66's header ends: a chair's label that opens a sentence of prose (`Ordföranden och regionrådet X delade ut …`)
 * opens no roster, so the names and titles in that prose are the prose readers'.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, persons, roles } from "../../../../test/helpers/minutes";

const prize =
  "1 PROTOKOLL Landstingsfullmäktige Justerat onsdagen den 4 mars 2009 Greta Lundmark Harald Wik Sune Borg " +
  "Ordföranden och landstingsrådet Vera Hagman delade ut landstingets kulturpris 2008 till Åsby Folkdansgille. Priset " +
  "mottogs av Tore Kvist ordförande, Linnea Strand verksamhetschef, Hugo Rask konsulent samt Elsa Brink. " +
  "Hedersomnämnande tilldelades Ekby Bygg AB som företräddes av Arvid Mohlin, enhetschef på byggavdelningen samt " +
  "Kerstin Ljung, projektledare. Hedersomnämnande tilldelades även Norrgruppen Åsby/Ekby som företräddes av Maj " +
  "Fors, enhetschef och kurator. Ordföranden förklarade sammanträdet öppnat. Upprop förrättades och närvaro och " +
  "frånvaro antecknades enligt uppropslistan, bilaga 1. 2 Kungörelse Kungörelsen om fullmäktiges sammanträde " +
  "utsändes den 2 februari 2009 till fullmäktiges ledamöter och ersättare. Tillägg till föredragningslista anslogs den " +
  "10 februari 2009 på landstingets anslagstavla. 3 Justering Att tillsammans med ordföranden justera sammanträdets " +
  "protokoll utsågs förste och andre vice ordföranden.\n\n2 Anmälan av beslut\n";

describe("a chair's label that opens a sentence (`Ordföranden och landstingsrådet X delade ut …`)", () => {
  const g = graphOf(prize);

  it("opens no roster: the names with titles after them in the prose are persons with their titles", () => {
    expect(persons(g)).toEqual(expect.arrayContaining(["Tore Kvist", "Linnea Strand", "Arvid Mohlin", "Maj Fors"]));
    expect(roles(g)).toContain("Linnea Strand: verksamhetschef");
    expect(roles(g)).toContain("Maj Fors: enhetschef");
  });

  it("ends the header there: the signers before it keep no chair's title, the prose's names are no roster", () => {
    expect(roles(g)).not.toContain("Sune Borg: ordföranden");
    // The sentence's subject hands out the prize at the meeting: there.
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(["Greta Lundmark", "Harald Wik", "Sune Borg", "Vera Hagman"]);
  });
});

const signed =
  "Sammanträdesprotokoll Byggnämnden Sammanträdesdatum 2012-05-08 Plats och tid Lärksalen, kl 09.00-11.30 " +
  "Beslutande Rut Mohlin (s) Ordförande , Tage Blom (m) Vice ordförande Anja Sund (c) Övriga deltagare Dan Rask " +
  "Sekreterare Dan Rask Paragraf , Ordförande Rut Mohlin (s) Paragraf , Justerande Tage Blom (m) Bevis/Anslag " +
  "Justering har tillkännagivits genom anslag\n\n§ 1 Val av justerare\n";

describe("a signature block with the items' field left blank (`Paragraf , Ordförande X (s) Paragraf , Justerande Y (m)`)", () => {
  const g = graphOf(signed);

  it("reads each label after the blank field's comma as a field: the chair signs, the adjuster adjusts", () => {
    expect(roles(g)).toContain("Tage Blom: justerande");
    expect(chairs(g)).toEqual(["Rut Mohlin"]);
    const rules = g.filterEdges((_, a) => a.kind === "chaired").map((e) => g.getEdgeAttribute(e, "rule"));
    expect(rules).toContain("protocol:signature-chair");
  });
});

const adjusted =
  "1 1 (20) Plats och tid Ekby stadshus, sammanträdesrummet Lärkan kl BESLUTANDE Rut Mohlin (M) Tage Blom (M) " +
  "Arvand Qoreshvili (S) Anja Sund (C) ERSÄTTARE Hugo Rask (M) Elsa Brink (S) Övriga deltagare Dan Holmér, Siv Ekwall, " +
  "Lina Ståhl Utses att justera Arvand Qoreshvili Justeringsdatum 2 september 2015 Paragrafer Underskrifter " +
  "Sekreterare Lina Ståhl Ordförande Rut Mohlin Justerande Arvand Qoreshvili\n\n2 2 (20) BEVIS OM ANSLAGSDAG s " +
  "protokoll är justerat Justeringen har tillkännagivits genom anslag Sammanträdesdatum 31 augusti 2015\n";

describe("an adjuster's bare name whose words the lexicon does not know (`Utses att justera Arvand Qoreshvili`)", () => {
  it("is a name where the header listed it before with its party", () => {
    expect(roles(graphOf(adjusted))).toContain("Arvand Qoreshvili: justerande");
  });
});
