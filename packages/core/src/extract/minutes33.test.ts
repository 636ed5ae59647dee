/**
 * Minutes in layouts real minutes use (01-protocol.ts, 04-protocol.ts): roles as the minutes write them. Invented names
 * and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

/** Each role held as `name: role as written (normalised) @ body`, sorted. */
const written = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g, g.source(e))}: ${g.getEdgeAttribute(e, "role")} (${g.getEdgeAttribute(e, "roleNormalised")}) @ ${label(g, g.target(e))}`)
    .sort();

describe("a reserve's mark after the name", () => {
  const head = "PROTOKOLL Socialutskottet Sammanträdesdatum 2014-03-05 Plats Stadshuset, Ale Beslutande Eva Lind (S), ordförande Olle Berg (M) ";
  it("is the seat as written (`tjg ers`, `ej tjg ers`), the normalised seat beside it", () => {
    const g = graphOf(`${head}Kim Nord (S), tjg ers Ersättare Siv Alm (C), ej tjg ers Justerare Olle Berg\n§ 1 Upprop\n`);
    expect(written(g).filter((r) => /^(Kim|Siv)/.test(r))).toEqual([
      "Kim Nord: tjg ers (tjänstgörande ersättare) @ Socialutskottet",
      "Siv Alm: ej tjg ers (ersättare) @ Socialutskottet",
    ]);
  });
  it("abbreviated alone after the name's comma (`ers`): serving among the members, not among the others", () => {
    const g = graphOf(
      "PROTOKOLL Styrelsen Sammanträdesdatum 2006-02-09 Plats Kommunförbundet, Luleå Beslutande Eva Lind, Boden, (s, ordförande Olle Berg, Piteå, (s Siv Alm, Kiruna, (v, ers Övriga deltagande Per Ek, Överkalix, (s, ers, t o m 15 Ola Ros, kansli\n§ 1 Mötets öppnande\n",
    );
    expect(attendees(g).filter((a) => /^(Siv|Per)/.test(a))).toEqual(["Per Ek: nonserving", "Siv Alm: substitute"]);
    expect(written(g).filter((r) => /^(Siv|Per)/.test(r))).toEqual(["Per Ek: ers (ersättare) @ Styrelsen", "Siv Alm: ers (ersättare) @ Styrelsen"]);
  });
  it("and before the member replaced (`tgj ers för Y`), not the word of replacing", () => {
    const g = graphOf(`${head}Kim Nord (S), tgj ers för Åsa Holm (S) Per Ek (C) tjg för Ada Berg (C) Justerare Olle Berg\n§ 1 Upprop\n`);
    expect(written(g).filter((r) => /^(Kim|Per)/.test(r))).toEqual([
      "Kim Nord: tgj ers (tjänstgörande ersättare) @ Socialutskottet",
      "Per Ek: ersättare (ersättare) @ Socialutskottet",
    ]);
  });
});

describe("a party's minutes titled by a meeting of its board, with no year", () => {
  const text =
    "Protokoll från styrelsemötet 12 mars\n\nMötets öppnande Mötet förklarades öppnat. Närvaro Eva Lind (lämnade mötet efter punkt 5) Olle Berg Kim Nord Siv Alm (utan rösträtt, med yttranderätt)   Val av mötesfunktionärer Val av mötesordförande Kim Nord valdes enhälligt till mötesordförande. Val av mötessekreterare Eva Lind valdes enhälligt till sekreterare. Val av två mötesjusterare Siv Alm och Olle Berg valdes till justerare.   Godkännande av dagordning Dagordningen godkändes.\n";
  it("is a meeting of the board (`Styrelsen`), told apart by its day, where its officers hold their roles", () => {
    const g = graphOf(text);
    const chairs = g.filterEdges((_, a) => a.kind === "chaired").map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`);
    expect(chairs).toEqual(["Kim Nord @ Styrelsen (12 mars)"]);
    expect(written(g).filter((r) => !r.includes("ledamot"))).toEqual([
      "Eva Lind: sekreterare (sekreterare) @ Styrelsen",
      "Kim Nord: mötesordförande (mötesordförande) @ Styrelsen",
      "Olle Berg: justerare (justerare) @ Styrelsen",
      "Siv Alm: justerare (justerare) @ Styrelsen",
    ]);
  });
});

describe("an item choosing an office of the meeting", () => {
  it("writes the office as its heading does (`Val av protokolljusterare`)", () => {
    const g = graphOf(
      "Minnesanteckningar Styrgruppen 2008-06-03 Närvarande: Eva Lind (ordförande), Olle Berg, Kim Nord och Siv Alm (sekreterare) 1: Mötets öppnande Eva Lind förklarade mötet öppnat. 2: Val av protokolljusterare Olle Berg utsågs att justera dagens protokoll. 3: Föregående minnesanteckningar\n",
    );
    expect(written(g).filter((r) => r.startsWith("Olle"))).toEqual([
      "Olle Berg: ledamot (ledamot) @ Styrgruppen",
      "Olle Berg: protokolljusterare (justerare) @ Styrgruppen",
    ]);
  });
});

describe("fields after a presence list", () => {
  const head = "PROTOKOLL Styrelsen Vallby Energi AB Datum 2015-04-12 Plats Kontoret, Ale Närvarande: Eva Lind, ordförande Olle Berg Kim Nord ";
  it("`Även närvarade:` lists others present with their titles, no members", () => {
    const g = graphOf(`${head}Även närvarade: Siv Alm, vd Per Ek, ekonomichef\n§ 1 Mötets öppnande\n`);
    expect(attendees(g)).toEqual(["Eva Lind: member", "Kim Nord: member", "Olle Berg: member", "Per Ek: other", "Siv Alm: other"]);
    expect(roles(g).filter((r) => /^(Siv|Per)/.test(r))).toEqual(["Per Ek: ekonomichef", "Siv Alm: vd"]);
  });
  it("`Deltog ej:` lists those absent", () => {
    const g = graphOf(`${head}Deltog ej: Ada Berg, Siv Alm\n§ 1 Mötets öppnande\n`);
    expect(attendees(g)).toEqual(["Eva Lind: member", "Kim Nord: member", "Olle Berg: member"]);
  });
  it("but a sentence after a listed name that goes on (`X deltog ej i beslutet`) leaves her present", () => {
    const g = graphOf(
      "PROTOKOLL Kommunstyrelsen Datum 2015-04-12 Plats Stadshuset, Ale Beslutande: Eva Lind (S), ordförande Olle Berg (M) deltog ej i beslutet § 5 Kim Nord (C) Ada Berg (S) deltog inte i § 7 Justerare Kim Nord\n§ 1 Mötets öppnande\n",
    );
    expect(attendees(g).filter((a) => / Berg/.test(a))).toEqual(["Ada Berg: member", "Olle Berg: member"]);
  });
});

describe("a column of parties in parentheses flattened after a run of names", () => {
  const parties = (g: KnowledgeGraph) =>
    g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
      .sort();
  it("gives the names since the last column their parties in order, when as many", () => {
    const g = graphOf(
      "PROTOKOLL Kommunfullmäktige Datum 2015-04-12 Plats Stadshuset, Ale Beslutande Eva Lind Olle Berg Kim Nord Siv Alm Per Ek Ola Ros (M) (V) (C)\n\n2 (4) Lisa Holm Karl Ek Nils Ek (M) (M) (L) * Ada Berg (KD) Justerare Kim Nord\n§ 1 Mötets öppnande\n",
    );
    expect(parties(g)).toEqual(["Ada Berg: Kristdemokraterna", "Karl Ek: Moderaterna", "Lisa Holm: Moderaterna", "Nils Ek: Liberalerna"]);
  });
});
