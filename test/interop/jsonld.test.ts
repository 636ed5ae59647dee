/**
 * JSON-LD expanded by the jsonld.js processor in safe mode (which throws where terms would be dropped): no errors,
 * every node has a schema.org type, roles carry roleName and dates, and evidence becomes citations with offsets.
 */
import { buildGraph, readDocument } from "@samverkan/core";
import { exportJsonLd } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { HOSTILE_DOCUMENTS, createHostileGraph } from "./fixtures/hostile-graph";
import { jsonld } from "./helpers/readers";

const SCHEMA = "https://schema.org/";
const graph = createHostileGraph();
const document = exportJsonLd(graph, { documents: HOSTILE_DOCUMENTS });

type Flat = Record<string, unknown> & { "@id": string; "@type"?: string[] };

async function flattened(): Promise<Map<string, Flat>> {
  const flat = (await jsonld.flatten(document, null, { safe: true })) as unknown as Flat[] | { "@graph": Flat[] };
  const nodes = Array.isArray(flat) ? flat : flat["@graph"];
  return new Map(nodes.map((node) => [node["@id"], node]));
}

const value = (node: Flat, term: string): unknown =>
  (node[SCHEMA + term] as { "@value"?: unknown; "@id"?: string }[] | undefined)?.map((item) => item["@value"] ?? item["@id"]);

describe("JSON-LD export read by jsonld.js", () => {
  it("expands in safe mode without errors or dropped terms", async () => {
    const expanded = await jsonld.expand(document, { safe: true });
    expect(expanded.length).toBeGreaterThan(0);
  });

  it("gives every node, nested ones included, a schema.org type", async () => {
    for (const node of (await flattened()).values()) {
      expect(node["@type"], node["@id"]).toBeDefined();
      for (const type of node["@type"]!) expect(type.startsWith(SCHEMA), `${node["@id"]} ${type}`).toBe(true);
    }
  });

  it.each([
    ["person:mats-gerdau", ["Person"]],
    ["organisation:storsthlm", ["Organization"]],
    ["organisation:styrelsen", ["GovernmentOrganization"]],
    ["municipality:nacka", ["AdministrativeArea", "GovernmentOrganization"]],
    ["party:m", ["Organization"]],
    ["meeting:protokoll-2019-04-11:styrelsemote", ["Event"]],
    ["topic:bostader", ["DefinedTerm"]],
    ["document:protokoll-2019-04-11", ["DigitalDocument"]],
    ["document:nyhetsbrev-2019-04", ["DigitalDocument"]],
  ])("types %s as %j", async (id, types) => {
    const node = (await flattened()).get(`urn:samverkan:${id}`);
    expect(node?.["@type"]).toEqual(types.map((type) => SCHEMA + type));
  });

  it("states roles with roleName, dates and the organisation", async () => {
    const nodes = await flattened();
    const roles = (nodes.get("urn:samverkan:person:mats-gerdau")![`${SCHEMA}memberOf`] as { "@id": string }[]).map((ref) => nodes.get(ref["@id"])!);
    const chair = roles.find((role) => (value(role, "roleName") as string[])[0] === "chair")!;
    expect(value(chair, "startDate")).toEqual(["2019"]);
    expect(value(chair, "memberOf")).toEqual(["urn:samverkan:organisation:styrelsen"]);
    expect(roles.map((role) => (value(role, "roleName") as string[])[0]).sort()).toEqual(["chair", "member", "representative"]);
  });

  it("lists meeting participants as roles: chair, attendee, speaker", async () => {
    const nodes = await flattened();
    const roleNames = (meeting: string) =>
      (nodes.get(`urn:samverkan:${meeting}`)![`${SCHEMA}attendee`] as { "@id": string }[])
        .map((ref) => (value(nodes.get(ref["@id"])!, "roleName") as string[])[0])
        .sort();
    expect(roleNames("meeting:protokoll-2019-04-11:styrelsemote")).toEqual(["attendee", "attendee", "chair"]);
    expect(roleNames("meeting:nyhetsbrev-2019-04:seminarium")).toEqual(["speaker"]);
  });

  it("cites the source words with RFC 5147 offsets into the document", async () => {
    const nodes = await flattened();
    const evidence = graph.getNodeAttribute("person:mats-gerdau", "evidence")!;
    const citations = value(nodes.get("urn:samverkan:person:mats-gerdau")!, "citation") as string[];
    expect(citations).toEqual(evidence.map((item) => `urn:samverkan:document:${item.doc}#char=${item.start},${item.end}`));
    const quotation = nodes.get(citations[1]!)!;
    expect(quotation["@type"]).toEqual([`${SCHEMA}Quotation`]);
    expect(value(quotation, "text")).toEqual([evidence[1]!.quote]);
    expect(value(quotation, "isPartOf")).toEqual(["urn:samverkan:document:nyhetsbrev-2019-04"]);
    expect(value(nodes.get("urn:samverkan:document:nyhetsbrev-2019-04")!, "url")).toEqual([HOSTILE_DOCUMENTS[1]!.url]);
  });

  it("uses the base IRI it is given", () => {
    const withBase = exportJsonLd(graph, { baseIri: "https://data.example.se/sv/" });
    expect(withBase["@graph"][0]!["@id"]).toMatch(/^https:\/\/data\.example\.se\/sv\//);
  });
});

describe("a role held at a meeting", () => {
  // Minutes that name no body: their secretary holds the role at the meeting, which JSON-LD says by attendance.
  const NOTES = `Protokoll 190522\n\nNärvarande: Per Ekdahl, Lisa Holmberg, Ove Sandin\n\nPer Ekdahl\nOrdförande\n\nOve Sandin\nSekreterare\n\nLisa Holmberg\nJusteringsperson\n`;
  it("is no Role whose memberOf is the meeting, an event", () => {
    const { graph: notes } = buildGraph([readDocument({ source: "forening.txt", content: NOTES })], { layout: false });
    const meetings = notes.filterNodes((_, a) => a.kind === "meeting");
    expect(notes.filterEdges((e, a, s, t) => a.kind === "holds_role" && meetings.includes(t)).length).toBeGreaterThan(0);
    const text = JSON.stringify(exportJsonLd(notes));
    for (const meeting of meetings) expect(text).not.toMatch(new RegExp(`"memberOf":\\{"@id":"[^"]*${meeting.split(":")[1]}"`));
  });
});
