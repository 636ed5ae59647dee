/**
 * PDF reading (`loadDocument` on PDF bytes): one invented protocol set in several layouts gives the graph its plain
 * text gives; pages are where the evidence says; page furniture, turned pages and two-column prose read in order;
 * bad PDFs are refused by name; scanned pages need (and get) OCR.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejection } from "../helpers/error-code";
import { buildGraph, loadDocument, readDocument, slugify, type DocumentRecord, type Evidence, type LoadDocumentOptions } from "@samverkan/core";
import { buildGraphFromFiles, ocrUnavailable, tesseractOcr } from "@samverkan/core/node";
import {
  SAMPLE_PROTOCOL,
  encryptedPdf,
  graphFacts,
  pdfPages,
  protocolPdf,
  protocolText,
  scannedPdf,
  truncatedPdf,
  type PdfLayout,
  type Protocol,
} from "../helpers/documents";

const ID = "protokoll";
const load = (content: Uint8Array, options: LoadDocumentOptions = {}, source = "protokoll.pdf") => loadDocument({ source, id: ID, content }, options);
const NO_LAYOUT = { layout: false };
const textGraph = graphFacts(buildGraph([readDocument({ source: "protokoll.txt", id: ID, content: protocolText(SAMPLE_PROTOCOL) })], NO_LAYOUT).graph);

/** Every piece of evidence in a graph: on its edges and its nodes. */
function allEvidence(doc: DocumentRecord): Evidence[] {
  const { graph } = buildGraph([doc], NO_LAYOUT);
  return [...graph.mapEdges((_, a) => a.evidence).flat(), ...graph.mapNodes((_, a) => a.evidence ?? []).flat()];
}

const LAYOUTS: [string, PdfLayout][] = [
  ["a header table on one page", {}],
  ["two pages under a running header", { pages: 2 }],
  ["one page turned by /Rotate 90", { rotated: true }],
  ["two pages, the second turned", { pages: 2, rotated: true }],
  ["the items in two columns of running text", { columns: true }],
];

const docs = new Map<string, DocumentRecord>();
beforeAll(async () => {
  for (const [label, layout] of LAYOUTS) docs.set(label, await load(await protocolPdf(SAMPLE_PROTOCOL, layout)));
});

describe.each(LAYOUTS)("a protocol set as %s", (label, layout) => {
  const doc = () => docs.get(label)!;

  it("gives the graph of its plain text: people, meeting, chair, attendance, parties, roles, topics", () => {
    expect(doc().format).toBe("pdf");
    expect(graphFacts(buildGraph([doc()], NO_LAYOUT).graph)).toEqual(textGraph);
  });

  it("has its pages where the PDF has them, each starting with its first line", () => {
    const expected = pdfPages(SAMPLE_PROTOCOL, layout);
    expect(doc().pages).toHaveLength(expected.length);
    expect(doc().pages![0]).toBe(0);
    expect(doc().text.startsWith(SAMPLE_PROTOCOL.municipality.toUpperCase())).toBe(true);
    for (let k = 1; k < expected.length; k++) {
      const first = expected[k][0].cells.map(([, t]) => t).join("\t");
      expect(doc().text.slice(doc().pages![k])).toMatch(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n`));
      expect(doc().text.slice(doc().pages![k] - 2, doc().pages![k])).toBe("\n\n");
    }
  });

  it("quotes every evidence exactly, on the page its offset is on", () => {
    const evidence = allEvidence(doc());
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) {
      expect(e.quote).toBe(doc().text.slice(e.start, e.end));
      expect(e.page).toBe(doc().pages!.filter((start) => start <= e.start).length);
      expect(e.ocr).toBeUndefined();
    }
  });
});

describe("pages", () => {
  it("a name on page 2 has evidence on page 2, the same name on page 1 on page 1", () => {
    const { graph } = buildGraph([docs.get("two pages under a running header")!], NO_LAYOUT);
    // The chair is listed among the members on page 1 and signs on page 2.
    const chair = graph.getNodeAttributes("person:ingrid-solberg").evidence!;
    expect(new Set(chair.map((e) => e.page))).toEqual(new Set([1, 2]));
    const signing = graph
      .edges("person:tomas-vikstrom")
      .map((e) => graph.getEdgeAttributes(e).evidence)
      .flat();
    expect(signing.filter((e) => e.page === 2).map((e) => e.quote)).toContain("Tomas Vikström");
  });

  it("keeps the running header on page 1 and drops it from later pages", () => {
    const doc = docs.get("two pages under a running header")!;
    expect(doc.text.startsWith(`SOLBACKA KOMMUN\tPROTOKOLL\tSida 1 (2)\nKommunstyrelsen\tSammanträdesdatum ${SAMPLE_PROTOCOL.date}\n`)).toBe(true);
    const page2 = doc.text.slice(doc.pages![1]);
    expect(page2).not.toMatch(/SOLBACKA KOMMUN|Sida 2|Sammanträdesdatum/);
    expect(doc.text.match(/Sammanträdesdatum/g)).toHaveLength(1);
  });

  it("keeps a line that recurs only once (no furniture on a single page)", () => {
    const doc = docs.get("a header table on one page")!;
    expect(doc.text.startsWith("SOLBACKA KOMMUN\nPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum\t2024-03-12\n")).toBe(true);
  });

  it("reads a page turned by /Rotate 90 as the same page upright", async () => {
    expect(docs.get("one page turned by /Rotate 90")!.text).toBe(docs.get("a header table on one page")!.text);
    expect(docs.get("two pages, the second turned")!.text).toBe(docs.get("two pages under a running header")!.text);
  });

  it("reads two columns of running text left column first, under and over the lines across them", () => {
    const doc = docs.get("the items in two columns of running text")!;
    const columns = doc.text.slice(doc.pages![1], doc.pages![2]);
    // Read line by line across the gutter, each line would hold a tab and a piece of each column.
    expect(columns).not.toContain("\t");
    const flat = columns.replace(/\s+/g, " ");
    for (const item of SAMPLE_PROTOCOL.items) for (const paragraph of item.paragraphs) expect(flat).toContain(paragraph);
    const headings = SAMPLE_PROTOCOL.items.map((i) => columns.indexOf(`§ ${i.number} ${i.title}`));
    expect(headings.every((at, i) => at >= 0 && (i === 0 || at > headings[i - 1]))).toBe(true);
  });

  it("refuses more pages than maxPages, and reads as many", async () => {
    const pdf = await protocolPdf(SAMPLE_PROTOCOL, { pages: 3 });
    const error = await rejection(load(pdf, { maxPages: 2 }));
    expect(error).toMatchObject({ name: "SamverkanError", code: "TOO_MANY_PAGES", file: "protokoll.pdf" });
    expect((await load(pdf, { maxPages: 3 })).pages).toHaveLength(3);
  });
});

describe("bad PDFs", () => {
  it.each([
    ["cut in half", "UNREADABLE_PDF", async () => truncatedPdf(await protocolPdf(SAMPLE_PROTOCOL, { pages: 2 }))],
    ["a PDF header over garbage", "UNREADABLE_PDF", async () => new TextEncoder().encode(`%PDF-1.7\n${"garbage ".repeat(200)}`)],
    ["encrypted with a user password", "ENCRYPTED", encryptedPdf],
    ["scanned, read without OCR", "NEEDS_OCR", async () => scannedPdf(await protocolPdf())],
  ])("%s: %s, naming the file", async (_label, code, make) => {
    const error = await rejection(load(await make(), {}, "mapp/trasig.pdf"));
    expect(error).toMatchObject({ name: "SamverkanError", code, file: "mapp/trasig.pdf" });
    expect(error.message).toContain("mapp/trasig.pdf");
  });

  describe("in a folder with a good one", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "samverkan-pdf-"));
      await writeFile(path.join(dir, "bra.pdf"), await protocolPdf(SAMPLE_PROTOCOL, { pages: 2 }));
      await writeFile(path.join(dir, "trasig.pdf"), truncatedPdf(await protocolPdf()));
      await writeFile(path.join(dir, "skannad.pdf"), await scannedPdf());
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("builds the good one and reports each bad one, which never spoils the others", async () => {
      const { graph, documents, failures } = await buildGraphFromFiles([dir], { workers: 1, layout: false });
      expect(documents.map((d) => d.id)).toEqual(["bra"]);
      expect(failures.map((f) => [path.basename(f.file), f.code])).toEqual([
        ["skannad.pdf", "NEEDS_OCR"],
        ["trasig.pdf", "UNREADABLE_PDF"],
      ]);
      expect(graph.hasEdge("person:ingrid-solberg", "meeting:kommunstyrelsen-2024-03-12-ordf-ingrid-solberg")).toBe(true);
      expect(graph.getNodeAttributes("person:tomas-vikstrom").evidence!.every((e) => e.doc === "bra" && e.page !== undefined)).toBe(true);
    });
  });
});

describe.skipIf(ocrUnavailable())("scanned PDF through Tesseract", () => {
  // A short protocol keeps the page, and the OCR, quick.
  const short: Protocol = { ...SAMPLE_PROTOCOL, items: SAMPLE_PROTOCOL.items.slice(0, 1) };

  it("finds the chair and members, with evidence marked as OCR on page 1", async () => {
    const doc = await load(await scannedPdf(await protocolPdf(short)), { ocr: tesseractOcr({ dpi: 200 }) });
    expect(doc.ocrPages).toEqual([1]);
    const { graph } = buildGraph([doc], NO_LAYOUT);
    const chaired = graph.filterEdges((_, a) => a.kind === "chaired");
    expect(chaired.map((e) => graph.source(e))).toEqual(["person:ingrid-solberg"]);
    const evidence = graph.getEdgeAttributes(chaired[0]).evidence;
    for (const e of evidence) expect(e).toMatchObject({ page: 1, ocr: true, quote: doc.text.slice(e.start, e.end) });
    // OCR may misread a letter here and there; most members come through.
    const members = SAMPLE_PROTOCOL.members.filter((m) => graph.hasNode(`person:${slugify(m.name)}`));
    expect(members.length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
