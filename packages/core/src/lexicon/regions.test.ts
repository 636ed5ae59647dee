/** Regions by every name they have had: the county councils' (`landsting`) as well as today's. */
import { describe, expect, it } from "vitest";
import { buildGraph, DEFAULT_LEXICON_DATA, readDocument } from "@samverkan/core";

const organisations = (text: string) => {
  const { graph } = buildGraph([readDocument({ source: "x.txt", content: text })], { layout: false });
  const labels: string[] = [];
  graph.forEachNode((_, a) => void (a.kind === "organisation" && labels.push(a.label)));
  return labels.sort();
};

describe("a region named as its county council was", () => {
  it.each([
    ["`<county> landsting`", "Planerna i Västmanlands landsting väcker frågor.", ["Region Västmanland"]],
    ["`<county> läns landsting`", "Hallands läns landsting har ny budget.", ["Region Halland"]],
    ["`Landstinget i <county> län`", "Beslutet togs av Landstinget i Dalarnas län.", ["Region Dalarna"]],
  ])("%s", (_label, text, expected) => expect(organisations(text)).toEqual(expected));

  it("every region of a county but Skåne's, Västra Götaland's and Gotland's has the forms", () => {
    const regions = DEFAULT_LEXICON_DATA.organisations.filter((o) => o.type === "region" && !["region-skane", "vgr", "region-gotland"].includes(o.id));
    for (const r of regions) expect(r.aliases, r.id).toContain(`${r.county!.replace(/ län$/, "")} läns landsting`);
  });
});
