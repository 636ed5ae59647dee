/**
 * Attendance lists and signature blocks in layouts association and municipal minutes use (01-lists.ts,
 * 01-protocol.ts, 02-mentions.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("attendance lines `Name Place` with no comma (`Greta Holm Indal`)", () => {
  const text = `Styrelseprotokoll 2018-03-15\n\nVästerbygdens Hembygdsförbund\n\nProtokoll från styrelsemöte i hembygdsgården 2018-03-15\n\n \n\nNärvarande   Greta Holm Indal\nNils Berg Alnö\nAnna Lind Rödmyra\nIvar Sjö Västerbygdens fornminnesförening\nKarin Dahl Kvarnsjö\nTyko Lindqvist Borgsjö\nAsta Ström Stöde\nOlle Wall via Skype\nMaja Holm Njurunda\n\n§1      Mötets öppnande\n\nOrdförande Greta Holm öppnade mötet.\n`;
  it("reads the place after each name as no part of it, known or not, and the list past a given name the lexicon lacks", () => {
    const g = graphOf(text);
    expect(attendees(g)).toEqual([
      "Anna Lind: member",
      "Asta Ström: member",
      "Greta Holm: member",
      "Ivar Sjö: member",
      "Karin Dahl: member",
      "Maja Holm: member",
      "Nils Berg: member",
      "Olle Wall: member",
      "Tyko Lindqvist: member",
    ]);
  });
});

describe("a staff title with its unit's capitalised name after it (`enhetschef Solgården, § 21`)", () => {
  const text = `Protokoll från Omsorgsutskottets sammanträde 2016-04-13\n\nPlats och tid Kommunhuset, kl 09.00-12.00\n\nBeslutande Greta Holm (C), ordförande\n\nNils Berg (M) Asta Ström (S)\n\nÖvriga deltagande Olle Wall, sekreterare\n\nKarin Dahl, enhetschef Solgården, § 21 Ivar Sjö, kvalitetsledare Ekbacken, § 22\n\nUtses att justera Nils Berg\n`;
  it("keeps the unit in the title written", () => {
    expect(roles(graphOf(text))).toEqual(expect.arrayContaining(["Ivar Sjö: kvalitetsledare ekbacken", "Karin Dahl: enhetschef solgården"]));
  });
});
