/**
 * Round 31's prose readings (invented names and sentences in the layouts of real newsletters, press texts, programmes
 * and web pages): characters never seen inside words and Unicode hyphens (`read/decode.ts`, `read/read-document.ts`), a
 * body's event in the genitive after a title and an English title's field with no `of` (`03-appositions.ts`), a family
 * or a couple by its surname (`02-mentions.ts`), the speakers of an event told in prose (`05-meetings.ts`), a web
 * page's skip link over its title (`read/read-document.ts`), a programme's hours in four digits (`05-programme.ts`,
 * `05-meetings.ts`), a seminar's title that names it one (`05-meetings.ts`).
 */
import { describe, expect, it } from "vitest";
import { graphOf as graphOfSource, heldRoles, meetingLabels, speakers as speakersOf } from "../../../../test/helpers/prose";
import { readDocument } from "@samverkan/core";

/** The graph of one document. */
const graphOf = (text: string, source = "nyhet.txt") => graphOfSource(source, text);

/** The people of a text, sorted. */
function people(text: string, source?: string): string[] {
  const g = graphOf(text, source);
  return g
    .filterNodes((_, a) => a.kind === "person")
    .map((n) => String(g.getNodeAttribute(n, "label")))
    .sort();
}

/** Each role held in a body, as `name: role @ body`, and each role held in none, as `name: role`, sorted. */
const roles = (text: string) => heldRoles(graphOf(text));

describe("characters never seen inside a word (soft hyphens, zero-width spaces and joiners)", () => {
  const cases: [string, string][] = [
    ["a zero-width space", "Erdo\u200Bgan"],
    ["a zero-width non-joiner", "Erdo\u200Cgan"],
    ["a zero-width joiner", "Erdo\u200Dgan"],
    ["a zero-width no-break space", "Erdo\uFEFFgan"],
    ["a soft hyphen", "Erdo\u00ADgan"],
  ];
  it.each(cases)("%s cuts no name, and the stored text has none, so evidence quotes it whole", (_, written) => {
    const text = `Nyhet från förbundet\n\nPå mötet talade Recep Tayyip ${written} och Annika Ve\u200Bstin om handeln.\n`;
    expect(people(text)).toEqual(["Annika Vestin", "Recep Tayyip Erdogan"]);
    const doc = readDocument({ source: "nyhet.txt", content: text });
    expect(doc.text).toBe("Nyhet från förbundet\n\nPå mötet talade Recep Tayyip Erdogan och Annika Vestin om handeln.\n");
  });

  it("nor does an entity of a web page (`&#8203;`, `&shy;`), nor in its title", () => {
    const html =
      "<html><head><title>Nytt om han&shy;deln</title></head><body><h1>Nytt</h1><p>På mötet talade Recep Tayyip Erdo&#8203;gan och Annika Ve&shy;stin om handeln.</p></body></html>";
    expect(people(html, "nyhet.html")).toEqual(["Annika Vestin", "Recep Tayyip Erdogan"]);
    expect(readDocument({ source: "nyhet.html", content: html }).title).toBe("Nytt om handeln");
  });

  it("a title cut by one is read too (`ordfö\\u00ADrande`)", () => {
    const text = "Nyhet\n\nLisa Grahn, kommunstyrelsens ordfö\u00ADrande i Sigtuna, talade om handeln.\n";
    expect(roles(text)).toContain("Lisa Grahn: kommunstyrelsens ordförande @ Sigtuna");
    expect(roles(text)).toEqual(roles(text.replace("\u00AD", "")));
  });
});

describe("a hyphen or a non-breaking hyphen (U+2010, U+2011) in a double name", () => {
  it("is read as `-`, one character for one, so offsets stay", () => {
    const text = "Nyhet\n\nKarl\u2011Erik Svensson (S) och Anna\u2010Lena Berg talade. Eva Holm\u2011Lind (M) svarade.\n";
    expect(people(text)).toEqual(["Anna-Lena Berg", "Eva Holm-Lind", "Karl-Erik Svensson"]);
    expect(readDocument({ source: "nyhet.txt", content: text }).text).toHaveLength(text.length);
    const html = "<html><body><h1>Nyhet</h1><p>Karl&#8209;Erik Svensson (S) talade.</p></body></html>";
    expect(people(html, "nyhet.html")).toEqual(["Karl-Erik Svensson"]);
  });
});

describe("a body's event in the genitive after a title (`vid Nordiska rådets session`)", () => {
  it("is where the person was, no workplace", () => {
    const text = "Nyhet\n\nOve Lindhagen, tidigare finsk samarbetsminister, vid Nordiska rådets session i Oslo talade om gränshinder.\n";
    expect(roles(text)).toEqual(["Ove Lindhagen: samarbetsminister"]);
    expect(roles("Nyhet\n\nOve Lindhagen, ledamot, på Nordiska rådets årsmöte sa nej.\n")).toEqual(["Ove Lindhagen: ledamot"]);
  });

  it("but a unit in the genitive is (`vid Nordiska rådets sekretariat`)", () => {
    const text = "Nyhet\n\nOve Lindhagen, handläggare vid Nordiska rådets sekretariat, talade om gränshinder.\n";
    expect(roles(text)).toEqual(["Ove Lindhagen: handläggare @ Nordiska rådet"]);
  });
});

describe("a family or a couple named by its surname (`Familjen X`, `Paret X`)", () => {
  it("is no person", () => {
    const text = "Nyhet\n\nFamiljen Yildiz flyttade till Vallby i våras. Paret Holm driver gården, och Syskonen Karim har öppnat en butik.\n";
    expect(people(text)).toEqual([]);
  });

  it("but the names after it are people", () => {
    expect(people("Nyhet\n\nParet Lisa Berg och Olof Berg talade om gården.\n")).toEqual(["Lisa Berg", "Olof Berg"]);
  });
});

/** Who spoke at the event a text tells, sorted. */
const speakers = (text: string) => speakersOf(graphOf(text));

describe("the speakers of an event told in prose", () => {
  const told = "Nyhetsbrev april\n\nBostadsdagen\n\nNätverkets vårträff hölls den 3 april i Sigtuna.";
  it("are all the names a phrase before the first of them says talked (`Därefter samtalade A, B, C och D`)", () => {
    const text = `${told} Därefter samtalade Anna Berg, Lars Ek, Maria Lund och Johan Sten om hur kommunerna kan bygga mer.\n`;
    expect(speakers(text)).toEqual(["Anna Berg", "Johan Sten", "Lars Ek", "Maria Lund"]);
  });

  it("past their parties and appositions, but not past a word of the sentence (`A om skolan och B svarade`)", () => {
    const text = `${told} Därefter talade Anna Berg (S), kommunalråd i Sigtuna, Lars Ek, och Johan Sten om bostäder. Sedan talade Eva Holm om skolan och Per Strand svarade på frågor.\n`;
    expect(speakers(text)).toEqual(["Anna Berg", "Eva Holm", "Johan Sten", "Lars Ek"]);
  });

  it("and one a title after its body's genitive stands before (`inleddes av kommunstyrelsens ordförande X`)", () => {
    expect(speakers(`${told} Dagen inleddes av kommunstyrelsens ordförande Per Holm.\n`)).toEqual(["Per Holm"]);
  });
});

describe("a web page's skip link, reader button or genre word over its heading", () => {
  const cases: [string, string][] = [
    ["Hoppa till innehåll", "Hoppa till innehåll\nNy ordförande i nämnden\n\nAnna Berg valdes till ordförande.\n"],
    ["Till huvudinnehåll", "Till huvudinnehåll\nMeny\nNy ordförande i nämnden\n\nAnna Berg valdes till ordförande.\n"],
    ["Gå direkt till sidans innehåll", "Gå direkt till sidans innehåll\nNy ordförande i nämnden\n\nAnna Berg valdes.\n"],
    ["Skip to the main content", "Skip to the main content\nNy ordförande i nämnden\n\nAnna Berg valdes.\n"],
    ["Lyssna", "Lyssna\nNy ordförande i nämnden\n\nAnna Berg valdes till ordförande.\n"],
  ];
  it.each(cases)("`%s` is no title: the first real heading is", (_, text) => {
    expect(readDocument({ source: "sida.txt", content: text }).title).toBe("Ny ordförande i nämnden");
  });

  it("nor is a release's `Pressmeddelande` alone over its date and heading", () => {
    const text = "Pressmeddelande\n2025-03-12\n\nSigtuna bygger skolor\n\nKommunen bygger tre nya skolor.\n";
    expect(readDocument({ source: "press.txt", content: text }).title).toBe("Sigtuna bygger skolor");
  });

  it("nor in a page with no `<title>`", () => {
    const html =
      '<html><body><a href="#main">Hoppa till innehåll</a><nav><ul><li>Meny</li></ul></nav><main id="main"><h1>Ny ordförande i nämnden</h1><p>Anna Berg valdes.</p></main></body></html>';
    expect(readDocument({ source: "sida.html", content: html }).title).toBe("Ny ordförande i nämnden");
  });
});

describe("an English title's field with no `of`, as a card writes it (`Manager Public Affairs på Scania`)", () => {
  it("is no place: the company after `på` or `at` holds the title", () => {
    expect(roles("Nyhet\n\nKarin Lund, Manager Corporate Communications på Scania, talade om exporten.\n")).toEqual(["Karin Lund: chef @ Scania"]);
    expect(roles("Nyhet\n\nKarin Lund, Director Sustainability at Scania, talade om exporten.\n")).toEqual(["Karin Lund: direktör @ Scania"]);
  });

  // (There `Strategy` is the title's unit, and the company after it holds the title: prose35.test.ts.)
  it("but not after a Swedish title in lower case (`chef Strategy på X`)", () => {
    expect(roles("Nyhet\n\nKarin Lund, chef Strategy på Scania, talade om exporten.\n")).toEqual(["Karin Lund: chef @ Scania"]);
  });
});

/** Who took part in a meeting of the text, as `name: kind`, sorted. */
function takingPart(text: string): string[] {
  const g = graphOf(text);
  return g
    .filterEdges((_, a) => a.kind === "attended" || a.kind === "spoke_at" || a.kind === "chaired")
    .map((e) => `${String(g.getNodeAttribute(g.source(e), "label"))}: ${String(g.getEdgeAttribute(e, "kind"))}`)
    .sort();
}

describe("a programme's hours written in four digits each (`0900-0915`)", () => {
  const programme = (a: string, b: string) =>
    `Program\n\nSeminarium om regional utveckling 12 mars 2025\n\n${a} Välkommen, Anna Berg, Vallby kommun\n${b} Läget i regionen, Lars Ek, Region Stockholm\n`;
  it("time its items as `09:00-09:15` does, but years do not (`1998-2002`)", () => {
    expect(takingPart(programme("0900-0915", "0915-1000"))).toEqual(takingPart(programme("09:00-09:15", "09:15-10:00")));
    expect(takingPart(programme("0900-0915", "0915-1000"))).toEqual(["Anna Berg: attended", "Lars Ek: attended"]);
    expect(takingPart(programme("1998-2002", "2002-2006"))).toEqual([]);
  });

  it("and a newsletter's seminar's timed item names a speaker (`• 0920-0940 X, miljödirektör`)", () => {
    const text =
      "Nyhetsbrev mars\n\nSeminarium om klimatet\n\nSeminariet samlade 40 deltagare.\n• 0920-0940 Anna Berg, miljödirektör i Vallby\n\nAnmälan senast 1 mars.\n";
    expect(takingPart(text)).toEqual(["Anna Berg: spoke_at"]);
  });
});

/** The meetings of a text, by label, sorted. */
const meetings = (text: string): string[] => meetingLabels(graphOf(text));

describe("a seminar's heading that names it one", () => {
  const section = (heading: string) => `Nyhetsbrev mars\n\n${heading}\nVid seminariet den 12 mars talade Anna Berg, äldreomsorgschef i Vallby, om bemanning.\n`;
  const cases: [string, string][] = [
    ["Seminarium om framtidens äldreomsorg", "Seminarium om framtidens äldreomsorg"],
    ["Seminarium: Seminarium om framtidens äldreomsorg", "Seminarium om framtidens äldreomsorg"],
  ];
  it.each(cases)("`%s` is titled `%s`, not `Seminarium: Seminarium …`", (heading, title) => {
    expect(meetings(section(heading))).toEqual([title]);
  });

  it("one that does not is still named a seminar, and both are told apart", () => {
    const text = `${section("Framtidens äldreomsorg i fokus")}\n${section("Seminarium om bemanningen").slice("Nyhetsbrev mars\n\n".length)}`;
    expect(meetings(text)).toEqual(["Seminarium om bemanningen", "Seminarium: Framtidens äldreomsorg i fokus"]);
  });
});
