/**
 * People, roles and bodies in running text (press releases, news items, board pages, conference reports): forms the
 * review of round 19 found read wrong. Each test's text is invented, in the form of writing it stands for.
 */
import { describe, expect, it } from "vitest";
import { graphOf, personRoles } from "../helpers/roles";

describe("an acting title keeps its marker", () => {
  it("`tf`, `tf.`, `t.f.` and `tillförordnad` stay in the role as written, before the name and after it", () => {
    const g = graphOf(
      "Nyheter\n\nDet säger tillförordnad kommundirektör Olof Strandell. Enligt t.f. kommunchef Lisa Ekwall är saken klar, och tf. förvaltningschef Per Ekman håller med.\n\n– Vi är glada, säger Anna Holmgren, tf socialchef i Nacka kommun. Lars Engström blir tillförordnad kommunchef från i dag.\n",
    );
    expect(personRoles(g, { written: true, normalised: false, where: false })).toEqual([
      "Anna Holmgren: tf socialchef",
      "Lars Engström: tillförordnad kommunchef",
      "Lisa Ekwall: t.f. kommunchef",
      "Olof Strandell: tillförordnad kommundirektör",
      "Per Ekman: tf. förvaltningschef",
    ]);
    // The normalised role stays the lexicon's.
    expect(personRoles(g, { where: false })).toContain("Olof Strandell: kommundirektör");
  });
});
