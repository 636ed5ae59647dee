/**
 * Municipal papers other than minutes (tjänsteskrivelser, remissvar, news of appointments), as a reader of 32 real
 * pages found them misread (invented names, the pages' layouts).
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (text: string) => personRoles(graphOf(text));
const people = (text: string) => {
  const g = graphOf(text);
  return g.filterNodes((_, a) => a.kind === "person").map((n) => g.getNodeAttribute(n, "label") as string);
};

describe("a proposal is no appointment", () => {
  it("`X föreslås som regiondirektör`, `det är X som föreslås som …`: no role", () => {
    expect(roles("Ny regiondirektör\n\nAnna Vikström föreslås som regiondirektör.\n")).toEqual([]);
    expect(roles("Ny regiondirektör\n\nDet är Anna Vikström som föreslås som regiondirektör. Beslut fattas i december.\n")).toEqual([]);
  });

  it("`X föreslås till regiondirektör för Region Y`: no role, nor the region", () => {
    expect(roles("Nyheter\n\nPer Almgren föreslås till regiondirektör för Region Stockholm.\n")).toEqual([]);
  });

  it("`styrelsen föreslås den 3 maj utse X till …`: a body proposed to appoint gives no role", () => {
    expect(roles("Nyheter\n\nRegionstyrelsen föreslås den 3 maj utse Per Almgren till Region Stockholms första regiondirektör.\n")).toEqual([]);
  });

  it("a role before the proposal's verb, and an election, stay", () => {
    expect(
      roles("Nyheter\n\nLena Strandh utsågs till regiondirektör för Region Stockholm. Ola Bäck, kommunstyrelsens ordförande, föreslås som ledamot.\n"),
    ).toEqual(["Lena Strandh: regiondirektör @ Region Stockholm", "Ola Bäck: kommunstyrelsens ordförande"]);
  });
});

describe("the heading of an office paper", () => {
  it("a field's label after the case officer's name is no part of it (`Handläggare: X Avdelning: …`)", () => {
    expect(people("Cirkulär\n\nDiarienr: 14/2231 Handläggare: Mona Ekholm Avdelning: Avdelningen för juridik Datum: 2014-03-11\n")).toEqual(["Mona Ekholm"]);
  });

  it("nor is a field joined by a slash to one in lower case (`X Miljöskydd/naturvård`)", () => {
    expect(people("Cirkulär\n\nCIRKULÄR 14:02 Avdelningen för juridik Mona Ekholm Miljöskydd/naturvård Detaljplanering/bygglov Juridik\n")).toEqual([
      "Mona Ekholm",
    ]);
  });

  it("nor of a unit's name after a title (`regionjurist Kansliavdelningen Datum Diarienummer`)", () => {
    const text =
      "TJÄNSTESKRIVELSE\n\nRegion Halland Mona Ekholm, regionjurist Tor Lindqvist, regionjurist Kansliavdelningen Datum Diarienummer 2016-04-12 RS160099 Regionstyrelsen\n";
    expect(roles(text)).toContain("Tor Lindqvist: regionjurist @ Kansliavdelningen");
  });
});

describe("an administration named by joined parts", () => {
  it("all first parts of the name, with or without commas (`teknik- service- och fritidsförvaltningen`)", () => {
    const text =
      "Nyheter\n\nNu kliver gatuchefen, Tor Lindqvist in som tillförordnad chef på teknik- service- och fritidsförvaltningen. Mona Ekholm blir chef för kultur-, turism- och fritidsförvaltningen.\n";
    expect(roles(text)).toEqual([
      "Mona Ekholm: chef @ Kultur-, turism- och fritidsförvaltningen",
      "Tor Lindqvist: tf chef @ Teknik- service- och fritidsförvaltningen",
    ]);
  });
});

describe("the signatures of a remissvar", () => {
  it("`För kommunstyrelsen` over `X` / `Ordförande`: the board's chair, in the municipality the letter names", () => {
    const text =
      "YTTRANDE\n2024-03-02\n\nFinansdepartementet\n\nYttrande över betänkandet om kommunal revision\n\nLjungby kommun har beretts tillfälle att yttra sig. Kommunen tillstyrker förslagen.\n\nFör kommunstyrelsen\n\nAnna Vikström\nOrdförande\n\nPer Almgren\nKommundirektör\n";
    expect(roles(text)).toEqual(["Anna Vikström: kommunstyrelsens ordförande @ Ljungby", "Per Almgren: kommundirektör @ Ljungby"]);
  });

  it("a seat signed for a committee is in it; a title that is no seat is not (`FÖR BARN- OCH UTBILDNINGSNÄMNDEN`)", () => {
    const text =
      "Yttrande över ny busslinje\n\nNämnden har inga invändningar.\n\nFÖR BARN- OCH UTBILDNINGSNÄMNDEN\n\nAnna Vikström\nOrdförande\n\nPer Almgren\nFörvaltningschef\n";
    expect(roles(text)).toEqual(["Anna Vikström: ordförande @ Barn- och utbildningsnämnden", "Per Almgren: förvaltningschef"]);
  });

  it("not over a paragraph: `för` opening a sentence's line is no signature's body", () => {
    const text = "Nyheter\n\nFör kommunstyrelsen är frågan viktig, sa hon.\nAnna Vikström\nOrdförande\n";
    expect(roles(text)).toEqual(["Anna Vikström: ordförande"]);
  });
});

describe("an office on a page naming two municipalities", () => {
  it("is held in the one its sentence says it is in, where the page names it as a municipality; not one its paragraph names elsewhere", () => {
    const text =
      "Nytt samarbete\n\nLjungby kommun och Alvesta kommun bygger en gemensam badplats.\n\nI Alvesta gläds Per Almgren, kommundirektör. I Ljungby säger Mona Ekholm, kommundirektör, att det är bra.\n\nBygget startar i Ljungby i maj. – Välkommen, säger Anna Vikström, kommunstyrelsens ordförande.\n";
    expect(roles(text)).toEqual([
      "Anna Vikström: kommunstyrelsens ordförande",
      "Mona Ekholm: kommundirektör @ Ljungby",
      "Per Almgren: kommundirektör @ Alvesta",
    ]);
  });

  it.each([
    "Anna Berg, kommundirektör, besökte Ljungby kommun på tisdagen.",
    "– Vi har länge velat samarbeta med Ljungby kommun, säger Anna Berg, kommunstyrelsens ordförande.",
    "Avtalet med Ljungby kommun skrevs under av Anna Berg, kommundirektör.",
  ])("is not held in one its sentence names as whom it met or worked with: %j", (sentence) => {
    const text = `Nytt samarbete\n\nVäxjö kommun och Ljungby kommun bygger en gemensam badplats.\n\n${sentence}\n`;
    expect(roles(text).filter((r) => r.includes(" @ "))).toEqual([]);
  });

  it("stays bare where its paragraph names none or both", () => {
    const text =
      "Nytt samarbete\n\nLjungby kommun och Alvesta kommun bygger en gemensam badplats.\n\n– Välkommen, säger Anna Vikström, kommunstyrelsens ordförande.\n\nBåde Ljungby och Alvesta gläds, säger Per Almgren, kommundirektör.\n";
    expect(roles(text)).toEqual(["Anna Vikström: kommunstyrelsens ordförande", "Per Almgren: kommundirektör"]);
  });
});

describe("names the lexicon reads otherwise", () => {
  it("a double surname joined by an en dash (`Lisa Berg–Lind`)", () => {
    expect(roles("Nyheter\n\nVid mötet talade Lisa Almqvist–Sund, kommundirektör.\n")).toEqual(["Lisa Almqvist–Sund: kommundirektör"]);
  });

  it("a given name that is also a municipality, after a title or a party's word and before a surname (`moderaten Ed Bergman`)", () => {
    expect(people("Nyheter\n\nDet sa moderaten Ed Lindholm i går.\n")).toEqual(["Ed Lindholm"]);
    expect(roles("Nyheter\n\nKommunalrådet Mark Sundberg höll med.\n")).toEqual(["Mark Sundberg: kommunalråd"]);
    // The municipality alone stays a place.
    expect(people("Nyheter\n\nFärden gick till Ed och sedan vidare.\n")).toEqual([]);
  });

  it("a name with a particle inside, as an entry of a list in prose (`A, Derk van Dijk och B`)", () => {
    expect(people("Deltagare\n\nAnna Ekholm, Jan van Rijn och Lars Holmqvist deltog.\n").sort()).toEqual(["Anna Ekholm", "Jan van Rijn", "Lars Holmqvist"]);
  });

  it("but not a business with a Romance particle (`Café de Luxe`), whose words are no given name nor surname", () => {
    for (const business of ["Café de Luxe", "Casa del Sol", "Villa la Paz"])
      expect(people(`Projekt\n\nI projektet deltar Anna Ekholm, ${business} och Lars Holmqvist.\n`)).not.toContain(business);
  });
});

describe("a body after a verb in the present tense", () => {
  it("is the verb's subject, not where the role before it is held (`Om X blir tf chef beslutar kommunstyrelsen`)", () => {
    expect(roles("Nyheter\n\nOm Lena Ström blir tillförordnad chef beslutar kommunstyrelsen på sitt nästa sammanträde.\n")).toEqual(["Lena Ström: tf chef"]);
  });

  it("not after a preposition ending like one (`ledamot under kommunfullmäktige`)", () => {
    expect(roles("Nyheter\n\nEva Lindqvist, ledamot under kommunfullmäktige, höll med.\n")).toEqual(["Eva Lindqvist: ledamot @ Kommunfullmäktige"]);
  });
});

describe("a committee's joined name written with a capital", () => {
  it("is where the role is held, in a sentence and on a contact card's title line", () => {
    expect(roles("Nyheter\n\nSonja Lindgren, ordförande i Vård- och omsorgsnämnden, sa nej.\n")).toEqual([
      "Sonja Lindgren: ordförande @ Vård- och omsorgsnämnden",
    ]);
    expect(roles("Kontakt\n\nSonja Lindgren\nOrdförande, Kultur-, turism- och fritidsnämnden\nTel: 070-111 22 33\n")).toEqual([
      "Sonja Lindgren: ordförande @ Kultur-, turism- och fritidsnämnden",
    ]);
  });
});

describe("the signatures of a tjänsteskrivelse", () => {
  const text =
    "Tjänsteskrivelse\n2024-02-12\n\nHandläggare: Mona Ekholm\n\nBarn- och utbildningsnämnden\n\nSkolskjuts läsåret 2024/25\n\nFörslag till beslut\nNämnden godkänner riktlinjerna.\n\nBARN- OCH UTBILDNINGSFÖRVALTNINGEN\n\nTor Lindqvist\nFörvaltningschef\n\nMona Ekholm\nUtredare\n\nBeslutet skickas till\nOla Bäck, ekonomichef\nKommunstyrelsen\n";

  it("the staff titles under the administration's name are held there; not a title under `Beslutet skickas till`", () => {
    expect(roles(text)).toEqual([
      "Mona Ekholm: handläggare",
      "Mona Ekholm: utredare @ Barn- och utbildningsförvaltningen",
      "Ola Bäck: ekonomidirektör",
      "Tor Lindqvist: förvaltningschef @ Barn- och utbildningsförvaltningen",
    ]);
  });
});

describe("a remissvar signed under a committee's heading in capitals", () => {
  it("names the committee as prose does, and the official's title is not held in it", () => {
    const text =
      "Remissvar: Ny lag om färdtjänst\n\nNämnden ser positivt på förslaget.\n\nSOCIALNÄMNDEN\n\nAnna Vikström / Ordförande\nPer Almgren / Socialchef\n";
    expect(roles(text)).toEqual(["Anna Vikström: ordförande @ Socialnämnden", "Per Almgren: socialchef"]);
  });
});

describe("a unit named by an adjective and a noun in lower case", () => {
  it("is no organisation of the adjective alone (`chef för Socialt stöd`)", () => {
    expect(roles("Nyheter\n\n– Det blir enklare, säger Jonna Tuominen, som blir ny chef för Socialt stöd.\n")).toEqual(["Jonna Tuominen: chef"]);
  });
});
