/**
 * Roles told in press texts, joined by `och` (invented names, real patterns).
 */
import { describe, expect, it } from "vitest";
import { heldRoles } from "../../../../test/helpers/prose";
import { buildGraph, readDocument } from "@samverkan/core";

/** The graph of one press text. */
const graphOf = (text: string) => buildGraph([readDocument({ source: "nyhet.txt", content: text })], { layout: false }).graph;

/** Each role held in a body, as `name: role @ body`, and each role held in none, as `name: role`, sorted. */
const roles = (text: string) => heldRoles(graphOf(text));

/** The people of a text, sorted. */
function people(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
}

describe("roles joined by `och` before a body", () => {
  it("share it: `valdes till andre vice ordförande och ledamot i Stockholmsregionens Europaförening`", () => {
    const text =
      "Nytt från styrelsen\n\nVid mötet hölls fyllnadsval där Maja Törnkvist (S) valdes till ny andre vice ordförande och ledamot i Stockholmsregionens Europaförening.\n";
    expect(roles(text)).toEqual([
      "Maja Törnkvist: andre vice ordförande @ Stockholmsregionens Europaförening",
      "Maja Törnkvist: ledamot @ Stockholmsregionens Europaförening",
    ]);
  });

  it("except a role that names its own body, which is no seat in an association named after it", () => {
    const text = "Nytt från styrelsen\n\nBengt Alvarsson (M) är ordförande i kommunstyrelsen och ledamot i Storsthlms styrelse.\n";
    expect(roles(text)).toEqual(["Bengt Alvarsson: kommunstyrelsens ordförande", "Bengt Alvarsson: ledamot @ Storsthlm"]);
  });

  it("but it shares a municipality, where that body is", () => {
    const text = "Nytt från styrelsen\n\nBengt Alvarsson (M) är ordförande i kommunstyrelsen och kommunalråd i Sigtuna.\n";
    expect(roles(text)).toContain("Bengt Alvarsson: kommunstyrelsens ordförande @ Sigtuna");
  });
});

describe("a double given name written by its initials (`K-G`, `P-O`)", () => {
  it("opens a name before a surname", () => {
    expect(roles("Nyhet\n\nOrdförande L-G Strandberg (S) öppnade mötet.\n")).toEqual(["L-G Strandberg: ordförande"]);
    expect(people("Nyhet\n\nSamtalet leddes av B-O Fransson och Lisa Grahn.\n")).toEqual(["B-O Fransson", "Lisa Grahn"]);
  });
});

describe("a staff page's picture text", () => {
  it("is no part of the name it shows (`Personalbild Anna Berg`)", () => {
    const text = "Kansliet\n\nPersonalbild Görel Lindqvist\nGörel Lindqvist\n\nFörbundssekreterare\n";
    expect(people(text)).toEqual(["Görel Lindqvist"]);
    expect(roles(text)).toEqual(["Görel Lindqvist: förbundssekreterare"]);
  });

  it("names one whose names the lexicon lacks, alone on a line over a title alone on the next", () => {
    const text = "Kansliet\n\nYlvie Brasksson\n\nKommundirektör\n\nMiljö Teknik\nEnhetschef\n";
    expect(people(text)).toEqual(["Ylvie Brasksson"]);
    expect(roles(text)).toEqual(["Ylvie Brasksson: kommundirektör"]);
  });
});

describe("a title before the name, held where the name's apposition places the person", () => {
  it("after `på`, `vid`, `från` (`professor X vid Y`), also for the name coordinated with it", () => {
    const text =
      "Nyhet\n\nDet sa professor Åke Rydberg vid Lunds universitet. Finansregionråd Eva Lindgren och regionråd Olof Holm från Region Uppsala inledde. Mötet leddes av landshövding Karin Bergvall och länsöverdirektör Nils Ekdahl på Länsstyrelsen Uppsala.\n";
    expect(roles(text)).toEqual([
      "Eva Lindgren: finansregionråd @ Region Uppsala",
      "Karin Bergvall: landshövding @ Länsstyrelsen i Uppsala län",
      "Nils Ekdahl: länsöverdirektör @ Länsstyrelsen i Uppsala län",
      "Olof Holm: regionråd @ Region Uppsala",
      "Åke Rydberg: professor @ Lunds universitet",
    ]);
  });
  it("not a minister's, nor a newspaper after `på`, where one writes (`X och minister Y på DN Debatt`)", () => {
    expect(roles("Nyhet\n\nDet skrev Åke Rydberg och jämställdhetsminister Eva Lindgren på DN Debatt.\n")).toEqual(["Eva Lindgren: jämställdhetsminister"]);
  });
});

describe("a municipality's office on a page about the municipality", () => {
  it("is held there, but a minister's title that opens like one is not (`kommunminister`)", () => {
    expect(roles("Nyhet\n\nMed Åke Rydberg, Gotlands kommun, och kommunalrådet Eva Lind besökte kommunminister Olof Holm ön.\n")).toEqual([
      "Eva Lind: kommunalråd @ Gotland",
      "Olof Holm: kommunminister",
      "Åke Rydberg: undefined @ Gotland",
    ]);
  });
});

describe("where a title is held, named right after it with no preposition", () => {
  it.each([
    ["a ministry", "Statssekreterare Finansdepartementet", "Åke Rydberg: statssekreterare @ Finansdepartementet"],
    ["an agency", "generaldirektör Vallbyverket", "Åke Rydberg: generaldirektör @ Vallbyverket"],
    ["a county", "Landshövding Uppsala län", "Åke Rydberg: landshövding @ Uppsala län"],
  ])("%s (`%s`)", (_, title, expected) => {
    expect(roles(`Nyhet\n\nDet sa Åke Rydberg, ${title}, i går.\n`)).toEqual([expected]);
  });
});

describe("an association the lexicon lacks, after `i`", () => {
  it("is where the role is held when its name ends like an association's (`ordförande i Östermalms företagarförening`)", () => {
    const text = "Nyhet\n\nDet var Åke Rydberg, ordförande i Vallby företagarförening, och Lena Ohlin, sekreterare i Hyresgästföreningen, som talade.\n";
    expect(roles(text)).toEqual(["Lena Ohlin: sekreterare @ Hyresgästföreningen", "Åke Rydberg: ordförande @ Vallby företagarförening"]);
  });

  it.each([
    ["Företagarföreningen Vallby Handel", "Företagarföreningen Vallby Handel"],
    ["Stiftelsen Vallbyhem", "Stiftelsen Vallbyhem"],
    ["Vallbystiftelsen", "Vallbystiftelsen"],
  ])("is where the role is held when its name opens with an association's head or is one (`i %s`)", (name, label) => {
    expect(roles(`Nyhet\n\nDet var Åke Rydberg, ordförande i ${name}, som talade.\n`)).toEqual([`Åke Rydberg: ordförande @ ${label}`]);
  });

  it("but a capitalised name that does not is no organisation (`ordförande i Kista`, a place)", () => {
    expect(roles("Nyhet\n\nDet var Åke Rydberg, ordförande i Kista, som talade.\n")).toEqual(["Åke Rydberg: ordförande"]);
  });
});

describe("a name with no title before `i` or `om` and an organisation", () => {
  /** Where each person works or is from, with no role said (`name @ target`), sorted. */
  const workplaces = (text: string) => {
    const g = graphOf(text);
    const label = (n: string) => String(g.getNodeAttribute(n, "label"));
    return g
      .filterEdges((_, a) => a.kind === "holds_role" && !a.roleNormalised)
      .map((e) => `${label(g.source(e))} @ ${label(g.target(e))}`)
      .sort();
  };

  it("is no workplace: where one spoke or wrote (`X i Expressen`), what about (`X (S) om regeringen`)", () => {
    const text = "Debatt\n\nSom Rune Alvén i Expressen skrev i går, och som Tilda Nyrén (S) om regeringen sade, är frågan öppen.\n";
    expect(workplaces(text)).toEqual([]);
  });

  it("but a place after `i` is where one is from (`Göran Persson i Simrishamn`, the Riksdag's namesakes)", () => {
    expect(workplaces("Debatt\n\nInterpellation av Rune Alvén i Simrishamn om vägarna.\n")).toEqual(["Rune Alvén @ Simrishamn"]);
  });

  it("is where one works only right after the name, or after a title the lexicon lacks and its preposition", () => {
    const text =
      "Debatt\n\nRune Alvén, enligt TT, och Tilda Nyrén, som Regeringskansliet anlitat, sade nej. Det gjorde också Olle Frid, sociolog på Lunds universitet, och Siv Ek, verksam vid Karolinska Institutet.\n";
    expect(workplaces(text)).toEqual(["Olle Frid @ Lunds universitet", "Siv Ek @ Karolinska Institutet"]);
  });

  it("or after a unit of the workplace (`X, statsvetenskapliga institutionen vid Y`), not after a clause that names one", () => {
    const text =
      "Debatt\n\nOlle Frid, ekonomisk-historiska institutionen vid Lunds universitet, och Siv Ek, kirurgiska kliniken på Karolinska Institutet, svarar. Rune Alvén, som besökte avdelningen på Karolinska Institutet, höll med.\n";
    expect(workplaces(text)).toEqual(["Olle Frid @ Lunds universitet", "Siv Ek @ Karolinska Institutet"]);
  });
});

describe("a title in a clause after the name", () => {
  it("is someone else's after a question word or a verb of saying right after it, or after `till` and a word cut by a soft hyphen", () => {
    const text =
      "Interpellation\n\nInterpellation av Rune Alvén (M) till närings\u00ADministern om framtiden för Vallby Produktion. Jag vill fråga Tilda Nyrén hur ministern ser på saken. Olle Frid (S) skriver kommunstyrelsens ordförande i Malmö ett brev.\n";
    expect(roles(text)).toEqual([]);
  });

  it("is someone else's after `till` and a word broken at a line's end (`kommunikations-` / `ministern`)", () => {
    const text = "Interpellation\n\nInterpellation av Rune Alvén (V) till kommunikations-\nministern om trafiken i Göteborg.\n";
    expect(roles(text)).toEqual([]);
    expect(graphOf(text).filterEdges((_, a) => a.kind === "represents")).toEqual([]);
  });

  it("is the name's own in a clause of its own (`X, som skriver om regionen, är kommunalråd i Nacka`)", () => {
    expect(roles("Nyhet\n\nSiv Ek, som skriver om regionen, är kommunalråd i Nacka.\n")).toEqual(["Siv Ek: kommunalråd @ Nacka"]);
  });

  it("is none, nor a place the name represents, after `om` before any title (`X (V) till …ministern om trafiken i Göteborg`)", () => {
    const g = graphOf("Interpellation\n\nInterpellation av Rune Alvén (V) till kommunikationsministern om trafiken i Göteborg.\n");
    expect(g.filterEdges((_, a) => a.kind === "represents" || a.kind === "holds_role")).toEqual([]);
    expect(roles("Nyhet\n\nSiv Ek (M) valdes om till ordförande i Nacka.\n")).toEqual(["Siv Ek: ordförande @ Nacka"]);
  });
});

describe("a title before an election verb", () => {
  it("is held already and shares no body with the office the election gives (`X, statssekreterare, utsågs till generaldirektör för Y`)", () => {
    const text =
      "Nyhet\n\nOlle Frid, socialdemokratisk statssekreterare, utsågs till generaldirektör för Vallbyinstitutet. Siv Ek (S) valdes till ordförande och ledamot i Kulturrådet.\n";
    expect(roles(text)).toEqual([
      "Olle Frid: generaldirektör @ Vallbyinstitutet",
      "Olle Frid: statssekreterare",
      "Siv Ek: ledamot @ Statens kulturråd",
      "Siv Ek: ordförande @ Statens kulturråd",
    ]);
  });
});

describe("the government named near a text's top", () => {
  it("is no body one is elected to a chair in, only appointed minister (`X utsågs till ordförande i bolaget`)", () => {
    const text =
      "Nyhet\n\nBolaget startades av regeringen 2010. Olle Frid utsågs i juni 2011 till ordförande i bolaget. Siv Ek blev utnämnd till statsråd med ansvar för EU-frågor.\n";
    expect(roles(text)).toEqual(["Olle Frid: ordförande", "Siv Ek: statsråd @ Regeringen"]);
  });

  it("where one is appointed minister by a title the lexicon lacks too (`utsågs till samordningsminister`)", () => {
    expect(roles("Nyhet\n\nRegeringen ombildas. Siv Ek (S) utsågs till samordningsminister.\n")).toEqual(["Siv Ek: samordningsminister @ Regeringen"]);
  });

  it("and a minister's `för` names the field, no organisation (`samordningsminister för EU-frågorna`)", () => {
    expect(roles("Nyhet\n\nSiv Ek, samordningsminister för EU-frågorna, talade.\n")).toEqual(["Siv Ek: samordningsminister"]);
  });
});

describe("an election to a role whose name holds its body", () => {
  it.each(["ordförande i kommunstyrelsen", "kommunstyrelsens ordförande", "kommunstyrelseordförande"])(
    "gives the body to the role elected after it too (`Till %s valdes A, till 1:e vice ordförande B`)",
    (role) => {
      const text = `Kommunfullmäktige\n\nTill ${role} valdes Siv Ek (S), till 1:e vice ordförande Olle Frid (M).\n`;
      expect(roles(text)).toEqual(["Olle Frid: förste vice ordförande @ Kommunstyrelsen", "Siv Ek: kommunstyrelsens ordförande @ Kommunstyrelsen"]);
    },
  );
});
