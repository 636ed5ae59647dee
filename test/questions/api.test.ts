import {
  attendeesOf,
  chairOf,
  meetings,
  meetingsAttendedBy,
  meetingsChairedBy,
  municipalitiesAt,
  peopleOf,
  rolesOf,
  topicsOf,
  whoWorksWith,
  worksWithProjection,
  type KnowledgeGraph,
} from "@samverkan/core";
import { beforeAll, describe, expect, it } from "vitest";
import { errorCode } from "../helpers/error-code";
import { sampleGraph } from "./sample-graph";

let graph: KnowledgeGraph;
beforeAll(async () => ({ graph } = await sampleGraph()));

const labels = (answers: { label: string }[]) => answers.map((a) => a.label);

describe("query API on the sample corpus", () => {
  it("peopleOf: who sat on Storsthlm's board in 2019, and with which role", () => {
    const board2019 = labels(peopleOf(graph, "Storsthlm", { at: "2019" }));
    expect(board2019).toEqual(expect.arrayContaining(["Mats Gerdau", "Anna-Lena Johansson", "Ebba Östlin"]));
    expect(labels(peopleOf(graph, "Storsthlm", { role: "vice ordförande" })).sort()).toEqual(["Anna-Lena Johansson", "Ebba Östlin"]);
    expect(labels(peopleOf(graph, "KSL", { at: "2016" }))).toContain("Madeleine Sjöstrand");
  });

  it("peopleOf: a municipality's people, its bodies' people included", () => {
    expect(labels(peopleOf(graph, "Ekerö"))).toEqual(expect.arrayContaining(["Adam Reuterskiöld", "Christina Blom Andersson", "Lars Hortlund"]));
  });

  it("peopleOf: a statement that is the evidence of two ties is quoted once", () => {
    let tied = 0;
    graph.forEachNode((id, a) => {
      if (a.kind !== "municipality" && a.kind !== "organisation") return;
      for (const answer of peopleOf(graph, id)) {
        const spans = answer.evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}`);
        expect(new Set(spans).size, `${a.label}: ${answer.label}`).toBe(spans.length);
        if (answer.detail?.includes("; ")) tied++;
      }
    });
    // People tied twice to one place are there to be checked.
    expect(tied).toBeGreaterThan(0);
  });

  it("municipalitiesAt: the places a meeting's people stand for, inferred, each with its chain of quotes", () => {
    const answers = municipalitiesAt(graph, "2016-10-11");
    expect(labels(answers)).toEqual(expect.arrayContaining(["Ekerö", "Haninge", "Huddinge", "Järfälla", "Nacka", "Nykvarn"]));
    const nacka = answers.find((a) => a.label === "Nacka")!;
    expect(nacka).toMatchObject({ kind: "municipality", inferred: true, detail: expect.stringContaining("Mats Gerdau") });
    expect(nacka.chain!.map((step) => step.statement)).toEqual(
      expect.arrayContaining(["Mats Gerdau chaired 2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott", "Mats Gerdau represents Nacka"]),
    );
    // Every step quotes its statement; the answer's evidence is those quotes.
    for (const step of nacka.chain!) expect(step.evidence[0].quote).toContain("Mats Gerdau");
    expect(nacka.evidence.length).toBe(nacka.chain!.length);
    expect(errorCode(() => municipalitiesAt(graph, "1999-01-01"))).toBe("UNKNOWN_ENTITY");
  });

  it("rolesOf: a timeline with the term where known, first", () => {
    const roles = rolesOf(graph, "Mats Gerdau");
    expect(roles[0]).toMatchObject({ role: "förbundsordförande", start: "2019", end: "2022", organisation: { label: "Storsthlm" } });
    expect(roles.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it("meetings: by period, organiser and topic", () => {
    // A meeting dated only by its year overlaps every period in that year, so it is in too.
    expect(labels(meetings(graph, { from: "2016-10-01", to: "2016-10-31" }))).toEqual([
      "2016 Politiska styrgruppen Gymnasieregion, första möte",
      "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott",
    ]);
    expect(labels(meetings(graph, { from: "2017-01-01", to: "2017-12-31" }))).toEqual(["2017-10-05 Storsthlm konferens"]);
    const boards = meetings(graph, { organiser: "Storsthlm", from: "2019", to: "2020" });
    expect(labels(boards)).toEqual(expect.arrayContaining(["2019-05-09 Styrelsemöte Storsthlm", "2020-11-12 Styrelsemöte Storsthlm"]));
    expect(labels(meetings(graph, { topic: "digitalisering" }))).toContain("2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott");
  });

  it("topicsOf, chairOf and attendeesOf a meeting given by date", () => {
    expect(labels(topicsOf(graph, "2016-10-11")).length).toBeGreaterThan(3);
    expect(labels(chairOf(graph, "2016-10-11"))).toEqual(["Mats Gerdau"]);
    expect(attendeesOf(graph, "2016-10-11")).toHaveLength(23);
  });

  it("meetingsAttendedBy says in what capacity", () => {
    const [meeting] = meetingsAttendedBy(graph, "Madeleine Sjöstrand");
    expect(meeting.detail).toMatch(/staff|attended/);
  });

  it("whoWorksWith ranks collaborators with reasons and both sides' evidence", () => {
    const ebba = whoWorksWith(graph, "Ebba Östlin");
    const mats = ebba.find((a) => a.label === "Mats Gerdau")!;
    expect(mats.inferred).toBe(true);
    expect(mats.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^same panel: /), "same board: Storsthlm"]));
    expect(mats.weight).toBeGreaterThan(ebba[ebba.length - 1].weight!);
    expect(mats.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("worksWithProjection is a person-to-person graph the viewer can draw", () => {
    const projection = worksWithProjection(graph);
    projection.forEachNode((_, a) => expect(a.kind).toBe("person"));
    projection.forEachEdge((_, a) => {
      expect(a.kind).toBe("works_with");
      expect(a.weight).toBeGreaterThan(0);
    });
    expect(projection.size).toBeGreaterThan(100);
  });

  it("names resolve forgivingly, ambiguity and unknown names are errors with a code", () => {
    for (const name of ["Gerdau", "mats gerdau", "MATS GERDAU", "Mats Gerdao", "person:mats-gerdau"])
      expect(meetingsChairedBy(graph, name).length, name).toBe(3);
    expect(errorCode(() => meetingsChairedBy(graph, "Anna"))).toBe("AMBIGUOUS_ENTITY");
    expect(errorCode(() => meetingsChairedBy(graph, "Greta Thunberg"))).toBe("UNKNOWN_ENTITY");
    expect(errorCode(() => peopleOf(graph, "Atlantis"))).toBe("UNKNOWN_ENTITY");
  });
});
