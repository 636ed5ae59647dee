/**
 * networkx reader
 * ===============
 *
 * Runs Python's networkx on an exported file and returns what it read, so the tests check GEXF and GraphML with a
 * reader the project does not control. Debian's `python3-networkx` lives in /usr/bin/python3's dist-packages (a
 * pyenv `python3` on PATH does not see it), so that interpreter is tried first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Install line for the Debian package the tests need. */
export const NETWORKX_INSTALL = "apt-get update && apt-get install -y python3-networkx";

/** True when running in CI, where a missing reader must fail the suite rather than skip it. */
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";

/** A Python interpreter that imports networkx, or undefined. */
export function findNetworkxPython(): string | undefined {
  const candidates = [process.env.SAMVERKAN_PYTHON, "/usr/bin/python3", "python3"].filter((item): item is string => Boolean(item));
  return candidates.find((python) => spawnSync(python, ["-c", "import networkx"], { stdio: "ignore" }).status === 0);
}

// Debian bookworm ships networkx 2.8, which knows GEXF 1.1draft and 1.2draft only. The elements we write are the
// same in 1.3 (colours as r/g/b, no list types, no dynamics), so registering the 1.3 namespaces is all it needs;
// networkx >= 3.3 knows 1.3 itself and skips this.
const SCRIPT = String.raw`
import json, sys
import networkx as nx
from networkx.readwrite import gexf
if "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
fmt, path = sys.argv[1], sys.argv[2]
G = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
if not G.is_multigraph():
    G = nx.MultiDiGraph(G) if G.is_directed() else nx.MultiGraph(G)
print(json.dumps({
    "networkx": nx.__version__,
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodes": [[n, d] for n, d in G.nodes(data=True)],
    "edges": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)],
    "types": {n: {k: type(v).__name__ for k, v in d.items()} for n, d in G.nodes(data=True)},
}, ensure_ascii=False, default=str))
`;

/** What networkx read from a file. */
export interface NetworkxReading {
  networkx: string;
  directed: boolean;
  multigraph: boolean;
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string, Record<string, unknown>][];
  /** Python type names of each node's attributes. */
  types: Record<string, Record<string, string>>;
}

/** Reads GEXF or GraphML text with networkx. */
export function readWithNetworkx(python: string, format: "gexf" | "graphml", content: string): NetworkxReading {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-nx-"));
  try {
    const file = join(dir, `graph.${format}`);
    writeFileSync(file, content);
    const result = spawnSync(python, ["-c", SCRIPT, format, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`networkx could not read the ${format}: ${result.stderr}`);
    return JSON.parse(result.stdout) as NetworkxReading;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
