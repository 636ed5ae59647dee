/**
 * People found by the gazetteer and person passes (mentions.ts), checked through `buildGraph` on small texts written
 * for these tests (names and municipalities that are not in the sample corpus).
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { DocumentRecord, KnowledgeGraph } from "@samverkan/core";
import fc from "fast-check";
import { isNameWord } from "./02-mentions";
import { foldHash } from "../text/hash";
import type { Token } from "../text/tokenize";

function graphOf(text: string, overrides: Partial<DocumentRecord> = {}): KnowledgeGraph {
  const doc = { ...readDocument({ source: "t.txt", content: text }), ...overrides };
  return buildGraph([doc], { layout: false }).graph;
}
const persons = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => g.getNodeAttribute(n, "label"))
    .sort();

describe("people: found", () => {
  const cases: [string, string, string[]][] = [
    ["lexicon given name + surname", "Rapport\nI går talade Margareta Lindholm om skolan.", ["Margareta Lindholm"]],
    ["hyphenated given name", "Rapport\nI går talade Eva-Karin Strömberg om skolan.", ["Eva-Karin Strömberg"]],
    ["hyphenated surname", "Rapport\nI går talade Ingela Berg-Nyström om vården.", ["Ingela Berg-Nyström"]],
    ["three-part name", "Rapport\nI går talade Karl Erik Vallgren om vägarna.", ["Karl Erik Vallgren"]],
    [
      "a place glued before the given name, cells run together",
      "Närvarande\nOlof Strand, Vallby kommun, TäbyKarin Lund, Vallby kommun",
      ["Karin Lund", "Olof Strand"],
    ],
    ["three given names and a surname", "Rapport\nI går talade Anna Maria Louise Vallgren (S) om vägarna.", ["Anna Maria Louise Vallgren"]],
    ["a hyphenated given name with a space after its hyphen (`Anna- Lena`)", "Rapport\nEnligt Eva- Karin Strömberg är det bra.", ["Eva-Karin Strömberg"]],
    [
      "a flattened run: a complete name, then the next one's given name",
      "Närvarande\nAnna Karin Vallgren Olle Ek Eva Maria Strömberg",
      ["Anna Karin Vallgren", "Eva Maria Strömberg", "Olle Ek"],
    ],
    ["outside the lexicon: ', <role>' after", "Rapport\nI går talade Bobo Kimathi, kommunalråd i Ludvika, om bostäder.", ["Bobo Kimathi"]],
    ["outside the lexicon: role-suffix word after", "Rapport\nI går talade Xiomara Tadesse, solcellsexpert, om energi.", ["Xiomara Tadesse"]],
    ["outside the lexicon: (MP) after", "Rapport\nI går talade Bobo Kimathi (MP) om miljön.", ["Bobo Kimathi"]],
    ["outside the lexicon: lower-case (kd) after", "Rapport\nI går talade Ardalan Nejat (kd) om vården.", ["Ardalan Nejat"]],
    ["outside the lexicon: moderator before", "Seminariet\nPanelen leddes av moderator Zlatan Petrović i dag.", ["Zlatan Petrović"]],
    ["outside the lexicon: Foto: before", "Bildtext\nFoto: Quinlan Osei", ["Quinlan Osei"]],
    ["outside the lexicon: 'X:' at line start", "Anteckningar\nXerxes Holmdahl: Vi måste bygga mer.", ["Xerxes Holmdahl"]],
    ["particle name", "Rapport\nDessutom talade Michiel Van Hoorn, projektledare, om avfall.", ["Michiel Van Hoorn"]],
    ["two people in a sentence", "Rapport\nTorsten Alm och Greta Wiklund, Tierps kommun, deltog.", ["Greta Wiklund", "Torsten Alm"]],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    const found = persons(graphOf(text));
    for (const name of expected) expect(found).toContain(name);
  });

  // Library bug: the person-context rule looks for a gazetteer party after "(", but one-letter abbreviations (S, M, C,
  // L, V) are not in the gazetteer (only multi-letter ones are), so "(S)" gives no context to a name outside the
  // lexicon. "(MP)" and "(SD)" work.
  it.each([
    ["(S)", "Möte\nBobo Kimathi (S) talade om budgeten.", "Bobo Kimathi"],
    ["(V)", "Möte\nQuiver Ndlovu (V) talade om budgeten.", "Quiver Ndlovu"],
  ])("outside the lexicon: one-letter party %s after", (_label, text, name) => {
    expect(persons(graphOf(text))).toContain(name);
  });
});

describe("people: where a name in a list read as prose starts and ends", () => {
  it.each([["an initial with its full stop", "Rapport\nDeltagare: Anna Berg, B. Anders Vallberg\nVi pratade.", ["Anna Berg", "B. Anders Vallberg"]]])(
    "%s",
    (_label, text, expected) => expect(persons(graphOf(text))).toEqual(expected),
  );
});

describe("people: a given name that is also a municipality", () => {
  it.each([
    ["a list's entry", "Rapport från nätverket\nNärvarande: Mark Lund, Anna Berg\nVi pratade om skolan.", ["Anna Berg", "Mark Lund"]],
    ["one a line", "Rapport\nNärvarande:\nMark Holm\nAnna Berg\n", ["Anna Berg", "Mark Holm"]],
    ["before a party", "Rapport\nSedan talade Mark Lund (S) om skolan.", ["Mark Lund"]],
    ["places in a sentence", "Rapport\nKommunerna Sala, Mark och Borås deltog i Mark Lund i år.", []],
  ])("%s", (_label, text, expected) => expect(persons(graphOf(text))).toEqual(expected));
});

// A programme's speakers with their titles (invented people and bodies): a body's compound before the country or a
// place it is of is an organisation, and opens no name.
describe("bodies named by their shape", () => {
  const organisations = (g: KnowledgeGraph) =>
    g
      .filterNodes((_, a) => a.kind === "organisation")
      .map((n) => g.getNodeAttribute(n, "label"))
      .sort();
  it.each([
    [
      "after a role and before the next name",
      "Program\nÅsa Lindvik, ordförande Kommunsekreterarföreningen Sverige, Eva Holm, daglig leder Norsk forum och Per Dahl.",
      ["Kommunsekreterarföreningen Sverige"],
      ["Eva Holm", "Per Dahl", "Åsa Lindvik"],
    ],
    [
      "between a role and a name",
      "Program\nTalare: ordförande Kommunsekreterarföreningen Sverige Åsa Lindvik.",
      ["Kommunsekreterarföreningen Sverige"],
      ["Åsa Lindvik"],
    ],
    ["after a role alone", "Program\nModerator Integrationsrådet Stockholm.", ["Integrationsrådet Stockholm"], []],
    ["before a locality", "Program\nSedan talade Eva Holm från Bostadsbolaget Åkersberga.", ["Bostadsbolaget Åkersberga"], ["Eva Holm"]],
    ["not before a lower-case word that is a municipality's letters", "Program\nDet Integrationsrådet anges i bilagan.", [], []],
  ])("%s", (_label, text, bodies, people) => {
    const g = graphOf(text);
    expect(organisations(g)).toEqual(bodies);
    expect(persons(g)).toEqual(people);
  });
});

describe("people: not found", () => {
  const cases: [string, string, string[]][] = [
    ["regions are organisations", "Rapport\nRegion Uppsala och Region Dalarna samarbetar.", ["Region Uppsala", "Region Dalarna"]],
    ["municipality in its official form", "Rapport\nHärnösands kommun och Sollefteå kommun bygger.", ["Härnösands kommun", "Sollefteå kommun"]],
    ["video placeholder", "Nyheter\nPlay movie\nMer text här om dagen.", ["Play movie", "Play Movie"]],
    ["venue name in a Plats line", "Kalendarium\nHöstträff\nTid: 14 november 2018\nPlats: Lumière Konferens, Drottninggatan 12", ["Lumière Konferens"]],
    [
      "an organisation in the genitive before a role (`Xyloforum Internationals generalsekreterare`)",
      "Rapport\nEnligt Xyloforum Internationals generalsekreterare och Tremolo Gruppens ordförande går det bra.",
      ["Xyloforum Internationals", "Tremolo Gruppens"],
    ],
    ["seat marked vacant", "Protokoll\nBeslutande:\nVakant (V)\nVakant\n\n§ 1 Öppnande", ["Vakant"]],
    ["sentence-start words", "Rapport\nEnligt Länsstyrelsen i Stockholms län växer länet. Grattis Gävle!", ["Enligt Länsstyrelsen", "Grattis Gävle"]],
    ["weekday and month", "Kalender\nMåndag Oktober blir bra.", ["Måndag Oktober"]],
    ["a protocol label before a name, as OCR sets a header table", "Rapport\nBeslutande Ingrid Solhem (S), ordförande", ["Beslutande Ingrid", "Beslutande"]],
    ["an attachment's name in an e-mail's list", "Rapport\nAttachments: Bilaga Anders Andersson.pdf", ["Bilaga Anders", "Bilaga"]],
  ];
  it.each(cases)("%s", (_label, text, notPeople) => {
    const found = persons(graphOf(text));
    for (const name of notPeople) expect(found).not.toContain(name);
    for (const name of found) for (const bad of notPeople) expect(name).not.toContain(bad);
  });

  // Library bug: a room named after its holder in the genitive becomes a person "Lena Holmbergs" (the name run takes the
  // genitive form; nothing checks the following "rum").
  it("a room named after its holder in the genitive is not a person", () => {
    const found = persons(
      graphOf("Protokoll\nPlats och tid: Kommunhuset, Lena Holmbergs rum, 2019-11-05 kl 13.00\nBeslutande:\nMargareta Kvist (S)\n\n§ 1 Öppnande"),
    );
    expect(found.filter((n) => /Holmbergs/.test(n))).toEqual([]);
  });

  // Library bug: a surname that is also a municipality (Falkenberg) becomes a municipality mention inside a person's name.
  it("a surname that is also a municipality name is not a municipality mention", () => {
    const g = graphOf("Protokoll\nTid: 2018-03-14\nNärvarande: Ingrid Falkenberg, Vänersborg Tomas Lindhagen, Trollhättan\n\n§ 1 Öppnande");
    expect(persons(g)).toContain("Ingrid Falkenberg");
    expect(g.hasNode("municipality:falkenberg")).toBe(false);
  });
});

describe("name words: the table-driven test agrees with the pattern it replaces", () => {
  const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:-?\p{Lu}\p{Ll}+|-\p{Ll}+)*|\p{Lu}-\p{Lu})$/u;
  const token = (text: string): Token => ({
    text,
    start: 0,
    end: text.length,
    cap: /^\p{Lu}/u.test(text),
    capInside: /^.[^]*\p{Lu}/u.test(text),
    word: true,
    nl: false,
    h: foldHash(text),
  });
  it("on random words of Latin-1 and other letters, hyphens and apostrophes", () => {
    const letter = fc.constantFrom(..."aAbBöÖéÉßµ-'’xXŁłΣσ".split(""), "😀", "𝐀");
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (letters) => {
        const text = letters.join("");
        expect(isNameWord(token(text))).toBe(NAME_WORD.test(text));
      }),
      { numRuns: 20000 },
    );
  });
  it.each(["Anna-Lena", "LiseLotte", "Hjelm-Wahlberg", "O’Brien", "Berg-nyström", "Łukasz", "Östlin"])("%s is a name word", (w) =>
    expect(isNameWord(token(w))).toBe(true),
  );
  it.each(["anna", "ANNA", "Anna-", "A", "Foto", "Det", "Berg--Ek"])("%s is not", (w) => expect(isNameWord(token(w))).toBe(false));
  // A place's direction (`Xby Öster`, `Norra Xby`) and a preposition opening a sentence (`Innan X Y`): never in a name.
  it.each(["Öster", "Västra", "Norra", "Innan", "För"])("%s is no name word", (w) => expect(isNameWord(token(w))).toBe(false));
});
