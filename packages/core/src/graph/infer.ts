/**
 * Infer
 * =====
 *
 * Facts that are not stated but follow. One rule so far: a person elected chair of an organisation for a term
 * (`återvaldes till förbundsordförande`, `Storsthlms styrelse 2019-2022`) chaired that organisation's board meetings
 * held in the term, unless the text names another chair. Inferred edges carry `inferred: true` and the chain: the
 * election, the meeting, the term.
 */
import type { EdgeAttributes, InferenceStep, KnowledgeGraph, MeetingAttributes } from "../types";

/** Roles whose holder chairs the board's meetings. */
export const BOARD_CHAIR_ROLES = new Set(["förbundsordförande", "ordförande", "styrelseordförande", "kommunstyrelsens ordförande"]);

function inTerm(date: string, start: string, end: string): boolean {
  const d = date.slice(0, start.length > 4 ? 10 : 4);
  return d >= start.slice(0, d.length) && d <= end.slice(0, d.length);
}

/**
 * Adds inferred `chaired` edges from elected chairs' terms to the board meetings in the term; returns the keys of
 * those it added (a live graph keeps them, rather than looking through every edge for them).
 */
export function inferChairsFromTerms(graph: KnowledgeGraph): string[] {
  const added: string[] = [];
  const elections: { edge: string; person: string; org: string; attrs: EdgeAttributes }[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (
      attrs.kind === "holds_role" &&
      attrs.roleNormalised &&
      BOARD_CHAIR_ROLES.has(attrs.roleNormalised) &&
      attrs.start &&
      attrs.end &&
      graph.getNodeAttribute(target, "kind") === "organisation"
    ) {
      elections.push({ edge, person: source, org: target, attrs });
    }
  });
  for (const election of elections) {
    graph.forEachInNeighbor(election.org, (meetingId, meeting) => {
      const m = meeting as MeetingAttributes;
      if (m.kind !== "meeting" || m.type !== "board" || !m.date || !inTerm(m.date, election.attrs.start!, election.attrs.end!)) return;
      // A meeting the document announces for later has not been chaired yet.
      const written = graph.hasNode(`document:${m.doc}`) ? (graph.getNodeAttributes(`document:${m.doc}`) as { date?: string }).date : undefined;
      if (written && m.date.slice(0, written.length) > written) return;
      const organised = graph.edges(meetingId, election.org).some((e) => graph.getEdgeAttribute(e, "kind") === "organised_by");
      if (!organised) return;
      const statedChair = graph.inEdges(meetingId).some((e) => graph.getEdgeAttribute(e, "kind") === "chaired" && !graph.getEdgeAttribute(e, "inferred"));
      if (statedChair) return;
      const key = `chaired:${election.person}->${meetingId}:inferred`;
      if (graph.hasEdge(key)) return;
      const orgLabel = graph.getNodeAttribute(election.org, "label");
      const person = graph.getNodeAttribute(election.person, "label");
      const chain: InferenceStep[] = [
        {
          statement: `${person} was elected ${election.attrs.role ?? election.attrs.roleNormalised} of ${orgLabel} for ${election.attrs.start}–${election.attrs.end}`,
          ref: election.edge,
          evidence: election.attrs.evidence,
        },
        { statement: `${m.label} is a board meeting of ${orgLabel} within that term`, ref: meetingId, evidence: m.evidence ?? [] },
        { statement: `the chair of ${orgLabel} chairs its board meetings during the term`, evidence: [] },
      ];
      graph.addDirectedEdgeWithKey(key, election.person, meetingId, {
        kind: "chaired",
        inferred: true,
        chain,
        evidence: [...election.attrs.evidence, ...(m.evidence ?? [])],
        rule: "infer:chair-by-term",
      });
      added.push(key);
    });
  }
  return added;
}
