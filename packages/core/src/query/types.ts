/**
 * Query types
 * ===========
 *
 * Every answer carries the evidence that proves it; inferred answers say so and carry their chain.
 */
import type { Evidence, InferenceStep, NodeKind } from "../types";

export interface Answer {
  /** Node id of the answer (meeting, person, organisation, ...). */
  id: string;
  label: string;
  kind: NodeKind;
  date?: string;
  /** True when not stated but derived; `chain` then says how. */
  inferred: boolean;
  evidence: Evidence[];
  chain?: InferenceStep[];
  /** Extra facts about the answer: a role with its organisation, a term, reasons for collaboration. */
  detail?: string;
  /** Ranking weight where answers are ranked (`whoWorksWith`). */
  weight?: number;
  reasons?: string[];
}

/** How a name or title was resolved to a node. */
export type Resolution =
  { status: "found"; id: string; label: string } | { status: "ambiguous"; candidates: { id: string; label: string }[] } | { status: "unknown"; query: string };
