/**
 * Attributes
 * ==========
 *
 * Helpers to read node and edge attributes uniformly across kinds: flatten them to scalars for formats with typed
 * columns, find the person end of an edge, and look documents up by id.
 */
import type { DocumentRecord, EdgeAttributes, Evidence, NodeAttributes } from "@samverkan/core";

/** A value a typed column can hold. */
export type FlatValue = string | number | boolean | string[];

/** Options for `flattenAttributes`. */
export interface FlattenOptions {
  /** Attribute names to leave out (handled elsewhere by the format, such as `label` or `x`). */
  omit?: readonly string[];
  /** Keep arrays of strings as arrays (list-typed formats) instead of JSON text. */
  keepStringLists?: boolean;
  /** Serializer for structured values. Default `JSON.stringify`. */
  json?: (value: unknown) => string;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/**
 * Flattens attributes to scalar columns: strings, numbers and booleans as they are, lists of strings as lists (when
 * asked), everything else (evidence, chains, renames) as JSON text. Empty values are dropped.
 */
export function flattenAttributes(attributes: NodeAttributes | EdgeAttributes, options: FlattenOptions = {}): Record<string, FlatValue> {
  const omit = new Set(options.omit ?? []);
  const flat: Record<string, FlatValue> = {};
  const json = options.json ?? JSON.stringify;
  for (const [name, value] of Object.entries(attributes)) {
    if (omit.has(name) || value === undefined || value === null || value === "") continue;
    if (typeof value === "string" || typeof value === "boolean") flat[name] = value;
    else if (typeof value === "number") {
      if (Number.isFinite(value)) flat[name] = value;
    } else if (options.keepStringLists && isStringList(value)) {
      if (value.length > 0) flat[name] = value;
    } else if (!(Array.isArray(value) && value.length === 0)) flat[name] = json(value);
  }
  return flat;
}

/** Evidence of a node or edge, empty when there is none. */
export function evidenceOf(attributes: NodeAttributes | EdgeAttributes): Evidence[] {
  return Array.isArray(attributes.evidence) ? attributes.evidence : [];
}

/** Documents by id. */
export function indexDocuments(documents: readonly DocumentRecord[] = []): Map<string, DocumentRecord> {
  return new Map(documents.map((document) => [document.id, document]));
}

/** Reads an optional string attribute of any node kind (the union type hides kind-specific fields). */
export function stringAttribute(attributes: NodeAttributes | EdgeAttributes, name: string): string | undefined {
  const value = (attributes as unknown as Record<string, unknown>)[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Attributes that are always real numbers, even when every value in a graph happens to be whole. */
export const DOUBLE_ATTRIBUTES: ReadonlySet<string> = new Set(["x", "y", "weight"]);

/**
 * JSON text in which no backslash comes right before a quote: quotes and backslashes inside strings are written as
 * `\u0022` and `\u005c`. Neo4j's `LOAD CSV` (with its default legacy quote escaping) reads backslash-quote as an
 * escaped quote and would cut the field short. The text parses to the same value.
 */
export function jsonWithoutBackslashQuote(value: unknown): string {
  return JSON.stringify(value).replace(/\\[\\"]/g, (pair) => (pair === '\\"' ? "\\u0022" : "\\u005c"));
}

/** Type of an attribute value as the typed formats see it (GraphML keys, Neo4j header types). */
export type ValueType = "boolean" | "long" | "double" | "string" | "string[]";

/** The type of one value: positions and weights are always double, whole numbers long. */
export function valueType(name: string, value: FlatValue): ValueType {
  if (typeof value === "number" && DOUBLE_ATTRIBUTES.has(name)) return "double";
  if (Array.isArray(value)) return "string[]";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isSafeInteger(value) ? "long" : "double";
  return "string";
}

/** The widest type that holds both: long widens to double, anything else mixed widens to string. */
export function widenType<T extends ValueType>(a: T, b: T): T | "double" | "string" {
  if (a === b) return a;
  if ((a === "long" && b === "double") || (a === "double" && b === "long")) return "double";
  return "string";
}
