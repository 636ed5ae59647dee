/**
 * Round 41's body of the meeting as the header stacks it (invented names and texts): a municipality, a body in the
 * indefinite and the genre word on three lines (`04-protocol.ts` `stackedBody`).
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

/** Notes whose header stacks a municipality, `line` and the genre word. */
const stacked = (line: string) =>
  [
    "Plats och tid:",
    "",
    "TORSBY KOMMUN",
    line,
    "MINNESANTECKNINGAR",
    "Sammanträdesdatum",
    "2018-03-07",
    "Plats och tid:",
    "Kommunhusets lilla sal kl 13.00–15.00",
    "Ordinarie ledamöter",
    "Greta Solberg, (c), ordförande",
    "Nils Hagström, (s)",
    "Övriga deltagare",
    "Emil Vretblad, sekreterare",
    "Minnesanteckningar",
    "1. Mötets öppnande",
    "Greta Solberg, ordförande, hälsar alla välkomna till dagens sammanträde.",
    "2. Nya sammanträdestider för pensionärsrådet",
    "Beslutas att godkänna tiderna.",
  ].join("\n");

describe("a body stacked between the municipality and the genre word", () => {
  it("is the body that met, in the definite (`PENSIONÄRSRÅD` → `Pensionärsrådet`)", () => {
    const g = graphOf(stacked("PENSIONÄRSRÅD"));
    expect(meetingLabels(g)).toEqual(["2018-03-07 Pensionärsrådet, Torsby"]);
    expect(personRoles(g)).toEqual(expect.arrayContaining(["Greta Solberg: ordförande @ Pensionärsrådet", "Emil Vretblad: sekreterare @ Pensionärsrådet"]));
  });
  it("not a title (`KOMMUNALRÅD`)", () => {
    expect(meetingLabels(graphOf(stacked("KOMMUNALRÅD")))).toEqual(["2018-03-07 TORSBY KOMMUN"]);
  });
});

describe("a meeting titled by a body's noun and what it is for", () => {
  const minutes = [
    "Protokoll från samråd för handikapporganisationer för östra omsorgsnämnden den 12 oktober 2020",
    "Tid: Plats: Stora salen, Kyrkogatan 7",
    "Närvarande Ledamöter Tove Lindgren (C), östra omsorgsnämnden Från handikapporganisationerna Ledamöter: Arvid Hellström DHR Övriga Maja Fröberg, nämndsekreterare",
    "Underskrifter Sekreterare: Maja Fröberg Ordförande: Tove Lindgren (C) Justerare: Arvid Hellström (DHR)",
    "1 Val av justerare Beslut Arvid Hellström (DHR) utses att justera protokollet.",
  ].join("\n");
  it("is the samråd, without the genre's words and the date, and its chair's seat is held there", () => {
    const g = graphOf(minutes);
    expect(meetingLabels(g)).toEqual(["2020-10-12 Samråd för handikapporganisationer för östra omsorgsnämnden"]);
    expect(personRoles(g)).toEqual(expect.arrayContaining(["Tove Lindgren: ordförande @ Samråd för handikapporganisationer för östra omsorgsnämnden"]));
  });
});
