import { describe, expect, it } from "vitest";
import { csvField, csvFile, csvRow } from "./csv";

describe("csvField", () => {
  it.each([
    ["plain", "Nacka", "Nacka"],
    ["comma", "Nacka, kommun", '"Nacka, kommun"'],
    ["quote", 'Åsa "OB"', '"Åsa ""OB"""'],
    ["newline", "rad ett\nrad två", '"rad ett\nrad två"'],
    ["return", "a\rb", '"a\rb"'],
    ["semicolon", "a;b", "a;b"],
    ["swedish", "Järfälla Öberg Åsa", "Järfälla Öberg Åsa"],
    ["number", 3.5, "3.5"],
    ["boolean", true, "true"],
    ["undefined", undefined, ""],
    ["null", null, ""],
  ] as const)("%s", (_case, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+46 8 123", "'+46 8 123"],
    ["-x", "'-x"],
    ["@home", "'@home"],
    ["Nacka", "Nacka"],
  ])("escapes the formula %s as %s", (value, expected) => {
    expect(csvField(value, { escapeFormulas: true })).toBe(expected);
  });

  it("leaves numbers alone when escaping formulas", () => {
    expect(csvField(-3, { escapeFormulas: true })).toBe("-3");
  });
});

describe("csvRow and csvFile", () => {
  it("joins fields and terminates every record", () => {
    expect(csvFile([csvRow(["a", "b,c"]), csvRow([1, undefined])])).toBe('a,"b,c"\n1,\n');
    expect(csvFile([])).toBe("");
  });
});
