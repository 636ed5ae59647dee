/**
 * Minutes in layouts association and portal minutes use (read/genre.ts, 01-protocol.ts, 04-protocol.ts,
 * 05-meetings.ts): officers chosen in a lettered list. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf, label, roles } from "../../../../test/helpers/minutes";

describe("officers chosen in a lettered list", () => {
  const text = `Tallbacka\nProtokoll fört vid PRO Tallbacka Årsmöte i Bygdegården 2021-03-11\n§1\nMötets öppnande\n§2\nVal av presidium\nOrdförande Asta Lindblom hälsade ett femtiotal\nmedlemmar välkomna samt förklarade mötet öppnat.\nFörslaget till dagordning godkändes.\na) till ordförande valdes Asta Lindblom\nb) till sekreterare valdes Rune Sandgren\nc) till justerare valdes Edit Holm\noch Ivar Kask.\nKassarapporten lades till handlingarna.\n`;
  it("gives each item its own office: the chair chosen in `a)` is not the secretary of `b)`", () => {
    expect(roles(graphOf(text))).not.toContain("Asta Lindblom: sekreterare");
  });
  it("and those chosen to keep and adjust the minutes of an årsmöte that lists no members were there, in that office", () => {
    const g = graphOf(text);
    expect(attendees(g)).toEqual(["Edit Holm: adjuster", "Ivar Kask: adjuster", "Rune Sandgren: secretary"]);
    expect(roles(g)).toEqual(expect.arrayContaining(["Edit Holm: justerare", "Ivar Kask: justerare", "Rune Sandgren: sekreterare"]));
  });
});

describe("attendance with each one's organisation in parentheses (`Närvarande och beslutande: X (Länsstyrelsen)`)", () => {
  const text = `Mötesprotokoll\n\nStyrelsemöte\n\nPlats: Teams\n\nNärvarande och beslutande: Tyra Ahlin (Fjällhögskolan), Bo Kronqvist (Länsstyrelsen), Maj Sundell (Fjällkommun)\n\nAdjungerade: Ulf Rask (Länsstyrelsen)\n\n 1. Mötet öppnades av ordförande Tyra Ahlin.\n 2. Dagordningen godkändes\n`;
  it("takes no participant's organisation for the body that met", () => {
    const g = graphOf(text);
    expect(g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)))).toEqual([]);
  });
});
