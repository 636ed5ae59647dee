/**
 * Round 75: a document-sharing site's copy of an association's notes (`Storlek: px`, `Starta visningen från sidan:`,
 * `Download "…"`, `Transkript` over the PDF's text) whose speakers make a seminar of it: the site's lines name no
 * seminar, the document's title does (05-meetings.ts). Invented names and places.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));

const TITLE = "Årsträff med jubileum på Ekö 1-2 september 2015";
const page =
  `${TITLE}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "${TITLE}"\n\nTranskript\n\n` +
  "1 EKÖARNAS FÖRBUND Dags för ÅRSTRÄFF på Ekö i Alby skärgård. 40 deltagare från tolv föreningar deltar. " +
  "Minnesanteckningar Fredag 31/8 Vid ankomsten möts vi på bryggan av Eva Ek, som visar oss runt på ön. Under " +
  "förmiddagen berättar Eva Ek om Ekö och Siv Berg om seminariet om fisket i skärgården.\n";

describe("a sharing site's copy of notes told as a seminar", () => {
  it("is named by the document's title, not by the site's `Transkript` line", () => {
    expect(meetings(graphOf(page))).toEqual([`2015-09-01 Seminarium: ${TITLE}`]);
  });
});
