/**
 * Round 44's meetings (invented names and texts): a sitting's web page whose fields list no one and whose items name
 * its people by their seats (`04-protocol.ts` `sittingHeader`), its body from the page's trail (`trailBody`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { edges, heldRoles, meetingLabels } from "../../../../test/helpers/prose";

describe("a sitting's web page with fields one per line and its people only in the items", () => {
  const text = [
    "Din position: Hem > Tallby kommun > Norrby stadsdelsnämnd > Sammanträde 2014-02-06",
    "",
    "Sammanträde 2014-02-06",
    "",
    "Datum",
    "Klockan",
    "18.00",
    "Plats",
    "Medborgarhuset, Storgatan 3",
    "",
    "§1 Val av protokollsjusterare och tid för protokollsjustering",
    "",
    "Stadsdelsnämndens beslut",
    "",
    "1. Ordförande Klara Lövgren (M) och vice ordförande Emir Hodzic (S) uppdras att justera dagens protokoll.",
    "",
    "§2 Val av ledamöter i sociala delegationen",
    "",
    "Ledamoten Ulf Rask (S) lämnade förslag på ledamot. Tjänstgörande ersättaren Signe Dahl (V) yrkade bifall.",
    "",
  ].join("\n");
  const g = graphOf(text);

  it("is the meeting of the body the trail ends in, on the sitting's day", () => {
    expect(meetingLabels(g)).toEqual(["2014-02-06 Norrby stadsdelsnämnd"]);
  });

  it("was attended by those the items name by a seat, chaired by the one named `Ordförande`", () => {
    expect(attendees(g)).toEqual(["Emir Hodzic: member", "Klara Lövgren: chair", "Signe Dahl: substitute", "Ulf Rask: member"]);
    expect(edges(g, "chaired")).toEqual(["chaired Klara Lövgren -> 2014-02-06 Norrby stadsdelsnämnd"]);
  });

  it("gives the seats and the adjusters tasked (`uppdras att justera`) in the body", () => {
    expect(heldRoles(g).filter((r) => r.includes(" @ "))).toEqual([
      "Emir Hodzic: justerare @ Norrby stadsdelsnämnd",
      "Emir Hodzic: vice ordförande @ Norrby stadsdelsnämnd",
      "Klara Lövgren: justerare @ Norrby stadsdelsnämnd",
      "Klara Lövgren: ordförande @ Norrby stadsdelsnämnd",
      "Signe Dahl: tjänstgörande ersättare @ Norrby stadsdelsnämnd",
      "Ulf Rask: ledamot @ Norrby stadsdelsnämnd",
    ]);
  });

  it("is no meeting where the items name no chair by the seat", () => {
    expect(meetingLabels(graphOf(text.replace("Ordförande Klara Lövgren (M) och vice", "Vice")))).toEqual([]);
  });
});
