/**
 * Sections
 * ========
 *
 * Newsletters exported to text lose their markup but keep their shape: a short category line (`nyanlända`), a short
 * title line, then paragraphs. A section starts at a group of heading-like lines (short, no closing full stop) that
 * follows a paragraph; its title is the last line of the group, its category the first when there are two. A line that
 * ends in a colon heads a section only standing alone between blank lines (`Kommunstyrelsen:`, then what it did); its
 * title is without the colon. A page's stamp under a heading (`Pressmeddelanden • Dec 05, 2018 09:00 CET`, `Publicerad
 * 2019-05-14`, a date alone) is no title: the heading over it is.
 */

export interface Section {
  start: number;
  end: number;
  title?: string;
  titleStart?: number;
  category?: string;
}

interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line (or the text's edge) before and after it. */
  alone: boolean;
}

// A stamp or a date alone, tried only on lines that open with the letters or digits one can (most do not).
const STAMP_START = /^[PpUu\d]/;
const STAMP =
  /^(?:(?:pressmeddelanden?|publicerad|publiceringsdatum|uppdaterad)\b[^\p{L}\n]*(?:\p{L}{3,9}\.?\s+)?\d.*|(?:\d{1,2}\.?\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:\s+(?:kl\.?\s*)?\d\d?[.:]\d\d)?)$/iu;
const isStamp = (line: Line) => STAMP_START.test(line.text) && STAMP.test(line.text);

function isHeading(line: Line): boolean {
  const t = line.text;
  const closed = line.alone ? /[.;,]$/ : /[.:;,]$/;
  return t.length > 0 && t.length <= 90 && !closed.test(t) && !/^(•|-|\*|\d+[.)]\s)/.test(t) && !/^(Foto|Tid|Plats)\s*:/i.test(t);
}

/** Splits a text into sections. */
export function splitSections(text: string): Section[] {
  const lines: Line[] = [];
  let offset = 0;
  let blank = true;
  for (const raw of text.split("\n")) {
    const trimmed = raw.trim();
    if (trimmed) {
      // Alone so far: a blank line before it; the next line with text undoes it if no blank line comes between.
      if (!blank) lines[lines.length - 1].alone = false;
      lines.push({ text: trimmed, start: offset + raw.indexOf(trimmed), end: offset + raw.length, alone: blank });
    }
    blank = !trimmed;
    offset += raw.length + 1;
  }
  const sections: Section[] = [];
  let current: Section = { start: 0, end: text.length };
  for (let i = 0; i < lines.length;) {
    if (!isHeading(lines[i])) {
      i++;
      continue;
    }
    // A maximal group of heading lines; when a paragraph follows, its last two lines open a section.
    let j = i;
    while (j < lines.length && isHeading(lines[j])) j++;
    if (j < lines.length) {
      // The title is the group's last line, or the one over it when that is a stamp.
      const last = j - 1 > i && isStamp(lines[j - 1]) ? j - 2 : j - 1;
      const first = Math.max(i, last - 1);
      const title = lines[last];
      current.end = lines[first].start;
      if (current.end > current.start) sections.push(current);
      current = {
        start: lines[first].start,
        end: text.length,
        title: title.text.replace(/:$/, ""),
        titleStart: title.start,
        category: last > first ? lines[first].text.replace(/:$/, "") : undefined,
      };
    }
    i = j;
  }
  sections.push(current);
  return sections;
}
