/**
 * Round 51's minutes headers (invented names and places in the layouts of a municipal board's and a council's minutes),
 * read in `01-protocol.ts` with the fields of `data/protocol.json`: the date of adjustment is a field of its own
 * (`Utses att justera X Justeringsdatum 3 april 2019`), and `med undantag av` names the members away as
 * `med undantag för` does.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, persons, roles } from "../../../../test/helpers/minutes";

describe("the date of adjustment as a field (`Utses att justera X Justeringsdatum …`)", () => {
  // A board's header box flattened to one line, the adjustment's date after the adjuster's name.
  const minutes = [
    "1 (8) Plats och tid Kommunhuset, rum Björken kl 13.00 15.30 BESLUTANDE Vera Holmgren (M) Ture Asplund (S) Frida Kron (C) ERSÄTTARE Alma Stenvik (S) Utses att justera Frida Kron Justeringsdatum 3 april 2019 Paragrafer 10-21 Underskrifter Sekreterare Nora Ljung Ordförande Vera Holmgren Justerande Frida Kron",
    "",
    "§ 10 Val av justerare",
  ].join("\n");

  it("ends the adjuster's name", () => {
    const g = graphOf(minutes);
    expect(persons(g)).toContain("Frida Kron");
    expect(persons(g).filter((p) => p.includes("Justeringsdatum"))).toEqual([]);
  });
});

describe("members away named after `med undantag av`", () => {
  const minutes = [
    "Sammanträdesprotokoll Kommunfullmäktige",
    "",
    "Plats och tid Aulan, Kommunhuset, den 12 oktober 2016, kl 18.30 Beslutande ledamöter samtliga ledamöter med undantag av Berit Alm (V), Gösta Fager (M) och Rut Dahlin (L). Övriga närvarande Tyra Ek, kommunsekreterare Utses att justera Ivar Nyström (S) Underskrifter Sekreterare Tyra Ek Ordförande Elin Sandberg Justerare Ivar Nyström",
  ].join("\n");

  it("does not make them attend", () => {
    const present = attendees(graphOf(minutes)).map((a) => a.split(":")[0]);
    expect(present).toContain("Ivar Nyström");
    for (const away of ["Berit Alm", "Gösta Fager", "Rut Dahlin"]) expect(present).not.toContain(away);
  });
});

describe("a staff list after stacked labels (`Övriga Utsedd att justera Justeringens plats och tid X, title, ABF, 12, …`)", () => {
  // A regional board's header box flattened to one line: each label's value after the labels, in their order.
  const minutes = [
    "Protokoll Regionnämnden 4 februari 2022",
    "RN 2022/7 Plats och tid Länshuset, 4 februari 2022, klockan 10.00",
    "Närvarande Beslutande Ersättare Signe Wahl (C), ordförande Arvid Lund (M) Ebba Stjärna (S)",
    "Övriga Utsedd att justera Justeringens plats och tid Gustav Rehn, regiondirektör, RNF, Ines Vall, kommunikatör, RNF, Otto Brink, enhetschef, TKF, 31, Hilma Sjö, konsult, 33 Arvid Lund Länshuset 10 februari 2022 Paragrafer",
    "Underskrifter Sekreterare Ines Vall Ordförande Signe Wahl Arvid Lund",
  ].join("\n");
  const g = graphOf(minutes);

  it("reads the officials, present, with their titles held in their office's letters", () => {
    expect(attendees(g)).toEqual(expect.arrayContaining(["Gustav Rehn: other", "Otto Brink: other", "Hilma Sjö: other"]));
    expect(roles(g)).toEqual(expect.arrayContaining(["Gustav Rehn: regiondirektör", "Ines Vall: kommunikatör", "Otto Brink: enhetschef"]));
    const held = g.filterEdges((_, a) => a.kind === "holds_role").map((e) => `${label(g, g.source(e))} @ ${label(g, g.target(e))}`);
    expect(held).toEqual(expect.arrayContaining(["Gustav Rehn @ RNF", "Otto Brink @ TKF"]));
  });

  it("gives the adjuster's label the name after the list", () => {
    expect(roles(g)).toContain("Arvid Lund: justerare");
  });
});
