/**
 * Round 71's header readings (invented names in the layout of a joint body's minutes flattened from PDF): the members
 * of a kommunalförbund's fullmäktige grouped under each member municipality's name in one run (`Ledamöter Alby Eva Ek
 * (S) Per Holm (M) Borby - Cestad Kim Ahl (C)`, a later field's after its sub-label's colon), the headings no words of the
 * names after them (`01-protocol.ts` `readProtocolHeader`, `headsGroup`); and a name of an unknown first word and two
 * given names before its party (`Nuri Sami Hadi (MP)`), one name (`splitNames`); a local party's one lower-case letter in
 * parentheses on two names or more among known parties' letters (`Lena Sjö (ö)`); a chair listed and signing, whose
 * given name the lexicon lacks (`Mirèle Seth (M)` twice), counted once towards a surname-first list.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, parties, persons } from "../../../../test/helpers/minutes";

const minutes = (members: string, others: string) =>
  "1 1 (9) Tid och plats Tisdagen den 3 februari 2015 kl 18.00, Ekgårdens konferenssal Beslutande Ledamöter " +
  `${members} Övriga närvarande Reserver: ${others} Tjänstemän m fl Justering Eva Frisk förbundsdirektör. Olle Brandt (M) och Bo Ek (M) ` +
  "Underskrifter Sekreterare Eva Frisk Ordförande Bo Ek Justerande Olle Brandt\n\n§ 1 Val av justerare\n";
const grouped = minutes(
  "Borås Ingvor Strand (S) Olle Brandt (M) Tova Lind (MP) Alingsås Sven Ahl (S) Karin Ödman (M) Vårgårda - Herrljunga Bo Ek (M) Jan Ros (S)",
  "Alingsås Nuri Sami Hadi (MP) Per Berg (L) Vårgårda Herrljunga Ulla Sten (S)",
);

describe("municipalities heading groups of members in an inline header's fields", () => {
  it("takes no heading into the name after it", () => {
    const g = graphOf(grouped);
    expect(persons(g)).toEqual(expect.arrayContaining(["Nuri Sami Hadi", "Ulla Sten"]));
    expect(persons(g).filter((p) => /^(?:Alingsås|Herrljunga|Vårgårda|Sol) /.test(p))).toEqual([]);
    expect(parties(g)).toEqual(expect.arrayContaining(["Nuri Sami Hadi: Miljöpartiet de gröna", "Ulla Sten: Socialdemokraterna"]));
    expect(attendees(g)).toEqual(expect.arrayContaining(["Nuri Sami Hadi: other", "Ulla Sten: other", "Sven Ahl: member"]));
  });
  it("but a municipality after each member's party, the field opened by a name, is still where the member comes from", () => {
    const g = graphOf(minutes("Ingvor Strand (S) Borås Olle Brandt (M) Alingsås Bo Ek (M) Herrljunga", "Per Berg (L) Vårgårda"));
    expect(persons(g)).toEqual(["Bo Ek", "Eva Frisk", "Ingvor Strand", "Olle Brandt", "Per Berg"]);
  });
  it("nor is a surname that names a municipality in a list written surname first", () => {
    const g = graphOf(minutes("Berg Stina (M) Holm Karl (S) Lund Pia (C) Dahl Olle (S)", "Ek Eva (KD)"));
    expect(persons(g)).toEqual(expect.arrayContaining(["Karl Holm", "Pia Lund", "Stina Berg"]));
  });
});

describe("a local party's one lower-case letter in parentheses, among known parties' letters", () => {
  const roll = (members: string) =>
    `Kommunfullmäktige Sammanträdesprotokoll 2010-03-02 Plats och tid Rådhussalen, kl 18.30-21.00 Beslutande ${members} ` +
    "Ej tjänstgörande ersättare Lisa Ås (c) Övriga deltagare Sara Lund, sekreterare\n\n§ 1 Val av justerare\n";
  it("is the party of each name it stands after, where two names or more carry it", () => {
    const g = graphOf(roll("Bo Ek (m) Lena Sjö (ö) Per Holm (s) Eva Lind (ö) Kim Ahl (m) Ola Berg (s)"));
    expect(parties(g).filter((p) => /^(?:Lena|Eva) /.test(p))).toEqual(["Eva Lind: Ö", "Lena Sjö: Ö"]);
  });
  it("but one name's letter alone is no party", () => {
    const g = graphOf(roll("Bo Ek (m) Lena Sjö (ö) Per Holm (s) Eva Lind (m) Kim Ahl (m) Ola Berg (s)"));
    expect(parties(g).filter((p) => p.startsWith("Lena "))).toEqual([]);
  });
});

describe("a chair listed and signing, an unknown given name before one both given name and surname", () => {
  it("keeps the name as written: one entry twice makes no list surname-first", () => {
    const g = graphOf(
      "Kommunstyrelsen Sammanträdesprotokoll 2012-05-08 Plats och tid Kommunhuset, kl 13.00-15.00 Beslutande Ledamöter Mirèle Seth (M), ordförande " +
        "Per Holm (M) Kim Ahl (S) Ola Berg (C) Lena Sjö (S) Övriga deltagare Sara Lund, sekreterare Utses att justera Kim Ahl (S) Ola Berg (C) " +
        "Underskrifter Sekreterare Sara Lund Ordförande Mirèle Seth (M) Justerande Kim Ahl (S) Ola Berg (C)\n\n§ 1 Val av justerare\n",
    );
    expect(persons(g)).toContain("Mirèle Seth");
    expect(chairs(g)).toEqual(["Mirèle Seth"]);
  });
});
