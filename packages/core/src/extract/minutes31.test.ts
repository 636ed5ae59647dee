/**
 * Minutes in layouts real minutes use (01-protocol.ts, 01-lists.ts, 04-protocol.ts): a label left blank among labels
 * side by side, a title in square brackets, a chair's title before the first name, a group's seats, a roster and a
 * web page's minutes flattened or with no blank lines. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";

describe("a signature's label left blank before a people field's, then the adjusters' with its colon", () => {
  const text =
    "1 Miljönämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2023-04-12 Plats och tid Kommunhuset, Vallby, kl 13.00-15.30 Beslutande Anna Lind (S), ordförande Per Holm (M) Eva Berg (C) Sekreterare: Närvarande tjänstemän Utses att justera: Olle Berg föredragande Lisa Ström Justeringens plats och tid Kommunhuset\n\n2 Miljönämnden § 1 Val av justerare\n";
  it("keeps the adjuster, and gives the blank label no name (`Sekreterare: Närvarande tjänstemän Utses att justera: X …`)", () => {
    const g = graphOf(text);
    expect(attendees(g).filter((a) => /^(Olle|Lisa) /.test(a))).toEqual(["Lisa Ström: adjuster", "Olle Berg: staff"]);
    expect(roles(g).filter((r) => /^(Olle|Lisa) /.test(r))).toEqual(["Lisa Ström: justerare", "Olle Berg: föredragande"]);
  });
  it("reads the name right after the colon as the adjuster and the names after it as the people field's", () => {
    const g = graphOf(text.replace("Olle Berg föredragande Lisa Ström", "Lisa Ström Olle Berg, miljöchef Kim Alm, nämndsekreterare"));
    expect(attendees(g).filter((a) => /^(Olle|Lisa|Kim) /.test(a))).toEqual(["Kim Alm: staff", "Lisa Ström: adjuster", "Olle Berg: staff"]);
  });
});

describe("a title in square brackets after a name in an inline header", () => {
  it("is the person's title, as in parentheses (`X [kommunchef]`)", () => {
    const g = graphOf(
      "1 Kommunstyrelsen PROTOKOLL Sammanträdesdatum 2023-04-12 Plats och tid Kommunhuset, kl 10.00-12.00 Beslutande Anna Lind (S), ordförande Per Holm (M) Eva Berg (C) Övriga deltagande Lisa Ström [kommunchef] Ola Sand [ekonomichef] Utses att justera Per Holm Underskrifter Sekreterare Karin Ek Ordförande Anna Lind Justerande Per Holm\n\n2 § 1 Val av justerare\n",
    );
    expect(roles(g).filter((r) => /^(Lisa|Ola) /.test(r))).toEqual(["Lisa Ström: kommunchef", "Ola Sand: ekonomichef"]);
    expect(attendees(g).filter((a) => /^(Lisa|Ola) /.test(a))).toEqual(["Lisa Ström: other", "Ola Sand: other"]);
  });
});

describe("a group the minutes set out", () => {
  it("seats its members in minutes read by field lines (`Arbetsgruppen består av:` then a bullet each)", () => {
    const g = graphOf(
      "Protokoll\nKommunstyrelsen i Vallby\n\nDatum: 2023-04-12\nPlats: Kommunhuset\n\nNärvarande:\nAnna Lind (S), ordförande\nPer Holm (M)\nEva Berg (C)\n\nSekreterare: Karin Ek\n\n§ 1 Val av justerare\nPer Holm utses att justera protokollet.\n\n§ 2 Arbetsgrupp för skolskjutsar\nArbetsgruppen består av:\n- Olle Sand, skolchef\n- Maja Berg, trafikplanerare\n\nKommunstyrelsen beslutar att godkänna arbetsgruppen.\n",
    );
    expect(roles(g).filter((r) => /^(Olle|Maja) /.test(r))).toEqual([
      "Maja Berg: ledamot",
      "Maja Berg: trafikplanerare",
      "Olle Sand: ledamot",
      "Olle Sand: skolchef",
    ]);
  });
  it("is read right after an item's heading on its line (`§ 2 Referensgrupp Referensgruppen består av X`)", () => {
    const g = graphOf(
      "1 Kommunstyrelsen PROTOKOLL Sammanträdesdatum 2023-04-12 Plats och tid Kommunhuset, kl 10.00-12.00 Beslutande Anna Lind (S), ordförande Per Holm (M) Eva Berg (C) Utses att justera Per Holm Underskrifter Sekreterare Karin Ek Ordförande Anna Lind Justerande Per Holm\n\n2 § 1 Val av justerare § 2 Referensgrupp Referensgruppen består av Olle Sand, skolchef, och Maja Berg, trafikplanerare. Kommunstyrelsen beslutar att godkänna gruppen.\n",
    );
    const seats = g.filterEdges((e, a) => a.kind === "holds_role" && a.role === "ledamot" && label(g, g.target(e)) === "Referensgruppen");
    expect(seats.map((e) => label(g, g.source(e))).sort()).toEqual(["Maja Berg", "Olle Sand"]);
  });
});

describe("a roster by municipality flattened into one line", () => {
  const text =
    "Direktionen Direktionen är förbundets högsta beslutande organ. Protokoll Kallelser Sammanträdesplan Ales kommun Ledamot: Eva Ek (s) och Per Holm (m) Ersättare: Kim Alm (c) och Ola Ros (sd) Lerums kommun Ledamot: Anna Lind (m) och Bo Sand (s) Ersättare: Lisa Ström (l) och Olle Berg (v) Alingsås kommun Ledamot: Maja Berg (kd) och Sten Dahl (s) Ersättare: Rut Falk (m) och Jan Nord (s)\n";
  it("gives each member the municipality written before its group's field, not the next group's after its name", () => {
    const g = graphOf(text);
    const represents = g
      .filterEdges((_, a) => a.kind === "represents")
      .map((e) => `${label(g, g.source(e))}→${label(g, g.target(e))}`)
      .sort();
    expect(represents).toEqual([
      "Anna Lind→Lerum",
      "Bo Sand→Lerum",
      "Eva Ek→Ale",
      "Jan Nord→Alingsås",
      "Kim Alm→Ale",
      "Lisa Ström→Lerum",
      "Maja Berg→Alingsås",
      "Ola Ros→Ale",
      "Olle Berg→Lerum",
      "Per Holm→Ale",
      "Rut Falk→Alingsås",
      "Sten Dahl→Alingsås",
    ]);
  });
});

describe("a chair's title right after a people field's label, before the list's first name", () => {
  it("is that name's title, who chaired, and a vice chair's after it the next name's (`Närvarande: Ordföranden X (m) Vice ordföranden Y (s)`)", () => {
    const g = graphOf(
      "1 Styrelsen PROTOKOLL Sammanträdesdatum 2023-04-12 Plats och tid Kontoret, kl 9.00 Närvarande: Ordföranden Eva Ek (m) Vice ordföranden Per Holm (s) Ledamöterna Kim Alm (v) Suppleanterna Lisa Ström (kd) Justeras: Per Holm\n\n2 § 1 Val av justerare\n",
    );
    expect(attendees(g)).toEqual(["Eva Ek: member", "Kim Alm: member", "Lisa Ström: nonserving", "Per Holm: member"]);
    expect(roles(g).filter((r) => /^(Eva|Per) /.test(r) && !r.endsWith("justeras"))).toEqual(["Eva Ek: ordföranden", "Per Holm: vice ordföranden"]);
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => label(g, g.source(e)))).toEqual(["Eva Ek"]);
  });
});

describe("a sentence on who else attended under the last list, with no blank line between", () => {
  it("is no entry of that list (`Verkställande direktören` / `Maja Berg` / `Dessutom närvarade tjänstemännen vid Vallby Hem`)", () => {
    const g = graphOf(
      "Protokoll\nStyrelsen för Vallby Hem AB\nDatum: 2023-04-12\nPlats: Kontoret\nNärvarande:\nOrdföranden Eva Ek (m)\nLedamöterna\nKim Alm (v)\nOla Ros (m)\nVerkställande direktören\nMaja Berg\nDessutom närvarade tjänstemännen vid Vallby Hem\n§ 1 Val av justerare\n",
    );
    expect(attendees(g).filter((a) => !/^(Eva|Kim|Ola) /.test(a))).toEqual(["Maja Berg: staff"]);
  });
});
