/**
 * Round 69's association minutes (04-protocol.ts): a board's meeting held in its association, named with its short
 * form (`förbundsstyrelsemöte i Nordliga bräd- och kortspelsförbund, Nobek`): the association is the board's parent,
 * and the meeting of undated minutes is titled with its short form. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

const TITLE = "Protokoll fört vid förbundsstyrelsemöte i Nordliga bräd- och kortspelsförbund, Nobek";

const minutes = [
  TITLE,
  "Datum:",
  "Vid protokollet, Justeras,",
  "Ola Ek Mötessekreterare Siv Berg Justerare",
  "",
  "Närvarande under mötet",
  "Eva Ek, förbundsordförande",
  "Per Holm, ledamot",
  "Kim Ahl, ledamot (vice ordförande)",
  "Siv Berg, ledamot",
  "",
  "Mötesordförande Kim Ahl, vice ordförande",
  "",
  "§ 1 Mötets öppnande",
  "Mötet beslutade att fastställa dagordningen.",
].join("\n");

describe("a board's meeting held in its named association", () => {
  const g = graphOf(minutes);
  it("titles the meeting with the association's short form", () => {
    expect(meetingLabels(g)).toEqual(["Förbundsstyrelsen, Nobek"]);
    expect(attendees(g)).toContain("Per Holm: member");
  });
  it("makes the association the board's parent", () => {
    const board = g.filterNodes((_, a) => a.kind === "organisation" && a.label === "Förbundsstyrelsen");
    expect(board).toHaveLength(1);
    const parent = g.getNodeAttribute(board[0], "partOf" as never) as string;
    expect(label(g, parent)).toBe("Nordliga bräd- och kortspelsförbund");
  });
});
