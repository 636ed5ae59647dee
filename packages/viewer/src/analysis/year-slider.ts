/**
 * Year slider
 * ===========
 *
 * The timeline's model: the years the graph has dates in (meetings, documents, the documents behind each fact, the
 * start and end of roles — core's dating, through `buildTimeIndex`), a position among them, and whether the map shows
 * everything up to that year or that year alone. Years without any dated item are skipped, so each step of the slider
 * or of a replay changes something. Immutable: each move returns a new slider.
 */
import { SamverkanError } from "@samverkan/core";
import type { TimeIndex } from "../state/dates";
import type { YearRange } from "../types";

/** Show everything dated up to the year, or only what is dated in it. */
export type SliderMode = "up-to" | "in";

/** A position on the timeline. */
export interface YearSlider {
  /** Years with dated items, ascending. */
  years: readonly number[];
  /** Index of the current year in `years`. */
  index: number;
  mode: SliderMode;
}

/** Every year some node or edge is dated in (open ends of roles left out), ascending. */
export function presentYears(time: TimeIndex): number[] {
  const years = new Set<number>();
  for (const spans of [time.nodes, time.edges]) {
    for (const span of spans.values()) {
      if (Number.isFinite(span.from)) years.add(span.from);
      if (Number.isFinite(span.to)) years.add(span.to);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * A slider over `years`, at `year` (the nearest present year; the last when omitted).
 * @throws SamverkanError `BAD_OPTION` when there are no years.
 */
export function createYearSlider(years: readonly number[], options: { year?: number; mode?: SliderMode } = {}): YearSlider {
  if (years.length === 0) throw new SamverkanError("BAD_OPTION", "samverkan/viewer.createYearSlider: the graph has no dated items, so no timeline");
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const slider = { years: sorted, index: sorted.length - 1, mode: options.mode ?? "up-to" };
  return options.year === undefined ? slider : moveSliderTo(slider, options.year);
}

/** The slider at the present year nearest `year` (the earlier one on a tie). */
export function moveSliderTo(slider: YearSlider, year: number): YearSlider {
  let best = 0;
  slider.years.forEach((candidate, i) => {
    if (Math.abs(candidate - year) < Math.abs(slider.years[best] - year)) best = i;
  });
  return { ...slider, index: best };
}

/** The slider `delta` present years on (negative: back), stopping at either end. */
export function stepSlider(slider: YearSlider, delta: number): YearSlider {
  return { ...slider, index: Math.max(0, Math.min(slider.years.length - 1, slider.index + delta)) };
}

/** The year range the map filters by (`setFilters({ years })`): up to the year, or the year alone. */
export function sliderRange(slider: YearSlider): YearRange {
  const year = slider.years[slider.index];
  return slider.mode === "up-to" ? { to: year } : { from: year, to: year };
}
