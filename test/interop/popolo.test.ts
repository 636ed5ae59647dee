/**
 * Popolo export: persons, organizations by classification, posts, memberships with roles and dates, meetings as
 * events with attendees and their roles; every reference resolves and every record carries its evidence.
 */
import { exportPopolo } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { HOSTILE_DOCUMENTS, createHostileGraph } from "./fixtures/hostile-graph";

const graph = createHostileGraph();
const popolo = exportPopolo(graph, { documents: HOSTILE_DOCUMENTS });
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

describe("Popolo export", () => {
  it("has every person and every municipality, party and organisation, classified", () => {
    const kinds = (kind: string) => graph.filterNodes((_node, attributes) => attributes.kind === kind);
    expect(popolo.persons.map((person) => person.id).sort()).toEqual(kinds("person").sort());
    for (const kind of ["municipality", "party", "organisation"]) {
      expect(
        popolo.organizations
          .filter((item) => item.classification === kind)
          .map((item) => item.id)
          .sort(),
      ).toEqual(kinds(kind).sort());
    }
  });

  it("resolves every person, organization, post and parent reference", () => {
    const persons = byId(popolo.persons);
    const organizations = byId(popolo.organizations);
    const posts = byId(popolo.posts);
    for (const membership of popolo.memberships) {
      expect(persons.has(membership.person_id), membership.id).toBe(true);
      expect(organizations.has(membership.organization_id), membership.id).toBe(true);
      if (membership.post_id) expect(posts.get(membership.post_id)?.organization_id).toBe(membership.organization_id);
    }
    for (const organization of popolo.organizations) if (organization.parent_id) expect(organizations.has(organization.parent_id)).toBe(true);
    for (const event of popolo.events) {
      if (event.organization_id) expect(organizations.has(event.organization_id)).toBe(true);
      for (const participant of event.attendees) expect(persons.has(participant.person_id)).toBe(true);
    }
  });

  it.each([
    ["e1", { role: "chair", label: "ordförande", start_date: "2019", post_id: "post:organisation:styrelsen:chair" }],
    ["e3", { role: "secretary", label: "sekreterare", end_date: "2019-12-31", former: true }],
    ["e4", { role: "member", organization_id: "party:m" }],
    ["e5", { role: "representative", organization_id: "municipality:nacka" }],
    ["e16", { role: "member", inferred: true }],
  ])("maps edge %s to a membership %j", (edge, expected) => {
    expect(byId(popolo.memberships).get(edge)).toMatchObject(expected);
  });

  it("makes meetings events with attendees by role, organizer and topics", () => {
    const events = byId(popolo.events);
    const board = events.get("meeting:protokoll-2019-04-11:styrelsemote")!;
    expect(board).toMatchObject({
      name: "Styrelsemöte, Storsthlm",
      start_date: "2019-04-11",
      classification: "board",
      organization_id: "organisation:storsthlm",
    });
    expect(board.attendees.map((item) => [item.person_id, item.role, item.capacity]).sort()).toEqual([
      ["person:asa-obrien", "attendee", "substitute"],
      ["person:mats-gerdau", "attendee", "member"],
      ["person:mats-gerdau", "chair", undefined],
    ]);
    const seminar = events.get("meeting:nyhetsbrev-2019-04:seminarium")!;
    expect(seminar.attendees.map((item) => item.role)).toEqual(["speaker"]);
    expect(seminar.topics).toEqual([{ id: "topic:bostader", name: "Bostäder & <infrastruktur>" }]);
  });

  it("carries evidence with offsets and quotes, and sources by document URL", () => {
    const person = byId(popolo.persons).get("person:mats-gerdau")!;
    expect(person.evidence.map(({ doc, start, end, quote }) => ({ doc, start, end, quote }))).toEqual(graph.getNodeAttribute("person:mats-gerdau", "evidence"));
    expect(person.sources.map((source) => source.url)).toEqual(["urn:samverkan:document:protokoll-2019-04-11", HOSTILE_DOCUMENTS[1]!.url]);
    expect(byId(popolo.memberships).get("e1")!.evidence[0]!.quote).toBe("Mats Gerdau (M), ordförande");
  });

  it("lists former names once, with their end date", () => {
    const storsthlm = byId(popolo.organizations).get("organisation:storsthlm")!;
    expect(storsthlm.other_names?.filter((name) => name.name === "KSL")).toEqual([{ name: "KSL", end_date: "2016-01", note: "former name" }]);
  });
});
