/**
 * Narrative association minutes with no roll: the sentence that has one lead the meeting names its secretary after
 * `med … som sekreterare` (`Till att leda dagens förhandlingar valdes A med B som sekreterare`, `A ledde sedan
 * årsmötesförhandlingarna med B som sekreterare`): A chaired and attended, B kept the minutes.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, roles } from "../../../../test/helpers/minutes";

const minutes = (opening: string) =>
  [
    "Årsmöte 2031",
    "",
    "Årsmöte med föreningen ”Ekbackens byalag” den 4 mars 2031.",
    "",
    "Mötet öppnas.",
    "Ordf. hälsade alla välkomna och förklarade mötet öppnat.",
    "",
    "§ 1. Ordf. och sekr.",
    opening,
    "",
    "§ 2. Justerare.",
    "Till justerare valdes Åke Sandberg och Lisa Holmgren.",
  ].join("\n");
const CHOSEN = minutes("Till att leda dagens förhandlingar valdes Greta Lindqvist med Nils Borgström som sekreterare.");
const LED = minutes("Efter en tyst minut sjöngs en psalm. Ove Sandström ledde sedan årsmötesförhandlingarna med Tora Falkman som sekreterare.");

describe("the chair chosen with the secretary after `med … som sekreterare`", () => {
  it.each([
    ["chosen", CHOSEN, "Greta Lindqvist", "Nils Borgström"],
    ["led", LED, "Ove Sandström", "Tora Falkman"],
  ])("%s: the first chaired and attended, the second is the secretary", (_, text, chair, secretary) => {
    const g = graphOf(text);
    expect(chairs(g)).toEqual([chair]);
    expect(attendees(g)).toEqual(expect.arrayContaining([`${chair}: chair`, `${secretary}: secretary`]));
    expect(roles(g)).toContain(`${secretary}: sekreterare`);
  });
});
