/**
 * Mount timeline
 * ==============
 *
 * A slider over the years the graph has dates in, a choice between "up to the year" and "in the year", and a play
 * button that steps through the years (the replay of who worked with whom, when the map shows the works-with view).
 * It reports each position as the year range to filter by; the map does the filtering.
 */
import type { YearRange } from "../types";
import { el } from "../dom/el";
import { createYearSlider, sliderRange, stepSlider } from "./year-slider";
import type { SliderMode, YearSlider } from "./year-slider";

/** Options of `mountTimeline`. */
export interface TimelineOptions {
  /** Years with dated items (`presentYears`); at least one. */
  years: readonly number[];
  /** Year to start at (default the last). */
  year?: number;
  /** Default `up-to`. */
  mode?: SliderMode;
  /** Milliseconds per year while playing (default 1,200). */
  interval?: number;
  /** Called with the new position and the year range it stands for, after every move. */
  onChange: (range: YearRange, slider: YearSlider) => void;
}

/** A mounted timeline. */
export interface TimelineView {
  /** The current position. */
  getSlider(): YearSlider;
  /** Replaces the years (e.g. another graph), keeping the nearest year. */
  update(years: readonly number[]): void;
  /** Steps through the years from the current one (from the first when at the end). */
  play(): void;
  stop(): void;
  destroy(): void;
}

/**
 * Mounts a timeline into `container`.
 * @throws SamverkanError `BAD_OPTION` when there are no years.
 */
export function mountTimeline(container: HTMLElement, options: TimelineOptions): TimelineView {
  let slider = createYearSlider(options.years, { year: options.year, mode: options.mode });
  let timer: ReturnType<typeof setInterval> | undefined;
  const range = el("input", { attrs: { type: "range", min: 0, step: 1, "aria-label": "Year" } });
  const output = el("output", { attrs: { "aria-live": "polite" } });
  const mode = el("select", { attrs: { "aria-label": "Show" } }, [
    el("option", { text: "up to the year", attrs: { value: "up-to" } }),
    el("option", { text: "in the year only", attrs: { value: "in" } }),
  ]);
  const playButton = el("button", { className: "sv-button", text: "Play", attrs: { type: "button", "aria-pressed": "false" } });
  const root = el("section", { className: "sv-analysis sv-timeline sv-analysis-row", attrs: { "aria-label": "Timeline" } }, [
    range,
    output,
    el("label", {}, [document.createTextNode("Show"), mode]),
    playButton,
  ]);

  const show = () => {
    const year = slider.years[slider.index];
    range.max = String(slider.years.length - 1);
    range.value = String(slider.index);
    range.setAttribute("aria-valuetext", String(year));
    output.textContent = String(year);
    mode.value = slider.mode;
  };
  const move = (next: YearSlider) => {
    slider = next;
    show();
    options.onChange(sliderRange(slider), slider);
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    playButton.textContent = "Play";
    playButton.setAttribute("aria-pressed", "false");
  };
  const play = () => {
    stop();
    if (slider.index === slider.years.length - 1) move({ ...slider, index: 0 });
    playButton.textContent = "Pause";
    playButton.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      move(stepSlider(slider, 1));
      if (slider.index === slider.years.length - 1) stop();
    }, options.interval ?? 1200);
  };

  range.addEventListener("input", () => move({ ...slider, index: Number(range.value) }));
  mode.addEventListener("change", () => move({ ...slider, mode: mode.value === "in" ? "in" : "up-to" }));
  playButton.addEventListener("click", () => (timer === undefined ? play() : stop()));
  show();
  container.append(root);
  return {
    getSlider: () => slider,
    update(years) {
      const year = slider.years[slider.index];
      slider = createYearSlider(years, { year, mode: slider.mode });
      show();
    },
    play,
    stop,
    destroy() {
      stop();
      root.remove();
    },
  };
}
