/**
 * Questions that name a meeting by its body and date (`vem var ordförande på miljönämndens sammanträde den 12 mars
 * 2024`), ask who adjusted or kept its minutes, who was present, and a person's party or municipality. Two bodies of
 * two municipalities meet on the same day, so a date alone is ambiguous and the body must tell them apart. Invented
 * people, in the standard minutes layout of the test helpers.
 */
import { ask, buildGraph, readDocument, type KnowledgeGraph } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { protocolText, SAMPLE_PROTOCOL, type Protocol } from "../helpers/documents";

const ENVIRONMENT: Protocol = {
  ...SAMPLE_PROTOCOL,
  municipality: "Ale kommun",
  body: "Miljönämnden",
  members: [
    { name: "Rasmus Ekdahl", party: "M", role: "ordförande" },
    { name: "Vendela Strand", party: "S", role: "vice ordförande" },
    { name: "Gunnar Lövqvist", party: "C" },
  ],
  substitutes: [{ name: "Tyra Holmqvist", party: "L" }],
  others: [{ name: "Jonna Berglind", role: "nämndsekreterare" }],
  secretary: "Jonna Berglind",
  adjuster: "Gunnar Lövqvist",
};

let graph: KnowledgeGraph;
beforeAll(() => {
  const documents = [
    readDocument({ source: "ks-2024-03-12.txt", content: protocolText(SAMPLE_PROTOCOL) }),
    readDocument({ source: "mn-2024-03-12.txt", content: protocolText(ENVIRONMENT) }),
  ];
  graph = buildGraph(documents, { layout: false }).graph;
});

const labels = (question: string) => ask(graph, question).answers.map((a) => a.label);

describe("a meeting named by its body and date", () => {
  it.each([
    ["vem var ordförande på kommunstyrelsens sammanträde den 12 mars 2024", "Ingrid Solberg"],
    ["vem var ordförande på miljönämndens sammanträde den 12 mars 2024", "Rasmus Ekdahl"],
    ["vem ledde miljönämndens möte 2024-03-12?", "Rasmus Ekdahl"],
    ["vem var ordförande i kommunstyrelsen den 12 mars 2024", "Ingrid Solberg"],
    ["who chaired the Miljönämnden meeting on 12 March 2024", "Rasmus Ekdahl"],
    ["vem var sekreterare på miljönämnden 2024-03-12", "Jonna Berglind"],
    // The place's genitive, however short its name (`Ales`).
    ["vem var ordförande på Ales miljönämnd 2024-03-12", "Rasmus Ekdahl"],
    // The date written as minutes and letters write it: a weekday before it, month abbreviated, day and month in digits.
    ["vem var ordförande på miljönämndens sammanträde tisdagen den 12 mars 2024", "Rasmus Ekdahl"],
    ["who chaired the Miljönämnden meeting on Tuesday, Mar. 12, 2024", "Rasmus Ekdahl"],
    ["vem var sekreterare i miljönämnden den 12/3 2024", "Jonna Berglind"],
    ["vem justerade miljönämndens protokoll 12 mar. 2024", "Gunnar Lövqvist"],
    ["vem förde kommunstyrelsens protokoll den 12 mars 2024", "Maja Lindvall"],
  ])("%s → %s", (question, chair) => {
    const result = ask(graph, question);
    expect(result.answers.map((a) => a.label)).toEqual([chair]);
    expect(result.answers[0].evidence[0].quote).toContain(chair);
  });

  it("a day without its year is that day of any year", () => {
    expect(labels("vem var sekreterare i miljönämnden den 12 mars")).toEqual(["Jonna Berglind"]);
    expect(labels("vem ledde kommunstyrelsens sammanträde den 12 mars")).toEqual(["Ingrid Solberg"]);
  });

  it("an organisation's people in a year: those tied to it then, not a meeting", () => {
    const result = ask(graph, "vem var ordförande i Miljönämnden 2024");
    expect(result.interpretation).toMatchObject({ form: "chair-of-org-sv", argument: "Miljönämnden", year: "2024" });
    expect(result.answers.map((a) => a.label)).toEqual(["Rasmus Ekdahl"]);
    expect(ask(graph, "vem var ordförande i Miljönämnden 2019").answers).toEqual([]);
  });

  it("a date that two bodies met on: each meeting's answer, saying which meeting it is of", () => {
    const result = ask(graph, "vem var ordförande den 12 mars 2024");
    expect(result.answers.map((a) => a.label).sort()).toEqual(["Ingrid Solberg", "Rasmus Ekdahl"]);
    expect(result.answers.find((a) => a.label === "Rasmus Ekdahl")?.detail).toMatch(/^2024-03-12 Miljönämnden/);
    expect(result.answers.every((a) => a.evidence.length > 0)).toBe(true);
  });

  it("a body that did not meet that day is no meeting, not the day's other meeting", () => {
    const result = ask(graph, "vem var ordförande på byggnadsnämndens sammanträde den 12 mars 2024");
    expect(result.interpretation?.form).toBe("chair-of-sv");
    expect(result.answers).toEqual([]);
    expect(result.message).toMatch(/no meeting called/);
  });

  it("an organisation's role without a date is still the organisation's", () => {
    expect(ask(graph, "vem är ordförande i Miljönämnden").interpretation?.form).toBe("chair-of-org-sv");
    expect(labels("vem är ordförande i Miljönämnden")).toEqual(["Rasmus Ekdahl"]);
  });
});

describe("the minutes' officers and who was present", () => {
  it.each([
    ["vem justerade protokollet från kommunstyrelsens sammanträde den 12 mars 2024", "adjusted-sv", ["Tomas Vikström"]],
    ["who adjusted the minutes of the Miljönämnden meeting on 2024-03-12", "adjusted-en", ["Gunnar Lövqvist"]],
    ["vem förde protokollet på miljönämndens sammanträde den 12 mars 2024", "minutes-taker-sv", ["Jonna Berglind"]],
    ["who took the minutes at the Kommunstyrelsen meeting on 12 March 2024", "minutes-taker-en", ["Maja Lindvall"]],
  ])("%s", (question, form, people) => {
    const result = ask(graph, question);
    expect(result.interpretation?.form).toBe(form);
    expect(result.answers.map((a) => a.label)).toEqual(people);
  });

  it("vilka var närvarande: the members of that body's meeting only", () => {
    const present = labels("vilka var närvarande på miljönämndens sammanträde den 12 mars 2024");
    expect(present).toEqual(expect.arrayContaining(["Rasmus Ekdahl", "Vendela Strand", "Gunnar Lövqvist"]));
    expect(present).not.toContain("Ingrid Solberg");
    expect(ask(graph, "who was present at the Kommunstyrelsen meeting on 2024-03-12").answers.map((a) => a.label)).toContain("Signe Åkerlund");
  });
});

describe("a person's party and municipality", () => {
  it.each([
    ["vilket parti tillhör Rasmus Ekdahl", "party-of-sv", "Moderaterna"],
    ["which party does Vendela Strand belong to", "party-of-en", "Socialdemokraterna"],
    ["vilken kommun representerar Rasmus Ekdahl", "municipality-of-sv", "Ale"],
    ["which municipality is Vendela Strand from", "municipality-of-en", "Ale"],
  ])("%s", (question, form, answer) => {
    const result = ask(graph, question);
    expect(result.interpretation?.form).toBe(form);
    expect(result.answers.map((a) => a.label)).toEqual([answer]);
    expect(result.answers[0].evidence.length).toBeGreaterThan(0);
  });

  it("när sammanträdde Miljönämnden: its meetings", () => {
    const result = ask(graph, "när sammanträdde Miljönämnden");
    expect(result.interpretation?.form).toBe("met-when-sv");
    expect(result.answers.map((a) => a.date)).toEqual(["2024-03-12"]);
  });
});
