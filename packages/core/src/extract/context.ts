/**
 * Extraction context
 * ==================
 *
 * What every step of extraction shares: the compiled model, and how a fact quotes its evidence and names the
 * entities it is about. A module of its own, so steps and the pipeline that runs them do not import each other.
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { DocumentRecord, Evidence } from "../types";
import { nameKey } from "../text/fold";
import type { Target } from "./03-appositions";
import type { EntityRef } from "./types";

export interface ExtractionModel {
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  partyByAbbreviation: Map<string, string>;
}

/** The evidence of a fact: the document and the exact characters that state it. */
export function evidenceOf(doc: DocumentRecord, start: number, end: number): Evidence {
  return { doc: doc.id, start, end, quote: doc.text.slice(start, end) };
}

/** Reference to a lexicon entity or a new body/organisation. */
export function targetRef(target: Target, model: ExtractionModel): EntityRef {
  if (target.isNew) {
    const parent = target.partOf ? targetRef(target.partOf, model) : undefined;
    const key = nameKey(target.label) + (parent ? ` ${parent.key}` : "");
    return { kind: "organisation", key, label: target.label, attrs: { type: "body", ...(parent ? { partOf: `${parent.kind}:${parent.key}` } : {}) } };
  }
  return { kind: target.kind, key: target.id, label: target.label };
}

