/**
 * Questions about a body's people and meetings when several municipalities have a body of the same name: the name
 * alone is ambiguous and its candidates say their place; the body named with its place is found; a role in a body, a
 * body's members and who held a role at a meeting. Two minutes in the flattened layout, invented people.
 */
import { ask, buildGraph, readDocument, resolveEntity, type KnowledgeGraph } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";

const OCKELBO = `Kommunstyrelsen OCKELBO KOMMUN SAMMANTRÄDESPROTOKOLL Sida 1(8) Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset, tisdagen den 16 mars 2021 kl 09.00-11.30 Beslutande Ledamöter Helga Brandt, M, Ordförande Oskar Lindqvist, C, 1:e vice ordförande Maja Forsén, S Tobias Wennberg, SD Ersättare Frida Holmgren, S Övriga närvarande Ingvar Sahlin, kommundirektör Rut Edlund, sekreterare Justerare Maja Forsén, S Justeringens plats och tid Kommunhuset 2021-03-23 Underskrifter Sekreterare Paragrafer §§ 10-18 Rut Edlund Ordförande Helga Brandt Justerare Maja Forsén
`;
const HOFORS = `Kommunstyrelsen HOFORS KOMMUN SAMMANTRÄDESPROTOKOLL Sida 1(6) Sammanträdesdatum 2021-04-20 Plats och tid Rådhuset, tisdagen den 20 april 2021 kl 13.00-15.00 Beslutande Ledamöter Sigrid Falk, S, Ordförande Anton Berglund, M, 1:e vice ordförande Lova Nyström, C Ersättare Emil Sandberg, L Övriga närvarande Greta Wall, sekreterare Justerare Lova Nyström, C Justeringens plats och tid Rådhuset 2021-04-27 Underskrifter Sekreterare Paragrafer §§ 20-25 Greta Wall Ordförande Sigrid Falk Justerare Lova Nyström
`;

let graph: KnowledgeGraph;
beforeAll(() => {
  ({ graph } = buildGraph([readDocument({ source: "ks-ockelbo.txt", content: OCKELBO }), readDocument({ source: "ks-hofors.txt", content: HOFORS })], {
    layout: false,
  }));
});
const labels = (question: string) => ask(graph, question).answers.map((a) => a.label);

describe("a body named with its place", () => {
  it("alone is ambiguous, and its candidates say their place", () => {
    const result = ask(graph, "vem är sekreterare i Kommunstyrelsen");
    expect(result.answers).toEqual([]);
    expect(result.candidates?.map((c) => c.label)).toEqual(["Kommunstyrelsen (Hofors)", "Kommunstyrelsen (Ockelbo)"]);
  });

  it.each([
    ["Kommunstyrelsen i Ockelbo", "Ockelbo"],
    ["Ockelbos kommunstyrelse", "Ockelbo"],
    ["kommunstyrelsen, Ockelbo", "Ockelbo"],
    ["Hofors kommunstyrelse", "Hofors"],
    ["Kommunstyrelsen (Hofors)", "Hofors"],
    ["Kommunstyrelsen Hofors", "Hofors"],
  ])("%s is the body of %s", (name, place) => {
    const found = resolveEntity(graph, name, ["organisation"]);
    expect(found.status).toBe("found");
    const id = (found as { id: string }).id;
    expect(graph.getNodeAttribute(graph.getNodeAttributes(id).partOf as string, "label")).toBe(place);
  });

  it("is not found in a place that has no such body", () => {
    expect(resolveEntity(graph, "Kommunstyrelsen i Sandviken", ["organisation"]).status).not.toBe("found");
  });
});

describe("roles in a body", () => {
  it("a role in a body, with the words that state it", () => {
    const result = ask(graph, "vem är sekreterare i Kommunstyrelsen i Ockelbo");
    expect(result.interpretation).toMatchObject({ form: "role-of-org-sv", role: "sekreterare", argument: "Kommunstyrelsen i Ockelbo" });
    expect(result.answers.map((a) => a.label)).toEqual(["Rut Edlund"]);
    expect(result.answers[0].evidence[0].quote).toBe("Rut Edlund, sekreterare");
  });

  it("an English question names the role in English", () => {
    expect(labels("who is the secretary of Hofors kommunstyrelse")).toEqual(["Greta Wall"]);
  });

  it("a body's members are its ledamöter, its chair and vice chairs; not its substitutes or staff", () => {
    const members = ["Anton Berglund", "Lova Nyström", "Sigrid Falk"];
    expect(labels("who are the members of Kommunstyrelsen in Hofors")).toEqual(members);
    expect(labels("vilka är ledamöter i Hofors kommunstyrelse")).toEqual(members);
  });

  it("who sits in a body: everyone who holds a seat or a role in it", () => {
    const seated = labels("vilka sitter i Ockelbos kommunstyrelse");
    expect(seated).toEqual(expect.arrayContaining(["Frida Holmgren", "Helga Brandt", "Rut Edlund"]));
    expect(seated).not.toContain("Sigrid Falk");
  });
});

describe("who held a role at a meeting", () => {
  it("the adjusters of a meeting, quoted from its minutes", () => {
    const result = ask(graph, "vem var justerare den 20 april 2021");
    expect(result.interpretation).toMatchObject({ form: "role-at-meeting-sv", role: "justerare" });
    expect(result.answers.map((a) => a.label)).toEqual(["Lova Nyström"]);
    expect(result.answers[0].evidence.every((ev) => ev.doc === "ks-hofors")).toBe(true);
  });

  it("the secretary, in English, and the chair by who chaired", () => {
    expect(labels("who was the secretary at the meeting on 2021-03-16")).toEqual(["Rut Edlund"]);
    expect(labels("who was the chair at the meeting on 2021-03-16")).toEqual(["Helga Brandt"]);
    expect(ask(graph, "vem var ordförande den 16 mars 2021").interpretation?.form).toBe("chair-of-sv");
  });
});

describe("who held a role at a meeting whose minutes name no body", () => {
  // An association's minutes: a date, who was there, and a role under a name at the end, but no body.
  const NOTES = `Protokoll 190522\n\nNärvarande: Per Ekdahl, Lisa Holmberg\nÖvriga närvarande:\nOve Sandin (S), politisk sekreterare\n\n1. Ordförande öppnar mötet\nOrdförande Per Ekdahl öppnade mötet\n\n2. Val av justeringsperson\nLisa Holmberg\n\nPer Ekdahl\nOrdförande\n\nLisa Holmberg\nJusteringsperson\n`;
  it("answers from the role stated under the name in those minutes", () => {
    const { graph: notes } = buildGraph([readDocument({ source: "forening.txt", content: NOTES })], { layout: false });
    const result = ask(notes, "vem var justerare den 22 maj 2019");
    expect(result.answers.map((a) => [a.label, a.detail])).toEqual([["Lisa Holmberg", "justerare"]]);
    expect(result.answers[0].evidence.map((ev) => ev.quote.replace(/\s+/g, " "))).toEqual(["Lisa Holmberg Justeringsperson"]);
    // A title that names the role asked is not that role at the meeting.
    expect(ask(notes, "vem var sekreterare den 22 maj 2019").answers).toEqual([]);
  });
});

describe("a body's meetings", () => {
  it("by its name and place, and in a year", () => {
    expect(labels("vilka sammanträden hade Kommunstyrelsen i Hofors")).toEqual(["2021-04-20 Kommunstyrelsen, Hofors"]);
    expect(labels("which meetings did Ockelbos kommunstyrelse hold")).toEqual(["2021-03-16 Kommunstyrelsen, Ockelbo"]);
    expect(ask(graph, "vilka sammanträden hade Kommunstyrelsen i Hofors 2021").interpretation?.year).toBe("2021");
    expect(labels("vilka sammanträden hade Kommunstyrelsen i Hofors 2020")).toEqual([]);
  });
});

describe("a municipality's meetings", () => {
  it("are those of the bodies it holds, and no other place's", () => {
    const result = ask(graph, "vilka möten hölls i Ockelbo");
    expect(result.interpretation?.form).toBe("meetings-at-sv");
    expect(result.answers.map((a) => a.label)).toEqual(["2021-03-16 Kommunstyrelsen, Ockelbo"]);
    expect(result.answers[0].evidence.length).toBeGreaterThan(0);
    expect(labels("which meetings were held in Hofors")).toEqual(["2021-04-20 Kommunstyrelsen, Hofors"]);
  });

  it("a period is still a period", () => {
    expect(ask(graph, "vilka möten hölls i april 2021").interpretation?.form).toBe("meetings-in-sv");
    expect(labels("vilka möten hölls i april 2021")).toEqual(["2021-04-20 Kommunstyrelsen, Hofors"]);
  });
});

describe("more ways users ask", () => {
  it.each([
    ["vem justerade den 16 mars 2021", "adjusted-sv-2", ["Maja Forsén"]],
    ["who was the chair on 2021-04-20", "chair-at-en", ["Sigrid Falk"]],
    ["who was chair on 20 April 2021", "chair-at-en", ["Sigrid Falk"]],
    ["which meetings was Helga Brandt the chair of", "chaired-en-2", ["2021-03-16 Kommunstyrelsen, Ockelbo"]],
    ["vilka möten var Lova Nyström med på", "attended-sv", ["2021-04-20 Kommunstyrelsen, Hofors"]],
    ["vilka ledamöter fanns med den 20 april 2021", "role-present-sv", ["Anton Berglund", "Lova Nyström", "Sigrid Falk"]],
  ])("%j", (question, form, answers) => {
    const result = ask(graph, question);
    expect(result.interpretation?.form).toBe(form);
    expect(result.answers.map((a) => a.label)).toEqual(answers);
  });

  it.each([
    ["vad gör Greta Wall", "roles-sv-3"],
    ["vad jobbar Greta Wall med", "roles-sv-3"],
    ["what does Greta Wall do", "roles-en-3"],
    ["what is Greta Wall's role", "roles-en-3"],
  ])("%j asks for the person's roles", (question, form) => {
    const result = ask(graph, question);
    expect(result.interpretation).toMatchObject({ form, argument: "Greta Wall" });
    expect(result.answers.map((a) => a.detail ?? a.label).join(" ")).toMatch(/sekreterare/);
  });

  it.each(["vilka politiker finns i Hofors", "which politicians are from Hofors"])("%j asks for the place's people", (question) => {
    const result = ask(graph, question);
    expect(result.interpretation?.argument).toBe("Hofors");
    expect(result.answers.map((a) => a.label)).toEqual(expect.arrayContaining(["Sigrid Falk", "Lova Nyström"]));
    expect(result.answers.map((a) => a.label)).not.toContain("Helga Brandt");
  });
});

describe("counts, lists and the places of people", () => {
  it.each([
    ["hur många möten ledde Helga Brandt", "chaired-sv", ["2021-03-16 Kommunstyrelsen, Ockelbo"]],
    ["how many meetings did Sigrid Falk chair", "chaired-en", ["2021-04-20 Kommunstyrelsen, Hofors"]],
    ["när hade Kommunstyrelsen i Hofors sammanträde", "met-when-sv", ["2021-04-20 Kommunstyrelsen, Hofors"]],
    ["lista alla möten", "meetings-all-sv", ["2021-03-16 Kommunstyrelsen, Ockelbo", "2021-04-20 Kommunstyrelsen, Hofors"]],
    ["vilka möten finns det", "meetings-all-sv", ["2021-03-16 Kommunstyrelsen, Ockelbo", "2021-04-20 Kommunstyrelsen, Hofors"]],
    ["list all meetings", "meetings-all-en", ["2021-03-16 Kommunstyrelsen, Ockelbo", "2021-04-20 Kommunstyrelsen, Hofors"]],
    ["list all meetings 2020", "meetings-all-en", []],
    ["where is Helga Brandt from", "municipality-of-en", ["Ockelbo"]],
  ])("%j", (question, form, answers) => {
    const result = ask(graph, question);
    expect(result.interpretation?.form).toBe(form);
    expect(result.answers.map((a) => a.label).sort()).toEqual([...answers].sort());
  });

  it("a body's meeting named with `med`", () => {
    const result = ask(graph, "vilka deltog i mötet med kommunstyrelsen den 16 mars 2021");
    expect(result.interpretation?.form).toBe("attendees-sv");
    expect(result.answers.map((a) => a.label)).toEqual(expect.arrayContaining(["Helga Brandt", "Maja Forsén"]));
    expect(result.answers.map((a) => a.label)).not.toContain("Sigrid Falk");
  });

  it.each(["vilka organisationer tillhör Helga Brandt"])("%j gives the person's organisations", (question) => {
    const result = ask(graph, question);
    expect(result.interpretation).toMatchObject({ form: "member-of-sv", argument: "Helga Brandt" });
    expect(result.answers.map((a) => a.label).join(" ")).toMatch(/Kommunstyrelsen/);
  });

  it.each([
    ["who did Helga Brandt meet", "works-with-en-2"],
    ["vilka har Helga Brandt träffat", "works-with-sv"],
  ])("%j asks who the person works with", (question, form) => {
    const result = ask(graph, question);
    expect(result.interpretation).toMatchObject({ form, argument: "Helga Brandt" });
    expect(result.answers.map((a) => a.label)).toContain("Oskar Lindqvist");
    expect(result.answers.map((a) => a.label)).not.toContain("Sigrid Falk");
  });
});
