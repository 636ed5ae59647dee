import { readDocuments } from "./packages/core/src/node";
import { buildGraph, ask } from "./packages/core/src/index";
const { documents } = await readDocuments(["examples/storsthlm/corpus"]);
const { graph } = buildGraph(documents, { layout: false });
for (const q of process.argv.slice(2)) {
  const r = ask(graph, q);
  console.log("Q:", q, JSON.stringify(r.interpretation), r.message ?? "");
  for (const a of r.answers) console.log("  -", a.label, a.inferred ? "(inferred)" : "", a.detail ?? "", "|", a.evidence[0]?.quote.slice(0, 80));
}
