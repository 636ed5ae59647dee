/**
 * Round 62's association minutes (04-protocol.ts): the association named in quotes after its abbreviated head (`för.
 * ”Ekbackens vänner 1902”`) is the one whose board met. Round 63's: the item electing its board (`§ 2. Styrelseval.` ¶
 * `Ordf. X`) lists the association's offices, no one present and no chair; those who sign at the foot were there.
 * Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));
const bodies = (g: KnowledgeGraph) =>
  g
    .filterNodes((_, a) => (a as { type?: string }).type === "body")
    .map((n) => `${label(g, n)} < ${label(g, String((g.getNodeAttributes(n) as { partOf?: string }).partOf))}`);

const minutes = [
  "Styrelsemöte 2010-05-04",
  "",
  "Avskrift av protokoll/Maj Holm:",
  "Styrelsemöte fört med för. ”Ekbackens vänner 1902” den 4 maj 2010.",
  "",
  "§ 1.",
  "Att justera protokollet valdes Lisa Ek.",
  "",
  "§ 2. Styrelseval.",
  "Ordf. Per Dal, Norrby",
  "v. ordf. Ann Sten, Åby",
  "sekr. Eva Dal, Norrby",
  "kassör Bo Lind, Ekeby.",
  "",
  "Övriga i styrelsen: Lisa Ek och Kim Ros.",
  "",
  "Alla i styrelsen deltar i föreningens arbete. Styrelsen beslutar att hålla nästa möte i juni.",
  "",
  "Norrby 2010-05-10",
  "",
  "Eva Dal, sekr.",
  "",
  "Justeras:",
  "",
  "Lisa Ek",
].join("\n");

describe("an association named in quotes after `för.`", () => {
  it("has the board that met, its meeting titled by both", () => {
    const g = graphOf(minutes);
    expect(meetings(g)).toEqual(["2010-05-04 Styrelsen, Ekbackens vänner 1902"]);
    expect(bodies(g)).toContain("Styrelsen < Ekbackens vänner 1902");
  });
});

describe("an item electing an association's board", () => {
  const g = graphOf(minutes);
  it("lists no attendance and no chair: the signers at the foot attended", () => {
    expect(chairs(g)).toEqual([]);
    expect(attendees(g)).toEqual(["Eva Dal: secretary", "Lisa Ek: adjuster"]);
  });
  it("holds its offices at the association", () => {
    const at = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .filter((e) => label(g, g.target(e)) === "Ekbackens vänner 1902")
      .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")}`)
      .sort();
    expect(at).toEqual(["Ann Sten: v. ordf.", "Bo Lind: kassör", "Eva Dal: sekr.", "Per Dal: Ordf."]);
  });
});
