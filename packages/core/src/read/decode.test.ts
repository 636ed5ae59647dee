import { describe, expect, it } from "vitest";
import { SamverkanError, normaliseText, readDocument } from "@samverkan/core";
import { decodeBytes } from "./decode";
import { looksBinary, repairMojibake } from "./decode";
import { errorCode } from "../../../../test/helpers/error-code";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a string of Latin-1 letters (all Swedish letters are below 0x100). */
const cp1252 = (s: string) =>
  Uint8Array.from(
    [...s].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
      return code;
    }),
  );
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe("decodeBytes: encodings", () => {
  const cases: [string, Uint8Array, string, "utf-8" | "windows-1252"][] = [
    ["UTF-8 without BOM", utf8("Kommunförbundet i Älvdalen"), "Kommunförbundet i Älvdalen", "utf-8"],
    ["UTF-8 with BOM (BOM dropped)", withBom(utf8("Kommunförbundet i Älvdalen")), "Kommunförbundet i Älvdalen", "utf-8"],
    ["Windows-1252 ö", cp1252("Kommunförbundet"), "Kommunförbundet", "windows-1252"],
    ["Windows-1252 å ä ö Å Ä Ö é", cp1252("Åsa Ärlig på Öland, Härnösand, café"), "Åsa Ärlig på Öland, Härnösand, café", "windows-1252"],
    ["UTF-8 mojibake of two words repaired", utf8("KommunfÃ¶rbundet i SkÃ¤rgÃ¥rden"), "Kommunförbundet i Skärgården", "utf-8"],
    ["CRLF line endings unified", utf8("Rad ett\r\nRad två\rRad tre"), "Rad ett\nRad två\nRad tre", "utf-8"],
    ["decomposed ö composed (NFC)", utf8("Kommunfo\u0308rbundet"), "Kommunförbundet", "utf-8"],
  ];
  it.each(cases)("%s", (_label, bytes, text, encoding) => {
    const decoded = decodeBytes(bytes, "test.txt");
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).not.toMatch(/Ã|Â/);
    expect(decoded.text.normalize("NFC")).toBe(decoded.text);
  });

  // Library bug: repairMojibake only repairs when it sees two or more "Ã¶"-like pairs, so one mojibake word survives.
  it("single mojibake word repaired: KommunfÃ¶rbundet → Kommunförbundet", () => {
    expect(decodeBytes(utf8("KommunfÃ¶rbundet"), "x.txt").text).toBe("Kommunförbundet");
  });

  // Library bug: Node 20.18.3+ decodes TextDecoder("windows-1252") as Latin-1 (nodejs/node#60888), so bytes 0x80–0x9f
  // (en dash, curly quotes, euro sign; common in Word documents) become C1 control characters. decode.ts needs its own
  // table for that range (CP1252_REVERSE is built with the same decoder and is wrong too).
  it("Windows-1252 en dash, curly quotes and euro (bytes 0x80–0x9f)", () => {
    const bytes = Uint8Array.from([...cp1252("Möte "), 0x96, ...cp1252(" "), 0x93, ...cp1252("Välkommen"), 0x94, ...cp1252(" 5 "), 0x80]);
    const decoded = decodeBytes(bytes, "gammal.txt");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toBe("Möte – “Välkommen” 5 €");
  });

  it("text that merely contains Ã (no mojibake) is left alone", () => {
    expect(repairMojibake("Ã är en bokstav på portugisiska")).toBe("Ã är en bokstav på portugisiska");
  });

  it("normaliseText: NFC, BOM and CR removed", () => {
    expect(normaliseText("\uFEFFA\u030Asa\r\nÖ")).toBe("Åsa\nÖ");
  });

  it("normaliseText: no-break spaces (U+00A0, U+202F) are plain spaces, offsets kept", () => {
    const text = "Ordförande\u00a0Åsa\u00a0Lindqvist (S), 12\u202fmaj";
    const normalised = normaliseText(text);
    expect(normalised).toBe("Ordförande Åsa Lindqvist (S), 12 maj");
    expect(normalised.length).toBe(text.length);
  });
});

describe("decodeBytes: a few bad bytes in a UTF-8 file", () => {
  const bytes = (...parts: (string | number)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === "number" ? [p] : [...utf8(p)])));
  // [label, bytes, text, encoding, replaced bytes]
  const cases: [string, Uint8Array, string, "utf-8" | "windows-1252", number | undefined][] = [
    [
      "a Windows-1252 Ö among UTF-8 lines",
      bytes("Närvarande: Åsa Öberg\nJusterare: ", 0xd6, "stlin\nPlats: Älvdalen"),
      "Närvarande: Åsa Öberg\nJusterare: Östlin\nPlats: Älvdalen",
      "utf-8",
      1,
    ],
    ["a Windows-1252 en dash and quotes", bytes("Möte på Åland ", 0x96, " ", 0x93, "Välkommen", 0x94), "Möte på Åland – “Välkommen”", "utf-8", 3],
    ["a UTF-8 sequence cut short spoils only its bytes", bytes("Örebro ", 0xc3, " Säffle"), "Örebro Ã Säffle", "utf-8", 1],
    ["a byte Windows-1252 leaves undefined", bytes("Över ", 0x81, " ån"), "Över \ufffd ån", "utf-8", 1],
    [
      "a Windows-1252 file with one UTF-8-looking pair stays Windows-1252",
      Uint8Array.from([...cp1252("Åsa Öberg på Öland, "), 0xc3, 0xa5, ...cp1252(" Härnösand")]),
      "Åsa Öberg på Öland, Ã¥ Härnösand",
      "windows-1252",
      undefined,
    ],
  ];
  it.each(cases)("%s", (_label, input, text, encoding, replaced) => {
    const decoded = decodeBytes(input, "blandad.txt");
    expect(decoded).toEqual(replaced === undefined ? { text, encoding } : { text, encoding, replacedBytes: replaced });
  });

  it("valid UTF-8 reports no replaced bytes", () => {
    expect(decodeBytes(utf8("Åsa Öberg"), "a.txt")).toEqual({ text: "Åsa Öberg", encoding: "utf-8" });
  });

  it("the document record counts the replaced bytes", () => {
    const doc = readDocument({ source: "a.txt", content: bytes("Justerare: ", 0xd6, "stlin och Åsa Öberg") });
    expect(doc).toMatchObject({ encoding: "utf-8", replacedBytes: 1, text: "Justerare: Östlin och Åsa Öberg" });
    expect(readDocument({ source: "b.txt", content: utf8("Åsa Öberg") })).not.toHaveProperty("replacedBytes");
  });
});

describe("decodeBytes: bad input by code", () => {
  const cases: [string, Uint8Array, string][] = [
    ["empty file", new Uint8Array(0), "EMPTY_FILE"],
    ["NUL bytes (binary)", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00]), "BINARY_FILE"],
    ["PNG header", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), "BINARY_FILE"],
    ["UTF-16 LE BOM", Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), "UNDECODABLE"],
  ];
  it.each(cases)("%s → %s", (_label, bytes, code) => {
    expect(errorCode(() => decodeBytes(bytes, "bad.bin"))).toBe(code);
  });

  it("errors name the file", () => {
    try {
      decodeBytes(new Uint8Array(0), "tomt.txt");
      expect.unreachable();
    } catch (error) {
      expect((error as SamverkanError).file).toBe("tomt.txt");
    }
  });

  it("looksBinary: text with tabs and newlines is not binary", () => {
    expect(looksBinary(utf8("Tid:\t9 maj\nPlats:\tKommunhuset\r\n"))).toBe(false);
  });
});

describe("readDocument: size and emptiness", () => {
  const cases: [string, () => unknown, string][] = [
    ["empty bytes", () => readDocument({ source: "a.txt", content: new Uint8Array(0) }), "EMPTY_FILE"],
    ["empty string", () => readDocument({ source: "a.txt", content: "" }), "EMPTY_FILE"],
    ["whitespace only", () => readDocument({ source: "a.txt", content: utf8(" \n\t\n ") }), "EMPTY_FILE"],
    ["binary bytes", () => readDocument({ source: "a.txt", content: Uint8Array.from([1, 0, 2, 0, 3]) }), "BINARY_FILE"],
    ["bytes over maxBytes", () => readDocument({ source: "a.txt", content: utf8("x".repeat(101)) }, { maxBytes: 100 }), "FILE_TOO_LARGE"],
    ["string over maxBytes", () => readDocument({ source: "a.txt", content: "Möte ".repeat(100) }, { maxBytes: 100 }), "FILE_TOO_LARGE"],
  ];
  it.each(cases)("%s → %s", (_label, fn, code) => {
    expect(errorCode(fn)).toBe(code);
  });

  it("exactly maxBytes is accepted", () => {
    expect(readDocument({ source: "a.txt", content: utf8("x".repeat(100)) }, { maxBytes: 100 }).text).toBe("x".repeat(100));
  });
});
