import { readCorpus, sample } from "./tmp-lib.ts";
import { buildSearchIndex, SearchIndex } from "../packages/search/src/index.ts";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
const corpus = readCorpus(50000);
const idx = SearchIndex.load(JSON.stringify(buildSearchIndex(corpus.graph, corpus.documents, { passageSize: 480, maxPassageSize: 960 })));
idx.attachDocuments(corpus.documents);
const names = sample(corpus.surnames, 50);
const two = ["kollektivtrafik region", "skolan kommunerna", "sjukvården landstingen", "bostäder hyresrätter", "miljö klimatet", "polisen brottslighet"];
for (const q of [...names, ...two]) idx.search(q);
const s = new Session(); s.connect(); await s.post("Profiler.enable"); await s.post("Profiler.start");
const times: number[] = [];
for (let r = 0; r < 10; r++) for (const q of [...names, ...two]) { const t = performance.now(); idx.search(q); times.push(performance.now() - t); }
const { profile } = await s.post("Profiler.stop");
writeFileSync("/tmp/q.cpuprofile", JSON.stringify(profile));
times.sort((a, b) => a - b); console.log("median", times[times.length >> 1], "p95", times[Math.floor(times.length * 0.95)]);
