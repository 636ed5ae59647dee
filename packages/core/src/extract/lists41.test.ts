/**
 * Marks of serving and absence in flattened tables, signature names over their titles, and where a name stops before
 * a title's plural or an organisation's words (01-protocol.ts, 02-mentions.ts, the name lexicons). Invented names and
 * texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, roles } from "../../../../test/helpers/minutes";

describe("a bare serving word in a flattened table of members", () => {
  it("does not make the next name, with a seat of its own after its comma, one replaced", () => {
    const text = `Protokoll Kommunstyrelsen 2016-04-12\n\nTid och plats 2016-04-12 kl 08.30, Rådhuset Ledamöter Per Sandin (S), ordförande Hanna Lindé (M), 1:e vice ordförande tjänstgör Olof Bergqvist (S), 2:e vice ordförande Eva Dahlén (V) Ersättare Lars Kronqvist (S)\n\nJusterare Eva Dahlén (V)\n\n§ 1 Val av justerare\n`;
    const g = graphOf(text);
    expect(attendees(g)).toEqual(expect.arrayContaining(["Hanna Lindé: member", "Olof Bergqvist: member"]));
    const r = roles(g);
    expect(r).toEqual(expect.arrayContaining(["Hanna Lindé: 1:e vice ordförande", "Olof Bergqvist: 2:e vice ordförande"]));
    expect(r).not.toContain("Hanna Lindé: 2:e vice ordförande");
  });
});

describe("marks of absence and substitution in a flattened table", () => {
  it("makes a name with `Samtliga` in a column of the items each member was away from absent", () => {
    const text = `Protokoll Kommunstyrelsen 2016-04-12\n\nLedamöter Per Sandin (S), ordförande Eva Dahlén (V) Frånvarande följande paragrafer Tjänstgörande ersättare Greta Ullman (L) Samtliga Jonas Ekström (L)\n\nJusterare Eva Dahlén (V)\n\n§ 1 Val av justerare\n`;
    const a = attendees(graphOf(text));
    expect(a).toEqual(expect.arrayContaining(["Eva Dahlén: member", "Jonas Ekström: substitute"]));
    expect(a.filter((x) => x.startsWith("Greta Ullman"))).toEqual([]);
  });
  it("reads an association's letters between a name and `ersätter` as hers: the member after it is replaced", () => {
    const text = `Protokoll Pensionärsrådet 2017-04-03\n\nNärvarande Ledamöter Rut Ekman (L), ordförande Från föreningarna Ledamöter: Åke Bringsell PRO Berit Holmér PRO ersätter Karl Strömgren Övriga Sven Dahlén, nämndsekreterare\n\nJusterare: Åke Bringsell\n\n§ 1 Val av justerare\n`;
    const a = attendees(graphOf(text));
    expect(a).toEqual(expect.arrayContaining(["Berit Holmér: substitute", "Åke Bringsell: member", "Sven Dahlén: other"]));
    expect(a.filter((x) => x.startsWith("Karl Strömgren"))).toEqual([]);
  });
});

describe("signature names on one line over their titles on the next", () => {
  const text = `Bygdeföreningen Tallnäs\n\nProtokoll fört vid styrelsemöte tisdag 4 maj 2021 i klubbstugan.\n\nNärvarande: Arne, Lisa och Tove.\n\n§ 1 Mötet öppnades.\n\n§ 2 Mötet avslutades.\n\nVid protokollet\n\nLisa Granqvist Arne Stolpe Tove Åkerlind\n\nSekreterare Mötesordförande Justerare\n`;
  it("gives each name the title under it, in order", () => {
    const r = roles(graphOf(text));
    expect(r).toEqual(expect.arrayContaining(["Lisa Granqvist: sekreterare", "Arne Stolpe: mötesordförande", "Tove Åkerlind: justerare"]));
    expect(r.filter((x) => x.startsWith("Tove Åkerlind"))).toEqual(["Tove Åkerlind: justerare"]);
  });
  it("reads a surname in `-back` after a given name that is also a word (`Stig`)", () => {
    const g = graphOf(text.replace("Arne Stolpe", "Stig Forsback"));
    expect(roles(g)).toContain("Stig Forsback: mötesordförande");
  });
});
