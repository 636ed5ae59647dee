import { ask, QUESTION_FORMS, SamverkanError, type KnowledgeGraph } from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleGraph } from "./sample-graph";

let graph: KnowledgeGraph;
beforeAll(async () => ({ graph } = await sampleGraph()));

// [question, form, argument, an answer label that must be among the answers]
const FORMS: [string, string, string, string][] = [
  ["which meetings did Mats Gerdau chair", "chaired-en", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["Which meetings did mats gerdau chair?", "chaired-en", "mats gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["what meetings has Gerdau chaired", "chaired-en", "Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka möten ledde Mats Gerdau?", "chaired-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka sammanträden var Mats Gerdau ordförande för", "chaired-sv-2", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["which meetings did Daniel Adborn chair", "chaired-en", "Daniel Adborn", "2019-04 Seminarium: Räcker elen och vattnet för kommunernas tillväxt?"],
  ["which meetings did Olle Burell attend", "attended-en", "Olle Burell", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka möten deltog Olle Burell i", "attended-sv", "Olle Burell", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["who chaired the meeting on 11 October 2016", "chair-of-en", "11 October 2016", "Mats Gerdau"],
  ["who chaired the meeting on 2016-10-11", "chair-of-en", "2016-10-11", "Mats Gerdau"],
  ["vem var ordförande den 11 oktober 2016", "chair-of-sv", "11 oktober 2016", "Mats Gerdau"],
  ["who attended the meeting on 2016-10-11", "attendees-en", "2016-10-11", "Effe Östman"],
  ["who works with Ebba Östlin", "works-with-en", "Ebba Östlin", "Mats Gerdau"],
  ["who works with Ebba Ostlin", "works-with-en", "Ebba Ostlin", "Mats Gerdau"],
  ["who works with ebba östlín", "works-with-en", "ebba östlín", "Mats Gerdau"],
  ["vem samarbetar Ebba Östlin med", "works-with-sv", "Ebba Östlin", "Mats Gerdau"],
  ["what roles has Ebba Östlin held", "roles-en", "Ebba Östlin", "kommunalråd (Botkyrka)"],
  ["vilka uppdrag har Ebba Östlin haft", "roles-sv", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["who represented Nacka", "represented-en", "Nacka", "Mats Gerdau"],
  ["vilka från Nacka deltog", "represented-sv-2", "Nacka", "Mats Gerdau"],
  ["vem representerade Haninge", "represented-sv", "Haninge", "Martina Mossberg"],
  ["which meetings discussed nyanlända", "topic-en", "nyanlända", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka möten diskuterade nyanlända", "topic-sv", "nyanlända", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  // Two letters swapped, a possessive, and a party where an organisation is expected.
  ["which meetings did Gerdua chair", "chaired-en", "Gerdua", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["what roles has Gerdau's held", "roles-en", "Gerdau's", "förbundsordförande (Storsthlm)"],
  ["who represented S", "represented-en", "S", "Ebba Östlin"],
  ["vem representerade Moderaterna", "represented-sv", "Moderaterna", "Mats Gerdau"],
  // Forms users tried: the perfect tense, a chair of an organisation, memberships, people of a party or a place,
  // who someone is, a seminar named by its definite noun and title.
  ["vilka möten har Mats Gerdau lett", "chaired-sv-perfect", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["who chairs Storsthlm", "chair-of-org-en", "Storsthlm", "Mats Gerdau"],
  ["vem är ordförande i Storsthlm", "chair-of-org-sv", "Storsthlm", "Mats Gerdau"],
  ["which organisations is Ebba Östlin a member of", "member-of-en", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["vilka organisationer är Ebba Östlin medlem i", "member-of-sv", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["who is Mats Gerdau", "who-is-en", "Mats Gerdau", "förbundsordförande (Storsthlm)"],
  ["vem är Mats Gerdau", "who-is-sv", "Mats Gerdau", "kommunstyrelsens ordförande (Nacka)"],
  ["vilka politiker från S", "people-from-sv", "S", "Ebba Östlin"],
  ["people from Nacka", "people-from-en", "Nacka", "Mats Gerdau"],
  ["vilka deltog på seminariet Öronmärkt", "attendees-sv", "Öronmärkt", "Ebba Östlin"],
  // When someone chaired, what role someone has, a role's holders, and the meetings of a period.
  ["när var Mats Gerdau ordförande", "chaired-when-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["när har Mats Gerdau lett möten", "chaired-when-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["när ledde Mats Gerdau sammanträden", "chaired-when-sv-2", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["when did Daniel Adborn chair a seminar", "chaired-when-en", "Daniel Adborn", "2019-04 Seminarium: Räcker elen och vattnet för kommunernas tillväxt?"],
  ["vilken roll har Ebba Östlin", "roles-sv-2", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["what role does Ebba Östlin have", "roles-en-2", "Ebba Östlin", "kommunalråd (Botkyrka)"],
  ["vilka ledamöter har Storsthlm", "role-holders-sv", "Storsthlm", "Mats Gerdau"],
  ["list the members of Storsthlm", "role-holders-en", "Storsthlm", "Mats Gerdau"],
  ["vilka möten hölls i oktober 2016", "meetings-in-sv", "oktober 2016", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka möten har hållits 2016", "meetings-in-sv", "2016", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  // Forms users wrote: a leading preposition, other nouns for meetings, `meetings chaired by`, `möten som X ledde`,
  // who came from a place, what a meeting was about, who leads an organisation.
  ["på vilka möten var Mats Gerdau ordförande", "chaired-sv-2", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka träffar ledde Mats Gerdau", "chaired-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["list meetings chaired by Mats Gerdau", "chaired-by-en", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["möten som Mats Gerdau ledde", "chaired-by-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["i vilka möten deltog Olle Burell", "attended-sv", "Olle Burell", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["meetings attended by Olle Burell", "attended-by-en", "Olle Burell", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["möten där Olle Burell deltog", "attended-by-sv", "Olle Burell", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka deltog från Nacka", "represented-sv-3", "Nacka", "Mats Gerdau"],
  ["who from Nacka attended", "represented-en-2", "Nacka", "Mats Gerdau"],
  ["who were the representatives of Nacka", "represented-en-3", "Nacka", "Mats Gerdau"],
  ["vad handlade mötet den 11 oktober 2016 om", "topics-of-sv-3", "11 oktober 2016", "bostadsförsörjning"],
  ["vilka ämnen diskuterades den 11 oktober 2016", "topics-of-sv-2", "11 oktober 2016", "bostadsförsörjning"],
  ["what topics were discussed at the meeting on 2016-10-11", "topics-of-en-2", "2016-10-11", "bostadsförsörjning"],
  ["vem leder Storsthlm", "chair-of-org-sv", "Storsthlm", "Mats Gerdau"],
  ["vilka personer samarbetar Ebba Östlin med", "works-with-sv", "Ebba Östlin", "Mats Gerdau"],
  ["med vem samarbetar Ebba Östlin", "works-with-sv-3", "Ebba Östlin", "Mats Gerdau"],
  ["vem har Ebba Östlin samarbetat med", "works-with-sv-3", "Ebba Östlin", "Mats Gerdau"],
  ["who has Ebba Östlin worked with", "works-with-en-3", "Ebba Östlin", "Mats Gerdau"],
  ["berätta om Ebba Östlin", "about-sv", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["vad har Ebba Östlin för uppdrag", "about-sv", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["tell me about Ebba Östlin", "about-en", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["vem är Ebba Östlin och vad gör hon", "who-is-sv", "Ebba Östlin", "andre vice ordförande (Storsthlm)"],
  ["lista möten som Mats Gerdau lett", "chaired-by-sv", "Mats Gerdau", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["vilka personer från Nacka finns med", "people-from-sv", "Nacka", "Mats Gerdau"],
  ["who represented the municipality of Nacka", "represented-en", "municipality of Nacka", "Mats Gerdau"],
  ["vilka kommuner deltog den 11 oktober 2016", "municipalities-at-sv", "11 oktober 2016", "Nacka"],
  ["vem var ordförande på Storsthlms styrelsemöte den 9 maj 2019", "chair-of-sv", "Storsthlms styrelsemöte den 9 maj 2019", "Mats Gerdau"],
  ["which meetings were held on October 11, 2016", "meetings-in-en", "October 11, 2016", "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"],
  ["which meetings were held in April 2019", "meetings-in-en", "April 2019", "2019-04 Seminarium: Räcker elen och vattnet för kommunernas tillväxt?"],
  ["which municipalities were represented at the meeting on 2016-10-11", "municipalities-at-en", "2016-10-11", "Nacka"],
  ["vilka kommuner var representerade på mötet den 11 oktober 2016", "municipalities-at-sv", "11 oktober 2016", "Haninge"],
];

describe("ask: question forms", () => {
  it.each(FORMS)("%s", (question, form, argument, expected) => {
    const result = ask(graph, question);
    expect(result.interpretation).toMatchObject({ form, argument });
    expect(result.answers.map((a) => a.label)).toContain(expected);
  });

  it("has an example for every form, and each example is read by its own form", () => {
    // A loose form's example names someone the sample does not hold, and such a question is no question: asked with
    // a name the sample holds.
    for (const form of QUESTION_FORMS) {
      const example = form.loose ? form.example.replace("Lena Holm-Ek", "Ebba Östlin") : form.example;
      expect(ask(graph, example).interpretation?.form, example).toBe(form.id);
    }
  });

  it("a loose form with a name the graph does not hold is no question (`berätta om nyanlända`)", () => {
    expect(ask(graph, "berätta om nyanlända och bostäder").interpretation).toBeNull();
    expect(ask(graph, "tell me about housing").interpretation).toBeNull();
  });
});

describe("ask: a year after a question about meetings", () => {
  it.each([
    ["which meetings did Gerdau chair in 2019", "chaired-en", ["2019-05-09 Styrelsemöte Storsthlm"]],
    ["vilka möten ledde Mats Gerdau 2016", "chaired-sv", ["2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"]],
    ["vilka möten har Mats Gerdau lett under 2020", "chaired-sv-perfect", ["2020-11-12 Styrelsemöte Storsthlm"]],
    ["which meetings discussed nyanlända in 2016", "topic-en", ["2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"]],
  ])("%s", (question, form, expected) => {
    const result = ask(graph, question);
    expect(result.interpretation).toMatchObject({ form, year: question.slice(-4) });
    expect(result.answers.map((a) => a.label)).toEqual(expected);
  });

  it("leaves the year of a date question in its date", () => {
    expect(ask(graph, "who chaired the meeting on 11 October 2016").interpretation).toMatchObject({ form: "chair-of-en", argument: "11 October 2016" });
  });

  it("a period's meetings are those dated in it, and only those", () => {
    const labels = (question: string) => ask(graph, question).answers.map((a) => a.label);
    for (const date of labels("vilka möten hölls 2019")) expect(date.slice(0, 4)).toBe("2019");
    // Only meetings known to be held in it: one dated only by its year (`2016 Politiska styrgruppen …`) is not October's.
    expect(labels("vilka möten hölls den 11 oktober 2016")).toEqual(["2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"]);
    expect(labels("vilka möten hölls i oktober 2016")).toEqual(["2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott"]);
    expect(labels("vilka möten hölls 2016")).toContain("2016 Politiska styrgruppen Gymnasieregion, första möte");
    expect(labels("which meetings were held in March 1999")).toEqual([]);
  });

  it("the chair of an organisation is its chair, not its vice chairs", () => {
    expect(ask(graph, "who chairs Storsthlm").answers.map((a) => a.label)).toEqual(["Mats Gerdau"]);
  });
});

describe("ask: an organisation's board", () => {
  it.each(["vilka är med i Storsthlms styrelse", "vilka sitter i styrelsen för Storsthlm", "who sits on the board of Storsthlm"])(
    "%s: its chairs and members, not its staff",
    (question) => {
      const people = ask(graph, question).answers.map((a) => a.label);
      expect(people).toEqual(expect.arrayContaining(["Mats Gerdau", "Ebba Östlin", "Anna-Lena Johansson"]));
      expect(people).not.toContain("Anne-Charlotte Sundlöf");
      expect(ask(graph, "vilka sitter i Storsthlm").answers.map((a) => a.label)).toContain("Anne-Charlotte Sundlöf");
    },
  );
});

describe("ask: questions it cannot answer", () => {
  it("says a name is unknown", () => {
    const result = ask(graph, "which meetings did Zlatan Ibrahimović chair");
    expect(result.answers).toEqual([]);
    expect(result.message).toMatch(/Zlatan/);
  });
  it("returns the candidates for an ambiguous name, not a guess", () => {
    const result = ask(graph, "who works with Anna");
    expect(result.answers).toEqual([]);
    expect(result.candidates?.map((c) => c.label)).toEqual(expect.arrayContaining(["Anna Palmgren", "Anna Törnqvist"]));
  });
  it.each(["what is the weather", "which meetings did chair", "asdf qwerty", "vilka möten?"])("lists the known forms for %j", (question) => {
    const result = ask(graph, question);
    expect(result.interpretation).toBeNull();
    expect(result.message).toContain(QUESTION_FORMS[0].example);
  });
  it.each(["who spoke at the conference on 2017-10-05", "vilka talade på konferensen den 5 oktober 2017"])("%j gives the speakers only", (question) => {
    const result = ask(graph, question);
    expect(result.interpretation?.query).toBe("attendeesOf (speakers)");
    expect(result.answers.map((a) => a.label)).toContain("Anna Ljungdell");
    expect(result.answers.every((a) => a.detail === "spoke_at")).toBe(true);
  });
  it.each([
    "vilka ledamöter fanns det i Kommunstyrelsen",
    "vem justerade protokollet",
    "who spoke on digitalisering",
    "which people were in the meeting on 2016-10-11",
  ])("%j is read by no form that would answer it wrongly", (question) => {
    const form = ask(graph, question).interpretation?.form;
    expect(["role-present-sv", "adjusted-sv-2", "speakers-en", "people-from-en"]).not.toContain(form);
  });
  it("reads the arguments of the widened English forms", () => {
    expect(ask(graph, "which members of Storsthlm attended").interpretation).toMatchObject({ form: "people-from-en", argument: "Storsthlm" });
    expect(ask(graph, "who was the chair of the conference on 2017-10-05").interpretation).toMatchObject({ form: "chair-at-en", argument: "2017-10-05" });
    expect(ask(graph, "who was the moderator at the seminar in April 2019").interpretation?.argument).toBe("April 2019");
  });
  it("the chair an organisation had is its chair, not a vice chair", () => {
    for (const question of ["who was the chair of Storsthlm in 2019", "who was the chairman of Storsthlm"]) {
      const result = ask(graph, question);
      expect(result.interpretation?.form).toBe("chair-of-org-en");
      expect(result.answers.map((a) => a.label)).not.toContain("Anna-Lena Johansson");
    }
  });
  it("reads a place where a period is asked for as the place's meetings", () => {
    const result = ask(graph, "vilka möten hölls hos Storsthlm");
    expect(result.interpretation).toMatchObject({ form: "meetings-at-sv", argument: "Storsthlm" });
    expect(result.answers.map((a) => a.label)).toContain("2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott");
  });
  it("rejects an empty question with BAD_QUERY", () => {
    expect(() => ask(graph, "  ?")).toThrow(SamverkanError);
    try {
      ask(graph, "");
    } catch (error) {
      expect((error as SamverkanError).code).toBe("BAD_QUERY");
    }
  });
});
