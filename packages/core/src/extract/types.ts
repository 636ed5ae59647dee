/**
 * Extraction types
 * ================
 *
 * What the extraction steps produce for one document: entity mentions and relation facts, each with its evidence
 * and the rule that found it. `buildGraph` resolves them across documents into nodes and edges.
 */
import type { EdgeAttributes, EdgeKind, Evidence, NodeKind } from "../types";
import type { RuleId } from "./rules";

/** A reference to an entity before resolution: kind plus a key that identifies it across documents. */
export interface EntityRef {
  kind: NodeKind;
  /** Id without kind prefix: lexicon id for known entities, a name key for people and new organisations. */
  key: string;
  /** Name as written (for people and new organisations, the form that becomes the label). */
  label: string;
  /** Extra node attributes (meeting title/date/place, organisation partOf). */
  attrs?: Record<string, unknown>;
}

export interface EntityFact {
  type: "entity";
  entity: EntityRef;
  evidence: Evidence;
  /** The registered rule that read the fact (see `rules.ts`). */
  rule: RuleId;
}

export interface RelationFact {
  type: "relation";
  kind: EdgeKind;
  source: EntityRef;
  target: EntityRef;
  evidence: Evidence;
  /** The registered rule that read the fact (see `rules.ts`). */
  rule: RuleId;
  attrs?: Partial<EdgeAttributes>;
}

export type Fact = EntityFact | RelationFact;
