/**
 * Resolve
 * =======
 *
 * Turns what a user typed into a node, forgivingly: case, diacritics and hyphens are ignored (`ebba ostlin`), a
 * surname or given name alone is enough when it names one person (`Holm`), and small typos are forgiven: one edit
 * on a word (`Holn`), two on a name of eight letters or more. An ambiguous name returns the candidates, never a guess;
 * an unknown name says so.
 */
import { findDates, isoDate, isoPeriod, isWeekday } from "../read/dates";
import type { KnowledgeGraph, NodeKind } from "../types";
import { nameKey } from "../text/fold";
import { nameIndex } from "./name-index";
import type { Resolution } from "./types";

/** Edit distance (Levenshtein with transpositions), bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Optimal string alignment: two neighbouring letters swapped (`Gerdua`) is one edit, as people mistype.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Resolves a name to a node of the given kinds.
 * @param query - A node id, a full name, a part of it, or a near miss.
 */
export function resolveEntity(graph: KnowledgeGraph, query: string, kinds: NodeKind[]): Resolution {
  if (graph.hasNode(query) && kinds.includes(graph.getNodeAttribute(query, "kind"))) {
    return { status: "found", id: query, label: graph.getNodeAttribute(query, "label") };
  }
  // A possessive names its owner (`Berg's`, `Berg’s`).
  const q = nameKey(query.replace(/['’]s$/u, ""));
  const index = nameIndex(graph);
  const ofKind = (ids: Iterable<string>) => [...new Set(ids)].filter((id) => kinds.includes(graph.getNodeAttribute(id, "kind")));
  const exact = ofKind(index.byName.get(q) ?? []);
  // Every word of the query is a word of the name (`Berg`, `karin berg`).
  const words = q.split(" ");
  const partial = exact.length
    ? []
    : ofKind((index.byWord.get(words[0]) ?? []).filter((id) => words.every((w) => (index.names.get(id) ?? []).some((n) => n.split(" ").includes(w)))));
  // A body named with its place (`Kommunfullmäktige i Ljusnarsberg`).
  const placed = exact.length || partial.length ? [] : ofKind(partOfPlace(graph, words));
  if (!exact.length && !partial.length && !placed.length) {
    // An organisation's board named by its owner (`Storsthlms styrelse`, `styrelsen för Storsthlm`, `the board of SKR`)
    // is the organisation when the graph has no body of that name: its board members hold their seats in it. A
    // municipality named with a word for one (`Nacka municipality`, `the municipality of Nacka`) is the municipality.
    for (const [generic, kind] of [
      [BOARD_WORDS, "organisation"],
      [MUNICIPALITY_WORDS, "municipality"],
    ] as const) {
      const named = words.filter((w) => !generic.has(w));
      if (!kinds.includes(kind) || !named.length || named.length === words.length) continue;
      // The owner's genitive (`Storsthlms`), unless that is its name.
      const last = named.length - 1;
      if (named[last].length > 3 && named[last].endsWith("s") && !index.byName.get(named.join(" "))?.length) named[last] = named[last].slice(0, -1);
      const found = resolveEntity(graph, named.join(" "), [kind]);
      if (found.status !== "unknown") return found;
    }
  }
  // One or two typos forgiven, on the whole name or one of its words; a scan, but only when nothing else matched.
  const near: string[] = [];
  if (!exact.length && !partial.length && !placed.length) {
    const max = q.length >= 8 ? 2 : 1;
    for (const [id, names] of index.names) {
      if (!kinds.includes(graph.getNodeAttribute(id, "kind"))) continue;
      if (names.some((n) => editDistance(n, q, max) <= max || n.split(" ").some((w) => w.length > 3 && editDistance(w, q, 1) <= 1))) near.push(id);
    }
  }
  const pick = exact.length ? exact : partial.length ? partial : placed.length ? placed : near;
  const labelled = pick.sort().map((id) => ({ id, label: graph.getNodeAttribute(id, "label") }));
  if (labelled.length === 1) return { status: "found", ...labelled[0] };
  if (labelled.length > 1) return { status: "ambiguous", candidates: labelled.map((c) => withPlace(graph, c, labelled)) };
  return { status: "unknown", query };
}

/** Words joining a generic noun to the name it is of (`styrelsen för X`, `the municipality of X`), folded. */
const JOINS = ["the", "of", "for", "i"];
/** Words that name a municipality as one, and those joining them to its name, folded. */
const MUNICIPALITY_WORDS = new Set(["municipality", "kommun", "kommuns", ...JOINS]);
/** Words that name an organisation's board, folded. */
const BOARD_NOUNS = ["styrelse", "styrelsen", "forbundsstyrelsen", "board"];
const BOARD_WORDS = new Set([...BOARD_NOUNS, ...JOINS]);

/** Whether a name is an organisation's board (`Storsthlms styrelse`, `the board of SKR`), as `resolveEntity` reads it. */
export const namesBoard = (query: string): boolean => {
  const words = nameKey(query).split(" ");
  return words.some((w) => BOARD_NOUNS.includes(w)) && words.some((w) => !BOARD_WORDS.has(w));
};

/** Endings of a definite noun: after the owner's genitive a body is written indefinite (`Hofors kommunstyrelse`). */
const DEFINITE = ["n", "en", "et"];
/** Words that join a body to its place (`Kommunfullmäktige i Ljusnarsberg`, `the council of Region X`), folded. */
const PLACE_JOINS = new Set(["i", "in", "for", "of", "pa", "vid"]);

/**
 * Bodies named with the place they are part of: `Kommunfullmäktige i Ljusnarsberg`, `Kommunfullmäktige Ljusnarsberg`,
 * `Ljusnarsbergs kommunfullmäktige`, `Hofors kommunstyrelse`. Every municipality has a `Kommunfullmäktige`, so the body's name alone is
 * ambiguous in a graph of several; the place is named exactly (label or alias), the body by its name or all its words.
 * A candidate of an ambiguous name, as `withPlace` writes it, is read back so.
 */
function partOfPlace(graph: KnowledgeGraph, query: string[]): string[] {
  const index = nameIndex(graph);
  // As the candidates of an ambiguous name are written (`Kommunfullmäktige (Ljusnarsberg)`), or with a comma.
  const words = query.map((w) => w.replace(/[(),]/g, "")).filter(Boolean);
  const found = new Set<string>();
  const bodiesOf = (placeWords: string[], bodyWords: string[]) => {
    if (!placeWords.length || !bodyWords.length) return;
    for (const place of index.byName.get(placeWords.join(" ")) ?? []) {
      for (const part of index.parts.get(place) ?? []) {
        const names = index.names.get(part) ?? [];
        if (names.some((n) => bodyWords.every((w) => n.split(" ").some((x) => x === w || (DEFINITE.includes(x.slice(w.length)) && x.startsWith(w))))))
          found.add(part);
      }
    }
  };
  // A place's name is a few words (`Upplands Väsby`, `Region Stockholm`): so many splits, not one per word of a long query.
  for (let k = 1; k < Math.min(words.length, 5); k++) {
    // The place after the body, with or without a joining word.
    const before = words.slice(0, words.length - k);
    bodiesOf(words.slice(words.length - k), PLACE_JOINS.has(before[before.length - 1]) ? before.slice(0, -1) : before);
    // The place before the body, in the genitive (`Ockelbos`; a name ending in `s` takes none: `Hofors`).
    const owner = words.slice(0, k);
    bodiesOf(owner, words.slice(k));
    if (owner[k - 1].endsWith("s")) bodiesOf([...owner.slice(0, -1), owner[k - 1].slice(0, -1)], words.slice(k));
  }
  return [...found];
}

/** A candidate whose label another candidate shares, told apart by the place it is part of (`Kommunfullmäktige (Ljusnarsberg)`). */
function withPlace(graph: KnowledgeGraph, candidate: { id: string; label: string }, all: { id: string; label: string }[]): { id: string; label: string } {
  if (!all.some((c) => c !== candidate && c.label === candidate.label)) return candidate;
  return { id: candidate.id, label: labelWithPlace(graph, candidate.id) };
}

/**
 * A node's label with the place it is part of (`Kommunfullmäktige (Ljusnarsberg)`), or the scope of a body no text
 * places (`Kommunstyrelsen (ordf. Eva Ek)`), for where labels alike must be told apart: the candidates of an ambiguous
 * name, the viewer's map. Its label alone when it is part of nothing.
 */
export function labelWithPlace(graph: KnowledgeGraph, id: string): string {
  const { label, partOf, scope } = graph.getNodeAttributes(id) as { label: string; partOf?: string; scope?: string };
  if (partOf && graph.hasNode(partOf)) return `${label} (${graph.getNodeAttribute(partOf, "label")})`;
  return scope ? `${label} (${scope})` : label;
}

/** Nouns that name a meeting or its minutes, folded. */
const MEETING_NOUNS =
  "mote motet moten motes sammantrade sammantradet sammantradets sammantraden protokoll protokollet protokollets meeting meetings session".split(" ");
/** Words a reference to a meeting holds besides its body and date (`miljönämndens sammanträde den`, `the meeting of`), folded. */
const MEETING_WORDS = new Set([...MEETING_NOUNS, ..."den det pa i vid fran for som holls the of on held in at".split(" ")]);

/**
 * The period a text names (`11 november 2014`, `2014-11-11`, `mars 2024`, `2024`) and the text without it: of the runs
 * of at most three of its words that are a period, the shortest of the most precise (`Miljönämnden 2014-11-11` is a day
 * and a body). A day without its year (`den 11 november`) is `--11-11`, any year's. Undefined when none is.
 */
function periodIn(text: string): { iso: string; rest: string } | undefined {
  const words = text.split(" ");
  // A reference to a meeting is a few words; a longer text is not looked through window by window.
  if (words.length > 64) return undefined;
  let best: { iso: string; i: number; size: number } | undefined;
  for (let size = 1; size <= Math.min(3, words.length); size++)
    for (let i = 0; i + size <= words.length; i++) {
      const window = words.slice(i, i + size).join(" ");
      let iso = isoPeriod(window);
      if (!iso) {
        const day = findDates(window).find((d) => d.day !== undefined && d.month !== undefined);
        if (day) iso = isoDate(2000, day.month, day.day).replace(/^2000/, "-");
      }
      if (iso && (!best || iso.length > best.iso.length)) best = { iso, i, size };
    }
  return best && { iso: best.iso, rest: [...words.slice(0, best.i), ...words.slice(best.i + best.size)].join(" ") };
}

/**
 * Whether a text names a day or a month (`den 12 mars`, `2024-03-12`, `mars 2024`), as a meeting's reference does; a
 * year alone (`Kommunstyrelsen 2019`) is a period an organisation's people are asked for, not a meeting.
 */
export const namesDate = (text: string): boolean => findDates(text).length > 0 || (periodIn(text.trim().replace(/\s+/g, " "))?.iso.length ?? 0) >= 7;

/** Whether a text names a meeting: a day or a month, or a noun for one (`kommunstyrelsens sammanträde`). */
export const namesMeeting = (text: string): boolean =>
  namesDate(text) ||
  nameKey(text)
    .split(" ")
    .some((w) => MEETING_NOUNS.includes(w));

/** Whether two folded words are one noun: the same, definite and indefinite (`nämnden`, `nämnd`), or a genitive (`nämndens`). */
function sameNoun(a: string, b: string): boolean {
  for (const w of a.length > 3 && a.endsWith("s") ? [a, a.slice(0, -1)] : [a]) {
    if (w === b) return true;
    const [short, long] = w.length < b.length ? [w, b] : [b, w];
    if (long.startsWith(short) && DEFINITE.includes(long.slice(short.length))) return true;
  }
  return false;
}

/** Folded words naming a meeting: its title's, and its organiser's names and the names of the place that body is part of. */
function meetingWords(graph: KnowledgeGraph, id: string): string[] {
  const index = nameIndex(graph);
  const words = nameKey((graph.getNodeAttributes(id) as { title?: string }).title ?? graph.getNodeAttribute(id, "label")).split(" ");
  graph.forEachOutEdge(id, (_e, a, _s, organiser) => {
    if (a.kind !== "organised_by") return;
    const partOf = (graph.getNodeAttributes(organiser) as { partOf?: string }).partOf;
    for (const node of partOf ? [organiser, partOf] : [organiser]) for (const name of index.names.get(node) ?? []) words.push(...name.split(" "));
  });
  return words;
}

/**
 * Resolves a meeting by id, by its date (`2016-10-11`, `11 oktober 2016`, `11 October 2016`), by its body and date
 * (`miljönämndens sammanträde den 11 november 2014`, `Kommunstyrelsen 2024-03-12`, `KSL:s möte i oktober 2016`: every
 * other word names its title, its body or the place of its body) or by words of its title. A body that held no
 * meeting on the date is no meeting, not the date's other meeting.
 */
export function resolveMeeting(graph: KnowledgeGraph, query: string): Resolution {
  if (graph.hasNode(query) && graph.getNodeAttribute(query, "kind") === "meeting")
    return { status: "found", id: query, label: graph.getNodeAttribute(query, "label") };
  const period = periodIn(query.trim().replace(/\s+/g, " "));
  const words = nameKey((period?.rest ?? query).replace(/:s\b/g, "s"))
    .split(/[\s,.;!?]+/)
    // A date's weekday (`tisdagen den 12 mars`, `Tuesday, 12 March`) is no word of the meeting's.
    .filter((w) => w.length > 1 && !MEETING_WORDS.has(w) && !isWeekday(w));
  const index = nameIndex(graph);
  const anyYear = period?.iso.startsWith("--") ? period.iso.slice(1) : undefined;
  const candidates =
    period && !anyYear
      ? (index.meetingsByDate.get(period.iso) ?? [])
      : period || words.length
        ? graph.filterNodes((_id, a) => a.kind === "meeting" && (!anyYear || ((a as { date?: string }).date ?? "").slice(4) === anyYear))
        : [];
  const found = candidates
    .filter((id) => {
      if (!words.length) return true;
      const title = nameKey((graph.getNodeAttributes(id) as { title?: string }).title ?? "");
      const named = meetingWords(graph, id);
      return words.every((w) => (w.length > 2 && title.includes(w)) || named.some((x) => sameNoun(w, x)));
    })
    .map((id) => ({ id, label: graph.getNodeAttribute(id, "label") }));
  found.sort((x, y) => (x.id < y.id ? -1 : 1));
  if (found.length === 1) return { status: "found", ...found[0] };
  if (found.length > 1) return { status: "ambiguous", candidates: found };
  return { status: "unknown", query };
}
