/**
 * XML text
 * ========
 *
 * Escaping for the XML formats (GraphML; GEXF goes through graphology-gexf's writer, which escapes itself) and the
 * removal of characters XML 1.0 cannot carry at all, so a stray control character in a scanned document cannot make
 * the whole file unreadable.
 */

// Everything outside the XML 1.0 `Char` production: C0 controls except tab/newline/return, lone surrogates, U+FFFE/F.
const INVALID_XML_CHARS = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that XML 1.0 does not allow anywhere in a document. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Attribute-value normalisation would turn raw tab/newline/return into spaces; character references survive it.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes text for use in XML element content or a double-quoted attribute value, keeping newlines intact. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char] ?? char);
}
