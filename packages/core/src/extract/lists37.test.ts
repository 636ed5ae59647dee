/**
 * Attendance lists and signature blocks in layouts association and municipal minutes use (01-lists.ts,
 * 01-protocol.ts, 02-mentions.ts). Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";

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
