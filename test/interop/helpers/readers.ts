/**
 * Readers
 * =======
 *
 * The JavaScript readers the tests check exports with: graphology with its GEXF and GraphML parsers, and the jsonld
 * processor. They are dependencies of `@samverkan/interop` (jsonld a dev one), not of the workspace root, so they
 * are resolved from that package.
 */
import { createRequire } from "node:module";

const requireFromInterop = createRequire(new URL("../../../packages/interop/package.json", import.meta.url));

/** graphology's `MultiDirectedGraph`, the class of a knowledge graph. */
export const { MultiDirectedGraph } = requireFromInterop("graphology") as typeof import("graphology");
/** graphology-gexf's parser. */
export const { parse: parseGexf } = requireFromInterop("graphology-gexf") as typeof import("graphology-gexf");
/** graphology-graphml's parser. */
export const { parse: parseGraphml } = requireFromInterop("graphology-graphml") as typeof import("graphology-graphml");
/** The jsonld.js processor. */
export const jsonld = requireFromInterop("jsonld") as {
  expand(input: object, options?: { safe?: boolean }): Promise<Record<string, unknown>[]>;
  flatten(input: object, context?: object | null, options?: { safe?: boolean }): Promise<Record<string, unknown>>;
};
