/**
 * CSV parser
 * ==========
 *
 * A strict RFC 4180 reader for the tests, reading files the way `neo4j-admin database import` does with its
 * defaults: `,` separates, `"` quotes, `""` is a literal quote, line breaks are allowed inside quoted fields
 * (`--multiline-fields=true`), and an empty unquoted field is no value. Anything else (a stray quote, a record of the
 * wrong width) throws, so a test fails where the import tool would.
 */

/** One parsed field: its text, and whether it was quoted. */
export interface CsvCell {
  text: string;
  quoted: boolean;
}

/** Parses CSV text into records of cells. */
export function parseCsv(input: string): CsvCell[][] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvCell[][] = [];
  let record: CsvCell[] = [];
  let i = 0;
  const atFieldStart = () => {
    if (text[i] === '"') {
      i++;
      let value = "";
      for (;;) {
        if (i >= text.length) throw new Error("parseCsv: unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
        throw new Error(`parseCsv: text after closing quote at offset ${i}`);
      }
      record.push({ text: value, quoted: true });
      return;
    }
    let value = "";
    while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
      if (text[i] === '"') throw new Error(`parseCsv: quote inside unquoted field at offset ${i}`);
      value += text[i++];
    }
    record.push({ text: value, quoted: false });
  };
  while (i < text.length) {
    atFieldStart();
    if (text[i] === ",") {
      i++;
      if (i >= text.length) record.push({ text: "", quoted: false });
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  const width = records[0]?.length ?? 0;
  records.forEach((row, index) => {
    if (row.length !== width) throw new Error(`parseCsv: record ${index} has ${row.length} fields, header has ${width}`);
  });
  return records;
}

/** Parses CSV with a header into objects; empty unquoted fields are left out, as the import tool treats them. */
export function parseCsvObjects(input: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parseCsv(input);
  const names = header.map((cell) => cell.text);
  const rows = records.map((record) => {
    const row: Record<string, string> = {};
    record.forEach((cell, index) => {
      if (cell.quoted || cell.text !== "") row[names[index]!] = cell.text;
    });
    return row;
  });
  return { header: names, rows };
}
