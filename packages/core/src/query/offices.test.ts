/**
 * `attendeesOf` with a role (and `ask`'s "who was the secretary" with it): the meeting's office is a role that says
 * the asked one as whole words, not a compound title that contains it. Invented names.
 */
import { describe, expect, it } from "vitest";
import { ask, attendeesOf, buildGraph, readDocument } from "@samverkan/core";

const graphOf = (text: string) => buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;

/** A board's minutes whose officials present include a `kommunsekreterare` held in the board, and the secretary. */
const minutes = (secretary: string) =>
  `Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset kl 09.00-11.30 Beslutande Helga Brandt (M), ordförande Oskar Lindqvist (C) Maja Forsén (S) Tjänstemän Ingvar Sahlin, kommundirektör Rut Edlund, kommunsekreterare Tove Berglund, ${secretary} Justerare Maja Forsén\n§ 1 Val av justerare\n`;

describe("attendeesOf({ role })", () => {
  it("does not answer a compound title that contains the role (`kommunsekreterare` is not `sekreterare`)", () => {
    const g = graphOf(minutes("sekreterare"));
    expect(attendeesOf(g, "2021-03-16", { role: "sekreterare", capacity: "secretary" }).map((a) => a.label)).toEqual(["Tove Berglund"]);
    expect(ask(g, "vem var sekreterare 2021-03-16").answers.map((a) => a.label)).toEqual(["Tove Berglund"]);
  });

  it("answers the role under another name the lexicon folds into it (`mötessekreterare`), with its quote", () => {
    const [answer, ...rest] = attendeesOf(graphOf(minutes("mötessekreterare")), "2021-03-16", { role: "sekreterare" });
    expect(rest).toEqual([]);
    expect(answer.label).toBe("Tove Berglund");
    expect(answer.evidence.map((ev) => ev.quote)).toEqual(["Tove Berglund, mötessekreterare"]);
  });

  it("answers a role that says it among other words (`vice ordförande` for `ordförande`)", () => {
    const g = graphOf(minutes("sekreterare").replace("Oskar Lindqvist (C)", "Oskar Lindqvist (C), vice ordförande"));
    expect(attendeesOf(g, "2021-03-16", { role: "ordförande" }).map((a) => a.label)).toEqual(["Helga Brandt", "Oskar Lindqvist"]);
  });
});
