import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";
import { personRoles } from "../../../../test/helpers/roles";

describe("a sharing page titled by a run of names with their party letters in lower case", () => {
  const text = (items: string[]) =>
    [
      "Eva Lindqvist (m) Per Ekholm (s) Ola Bergdahl (c) Kim Ahlberg (fp)",
      "",
      "Storlek: px",
      "Starta visningen från sidan:",
      "",
      'Download "Eva Lindqvist (m) Per Ekholm (s) Ola Bergdahl (c) Kim Ahlberg (fp)"',
      "",
      "Transkript",
      "",
      "1 Sammanträdesdatum 1(9) Plats och tid Gröna salen, kl Paragrafer Beslutande Tor Ahlgren (m), ordförande Ersättare Siv Holmén (kd) Eva Lindqvist (m) Per Ekholm (s) Ola Bergdahl (c) Kim Ahlberg (fp) Övriga deltagare Utses att justera Justeringens plats och tid Underskrifter Sekreterare Ordförande Justerande Lisa Rahm, kanslichef Siv Holmén Gröna salen, Lisa Rahm Tor Ahlgren Siv Holmén Nämnd/Styrelse ANSLAG/BEVIS Protokollet är justerat.",
      ...items,
    ].join("\n");
  it("is no title: the meeting is the body its case numbers are kept under", () => {
    const items = [
      "",
      "2 2(9) 20 KS 2009/0005 Budget för året Beslut Budgeten godkänns.",
      "",
      "3 3(9) 21 KS 2009/0012 Val av ombud Beslutet fattades enhälligt.",
    ];
    expect(meetingLabels(graphOf(text(items)))).toEqual(["Kommunstyrelsen (Gröna salen)"]);
  });
  it("is no title: with no body named, a sitting where it met", () => {
    const items = ["", "2 2(9) 20 Budget för året Beslut Budgeten godkänns."];
    expect(meetingLabels(graphOf(text(items)))).toEqual(["Sammanträde (Gröna salen)"]);
  });
});

describe("minutes whose organ cell is empty and whose items are numbered under a body's short form", () => {
  const text = (labels: string[]) =>
    [
      "PROTOKOLL 2012-05-08 1(14) Plats och tid Lindsalen, Åbyhuset, kl 14:00-16:00 Beslutande Ledamöter Hedda Ruuth (M), ordförande Arvid Lönnqvist (M) Tova Brink (S) Ersättare Sten Hallin (C) Övriga deltagare Mona Ekdahl, kommunsekreterare Utses att justera Tova Brink (S) Justeringens plats och tid Kansliet, 2012-05-10 Paragrafer 45-47 Underskrifter Sekreterare Mona Ekdahl Ordförande Hedda Ruuth (M) Justerande Tova Brink (S) Organ 2012-05-08 ANSLAG/BEVIS Protokollet är justerat.",
      `PROTOKOLL 2012-05-08 2 Innehållsförteckning ${labels.map((l, n) => `${l} ${45 + n} Ärende nummer ${n + 1}...${n + 3}`).join(" ")}`,
    ].join("\n");
  it("are that body's, its officers' roles held in it", () => {
    const g = graphOf(text(["Ks", "Ks", "Ks"]));
    expect(meetingLabels(g)).toEqual(["2012-05-08 Kommunstyrelsen"]);
    expect(personRoles(g)).toEqual(expect.arrayContaining(["Mona Ekdahl: sekreterare @ Kommunstyrelsen", "Tova Brink: justerare @ Kommunstyrelsen"]));
  });
  it("name no body where the items name two", () => {
    expect(meetingLabels(graphOf(text(["Ks", "Kf", "Ks"])))).toEqual(["2012-05-08 PROTOKOLL 2012-05-08"]);
  });
});
