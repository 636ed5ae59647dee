import { slugify } from "../text/fold";
import type { EntityRef } from "../extract/types";

/** Node id of an entity reference: people and organisations by their key's slug, the others by their key. */
export function nodeId(ref: Pick<EntityRef, "kind" | "key">): string {
  return `${ref.kind}:${ref.kind === "person" || ref.kind === "organisation" ? slugify(ref.key) : ref.key}`;
}
