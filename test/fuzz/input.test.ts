/**
 * Fuzz: hostile and broken input to `build` (issue #15, the reading half). Mixes of the bad inputs of
 * helpers-input.ts with good documents: every bad item is reported by name with a reason and skipped, every good one
 * is built, and `samverkan build` exits 1. Bytes: the decoder and the e-mail reader fail only with a SamverkanError,
 * and a bad byte in a UTF-8 file spoils nothing but itself.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadDocument, type KnowledgeGraph } from "@samverkan/core";
import { decodeBytes } from "../../packages/core/src/read/decode";
import { buildGraphFromFiles, type ReadFailure } from "@samverkan/core/node";
import { cliMissing, runCli } from "../cli/run-cli";
import { BAD_INPUTS, GOOD_INPUTS, MAX_BYTES, removeFolder, type BadInput, type GoodInput } from "./helpers-input";

const root = mkdtempSync(path.join(tmpdir(), "samverkan-fuzz-input-"));
afterAll(() => removeFolder(root));

/** A fresh folder holding the given items, with the paths each failure and document must name. */
function makeFolder(bad: BadInput[], good: GoodInput[]) {
  const dir = path.join(mkdtempSync(path.join(root, "run-")), "in");
  mkdirSync(dir);
  return { dir, bad: bad.map((b) => ({ ...b, file: b.make(dir) })), good: good.map((g) => ({ ...g, file: g.make(dir) })) };
}

const names = (graph: KnowledgeGraph, kind: string) => graph.filterNodes((_, a) => a.kind === kind).map((n) => graph.getNodeAttribute(n, "label"));

/** The failure that reports a bad item: the item itself, or a folder inside it. */
const failureOf = (failures: ReadFailure[], file: string) => failures.find((f) => f.file === file || f.file.startsWith(file + path.sep));

describe("build on a folder of bad and good inputs", () => {
  it("every bad item is a failure naming it with its code and a reason; every good one is built", async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(BAD_INPUTS), fc.subarray(GOOD_INPUTS, { minLength: 1 }), async (badItems, goodItems) => {
        const { dir, bad, good } = makeFolder(badItems, goodItems);
        const { graph, documents, failures } = await buildGraphFromFiles([dir], { maxBytes: MAX_BYTES, workers: 1, layout: false });
        for (const item of bad) {
          const failure = failureOf(failures, item.file);
          expect(failure, item.name).toMatchObject({ code: item.code, message: expect.stringContaining(path.basename(failure?.file ?? item.file)) });
          // "samverkan/read: <file> <reason>", the reason two words at least ("is empty").
          expect(failure!.message.length, item.name).toBeGreaterThanOrEqual(`samverkan/read: ${failure!.file} is empty`.length);
        }
        expect(failures).toHaveLength(bad.length);
        expect(documents.map((d) => d.source).sort()).toEqual(good.map((g) => g.file).sort());
        expect(names(graph, "person")).toEqual(expect.arrayContaining(good.map((g) => g.person)));
      }),
      { numRuns: 20 },
    );
  });

  it.skipIf(cliMissing())("samverkan build exits 1 when some failed, 0 when none did, and names each failure", () => {
    fc.assert(
      fc.property(fc.subarray(BAD_INPUTS), fc.subarray(GOOD_INPUTS, { minLength: 1 }), (badItems, goodItems) => {
        const { dir, bad } = makeFolder(badItems, goodItems);
        const out = path.join(dir, "..", "graph.json");
        const { code, stderr } = runCli(["build", dir, "--out", out, "--max-bytes", String(MAX_BYTES), "--quiet", "--no-layout"]);
        expect(code, stderr).toBe(bad.length > 0 ? 1 : 0);
        expect(stderr).toContain(`documents ${goodItems.length} read, ${bad.length} failed`);
        for (const item of bad) expect(stderr, item.name).toMatch(new RegExp(`^error: .*${path.basename(item.file)}`, "m"));
      }),
      {
        numRuns: 4,
        examples: [
          [BAD_INPUTS, GOOD_INPUTS],
          [[], GOOD_INPUTS],
        ],
      },
    );
  });
});

describe("decoding bytes", () => {
  // Bytes that never start or continue a valid UTF-8 sequence wherever they are put between characters.
  const BAD_BYTES = [...Array.from({ length: 0x40 }, (_, i) => 0x80 + i), 0xc0, 0xc1, 0xf5, 0xfe, 0xff];
  // Windows-1252 at 0x80–0x9F, U+FFFD for the five bytes it leaves undefined; Latin-1 above, but for the no-break
  // space (0xA0), which the text's normalisation makes a plain one, and the soft hyphen (0xAD), which it drops.
  const CP1252_HIGH = "€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ";
  const asCp1252 = (byte: number) => (byte === 0xa0 ? " " : byte === 0xad ? "" : byte > 0xa0 ? String.fromCharCode(byte) : CP1252_HIGH[byte - 0x80]);
  const line = fc.stringMatching(/^[A-Za-zÅÄÖåäöéü0-9 .,:;()–€]{0,40}$/);

  it("a bad byte in a UTF-8 file spoils nothing but itself, and is counted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.option(fc.tuple(fc.nat(), fc.constantFrom(...BAD_BYTES)), { nil: undefined })), { minLength: 1, maxLength: 20 }),
        (lines) => {
          const encode = (text: string) => [...new TextEncoder().encode(text)];
          const bytes: number[][] = [];
          const expected: string[] = [];
          for (const [text, bad] of lines) {
            const at = bad ? bad[0] % (text.length + 1) : text.length;
            bytes.push(bad ? [...encode(text.slice(0, at)), bad[1], ...encode(text.slice(at))] : encode(text));
            expected.push(bad ? text.slice(0, at) + asCp1252(bad[1]) + text.slice(at) : text);
          }
          const replaced = lines.filter(([, bad]) => bad).length;
          // More bad bytes than good non-ASCII characters make a Windows-1252 file, as they should.
          const nonAscii = lines.reduce((n, [text]) => n + [...text].filter((c) => c > "\x7f").length, 0);
          fc.pre(replaced > 0 && replaced <= nonAscii && /\S/.test(expected.join("")));
          const decoded = decodeBytes(Uint8Array.from(bytes.flatMap((line, i) => (i ? [0x0a, ...line] : line))), "blandad.txt");
          expect(decoded).toEqual({ text: expected.join("\n"), encoding: "utf-8", replacedBytes: replaced });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any bytes decode or fail with a SamverkanError, never another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.txt", "a.eml", "a.html", "a.md"), async (bytes, source) => {
        await loadDocument({ source, content: bytes }).catch((error: Error) => expect(error.name).toBe("SamverkanError"));
      }),
      { numRuns: 300 },
    );
  });

  it("a damaged MIME message reads or fails with a SamverkanError", async () => {
    const message = `MIME-Version: 1.0\r\nFrom: Eva Ek <eva@example.se>\r\nSubject: =?utf-8?B?w5Z2ZXJzaWt0?=\r\nContent-Type: multipart/mixed; boundary="g"\r\n\r\n--g\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nM=C3=B6te i Nacka.\r\n--g\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjcKJcOkw7zDtsOfCjIgMCBvYmoK\r\n--g--\r\n`;
    const bytes = new TextEncoder().encode(message);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), async (edits) => {
        const damaged = bytes.slice();
        for (const [at, byte] of edits) damaged[at] = byte;
        await loadDocument({ source: "a.eml", content: damaged }).catch((error: Error) => expect(error.name).toBe("SamverkanError"));
      }),
      { numRuns: 200 },
    );
  });
});
