/**
 * Round 66's association minutes (04-protocol.ts): the item electing the board names its other members after the
 * association's offices (`Övriga i styrelsen: X och Y`): they sit on the board. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, label } from "../../../../test/helpers/minutes";

const minutes = (others: string) =>
  [
    "Styrelsemöte 2011-03-08",
    "",
    "Styrelsemöte fört med för. ”Granbackens vänner 1910” den 8 mars 2011.",
    "",
    "§ 1.",
    "Att justera protokollet valdes Siv Berg.",
    "",
    "§ 2. Styrelseval.",
    "Ordf. Ove Sand, Åby",
    "v. ordf. Gun Lund, Ekeby",
    "sekr. Mia Holm, Åby",
    "kassör Sten Ahl, Norrby.",
    "",
    others,
    "",
    "Styrelsen beslutar att hålla nästa möte i juni.",
    "",
    "Åby 2011-03-12",
    "",
    "Mia Holm, sekr.",
    "",
    "Justeras:",
    "",
    "Siv Berg",
  ].join("\n");

const held = (text: string) => {
  const g = graphOf(text);
  return g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} @ ${label(g, g.target(e))}`)
    .sort();
};

describe("the other members named under an item electing an association's board", () => {
  it("sit on the board, its offices at the association", () => {
    expect(held(minutes("Övriga i styrelsen: Siv Berg och Tor Vik."))).toEqual([
      "Gun Lund: v. ordf. @ Granbackens vänner 1910",
      "Mia Holm: sekr. @ Granbackens vänner 1910",
      "Mia Holm: sekreterare @ Styrelsen",
      "Ove Sand: Ordf. @ Granbackens vänner 1910",
      "Siv Berg: justerare @ Styrelsen",
      "Siv Berg: ledamot @ Styrelsen",
      "Sten Ahl: kassör @ Granbackens vänner 1910",
      "Tor Vik: ledamot @ Styrelsen",
    ]);
  });
  it("are no attendance and no chair", () => {
    const g = graphOf(minutes("Övriga i styrelsen: Siv Berg och Tor Vik."));
    expect(chairs(g)).toEqual([]);
    expect(attendees(g)).toEqual(["Mia Holm: secretary", "Siv Berg: adjuster"]);
  });
  it("not once another item has begun", () => {
    expect(held(minutes("§ 3. Övriga frågor.\nÖvriga ledamöter: Siv Berg och Tor Vik."))).not.toContain("Tor Vik: ledamot @ Styrelsen");
  });
});
