/**
 * Saved positions
 * ===============
 *
 * The map a build wrote, saved in the cache's folder of its extractor version (`positions.json`), so that the next
 * build of the same graph keeps it (`keepLayout`: earlier nodes where they were, new ones at their neighbours' mean)
 * instead of running ForceAtlas2 over the whole graph again. The file names the graph it belongs to: its path, its
 * SHA-256 and its stat as written. It is used only while the graph file on disk has that stat (size, times to the
 * nanosecond, inode and device: git's index rule, as the build trusts for its documents), so the positions of another
 * graph (another build's, one copied in or edited, or a graph written after the positions were saved) are never used.
 */
import { promises as fs, type BigIntStats } from "node:fs";
import path from "node:path";
import type { KnowledgeGraph, NodePositions } from "@samverkan/core";
import { writeFileAtomic } from "@samverkan/core/node";

const POSITIONS = "positions.json";
const FORMAT_VERSION = 1;

interface SavedPositions {
  version: number;
  /** The graph file (absolute path), its SHA-256 and its stat (`stampOf`) as this build left it. */
  graph: string;
  sha256: string;
  stamp: string;
  /** Node ids, and their `x`, `y` two by two in the same order. */
  ids: string[];
  xy: number[];
}

const stampOf = (stat: BigIntStats) => `${stat.size}/${stat.mtimeNs}/${stat.ctimeNs}/${stat.ino}/${stat.dev}`;

/** Saves the positions of `graph`, just written to `graphFile` (whose SHA-256 is `sha256`), in `folder` (atomic). */
export async function savePositions(folder: string, graphFile: string, sha256: string, graph: KnowledgeGraph): Promise<void> {
  const ids: string[] = [];
  const xy: number[] = [];
  graph.forEachNode((id, a) => {
    if (a.x === undefined || a.y === undefined) return;
    ids.push(id);
    xy.push(a.x, a.y);
  });
  const stamp = stampOf(await fs.stat(graphFile, { bigint: true }));
  const saved: SavedPositions = { version: FORMAT_VERSION, graph: path.resolve(graphFile), sha256, stamp, ids, xy };
  await writeFileAtomic(path.join(folder, POSITIONS), JSON.stringify(saved));
}

/**
 * The positions saved in `folder` when they belong to the graph file on disk (`graphFile`, as the last build left it);
 * else undefined.
 */
export async function loadPositions(folder: string, graphFile: string): Promise<NodePositions | undefined> {
  let saved: Partial<SavedPositions>;
  try {
    saved = JSON.parse(await fs.readFile(path.join(folder, POSITIONS), "utf8")) as Partial<SavedPositions>;
  } catch {
    return undefined;
  }
  if (saved.version !== FORMAT_VERSION || saved.graph !== path.resolve(graphFile) || !Array.isArray(saved.ids) || !Array.isArray(saved.xy)) return undefined;
  const stat = await fs.stat(graphFile, { bigint: true }).catch(() => undefined);
  if (!stat || stampOf(stat) !== saved.stamp || saved.xy.length !== 2 * saved.ids.length) return undefined;
  const positions = new Map<string, readonly [number, number]>();
  saved.ids.forEach((id, i) => positions.set(id, [saved.xy![2 * i]!, saved.xy![2 * i + 1]!]));
  return positions;
}

/** Removes the saved positions (a build without a layout, or one that could not save them, leaves none). */
export async function dropPositions(folder: string): Promise<void> {
  await fs.rm(path.join(folder, POSITIONS), { force: true });
}
