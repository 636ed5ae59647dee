/**
 * Works-with replay
 * =================
 *
 * Who worked with whom, year by year: for each tie of the works-with projection, the years of the meetings, boards
 * and collaborations behind it, and for each year the ties active in it, those known up to it and those new in it —
 * frames a timeline plays through. A tie's reason is dated by the documents its two sides are quoted from (the later
 * of the two: both must be known); a tie with no dated document is listed as undated.
 */
import type { DocumentRecord, Evidence, KnowledgeGraph } from "@samverkan/core";
import { yearOf } from "../state/dates";

/** The ties of one year. */
export interface ReplayFrame {
  year: number;
  /** Ties with a meeting, board or collaboration dated in this year. */
  active: string[];
  /** Ties known by the end of this year (first dated in it or before). */
  upTo: string[];
  /** Ties first dated in this year. */
  added: string[];
  /** People with a tie known by the end of this year. */
  people: string[];
}

/** The replay of a works-with projection. */
export interface WorksWithReplay {
  /** Frames, one per year with a tie, ascending. */
  frames: ReplayFrame[];
  /** Years of each dated tie, ascending. */
  tieYears: Map<string, number[]>;
  /** Ties with no dated document behind them. */
  undated: string[];
}

/** What `worksWithReplay` dates the ties by. */
export interface ReplayOptions {
  /** Documents the evidence points into (their dates). */
  documents?: readonly DocumentRecord[];
  /** The knowledge graph, whose document nodes carry dates when `documents` is not given. */
  knowledgeGraph?: KnowledgeGraph;
}

/** Replays the ties of a works-with projection by year. */
export function worksWithReplay(projection: KnowledgeGraph, options: ReplayOptions = {}): WorksWithReplay {
  const docYears = new Map((options.documents ?? []).map((doc) => [doc.id, yearOf(doc.date)]));
  const yearOfEvidence = (evidence: Evidence | undefined): number | undefined => {
    if (!evidence) return undefined;
    if (docYears.has(evidence.doc)) return docYears.get(evidence.doc);
    const node = `document:${evidence.doc}`;
    const graph = options.knowledgeGraph;
    const attributes = graph?.hasNode(node) ? graph.getNodeAttributes(node) : undefined;
    return attributes?.kind === "document" ? yearOf(attributes.date) : undefined;
  };
  const tieYears = new Map<string, number[]>();
  const undated: string[] = [];
  projection.forEachEdge((edge, attributes) => {
    if (attributes.kind !== "works_with") return;
    const years = new Set<number>();
    const chain = attributes.chain ?? [];
    // The projection writes two chain steps per reason, one for each person's side of the shared meeting or board.
    if (chain.length > 0 && chain.length === 2 * (attributes.reasons?.length ?? 0)) {
      for (let i = 0; i < chain.length; i += 2) {
        const sides = [yearOfEvidence(chain[i].evidence[0]), yearOfEvidence(chain[i + 1].evidence[0])].filter((year) => year !== undefined);
        if (sides.length > 0) years.add(Math.max(...sides));
      }
    } else {
      for (const evidence of attributes.evidence) {
        const year = yearOfEvidence(evidence);
        if (year !== undefined) years.add(year);
      }
    }
    if (years.size === 0) undated.push(edge);
    else
      tieYears.set(
        edge,
        [...years].sort((a, b) => a - b),
      );
  });
  // One pass over the ties, then the frames in year order, each "up to" list growing from the one before.
  const active = new Map<number, string[]>();
  const added = new Map<number, string[]>();
  const push = (lists: Map<number, string[]>, year: number, edge: string) => {
    const list = lists.get(year);
    if (list) list.push(edge);
    else lists.set(year, [edge]);
  };
  for (const [edge, years] of tieYears) {
    for (const year of years) push(active, year, edge);
    push(added, years[0], edge);
  }
  let upTo: string[] = [];
  const people = new Set<string>();
  const frames = [...active.keys()]
    .sort((a, b) => a - b)
    .map((year): ReplayFrame => {
      const fresh = added.get(year) ?? [];
      upTo = upTo.concat(fresh);
      for (const edge of fresh) people.add(projection.source(edge)).add(projection.target(edge));
      return { year, active: active.get(year) ?? [], upTo, added: fresh, people: [...people].sort() };
    });
  return { frames, tieYears, undated };
}
