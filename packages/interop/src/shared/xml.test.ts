import { describe, expect, it } from "vitest";
import { escapeXml, stripInvalidXmlChars } from "./xml";

describe("escapeXml", () => {
  it.each([
    ["markup", "Anna <Öberg> & Co", "Anna &lt;Öberg&gt; &amp; Co"],
    ["quotes", `"Åsa" O'Brien`, "&quot;Åsa&quot; O&apos;Brien"],
    ["line breaks survive attribute normalisation", "a\nb\tc\rd", "a&#10;b&#9;c&#13;d"],
    ["invalid characters dropped", "Klocka\u0007 Ek\uFFFE", "Klocka Ek"],
    ["astral characters kept", "🏛️ Nacka", "🏛️ Nacka"],
  ])("%s", (_case, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("stripInvalidXmlChars", () => {
  it("drops C0 controls and lone surrogates, keeps tab, newline and return", () => {
    expect(stripInvalidXmlChars("a\u0000b\u001Fc\uD800d\t\n\r")).toBe("abcd\t\n\r");
  });
});
