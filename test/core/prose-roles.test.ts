/**
 * Roles read in prose, press texts and English pages (03-appositions.ts and the role lexicon): contact cards whose
 * title line is written in English, titles the lexicon names in both languages, staff titles of minutes, staff pages
 * whose lines alternate between titles and names.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { graphOf, personRoles } from "../helpers/roles";

const roles = (g: KnowledgeGraph) => personRoles(g, { written: true, where: false });

describe("roles in English contact cards", () => {
  it("a title line under the name: `Secretary General`, `First Vice President`", () => {
    const g = graphOf(
      "About the council\n\nThe council is a membership organisation for municipalities and regions in the west of the country. It was founded by regional politicians.\n\nContact:\nHelga Brandqvist\nSecretary General\n+46 70 000 00 00\n\nTobias Wennström (S)\nFirst Vice President\nMobile: +46 70 000 00 01\n",
    );
    expect(roles(g)).toEqual(["Helga Brandqvist: secretary general [generalsekreterare]", "Tobias Wennström: first vice president [förste vice ordförande]"]);
  });
});

describe("staff titles of the lexicon", () => {
  it("`dietist` and `facklig företrädare` after a name", () => {
    const g = graphOf("Rapport\nVera Lundholm, dietist, och Sixten Ahlqvist, facklig företrädare, deltog i mötet om skolmaten.");
    expect(roles(g)).toEqual(["Sixten Ahlqvist: facklig företrädare [facklig företrädare]", "Vera Lundholm: dietist [dietist]"]);
  });
});

describe("a political secretary is staff, not a member of the body", () => {
  it("`politisk sekreterare` among those present is the person's title, held in no body of the minutes", () => {
    const g = graphOf(
      "PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2020-03-04\n\nBeslutande\nAnna Bergqvist (S), ordförande\nPer Eklöv (M)\n\nÖvriga närvarande\nLinnea Forsmark (M), politisk sekreterare\nOskar Dahlin, kommunsekreterare\n",
    );
    expect(roles(g).filter((r) => r.startsWith("Linnea"))).toEqual(["Linnea Forsmark: politisk sekreterare [politisk sekreterare]"]);
    const held = g.filterEdges((_, a) => a.kind === "holds_role" && a.roleNormalised === "politisk sekreterare");
    expect(held).toEqual([]);
  });
});

describe("a role written as a label before the name", () => {
  it("`Redaktör: X` and `Kontaktperson:` on the line above X", () =>
    expect(roles(graphOf("Sidan\n\nRedaktör: Lovisa Grankvist\n\nKontaktperson:\nTorvald Ekblom\n070-000 00 00"))).toEqual([
      "Lovisa Grankvist: redaktör [journalist]",
      "Torvald Ekblom: kontaktperson [kontaktperson]",
    ]));
});

describe("roles set off by commas and after a verb's `som`", () => {
  it("a role owned in the genitive, then the name between commas, is the name's", () => {
    const g = graphOf(
      "Nyheter\n\nTills vidare är det kommunstyrelsens 1:e vice ordförande, Karola Svahn (C), som leder arbetet. Förbundets ordförande, Bo Ekvall, tackade. Nackas kommunstyrelseordförande, Eva Lodin (M), var nöjd.\n",
    );
    expect(personRoles(g, { written: true })).toEqual([
      "Bo Ekvall: ordförande [ordförande]",
      "Eva Lodin: kommunstyrelseordförande [kommunstyrelsens ordförande] @ Nacka",
      "Karola Svahn: kommunstyrelsens 1:e vice ordförande [kommunstyrelsens förste vice ordförande]",
    ]);
  });

  it("not in a run of names and titles, where the title is the name's before it", () => {
    const g = graphOf("Möte\n\nPer Lundell, kommunstyrelsens ordförande, Lena Åsberg, sekreterare, deltog.\n");
    expect(roles(g)).toEqual(["Lena Åsberg: sekreterare [sekreterare]", "Per Lundell: kommunstyrelsens ordförande [kommunstyrelsens ordförande]"]);
  });

  it("`sitter kvar som`, `arbetar numera som`: a role after a verb's few words and `som`", () => {
    const g = graphOf(
      "Nyheter\n\nKarl Falkman sitter kvar som förste vice ordförande. Eva Lundin arbetar numera som kommunikatör på Storsthlm. Anders Lindqvist är sammankallande i valberedningen. Lisa Nyberg börjar som tillförordnad kommunchef.\n",
    );
    expect(personRoles(g, { written: true })).toEqual([
      "Anders Lindqvist: sammankallande [sammankallande] @ Valberedningen",
      "Eva Lundin: kommunikatör [kommunikatör] @ Storsthlm",
      "Karl Falkman: förste vice ordförande [förste vice ordförande]",
      "Lisa Nyberg: tillförordnad kommunchef [kommundirektör]",
    ]);
  });

  it("`har istället X nu utsetts till`: an adverb between the name and its election verb", () => {
    const g = graphOf("Nyheter\n\nEfter att styrelsen avsatt Olle Tranberg har istället Karl Falkman nu utsetts till ny ordförande i Tibro kommun.\n");
    expect(personRoles(g, { written: true })).toEqual(["Karl Falkman: ordförande [ordförande] @ Tibro"]);
  });

  it("`tillträdde X som länsöverdirektör`: `som` right after the name and a title known by its ending", () => {
    const g = graphOf("Nyheter\n\nDen 1 mars tillträdde Karl Falkman som länsöverdirektör. Eva Lundin som bostadsbyggare vet att det är svårt.\n");
    expect(personRoles(g, { written: true })).toEqual(["Karl Falkman: länsöverdirektör [länsöverdirektör]"]);
  });
});

describe("a role after a copula", () => {
  it("past words of a time (`är sedan 2019 vice ordförande`, `sedan i höstas`)", () => {
    const g = graphOf("Nyheter\n\nEva Holmén (S) är sedan 2019 vice ordförande i kulturnämnden. Kim Ekdahl (L) är sedan i höstas ordförande.\n");
    expect(personRoles(g, { written: true })).toEqual(["Eva Holmén: vice ordförande [vice ordförande] @ Kulturnämnden", "Kim Ekdahl: ordförande [ordförande]"]);
  });

  it("not after a negation, nor past a clause's other words", () => {
    const g = graphOf("Nyheter\n\nBo Ahlqvist (C) är inte ordförande. Ulla Bergdal (V) var med på mötet med ordföranden.\n");
    expect(personRoles(g)).toEqual([]);
  });
});

describe("a staff page whose lines alternate between titles and names", () => {
  it("titles above their names, as the run's first line is a title", () => {
    const g = graphOf(
      "Ledning\n\nLandshövding\n\nKarin Bergvall\n\nChef för avdelningen för miljö\n\nNils Ekdahl\n\nChef för avdelningen för kultur\n\nLena Hörnqvist\n\nPlaneringschef\n\nOla Strand\n",
    );
    expect(roles(g)).toEqual([
      "Karin Bergvall: landshövding [landshövding]",
      "Lena Hörnqvist: chef för avdelningen för kultur [chef]",
      "Nils Ekdahl: chef för avdelningen för miljö [chef]",
      "Ola Strand: planeringschef [planeringschef]",
    ]);
  });
  it("a title line is no heading of the names under the name it belongs to", () => {
    const g = graphOf("Ledning\n\nLandshövding\nKarin Bergvall\nChef för avdelningen för miljö\nNils Ekdahl\nOla Strand\n");
    expect(roles(g)).toEqual(["Karin Bergvall: landshövding [landshövding]", "Nils Ekdahl: chef för avdelningen för miljö [chef]"]);
  });
  it("titles below their names, as the run's first line is a name", () => {
    const g = graphOf("Kontakt\n\nKarin Bergvall\nFörbundsdirektör\n\nNils Ekdahl\nKommunikationschef\n\nLena Hörnqvist\nPlaneringschef\n");
    expect(roles(g)).toEqual([
      "Karin Bergvall: förbundsdirektör [förbundsdirektör]",
      "Lena Hörnqvist: planeringschef [planeringschef]",
      "Nils Ekdahl: kommunikationschef [kommunikationsdirektör]",
    ]);
  });
});
