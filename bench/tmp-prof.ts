import { readCorpus, sample } from "./tmp-lib";
import { buildSearchIndex, SearchIndex } from "../packages/search/src/index";
const corpus = readCorpus(50000);
const idx = SearchIndex.load(JSON.stringify(buildSearchIndex(corpus.graph, corpus.documents, { passageSize: 480, maxPassageSize: 960 })));
idx.attachDocuments(corpus.documents);
const names = sample(corpus.surnames, 50);
const rows: [number, string, string][] = [];
for (let r = 0; r < 3; r++) for (const q of names) {
  const t = performance.now(); const res = idx.search(q, { limit: 10 }); const ms = performance.now() - t;
  const t2 = performance.now(); idx.search(q, { limit: 10, kind: "passage" }); const pms = performance.now() - t2;
  const t3 = performance.now(); idx.search(q, { limit: 10, kind: "person" }); const ems = performance.now() - t3;
  if (r === 2) rows.push([ms, q, `passOnly ${pms.toFixed(1)} entOnly ${ems.toFixed(1)} tot ${JSON.stringify(res.total)} terms ${res.hits.filter(h=>h.type==="entity").slice(0,3).map(h => h.terms.join("+")).join(",")}`]);
}
rows.sort((a, b) => b[0] - a[0]); for (const r of rows.slice(0, 10)) console.log(r[0].toFixed(1), r[1], r[2]);
