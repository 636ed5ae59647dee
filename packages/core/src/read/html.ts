/**
 * HTML
 * ====
 *
 * Newsletters saved from the web arrive as HTML. A real parser (htmlparser2) turns them into text that keeps the
 * structure as lines: each heading, paragraph, list item and table cell on its own line, scripts and styles dropped.
 * The result is the document's text; evidence offsets point into it.
 */
import { Parser } from "htmlparser2";
import { plainCharacters } from "./decode";

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
const SKIP = new Set(["script", "style", "noscript", "template", "head", "svg"]);

export interface HtmlText {
  text: string;
  title?: string;
}

/** Extracts structured text and the `<title>` from an HTML page. */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  let title = "";
  const newline = () => {
    if (out.length && out[out.length - 1] !== "\n") out.push("\n");
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        if (name === "title") inTitle = true;
        if (BLOCK.has(name)) newline();
        if (name === "li") out.push("• ");
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        const collapsed = data.replace(/\s+/g, " ");
        if (collapsed.trim() === "") {
          if (out.length && !out[out.length - 1].endsWith("\n") && !out[out.length - 1].endsWith(" ")) out.push(" ");
          return;
        }
        out.push(out.length === 0 || out[out.length - 1].endsWith("\n") ? collapsed.trimStart() : collapsed);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === "title") inTitle = false;
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = out
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
  return { text, title: pageTitle(plainCharacters(title).replace(/\s+/g, " ").trim()) || undefined };
}

// The site's name after the page's (`Nätverksträff: kommunernas arbete | Vallby kommun`), cut where it is short.
const SITE_SUFFIX = / \| [^|]{1,40}$/;

/** A `<title>` without the site's name after the last ` | `, when what is left still says something. */
function pageTitle(title: string): string {
  const site = SITE_SUFFIX.exec(title);
  return site && site.index >= 8 ? title.slice(0, site.index) : title;
}

/** True when the text is an HTML document rather than plain text or Markdown. */
export function isHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}
