/**
 * Local forms
 * ===========
 *
 * `landstinget` and `Länsstyrelsen` name a different body in every county; the lexicon lists them as local aliases of
 * Stockholm County's (`localAliases`, with the body's `county`). A text names its county through the municipalities,
 * counties and regions it mentions: a local form stays only in a text that names a place of the body's county, or none
 * of another. A text with no place at all keeps it: the users' papers are about Stockholm County.
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { Mention } from "./02-mentions";

/** The gazetteer's matches without local forms of a body that belongs to a county the text is not about. */
export function withoutForeignLocalForms(gazetteer: Mention[], text: string, lexicon: Lexicon): Mention[] {
  const localCounty = (g: Mention) => (g.kind === "organisation" ? lexicon.localFormCounty(g.id, text.slice(g.start, g.end)) : undefined);
  if (!gazetteer.some(localCounty)) return gazetteer;
  const counties = new Set<string>();
  for (const g of gazetteer) {
    const county =
      g.kind === "municipality"
        ? lexicon.municipalityCounty(g.id)?.county
        : g.kind === "county"
          ? g.label
          : g.kind === "organisation" && !localCounty(g)
            ? lexicon.organisation(g.id)?.county
            : undefined;
    if (county) counties.add(county);
  }
  if (counties.size === 0) return gazetteer;
  return gazetteer.filter((g) => {
    const county = localCounty(g);
    return !county || counties.has(county);
  });
}
