// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { YearRange } from "../types";
import { mountTimeline } from "./mount-timeline";

describe("mountTimeline", () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  const mount = (year?: number) => {
    const ranges: YearRange[] = [];
    const container = document.body.appendChild(document.createElement("div"));
    const view = mountTimeline(container, { years: [2016, 2018, 2019], year, interval: 100, onChange: (range) => ranges.push(range) });
    const input = container.querySelector<HTMLInputElement>("input[type=range]")!;
    return { view, container, input, ranges };
  };

  it("moves by the slider and reports the year range, as up to or in the year", () => {
    const { container, input, ranges } = mount();
    expect(container.querySelector("output")?.textContent).toBe("2019");
    input.value = "1";
    input.dispatchEvent(new Event("input"));
    expect(input.getAttribute("aria-valuetext")).toBe("2018");
    const mode = container.querySelector("select")!;
    mode.value = "in";
    mode.dispatchEvent(new Event("change"));
    expect(ranges).toEqual([{ to: 2018 }, { from: 2018, to: 2018 }]);
  });

  it("plays from the first year to the last and stops", () => {
    vi.useFakeTimers();
    const { view, container, ranges } = mount();
    container.querySelector<HTMLButtonElement>(".sv-button")!.click();
    expect(container.querySelector(".sv-button")?.getAttribute("aria-pressed")).toBe("true");
    vi.advanceTimersByTime(1000);
    expect(ranges.map((range) => range.to)).toEqual([2016, 2018, 2019]);
    expect(container.querySelector(".sv-button")?.textContent).toBe("Play");
    expect(view.getSlider().index).toBe(2);
  });

  it("keeps the nearest year when the years change, and leaves on destroy", () => {
    const { view, container } = mount(2018);
    view.update([2010, 2017, 2024]);
    expect(container.querySelector("output")?.textContent).toBe("2017");
    view.destroy();
    expect(container.children).toHaveLength(0);
  });
});
