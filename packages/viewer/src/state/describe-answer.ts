/**
 * Describe answer
 * ===============
 *
 * A question typed in the search box (`vem ledde mötet den 11 oktober 2016?`, `who works with Karin Berg`) is read
 * by `@samverkan/core`'s `ask`, and its answers become panel lines: each answer with its date and detail, the quotes
 * that prove it and, for an inferred one, the chain. Text that no question form reads is no question: the box goes on
 * searching names.
 */
import { ask, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";
import { chainViews, makeEvidenceViews, type PanelItem } from "./describe-entity";

/** What the panel shows for a question. */
export interface AnswerModel {
  question: string;
  /** How the question was read: the query and its argument (`chairOf(11 oktober 2016)`). */
  reading: string;
  items: PanelItem[];
  /** Said when there is no answer: an unknown or ambiguous name, or no fact in the graph. */
  message?: string;
  /** The nodes an ambiguous name could be. */
  candidates: { id: string; label: string }[];
}

/** The answers to a question as panel lines, or undefined when no question form reads the text. */
export function describeAnswer(
  graph: KnowledgeGraph,
  question: string,
  options: { documents?: readonly DocumentRecord[]; maxEvidence?: number } = {},
): AnswerModel | undefined {
  if (!question.trim()) return undefined;
  const result = ask(graph, question);
  if (!result.interpretation) return undefined;
  const toViews = makeEvidenceViews(new Map((options.documents ?? []).map((doc) => [doc.id, doc])), options.maxEvidence ?? 3);
  const { query, argument, year } = result.interpretation;
  return {
    question: result.question.trim(),
    reading: `${query}(${argument})${year ? ` in ${year}` : ""}`,
    items: result.answers.map((answer) => ({
      label: answer.label,
      target: graph.hasNode(answer.id) ? answer.id : undefined,
      date: answer.date,
      badges: answer.inferred ? ["inferred"] : [],
      notes: answer.detail ? [answer.detail] : [],
      evidence: toViews(answer.evidence),
      ...(answer.chain ? { chain: chainViews(answer.chain, toViews) } : {}),
    })),
    message: result.message,
    candidates: (result.candidates ?? []).filter((candidate) => graph.hasNode(candidate.id)),
  };
}
