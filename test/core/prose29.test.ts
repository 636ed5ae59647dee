/**
 * Seminars and meetings told in prose, round 29 (05-meetings.ts): a seminar's speakers are only the people its section
 * says took the floor; a caption or a release's dateline titles no seminar; a later line about another event keeps its
 * people; a capitalised compound opening a sentence names an event; `Participants included` and an e-mail's `deltog
 * jag` say who came. Texts written for these tests, with invented names.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetings } from "../helpers/prose";

describe("seminar:participant", () => {
  it("only those said to take the floor speak: not a guest, a technician or a delegation named besides", () => {
    const g = graphOf(
      "nyhetsbrev.txt",
      "Nyhetsbrev från Mälarnätet\n\nHöstseminariet 2022\n\nSeminariet hade temat skolans lokaler. Karin Ljungdahl var förste föredragshållare. Dagens jubilar, Greta Sandén, log mot solen. Ingela Brodin hann äta lite själv också. Delegationen från Vilnius leddes av Tomas Wiklander och bestod av Eva Norrby.\n\n– Vi måste bygga smartare, sa Petter Hallgren, rektor.\n\nI panelen medverkade:\nOlle Frisk, kommundirektör\nAnna Sjövall, arkitekt\n",
    );
    expect(edges(g, "spoke_at", "chaired", "attended")).toEqual([
      "spoke_at Anna Sjövall -> 2022 Seminarium: Höstseminariet 2022",
      "spoke_at Karin Ljungdahl -> 2022 Seminarium: Höstseminariet 2022",
      "spoke_at Olle Frisk -> 2022 Seminarium: Höstseminariet 2022",
      "spoke_at Petter Hallgren -> 2022 Seminarium: Höstseminariet 2022",
    ]);
  });

  it("those who `bjöd på` a seminar speak; names under a picture do not", () => {
    const g = graphOf(
      "nyhetsbrev.txt",
      "Nyhetsbrev från Mälarnätet\n\nSeminarium: Kompetens i regionen\n\nKarin Ljungdahl, ordförande i Tyresös kommunstyrelse, och företrädare för regionen bjöd på en seminariedag om arbetsmarknaden i stadshuset. Bo Rydberg ledde seminariet.\n\nOlle Frisk och Anna Sjövall, Tyresö kommun. Foto: Eva Norrby\n",
    );
    expect(edges(g, "spoke_at")).toEqual(["spoke_at Karin Ljungdahl -> Seminarium: Kompetens i regionen"]);
  });

  it("`X var moderator för paneldebatten` chaired; `A talade med B som moderator` makes A no chair", () => {
    const g = graphOf(
      "nyhetsbrev.txt",
      "Nyhetsbrev från Mälarnätet\n\nVårseminariet 2022\n\nKarin Ljungdahl var förste föredragshållare. Bo Rydberg var moderator för paneldebatten.\n\nOlle Frisk talade med Anna Sjövall som moderator.\n",
    );
    expect(edges(g, "chaired")).toEqual([
      "chaired Anna Sjövall -> 2022 Seminarium: Vårseminariet 2022",
      "chaired Bo Rydberg -> 2022 Seminarium: Vårseminariet 2022",
    ]);
  });

  it("a seminar named in passing, and a group `under ledning av` X, make no meeting", () => {
    const g = graphOf(
      "interpellation.txt",
      "Interpellation om sorkfeber\n\nForskning i norr\n\nEn forskargrupp, under ledning av Mikael Strandberg vid högskolan, har analyserat prover. Myndigheten anordnade ett kort seminarium. Professor Bo Nylander har visat sambandet.\n",
    );
    expect(meetings(g)).toEqual([]);
    expect(edges(g, "spoke_at", "chaired", "attended")).toEqual([]);
  });

  it("`Participants included A and B` came; `The seminar was opened by X` spoke", () => {
    const g = graphOf(
      "report.txt",
      "Network seminar in Lidingö\n\nThe seminar was opened by Maria Lindvall, chair of the board, on 12 April 2023. Participants included Jonas Ekdahl and Karin Strand. The moderator was Eva Lundholm.\n",
    );
    expect(edges(g, "spoke_at", "chaired", "attended")).toEqual([
      "attended Jonas Ekdahl -> 2023-04-12 Seminar: Network seminar in Lidingö",
      "attended Karin Strand -> 2023-04-12 Seminar: Network seminar in Lidingö",
      "chaired Eva Lundholm -> 2023-04-12 Seminar: Network seminar in Lidingö",
      "spoke_at Maria Lindvall -> 2023-04-12 Seminar: Network seminar in Lidingö",
    ]);
  });
});

describe("titles that are no seminar's", () => {
  it("a photo caption heads no seminar: the event the section tells of is read, with `i rollen som moderator` its chair", () => {
    const g = graphOf(
      "artikel.txt",
      "Trygghet i centrum\n\nFotografi: Deltagare i salen\n\nDen 12 december samlades 200 personer i Täby för Länsstyrelsens årliga trygghetskonferens. Dagen inleddes av landshövding Eva Grönwall. Journalisten Per Asplund guidade sedan deltagarna genom dagen i rollen som moderator.\n",
    );
    expect(meetings(g)).toEqual(["Trygghetskonferens @ Täby"]);
    expect(edges(g, "spoke_at", "chaired")).toEqual(["chaired Per Asplund -> Trygghetskonferens", "spoke_at Eva Grönwall -> Trygghetskonferens"]);
  });

  it("a press release's dateline heads no seminar", () => {
    const g = graphOf(
      "pressmeddelande.txt",
      "Pressmeddelande • Maj 2, 2023 10:00 CEST\n\nKonferensen Boende för alla inleds av Anna Fridén, kommunstyrelsens ordförande. Moderator för dagen är Jonas Bredin. Anna Fridén talade om bostäder för unga.\n",
    );
    expect(meetings(g).filter((m) => m.includes("Pressmeddelande"))).toEqual([]);
  });
});

describe("meeting:conference told in prose", () => {
  it("a capitalised compound opening the sentence names the event", () => {
    const g = graphOf("nyhet.txt", "Länsnytt\n\nLänskonferensen hölls i Solna den 3 maj 2023. Därefter talade Petra Lindqvist om samverkan.\n");
    expect(meetings(g)).toEqual(["2023-05-03 Länskonferens @ Solna"]);
    expect(edges(g, "spoke_at", "chaired", "attended")).toEqual(["spoke_at Petra Lindqvist -> 2023-05-03 Länskonferens"]);
  });

  it("a later line about another event (`öppnade årsmötet`) keeps its people: no chair, no speaker", () => {
    const g = graphOf(
      "nyhet.txt",
      "Länsnytt\n\nNätverkets vårträff hölls i Solna den 3 maj 2023. Därefter talade Petra Lindqvist om samverkan.\n\nPå kvällen öppnade Bo Hallberg årsmötet i föreningen. Anna Dahlén talade om ekonomin.\n",
    );
    expect(meetings(g)).toEqual(["2023-05-03 Vårträff @ Solna"]);
    expect(edges(g, "spoke_at", "chaired", "attended")).toEqual(["spoke_at Petra Lindqvist -> 2023-05-03 Vårträff"]);
  });

  it("an e-mail's `Från Tyresö deltog jag och X`: the sender and X came", () => {
    const g = graphOf(
      "rapport.txt",
      "Från: Karin Bergfors\nTill: Kollegorna i kommunledningen\nÄmne: Rapport från länskonferensen\n\nHej!\n\nHär kommer en kort rapport från länskonferensen som Länsstyrelsen i Stockholms län arrangerade i Solna den 14 mars. Därefter talade Petra Lindén om ansvaret. Från Tyresö deltog jag och kommundirektör Sven Eklöf.\n\nHälsningar\nKarin\n",
    );
    expect(edges(g, "attended")).toEqual(["attended Karin Bergfors -> Länskonferens", "attended Sven Eklöf -> Länskonferens"]);
  });
});

describe("a day said relative to a text dated for sure", () => {
  it("`Igår träffades …` under a dateline is the day before it", () => {
    const g = graphOf(
      "nyhet.txt",
      "Norrortsnytt\n\nPublicerad 2023-05-04\n\nIgår träffades ordförandena i Norrort i Täby för en nätverksträff. Mötet leddes av ordförande Per Lundell.\n",
    );
    expect(meetings(g)).toEqual(["2023-05-03 Nätverksträff @ Täby"]);
  });

  it("`I förrgår hölls …` in an e-mail is two days before it was sent", () => {
    const g = graphOf(
      "rapport.txt",
      "Från: Eva Dalberg <eva.dalberg@exempel.se>\nSkickat: den 16 mars 2024 09:12\nTill: Kommunledningen\nÄmne: Rapport\n\nHej!\n\nI förrgår hölls länskonferensen i Solna. Därefter talade Petra Lindén om samverkan.\n\nHälsningar\nEva\n",
    );
    expect(meetings(g)).toEqual(["2024-03-14 Länskonferens @ Solna"]);
  });
});
