/**
 * Generated corpus
 * ================
 *
 * Minutes written the way real ones are (`Tid`, `Plats`, a flattened `Närvarande` list with municipalities and the
 * chair, numbered items), made from the lexicons with a fixed seed, for benchmarks that need more meetings than the
 * sample has. They go through the real pipeline like any document.
 */
import { readFileSync } from "node:fs";

const data = (name: string) => JSON.parse(readFileSync(new URL(`../packages/core/data/${name}.json`, import.meta.url), "utf8"));

/** Deterministic pseudo-random numbers (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const BODIES = ["kommunstyrelsens arbetsutskott", "socialnämnden", "utbildningsnämnden", "styrgruppen för vuxenutbildning", "miljö- och byggnadsnämnden", "kulturnämnden"];

export interface GeneratedCorpus {
  documents: { source: string; content: string }[];
  people: string[];
  municipalities: string[];
}

/** Minutes of `meetings` meetings among `peopleCount` people. */
export function generateMinutes(meetings: number, peopleCount = 3000, seed = 42): GeneratedCorpus {
  const random = seeded(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const given: string[] = data("given-names").names;
  const surnames: string[] = data("surnames").names;
  const municipalities: string[] = data("municipalities").map((m: { name: string }) => m.name).filter((m: string) => !m.includes(" "));
  const topics: string[] = data("topics").map((t: { label: string }) => t.label);
  const people = new Set<string>();
  while (people.size < peopleCount) people.add(`${pick(given)} ${pick(surnames)}`);
  const pool = [...people];
  const home = new Map(pool.map((p) => [p, pick(municipalities)]));
  const documents: { source: string; content: string }[] = [];
  for (let i = 0; i < meetings; i++) {
    const year = 2010 + (i % 12);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const body = pick(BODIES);
    const present = new Set<string>();
    while (present.size < 8) present.add(pick(pool));
    const list = [...present].map((p, k) => `${p}, ${home.get(p)}${k === 0 ? ", ordförande" : ""}`).join(" ");
    const items = [1, 2, 3].map((n) => `${n}. ${pick(topics)[0].toUpperCase()}${pick(topics).slice(1)}\n\n${[...present][n]}: Ärendet om ${pick(topics)} redovisas och diskuteras. Beslut enligt förslag.`).join("\n\n");
    documents.push({
      source: `gen-${String(i).padStart(5, "0")}.txt`,
      content: `Protokoll ${body} nr ${i + 1}\n\nTid\tden ${day} ${MONTHS[month]} ${year}\nPlats\t${pick(municipalities)} kommunhus\nNärvarande\t${list}\n\n${items}\n`,
    });
  }
  return { documents, people: pool, municipalities };
}
