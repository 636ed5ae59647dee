import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

describe("an association's board minutes whose head names the board by its owner's short form", () => {
  const text = [
    "STYRELSEPROTOKOLL NR 3/21",
    "",
    "Storlek: px",
    "Starta visningen från sidan:",
    "",
    'Download "STYRELSEPROTOKOLL NR 3/21"',
    "",
    "Transkript",
    "",
    "1 SVENSKA BRÄDSPELSFÖRBUNDET anslutet till Union Européenne Ludique (UEL) STYRELSEPROTOKOLL NR 3/21 fört vid SBFs styrelsemöte på SBFs kansli i Åby lördagen den 6 mars 2021 kl 10 SBFs styrelse Närvarande Ordförande Eva Lindqvist Vice ordförande Per Ekholm Förbundsekonom Ola Bergdahl PR-ledamot Kim Ahlberg Suppleant Bo Dahlin Ej närvarande Tävlingsledamot 1 Siv Holmén Övriga närvarande SBFs kansli Lisa Rahm, protokollförare 1 Mötets öppnande Eva Lindqvist öppnade mötet.",
  ].join("\n");
  it("is that board, its seats held in it", () => {
    const g = graphOf(text);
    expect(meetingLabels(g)).toEqual(["2021-03-06 SBFs styrelse"]);
    expect(personRoles(g)).toEqual(expect.arrayContaining(["Eva Lindqvist: ordförande @ SBFs styrelse", "Per Ekholm: vice ordförande @ SBFs styrelse"]));
  });
});
