import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument } from "@samverkan/core";
import { htmlToText, isHtml } from "./html";

const fixture = (name: string) => readFileSync(new URL(`../../../../test/fixtures/core/${name}`, import.meta.url));

describe("htmlToText", () => {
  const cases: [string, string, string, string | undefined][] = [
    [
      "headings and paragraphs on their own lines",
      "<h1>Rubrik</h1><p>Första stycket.</p><p>Andra stycket.</p>",
      "Rubrik\nFörsta stycket.\nAndra stycket.",
      undefined,
    ],
    ["list items kept as lines with a bullet", "<ul><li>Ett</li><li>Två</li></ul>", "• Ett\n• Två", undefined],
    ["script and style dropped", "<style>p{}</style><p>Synlig</p><script>var osynlig = 1;</script>", "Synlig", undefined],
    ["entities decoded", "<p>R&auml;ksm&ouml;rg&aring;s &amp; kaffe &ndash; &lt;gratis&gt;</p>", "Räksmörgås & kaffe – <gratis>", undefined],
    ["inline tags do not break lines", "<p>Hej <b>Lisa</b> <a href='#'>Lundin</a>!</p>", "Hej Lisa Lundin!", undefined],
    ["whitespace collapsed", "<p>  många\n\n   mellanslag  </p>", "många mellanslag", undefined],
    [
      "title read from head, not in text",
      "<html><head><title>Månadsbrev &amp; nyheter</title></head><body><p>Text</p></body></html>",
      "Text",
      "Månadsbrev & nyheter",
    ],
    [
      "the site's name after the page's title left out",
      "<html><head><title>Nätverksträff: kommunernas arbete | Vallby kommun</title></head><body><p>Text</p></body></html>",
      "Text",
      "Nätverksträff: kommunernas arbete",
    ],
    [
      "a short title keeps what follows its bar",
      "<html><head><title>Hem | Vallby kommun</title></head><body><p>Text</p></body></html>",
      "Text",
      "Hem | Vallby kommun",
    ],
    ["br breaks a line", "<p>Rad ett<br>Rad två</p>", "Rad ett\nRad två", undefined],
    ["table cells on lines", "<table><tr><td>9 maj</td><td>Styrelsemöte</td></tr></table>", "9 maj\nStyrelsemöte", undefined],
  ];
  it.each(cases)("%s", (_label, html, text, title) => {
    const out = htmlToText(html);
    expect(out.text).toBe(text);
    expect(out.title).toBe(title);
  });
});

describe("isHtml", () => {
  const cases: [string, string, boolean][] = [
    ["doctype", "<!DOCTYPE html><p>x</p>", true],
    ["html tag after whitespace", "\n  <html lang='sv'>", true],
    ["plain text with a less-than sign", "Budget < 5 mkr och <b>fet</b>", false],
    ["markdown", "# Rubrik\n\nText", false],
  ];
  it.each(cases)("%s", (_label, text, expected) => expect(isHtml(text)).toBe(expected));
});

describe("readDocument on an HTML newsletter (fixture)", () => {
  const doc = readDocument({ source: "test/fixtures/core/nyhetsbrev-november.html", content: new Uint8Array(fixture("nyhetsbrev-november.html")) });

  it("is read as HTML with its <title>", () => {
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("Nyhetsbrev november 2018 – Dalarnas kommunförbund");
  });
  it("keeps headings, paragraphs and list items as lines", () => {
    const lines = doc.text.split("\n");
    expect(lines).toContain("Nyhetsbrev november 2018");
    expect(lines).toContain("Kompetensförsörjning");
    expect(lines).toContain("• Rekrytering – nya vägar");
    expect(lines).toContain("• Lön <och> villkor");
    expect(lines).toContain("Foto: Aron Klingberg");
  });
  it("drops script, style and noscript", () => {
    expect(doc.text).not.toContain("Gunvor");
    expect(doc.text).not.toContain("font-family");
    expect(doc.text).not.toContain("Javascript");
  });
  it("decodes entities and has no markup left", () => {
    expect(doc.text).toContain("inledde dagen & berättade");
    expect(doc.text).not.toMatch(/<\/|<(p|h[1-6]|li|ul|body|script|style)\b|&amp;|&ndash;/);
  });
  it("recognises the newsletter and its month", () => {
    expect(doc.genre).toBe("newsletter");
    expect(doc.date).toBe("2018-11");
    expect(doc.language).toBe("sv");
  });
});
