/**
 * A signature block flattened onto one line (`Sekreterare A Ordförande B Justerare C`, as a PDF's last page copies):
 * each title is the name's after it, not also the name's before it. Invented names.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument, type PersonAttributes } from "@samverkan/core";

/** Each title a person holds in no body, as `name: role`, sorted. */
function titles(text: string): string[] {
  const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
  return g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) => ((g.getNodeAttributes(n) as PersonAttributes).roles ?? []).map((r) => `${String(g.getNodeAttribute(n, "label"))}: ${r.roleNormalised}`))
    .sort();
}

const header =
  "Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2021-03-16 Plats och tid Kommunhuset kl 09.00-11.30 Beslutande Helga Brandt (M), ordförande Oskar Lindqvist (C) Maja Forsén (S) Justerare Maja Forsén\n§ 1 Val av justerare\nMaja Forsén utses att justera.\n";

describe("a flattened signature block after the items", () => {
  it("gives each name the title before it only", () => {
    expect(titles(`${header}Underskrifter Sekreterare Tove Berglund Ordförande Helga Brandt Justerare Maja Forsén\n`)).toEqual([
      "Helga Brandt: ordförande",
      "Maja Forsén: justerare",
      "Tove Berglund: sekreterare",
    ]);
  });

  it("keeps a title after a name that has none before it (`Tove Berglund Sekreterare` on its own)", () => {
    expect(titles(`${header}Vid protokollet Tove Berglund Sekreterare\n`)).toContain("Tove Berglund: sekreterare");
  });
});
