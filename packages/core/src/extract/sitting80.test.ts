/**
 * Round 80's reported sittings (invented names and texts): a report of a board's sitting that links that sitting's
 * minutes on a line of their own (`Styrelseprotokoll 2031-01-25 PDF`) reports that day's meeting of the board; a page
 * listing several such minutes reports none (`05-reported.ts` `MINUTES_LINK`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

const report = (links: string[]) =>
  [
    "Ny ordförande i Lövby fritidsförbund",
    "",
    "Styrelsen samlades för årets första möte i förbundets lokaler i Lövby. Ny ordförande är Ove Sand och vice ordförande är Tora Falk.",
    "",
    "I protokollet kan du läsa mer om vad som togs upp under mötet.",
    "",
    ...links,
    "",
  ].join("\n");

describe("a report of a sitting linking its minutes on a line", () => {
  it("is that day's meeting of the body the link names", () => {
    expect(meetingLabels(graphOf("nyhet.txt", report(["Styrelseprotokoll 2031-01-25 PDF"])))).toEqual(["2031-01-25 Styrelsen"]);
  });

  it("is none where the page lists several minutes", () => {
    expect(meetingLabels(graphOf("nyhet.txt", report(["Styrelseprotokoll 2031-01-25 PDF", "Styrelseprotokoll 2031-03-08 PDF"])))).toEqual([]);
  });
});
