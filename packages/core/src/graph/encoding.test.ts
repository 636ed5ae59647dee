import { describe, expect, it } from "vitest";
import { NODE_COLORS } from "./encoding";

/** sRGB channel (0–255) to linear light. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
}

/** WCAG relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIELAB (D65) of an sRGB colour. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe("node colours", () => {
  it.each(Object.entries(NODE_COLORS))("%s (%s) has 3:1 contrast on white", (_kind, color) => {
    expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(3);
  });

  it("keeps every two kinds apart (CIE76 ΔE ≥ 25)", () => {
    const kinds = Object.entries(NODE_COLORS);
    const close: string[] = [];
    for (let i = 0; i < kinds.length; i++)
      for (let j = i + 1; j < kinds.length; j++) {
        const [a, b] = [lab(kinds[i]![1]), lab(kinds[j]![1])];
        const distance = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        if (distance < 25) close.push(`${kinds[i]![0]}–${kinds[j]![0]} ${distance.toFixed(1)}`);
      }
    expect(close).toEqual([]);
  });
});
