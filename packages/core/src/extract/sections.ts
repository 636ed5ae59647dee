/**
 * Sections
 * ========
 *
 * Newsletters exported to text lose their markup but keep their shape: a short category line (`nyanlända`), a short
 * title line, then paragraphs. A section starts at a group of heading-like lines (short, no closing full stop) that
 * follows a paragraph; its title is the last line of the group, its category the first when there are two.
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
}

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 90 && !/[.:;,]$/.test(t) && !/^(•|-|\*|\d+[.)]\s)/.test(t) && !/^(Foto|Tid|Plats)\s*:/i.test(t);
}

/** Splits a text into sections. */
export function splitSections(text: string): Section[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of text.split("\n")) {
    if (raw.trim()) lines.push({ text: raw.trim(), start: offset + raw.indexOf(raw.trim()), end: offset + raw.length });
    offset += raw.length + 1;
  }
  const sections: Section[] = [];
  let current: Section = { start: 0, end: text.length };
  for (let i = 0; i < lines.length;) {
    if (!isHeading(lines[i].text)) {
      i++;
      continue;
    }
    // A maximal group of heading lines; when a paragraph follows, its last two lines open a section.
    let j = i;
    while (j < lines.length && isHeading(lines[j].text)) j++;
    if (j < lines.length) {
      const first = Math.max(i, j - 2);
      const title = lines[j - 1];
      current.end = lines[first].start;
      if (current.end > current.start) sections.push(current);
      current = {
        start: lines[first].start,
        end: text.length,
        title: title.text,
        titleStart: title.start,
        category: j - first > 1 ? lines[first].text : undefined,
      };
    }
    i = j;
  }
  sections.push(current);
  return sections;
}
