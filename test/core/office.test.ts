/**
 * Word and OpenDocument reading (`loadDocument` on .docx and .odt bytes): the invented protocol gives the graph its
 * plain text gives, tables read as the PDF reader reads them, files are told apart by content, and damaged archives
 * and zip bombs are refused by name without unpacking them.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph, loadDocument, readDocument, type DocumentRecord } from "@samverkan/core";
import { buildGraphFromFiles } from "@samverkan/core/node";
import { SAMPLE_PROTOCOL, graphFacts, odtFile, protocolDocx, protocolOdt, protocolText, zip, zipBombDocx } from "../helpers/documents";
import { rejection } from "../helpers/error-code";

const ID = "protokoll";
const NO_LAYOUT = { layout: false };
const textGraph = graphFacts(buildGraph([readDocument({ source: "protokoll.txt", id: ID, content: protocolText(SAMPLE_PROTOCOL) })], NO_LAYOUT).graph);

const FORMATS: [string, "docx" | "odt", () => Promise<Uint8Array>][] = [
  ["Word", "docx", () => protocolDocx(SAMPLE_PROTOCOL)],
  ["OpenDocument", "odt", async () => protocolOdt(SAMPLE_PROTOCOL)],
];

describe.each(FORMATS)("a protocol in %s (.%s)", (_label, format, make) => {
  let bytes: Uint8Array;
  let doc: DocumentRecord;
  beforeAll(async () => {
    bytes = await make();
    doc = await loadDocument({ source: `protokoll.${format}`, id: ID, content: bytes });
  });

  it("gives the graph of its plain text: people, meeting, chair, attendance, parties, roles, topics", () => {
    expect(doc.format).toBe(format);
    expect(doc.pages).toBeUndefined();
    expect(graphFacts(buildGraph([doc], NO_LAYOUT).graph)).toEqual(textGraph);
  });

  it("reads its tables as the PDF reader does: a row's cells side by side, a tab between", () => {
    // The plain text without its blank lines: a label and its first value on a line, the signature labels over the
    // names, the date after its tab.
    expect(doc.text).toBe(protocolText(SAMPLE_PROTOCOL).replace(/\n{2,}/g, "\n"));
  });

  it("quotes every evidence exactly", () => {
    const { graph } = buildGraph([doc], NO_LAYOUT);
    const evidence = [...graph.mapEdges((_, a) => a.evidence).flat(), ...graph.mapNodes((_, a) => a.evidence ?? []).flat()];
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) {
      expect(e.quote).toBe(doc.text.slice(e.start, e.end));
      expect(e.page).toBeUndefined();
    }
  });

  it.each(["protokoll", "protokoll.txt", format === "docx" ? "protokoll.odt" : "protokoll.docx"])("reads by its content when named %s", async (source) => {
    const misnamed = await loadDocument({ source, id: ID, content: bytes });
    expect(misnamed.format).toBe(format);
    expect(misnamed.text).toBe(doc.text);
  });

  it("refuses the file cut in half, by name", async () => {
    const error = await rejection(loadDocument({ source: `mapp/trasig.${format}`, content: bytes.slice(0, bytes.length >> 1) }));
    expect(error).toMatchObject({ name: "SamverkanError", code: "BAD_ARCHIVE", file: `mapp/trasig.${format}` });
    expect(error.message).toContain(`mapp/trasig.${format}`);
  });
});

describe("structure", () => {
  const PROSE = [
    "Den vänstra cellen i en layouttabell bär ett helt stycke löptext om kollektivtrafiken i kommunens norra delar.",
    "Den högra cellen bär ett annat stycke löptext, om skolans lokaler, som inte hör ihop med det vänstra stycket.",
  ];

  it("reads a layout table with running text in two cells cell after cell, as columns of prose", async () => {
    const cell = (text: string) =>
      new TableCell({ children: [new Paragraph(text), new Paragraph(`${text.slice(0, 40)} igen, i ett andra stycke av samma cell.`)] });
    const document = new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: PROSE.map(cell) })] })] }] });
    const doc = await loadDocument({ source: "layout.docx", content: new Uint8Array(await Packer.toBuffer(document)) });
    expect(doc.text.split("\n")).toEqual([
      PROSE[0],
      `${PROSE[0].slice(0, 40)} igen, i ett andra stycke av samma cell.`,
      PROSE[1],
      `${PROSE[1].slice(0, 40)} igen, i ett andra stycke av samma cell.`,
    ]);
  });

  it("puts an OpenDocument list item's bullet before its words", async () => {
    const list = `<text:p>Ärenden</text:p><text:list><text:list-item><text:p>Budget 2025</text:p></text:list-item><text:list-item><text:p>Val   av\n  justerare</text:p></text:list-item></text:list>`;
    const doc = await loadDocument({ source: "lista.odt", content: odtFile(list) });
    expect(doc.text).toBe("Ärenden\n• Budget 2025\n• Val av justerare");
  });

  it("reads a table nested in a cell inside that cell", async () => {
    const inner = `<table:table><table:table-row><table:table-cell><text:p>Ordförande</text:p></table:table-cell><table:table-cell><text:p>Ingrid Solberg</text:p></table:table-cell></table:table-row></table:table>`;
    const outer = `<table:table><table:table-row><table:table-cell><text:p>Underskrifter</text:p></table:table-cell><table:table-cell>${inner}<text:p>Solbacka</text:p></table:table-cell></table:table-row></table:table>`;
    const doc = await loadDocument({ source: "kapslad.odt", content: odtFile(outer) });
    expect(doc.text).toBe("Underskrifter\tOrdförande\tIngrid Solberg\nSolbacka");
  });
});

describe("bad archives", () => {
  it("refuses a zip bomb quickly, unpacking no more than its budget", async () => {
    // 1 GB of zeros in a 1 MB file whose headers say 4 KB.
    const bomb = zipBombDocx(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const peak = process.resourceUsage().maxRSS;
    const started = Date.now();
    const error = await rejection(loadDocument({ source: "bomb.docx", content: bomb }));
    expect(error).toMatchObject({ name: "SamverkanError", code: "BAD_ARCHIVE", file: "bomb.docx" });
    expect(Date.now() - started).toBeLessThan(20_000);
    // maxRSS is in kilobytes; unpacking the whole entry would take a gigabyte.
    expect((process.resourceUsage().maxRSS - peak) / 1024).toBeLessThan(512);
  });

  it("refuses a zip without a Word document in it, named .docx", async () => {
    const notWord = zip([{ name: "readme.txt", data: new TextEncoder().encode("Ingen Word-fil här.") }]);
    const error = await rejection(loadDocument({ source: "tom.docx", content: notWord }));
    expect(error).toMatchObject({ name: "SamverkanError", code: "BAD_ARCHIVE", file: "tom.docx" });
  });

  describe("in a folder with good ones", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "samverkan-office-"));
      await writeFile(path.join(dir, "bra.docx"), await protocolDocx());
      await writeFile(path.join(dir, "bra-odt.odt"), protocolOdt());
      await writeFile(path.join(dir, "bomb.docx"), zipBombDocx(300));
      const word = await protocolDocx();
      await writeFile(path.join(dir, "trasig.docx"), word.slice(0, word.length >> 1));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("builds the good ones and reports each bad one, which never spoils the others", async () => {
      const { graph, documents, failures } = await buildGraphFromFiles([dir], { workers: 1, layout: false });
      expect(documents.map((d) => [d.id, d.format])).toEqual([
        ["bra", "docx"],
        ["bra-odt", "odt"],
      ]);
      expect(failures.map((f) => [path.basename(f.file), f.code])).toEqual([
        ["bomb.docx", "BAD_ARCHIVE"],
        ["trasig.docx", "BAD_ARCHIVE"],
      ]);
      // Both protocols are of the same meeting: one node, chaired once, with evidence from both files.
      const chaired = graph.filterEdges((_, a) => a.kind === "chaired");
      expect(chaired.map((e) => [graph.source(e), graph.target(e)])).toEqual([
        ["person:ingrid-solberg", "meeting:kommunstyrelsen-2024-03-12-ordf-ingrid-solberg"],
      ]);
      expect(new Set(graph.getEdgeAttributes(chaired[0]).evidence.map((e) => e.doc))).toEqual(new Set(["bra", "bra-odt"]));
    });
  });
});
