/**
 * Dates in forms met on real pages: a day, its month, a comma and the year (`16 januari, 2023`), and a year after an
 * event's name (`Wigforsseminariet 2010`), which is when it was held, not a target as a plan's (`Vision 2030`). Texts
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { readDocument } from "@samverkan/core";

const dateOf = (content: string) => readDocument({ source: "sida.txt", content }).date;

describe("dates", () => {
  it("`16 januari, 2023` is a full date", () => {
    expect(dateOf("Nyhetsbrev från förbundet\n\n12 januari, 2023\n\nHej alla medlemmar!\n")).toBe("2023-01-12");
  });

  it("a year after an event's name dates the text (`Vårseminariet 2010`, `Kommundagen 2015`), one after a plan's does not", () => {
    expect(dateOf("Vårseminariet 2010\n\nSeminariet hade temat skolan.\n")).toBe("2010");
    expect(dateOf("Kommundagen 2015\n\nDagen samlade många.\n")).toBe("2015");
    expect(dateOf("Vision 2030\n\nVisionen antogs av fullmäktige.\n")).toBeUndefined();
  });
});
