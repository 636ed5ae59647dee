/**
 * Real minutes' layouts, round 24 (01-protocol.ts, 04-protocol.ts, extract-document.ts): offices of the meeting chosen
 * in its first paragraphs, and where its header ends. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const written = { written: true, normalised: false };
const organisations = (text: string) => {
  const g = graphOf(text);
  return g.filterNodes((_, a) => a.kind === "organisation").map((n) => label(g, n));
};

describe("an election `för mötet` or `för perioden`", () => {
  const text =
    "Årsmöte i Vallby Idrottsförening\n\nTill ordförande för mötet valdes Stina Berg. Till sekreterare för mötet valdes Olle Dahl. Till justerare att jämte ordföranden justera protokollet utsågs Pia Lund.\n\nTill ordförande för perioden 2023–2026 valdes Karl Holm (S).\n";
  it("names the meeting or a term, no body (the office is held as a title), and lends none to the next clause", () => {
    expect(organisations(text).filter((o) => /^(?:mötet|perioden)/i.test(o))).toEqual([]);
    expect(personRoles(graphOf(text), written)).toEqual([
      "Karl Holm: ordförande",
      "Olle Dahl: sekreterare",
      "Pia Lund: justerare",
      "Stina Berg: ordförande för mötet",
    ]);
  });
  it("still carries the body of an election before it in the paragraph", () => {
    const g = graphOf("Val\n\nTill ordförande i socialnämnden valdes Karl Holm (S). Till vice ordförande för perioden 2023–2026 valdes Eva Sten (M).\n");
    expect(personRoles(g, written)).toEqual(["Eva Sten: vice ordförande @ Socialnämnden", "Karl Holm: ordförande @ Socialnämnden"]);
  });
});
