/**
 * A live graph updated by unit equals a full build of the same parts, through many random updates: documents added,
 * removed and changed, genitives that merge and part, chairs inferred from terms; and the nodes it says changed cover
 * every node whose record or edges changed.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract/extract-document";
import { readDocument } from "../read/read-document";
import type { KnowledgeGraph } from "../types";
import { createExtractionModel } from "./build-graph";
import { seeded } from "./layout";
import { LiveGraph, type ResolvedPart } from "./live-graph";

const model = createExtractionModel();
const CORPUS = path.join(__dirname, "../../../../examples/storsthlm/corpus");

const part = (source: string, content: string): ResolvedPart => {
  const doc = readDocument({ source, content });
  return { documents: [doc], facts: extractDocument(doc, model).facts };
};

/** Each node and edge by key, as JSON. */
function records(graph: KnowledgeGraph): Map<string, string> {
  const out = new Map<string, string>();
  graph.forEachNode((id, attrs) => out.set(id, JSON.stringify(attrs)));
  graph.forEachEdge((key, attrs, source, target) => out.set(`edge ${key}`, JSON.stringify([source, target, attrs])));
  return out;
}

const minutes = (date: string, chair: string, names: string[]) =>
  `Protokoll fört vid sammanträde med kommunstyrelsen ${date}\nOrdförande: ${chair} (S)\nNärvarande: ${names.map((name) => `${name} (S)`).join("\n")}\n`;

describe("LiveGraph", () => {
  it.each([
    ["a few files", undefined],
    ["more than one file (all)", 1],
  ])(
    "equals a full build after each of many random updates, and names every node that changed (nodes counted as named by many: %s)",
    (_, hubParts) => {
      const pool: ResolvedPart[][] = [];
      // Each document in two versions (a changed file is a new part).
      const texts: [string, string, string][] = readdirSync(CORPUS)
        .sort()
        .map((file) => {
          const text = readFileSync(path.join(CORPUS, file), "utf8");
          return [file, text, text.replace(/\n\n/, "\n\nTillägg: Greta Vinterhav (M), kommunalråd i Nacka, deltog.\n\n")];
        });
      texts.push(
        [
          "genitive.txt",
          "Nyhetsbrev\nVid mötet höll Tora Ljungbergs kansli i Nacka ett föredrag om Tora Ljungbergs förslag.",
          "Nyhetsbrev\nTora Ljungbergs rapport.",
        ],
        ["base.txt", "Nyhetsbrev\nTora Ljungberg (S), kommunstyrelsens ordförande i Nacka, talade med Olle Brandt.", "Nyhetsbrev\nTora Ljungberg talade."],
        [
          "staff.txt",
          "Nyhetsbrev\nPia Holmkvist, verksamhetschef på Studieförbundet Solvändans kansli, talade.",
          "Nyhetsbrev\nPia Holmkvist, rektor på Studieförbundet Solvändans skola, talade.",
        ],
        ["shape.txt", "Nyhetsbrev\nStudieförbundet Solvändan ordnar kurser.", "Nyhetsbrev\nStudieförbundet Solvändan ordnar kurser i Nacka."],
        // More than a node's first pieces of evidence: its later names are counted, not kept.
        ["many-a.txt", `Nyhetsbrev\n${"Greta Vinterhav talade i Nacka. ".repeat(30)}`, `Nyhetsbrev\n${"Greta Vinterhav talade i Solna. ".repeat(30)}`],
        [
          "many-b.txt",
          `Nyhetsbrev\n${"Nacka kommun bjöd in Greta Vinterhav. ".repeat(30)}`,
          `Nyhetsbrev\n${"Nacka stad bjöd in Greta Vinterhav. ".repeat(30)}`,
        ],
        [
          "many-c.txt",
          `Nyhetsbrev\n${"Solna kommun bjöd in Greta Vinterhäv. ".repeat(70)}`,
          `Nyhetsbrev\n${"Solna stad bjöd in Greta Vinterhäv. ".repeat(70)}`,
        ],
        [
          "m1.txt",
          minutes("2024-03-12", "Tora Ljungberg", ["Tora Ljungberg", "Olle Brandt", "Siv Åkerlund"]),
          minutes("2024-03-12", "Olle Brandt", ["Olle Brandt"]),
        ],
        [
          "m2.txt",
          minutes("2024-04-16", "Siv Åkerlund", ["Siv Åkerlund", "Greta Vinterhav"]),
          minutes("2024-04-16", "Siv Åkerlund", ["Siv Åkerlund", "Tora Ljungbergs"]),
        ],
      );
      for (const [file, one, two] of texts) pool.push([part(file, one), part(file, two)]);

      const random = seeded(7);
      const live = new LiveGraph(model, hubParts);
      let version: number[] = pool.map(() => (random() < 0.7 ? 0 : -1));
      let before: Map<string, string> | undefined;
      let merges = 0;
      for (let step = 0; step < 40; step++) {
        const parts = pool.flatMap((versions, i) => (version[i] < 0 ? [] : [versions[version[i]]]));
        const graph = live.resolve(parts, { layout: false });
        const full = new LiveGraph(model).resolve(parts, { layout: false });
        const got = records(graph);
        const want = records(full);
        expect([...got].sort()).toEqual([...want].sort());
        if (before) {
          // Every node whose record or out-edges differ from the last graph's is among those said to have changed.
          const differs = new Set<string>();
          for (const key of new Set([...before.keys(), ...want.keys()])) {
            if (before.get(key) === want.get(key)) continue;
            if (!key.startsWith("edge ")) differs.add(key);
            else for (const id of JSON.parse((before.get(key) ?? want.get(key))!).slice(0, 2) as string[]) differs.add(id);
          }
          const said = new Set(live.changed);
          expect([...differs].filter((id) => !said.has(id))).toEqual([]);
        }
        full.forEachNode((_id, a) => void (merges += a.merges?.some((m) => m.reason.startsWith("genitive of")) ? 1 : 0));
        before = want;
        // Next: each document stays, goes, comes or changes.
        version = version.map((v) => {
          const r = random();
          if (r < 0.75) return v;
          if (r < 0.85) return -1;
          return random() < 0.5 ? 0 : 1;
        });
      }
      // The run went through genitive merges, not only plain updates.
      expect(merges).toBeGreaterThan(0);
    },
    60_000,
  );

  it("equals a full build on its first update, whatever file goes: inferred chairs drawn at the start go too", () => {
    const parts = readdirSync(CORPUS)
      .sort()
      .map((file) => part(file, readFileSync(path.join(CORPUS, file), "utf8")));
    let inferred = 0;
    new LiveGraph(model).resolve(parts, { layout: false }).forEachEdge((_key, attrs) => void (inferred += attrs.inferred ? 1 : 0));
    expect(inferred).toBeGreaterThan(0);
    parts.forEach((_gone, i) => {
      const live = new LiveGraph(model);
      live.resolve(parts, { layout: false });
      const after = parts.filter((_part, j) => j !== i);
      const got = records(live.resolve(after, { layout: false }));
      expect([...got].sort()).toEqual([...records(new LiveGraph(model).resolve(after, { layout: false }))].sort());
    });
  });

  it("keeps the edges extraction marks inferred (a page's office) of files that did not change", () => {
    const page = part(
      "a.txt",
      "Ny kommundirektör i Älvdalens kommun\n\nSigrid Almgren blir ny kommundirektör. Det meddelade kommunstyrelsens ordförande Torvald Enqvist.",
    );
    const versions = ["Greta Vinterhav", "Olle Brandt"].map((name) => part("b.txt", `Nyhetsbrev\n${name} talade om samverkan i Nacka.`));
    const live = new LiveGraph(model);
    const first = live.resolve([page, versions[0]], { layout: false });
    expect(first.filterEdges((_key, attrs) => attrs.inferred === true && attrs.rule === "apposition:page-office")).not.toEqual([]);
    for (const version of [versions[1], versions[0]]) {
      const got = records(live.resolve([page, version], { layout: false }));
      expect([...got].sort()).toEqual([...records(new LiveGraph(model).resolve([page, version], { layout: false }))].sort());
    }
  });

  it("equals a full build after many random updates of files that each name a node named by many a few times", () => {
    // Files naming one person 4 to 22 times, in two spellings, with a role and a place now and then: the node's first
    // 50 pieces of evidence end in a file that moves as files before it come and go, and its label turns on counts.
    const random = seeded(11);
    const pool: ResolvedPart[][] = [];
    for (let file = 0; file < 14; file++) {
      const versions: ResolvedPart[] = [];
      for (let version = 0; version < 2; version++) {
        const times = 4 + Math.floor(random() * 19);
        const spelt = random() < 0.5 ? 0.1 : 0.9;
        const lines = Array.from({ length: times }, (_, i) => {
          const name = random() < spelt ? "Greta Vinterhäv" : "Greta Vinterhav";
          const r = random();
          if (r < 0.15) return `${name} (S), kommunalråd i Nacka, talade.`;
          if (r < 0.3) return `${name}, verksamhetschef på Studieförbundet Solvändan, deltog.`;
          return `${name} talade i ${i % 2 ? "Nacka" : "Solna"}.`;
        });
        versions.push(part(`greta-${String(file).padStart(2, "0")}.txt`, `Nyhetsbrev\n${lines.join(" ")}`));
      }
      pool.push(versions);
    }
    const live = new LiveGraph(model, 2);
    let version: number[] = pool.map(() => (random() < 0.6 ? 0 : -1));
    for (let step = 0; step < 60; step++) {
      const parts = pool.flatMap((versions, i) => (version[i] < 0 ? [] : [versions[version[i]]]));
      const got = records(live.resolve(parts, { layout: false }));
      expect([...got].sort()).toEqual([...records(new LiveGraph(model).resolve(parts, { layout: false }))].sort());
      version = version.map((v) => {
        const r = random();
        if (r < 0.7) return v;
        if (r < 0.85) return -1;
        return random() < 0.5 ? 0 : 1;
      });
    }
  });

  it("counts once the names of a node named by many in a file that comes past its first pieces of evidence", () => {
    const names = (file: string, name: string, times: number) => part(file, `Nyhetsbrev\n${`${name} talade i Nacka. `.repeat(times)}`);
    const [a, b, c] = [names("a.txt", "Greta Vinterhav", 30), names("b.txt", "Greta Vinterhav", 30), names("c.txt", "Greta Vinterhäv", 25)];
    const live = new LiveGraph(model, 1);
    live.resolve([a, b, c], { layout: false });
    // 60 against 45 once it has come; counted twice (its document's facts are folded), 65.
    const d = names("d.txt", "Greta Vinterhäv", 20);
    const graph = live.resolve([a, b, c, d], { layout: false });
    expect(graph.getNodeAttribute("person:greta-vinterhav", "label")).toBe("Greta Vinterhav");
    expect([...records(graph)].sort()).toEqual([...records(new LiveGraph(model).resolve([a, b, c, d], { layout: false }))].sort());
  });

  it("counts the names of a node named by many files past its first pieces of evidence, from files that did not change", () => {
    const a = part("many-a.txt", `Nyhetsbrev\n${"Greta Vinterhav talade i Nacka. ".repeat(30)}`);
    const b = part("many-b.txt", `Nyhetsbrev\n${"Nacka kommun bjöd in Greta Vinterhav. ".repeat(30)}`);
    // Past the first 50 pieces of evidence: folded, this file's form would make the label; left out, it would not.
    const c = part("many-c.txt", `Nyhetsbrev\n${"Solna kommun bjöd in Greta Vinterhäv. ".repeat(70)}`);
    const live = new LiveGraph(model, 1);
    live.resolve([a, b, c], { layout: false });
    const changed = part("many-a.txt", `Nyhetsbrev\n${"Greta Vinterhav talade i Solna. ".repeat(30)}`);
    const graph = live.resolve([changed, b, c], { layout: false });
    expect(graph.getNodeAttribute("person:greta-vinterhav", "label")).toBe("Greta Vinterhäv");
    expect([...records(graph)].sort()).toEqual([...records(new LiveGraph(model).resolve([changed, b, c], { layout: false }))].sort());
  });
});
