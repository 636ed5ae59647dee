import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { buildTimeIndex } from "../state/dates";
import { fixtureEvidence, TWO_TEAMS_DOCUMENTS, twoTeamsGraph } from "./two-teams.fixture";
import { worksWithReplay } from "./works-with-replay";
import { createYearSlider, moveSliderTo, presentYears, sliderRange, stepSlider } from "./year-slider";

const graph = twoTeamsGraph();
const short = (edge: string) => edge.replace(/works_with:person:|person:/g, "");

describe("presentYears", () => {
  it("takes meetings, documents and the start of roles, not their open ends", () => {
    expect(presentYears(buildTimeIndex(graph, TWO_TEAMS_DOCUMENTS))).toEqual([2016, 2018, 2019]);
  });
});

describe("year slider", () => {
  const years = [2016, 2018, 2019];
  const cases: [string, () => ReturnType<typeof createYearSlider>, number, { from?: number; to?: number }][] = [
    ["opens at the last year, showing everything up to it", () => createYearSlider(years), 2019, { to: 2019 }],
    ["goes to the nearest present year", () => createYearSlider(years, { year: 2017.6 }), 2018, { to: 2018 }],
    ["takes the earlier year on a tie", () => moveSliderTo(createYearSlider(years), 2017), 2016, { to: 2016 }],
    ["steps back over years without data", () => stepSlider(createYearSlider(years), -1), 2018, { to: 2018 }],
    ["stops at the first year", () => stepSlider(createYearSlider(years), -5), 2016, { to: 2016 }],
    ["shows one year alone", () => createYearSlider(years, { year: 2018, mode: "in" }), 2018, { from: 2018, to: 2018 }],
  ];
  it.each(cases)("%s", (_name, make, year, range) => {
    const slider = make();
    expect(slider.years[slider.index]).toBe(year);
    expect(sliderRange(slider)).toEqual(range);
  });

  it("refuses an empty timeline", () => {
    expect(() => createYearSlider([])).toThrow(expect.objectContaining({ code: "BAD_OPTION" }));
  });
});

describe("worksWithReplay", () => {
  it("replays the first team, then the board, then the second team", () => {
    const replay = worksWithReplay(worksWithProjection(graph), { documents: TWO_TEAMS_DOCUMENTS });
    expect(replay.frames.map((frame) => [frame.year, frame.added.map(short).sort(), frame.upTo.length, frame.people.length])).toEqual([
      [2016, ["anna-berg--bo-ek", "anna-berg--cecilia-dahl", "bo-ek--cecilia-dahl"], 3, 3],
      [2018, ["cecilia-dahl--david-falk"], 4, 4],
      [2019, ["david-falk--eva-gran", "david-falk--fredrik-holm", "eva-gran--fredrik-holm"], 7, 6],
    ]);
    expect(replay.frames[1].active.map(short)).toEqual(["cecilia-dahl--david-falk"]);
    expect(replay.undated).toEqual([]);
  });

  it("dates a tie by the later of its two sides, and reads dates from document nodes", () => {
    const later = twoTeamsGraph();
    later.addEdgeWithKey("late-seat", "person:fredrik-holm", "organisation:sjostadsforbundet", {
      kind: "holds_role",
      roleCategory: "politician",
      evidence: [fixtureEvidence("sjostaden-2019", "Fredrik Holm (M)")],
    });
    const replay = worksWithReplay(worksWithProjection(later), { knowledgeGraph: later });
    expect(replay.tieYears.get("works_with:person:cecilia-dahl--person:fredrik-holm")).toEqual([2019]);
    expect(replay.tieYears.get("works_with:person:cecilia-dahl--person:david-falk")).toEqual([2018]);
  });

  it("lists ties without dated documents as undated", () => {
    const replay = worksWithReplay(worksWithProjection(graph));
    expect(replay.frames).toEqual([]);
    expect(replay.undated).toHaveLength(7);
  });
});
