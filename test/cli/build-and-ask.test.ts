import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliMissing, runCli } from "./run-cli";

const missing = cliMissing();
if (missing && process.env.CI) throw new Error(missing);

describe.skipIf(!!missing)("samverkan build and ask", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-cli-"));
  const graph = path.join(dir, "graph.json");

  it("builds the sample corpus, with a summary on stderr", () => {
    const { code, stderr } = runCli(["build", "examples/storsthlm/corpus", "--out", graph]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/documents 5 read, 0 failed/);
    expect(stderr).toMatch(/entities .*person \d+/);
    expect(stderr).toMatch(/relations .*chaired \d+/);
    const data = JSON.parse(readFileSync(graph, "utf8"));
    expect(data).toMatchObject({ format: "samverkan-graph", version: 2, texts: { file: "documents.jsonl" } });
  });

  it("builds the same graph, byte for byte, in one thread and over worker threads", () => {
    const threads = path.join(dir, "threads.json");
    // With its index too: the graph names the index's hash, so equal graphs mean equal indexes.
    // Without the cache, which the first build filled: the workers must extract.
    expect(runCli(["build", "examples/storsthlm/corpus", "--out", threads, "--workers", "2", "--no-cache"]).code).toBe(0);
    expect(readFileSync(threads, "utf8")).toBe(readFileSync(graph, "utf8"));
  });

  it("takes the results of files read before from its cache, and builds the same graph", () => {
    const before = readFileSync(graph, "utf8");
    // Without the mark of the build that wrote the outputs, the build cannot tell they stand: it builds them again.
    const cache = path.join(dir, ".samverkan-cache");
    for (const version of readdirSync(cache)) rmSync(path.join(cache, version, "build-mark.json"), { force: true });
    const again = runCli(["build", "examples/storsthlm/corpus", "--out", graph]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/documents 5 read, 0 failed; 5 from the cache, 0 extracted/);
    expect(readFileSync(graph, "utf8")).toBe(before);
    expect(existsSync(path.join(dir, ".samverkan-cache"))).toBe(true);
  });

  it("answers in text with the quote", () => {
    const { code, stdout } = runCli(["ask", "which meetings did Mats Gerdau chair", "--graph", graph]);
    expect(code).toBe(0);
    expect(stdout).toContain("2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott");
    expect(stdout).toContain("“Mats Gerdau, Nacka, ordförande”");
    expect(stdout).toContain("[inferred]");
  });

  it("reads the PDF and Word minutes and cites the PDF's page", () => {
    const minutes = path.join(dir, "minutes.json");
    const built = runCli(["build", "examples/storsthlm/protokoll", "--out", minutes, "--no-layout", "--no-index"]);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/documents 2 read, 0 failed/);
    const { code, stdout } = runCli(["ask", "vilka möten ledde Ingrid Solberg?", "--graph", minutes]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/“Ingrid Solberg \(S\), ordförande” \(protokoll-2024-03-12\.pdf, p\. 1, \d+–\d+\)/);
    expect(stdout).toMatch(/“Ingrid Solberg \(S\), ordförande” \(protokoll-2024-04-16\.docx, \d+–\d+\)/);
  });

  it("builds the test fixtures (minutes one field a line, a newsletter) into a graph the commands load", () => {
    const out = path.join(dir, "fixtures", "graph.json");
    expect(runCli(["build", "test/fixtures/core", "--out", out, "--no-layout", "--no-index"]).code).toBe(0);
    const { code, stdout } = runCli(["ask", "vem är sekreterare i Kommunstyrelsen i Ockelbo", "--graph", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("Annika Strand");
  });

  it("warns of bytes that were not valid UTF-8 in a file it read", () => {
    const folder = path.join(dir, "bad-bytes");
    mkdirSync(folder, { recursive: true });
    // One Latin-1 `ö` in an otherwise UTF-8 file.
    writeFileSync(
      path.join(folder, "p.txt"),
      Buffer.concat([Buffer.from("Protokoll\nBeslutande: Åsa Berg (S), ordf"), Buffer.from([0xf6]), Buffer.from("rande\n")]),
    );
    const { code, stderr } = runCli(["build", folder, "--out", path.join(folder, "out", "graph.json"), "--no-layout", "--no-index"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: samverkan\/read: .*p\.txt: 1 byte was not valid UTF-8, read as Windows-1252 character\n/);
  });

  it("suggests the names the search index finds for a name it does not know", () => {
    const { code, stdout } = runCli(["ask", "which meetings did Gardeu chair", "--graph", graph]);
    expect(code).toBe(1);
    expect(stdout).toContain('no person called "Gardeu" in the graph Did you mean: Mats Gerdau?');
  });

  it("shows the chain of an inferred chair asked for by date", () => {
    const { code, stdout } = runCli(["ask", "who chaired the meeting on 2019-05-09", "--graph", graph]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\. Mats Gerdau {2}\[inferred\]\n {3}because Mats Gerdau was elected förbundsordförande of Storsthlm/);
  });

  it("answers in JSON", () => {
    const { code, stdout } = runCli(["ask", "vilka möten ledde Mats Gerdau?", "--graph", graph, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.interpretation).toMatchObject({ form: "chaired-sv", query: "meetingsChairedBy" });
    expect(result.answers[0]).toMatchObject({
      label: "2016-10-11 Möte med KS-ordföranden och KSLs arbetsutskott",
      kind: "meeting",
      date: "2016-10-11",
      inferred: false,
    });
    expect(result.answers[0].evidence[0]).toMatchObject({ doc: "001_ede9a72584bcb013", quote: "Mats Gerdau, Nacka, ordförande" });
    expect(result.answers.filter((a: { inferred: boolean }) => a.inferred).length).toBeGreaterThan(0);
  });

  it("lists the question forms for a question it cannot read, and exits 2", () => {
    const { code, stdout } = runCli(["ask", "what is the weather", "--graph", graph]);
    expect(code).toBe(2);
    expect(stdout).toContain("which meetings did Karin Berg chair");
  });

  it("shows, for a question it cannot read, the passages with its words, said not to be an answer", () => {
    // A graph of its own: the other graphs built beside `graph` wrote their texts over its texts file.
    const own = path.join(dir, "fallback", "graph.json");
    expect(runCli(["build", "examples/storsthlm/corpus", "--out", own, "--no-layout", "--quiet"]).code).toBe(0);
    const question = "berätta om nyanlända och bostäder?";
    const text = runCli(["ask", question, "--graph", own]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(
      /^Q: berätta om nyanlända och bostäder\?\nNo question form reads this; passages with its words \(not an answer\):\n {2}\S+ \d+–\d+/,
    );
    expect(text.stdout).toMatch(/«nyanlända»/i);
    expect(text.stdout).toContain("which meetings did Karin Berg chair");
    const json = JSON.parse(runCli(["ask", question, "--graph", own, "--json"]).stdout);
    expect(json.interpretation).toBeNull();
    expect(json.passages.length).toBeGreaterThan(0);
    expect(json.passages.length).toBeLessThanOrEqual(3);
    expect(json.passages[0]).toMatchObject({ type: "passage", doc: expect.any(String), start: expect.any(Number), end: expect.any(Number) });
    // Query syntax in a question is no syntax: only its words are searched for.
    expect(runCli(["ask", "+nyanlända -bostäder~2 text:", "--graph", own]).code).toBe(2);
  });
});

describe.skipIf(!!missing)("samverkan build with bad input", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "samverkan-bad-"));
  const docs = path.join(dir, "docs");
  mkdirSync(docs);
  writeFileSync(path.join(docs, "tom.txt"), "");
  writeFileSync(path.join(docs, "bild.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(path.join(docs, "stor.txt"), "Anna Andersson, ordförande i Nacka. ".repeat(200));
  writeFileSync(path.join(docs, "gammal.txt"), Buffer.from("Protokoll fört vid sammanträde med Kommunförbundet, ordförande Åsa Öberg (S) Täby.\n", "latin1"));

  it("reports each bad file by name, builds the rest and exits non-zero, without a stack trace", () => {
    const out = path.join(dir, "graph.json");
    const { code, stderr } = runCli(["build", docs, "--out", out, "--max-bytes", "5000"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/tom\.txt is empty/);
    expect(stderr).toMatch(/bild\.txt is binary/);
    expect(stderr).toMatch(/stor\.txt is \d+ bytes, over the limit of 5000/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toMatch(/documents 1 read, 3 failed/);
    const data = JSON.parse(readFileSync(out, "utf8"));
    const text: string = JSON.parse(readFileSync(path.join(dir, "documents.jsonl"), "utf8").split("\n")[0]).text;
    expect(data.documents[0].encoding).toBe("windows-1252");
    expect(text).toContain("Åsa Öberg");
    expect(text).not.toMatch(/Ã/);
  });

  it("leaves no temporary or half-written file behind", () => {
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("names a missing input and exits 1", () => {
    const { code, stderr } = runCli(["build", path.join(dir, "nowhere"), "--out", path.join(dir, "x.json")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nowhere does not exist/);
    expect(existsSync(path.join(dir, "x.json"))).toBe(false);
  });

  it("rejects a foreign or outdated graph with a clear message", () => {
    const foreign = path.join(dir, "foreign.json");
    writeFileSync(foreign, JSON.stringify({ nodes: [] }));
    const old = path.join(dir, "old.json");
    writeFileSync(old, JSON.stringify({ format: "samverkan-graph", version: 0, graph: {}, documents: [] }));
    expect(runCli(["ask", "who represented Nacka", "--graph", foreign]).stderr).toMatch(/is not a samverkan graph/);
    const outdated = runCli(["ask", "who represented Nacka", "--graph", old]);
    expect(outdated.code).toBe(1);
    expect(outdated.stderr).toMatch(/format version 0.*rebuild the graph/);
    // Version 1 held the texts inside the graph: the message says where they are now.
    writeFileSync(old, JSON.stringify({ format: "samverkan-graph", version: 1, graph: {}, documents: [] }));
    expect(runCli(["ask", "who represented Nacka", "--graph", old]).stderr).toMatch(/format version 1,.*documents\.jsonl beside the graph\); rebuild/);
  });

  it("explains usage mistakes and exits 2", () => {
    expect(runCli(["build"]).code).toBe(2);
    expect(runCli(["frobnicate"]).stderr).toMatch(/unknown command "frobnicate"/);
    expect(runCli(["build", "x", "--out", "y.json", "--workers", "zero"]).stderr).toMatch(/--workers must be a whole number, 1 or more/);
  });
});
