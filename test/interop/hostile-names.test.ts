/**
 * Names with commas, quotes, newlines, `&`, `<`, semicolons and Swedish letters survive every format, each read back
 * by the reader of that format.
 */
import { exportGraph } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { HOSTILE_DOCUMENTS, HOSTILE_LABELS, createHostileGraph } from "./fixtures/hostile-graph";
import { parseCsvObjects } from "./helpers/parse-csv";
import { MultiDirectedGraph, jsonld, parseGexf, parseGraphml } from "./helpers/readers";

type Labels = Map<string, string>;
const graph = createHostileGraph();
const file = (format: string) => {
  const output = exportGraph(graph, format, { documents: HOSTILE_DOCUMENTS });
  if (output.kind !== "file") throw new Error(`${format} is not a single file`);
  return output.content;
};
const files = (format: string) => {
  const output = exportGraph(graph, format, { documents: HOSTILE_DOCUMENTS });
  if (output.kind !== "directory") throw new Error(`${format} is not a directory`);
  return output.files;
};

const READ_LABELS: [string, () => Promise<Labels>][] = [
  ["gexf", async () => new Map(parseGexf(MultiDirectedGraph, file("gexf")).mapNodes((node, attributes) => [node, attributes.label as string]))],
  ["graphml", async () => new Map(parseGraphml(MultiDirectedGraph, file("graphml")).mapNodes((node, attributes) => [node, attributes.label as string]))],
  [
    "popolo",
    async () => {
      const popolo = JSON.parse(file("popolo")) as {
        persons: { id: string; name: string }[];
        organizations: { id: string; name: string }[];
        events: { topics?: { id: string; name: string }[] }[];
      };
      const records = [...popolo.persons, ...popolo.organizations, ...popolo.events.flatMap((event) => event.topics ?? [])];
      return new Map(records.map((record) => [record.id, record.name]));
    },
  ],
  [
    "jsonld",
    async () => {
      const expanded = await jsonld.expand(JSON.parse(file("jsonld")) as object, { safe: true });
      const nodes = (expanded[0]?.["@graph"] ?? expanded) as Record<string, { "@value": string }[]>[];
      return new Map(
        nodes
          .filter((node) => node["https://schema.org/name"])
          .map((node) => [node["https://schema.org/identifier"]![0]!["@value"], node["https://schema.org/name"]![0]!["@value"]]),
      );
    },
  ],
  [
    "neo4j",
    async () => {
      const all = files("neo4j");
      const rows = Object.keys(all)
        .filter((name) => name.startsWith("nodes-"))
        .flatMap((name) => parseCsvObjects(all[name]!).rows);
      return new Map(rows.map((row) => [row["id:ID"]!, row["name:string"]!]));
    },
  ],
  [
    "csv",
    async () => {
      const rows = parseCsvObjects(files("csv")["entities.csv"]!).rows;
      // Undo the spreadsheet formula guard, as a reader that knows about it would.
      return new Map(rows.map((row) => [row.id!, row.label!.replace(/^'(?=[=+\-@\t\r])/, "")]));
    },
  ],
];

describe.each(READ_LABELS)("%s", (_format, readLabels) => {
  it.each(Object.entries(HOSTILE_LABELS))("keeps the label of %s", async (node, label) => {
    expect((await readLabels()).get(node)).toBe(label);
  });
});
