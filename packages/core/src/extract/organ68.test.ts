/**
 * Round 68's meetings (invented names and texts): a council sitting's page whose fields list no one and whose items
 * name only those who spoke (`Vidare yttrade sig A, B och C`, `X hänvisade till det skriftliga svaret`): they were
 * there, so the body met with them (`04-protocol.ts` `sittingHeader`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a council sitting's page whose items name only the debate's speakers", () => {
  const text = [
    "Din position: Hem > Tallby kommun > Kommunfullmäktige > Sammanträde 2015-03-12",
    "",
    "Sammanträde 2015-03-12",
    "",
    "Datum",
    "Klockan",
    "18.30",
    "Plats",
    "Stadshuset, Kungsgatan 7",
    "",
    "§1 Interpellation av Olle Bergman (V) om vägarna i kommunen",
    "",
    "Kommunalrådet Karin Lindqvist hänvisade till det skriftliga svaret. Vidare yttrade sig Olle Bergman, Ulla Nordström (C) och Bo Lindgren.",
    "",
    "§2 Interpellation av Siv Holmberg (M) om skolskjutsarna",
    "",
    "Kommunalrådet Lars Ekström hänvisade till det skriftliga svaret.",
    "",
    "§3 Motion av Per Almgren (S) om cykelbanor",
    "",
    "Fullmäktige beslutar att avslå motionen.",
    "",
  ].join("\n");
  const g = graphOf(text);

  it("is the body's meeting on the sitting's day", () => {
    expect(meetingLabels(g)).toEqual(["2015-03-12 Kommunfullmäktige"]);
  });
  it("was attended by those who spoke or pointed to their written answer, not by a motion's or a silent interpellation's author", () => {
    expect(attendees(g)).toEqual(["Bo Lindgren: -", "Karin Lindqvist: -", "Lars Ekström: -", "Olle Bergman: -", "Ulla Nordström: -"]);
  });
});
