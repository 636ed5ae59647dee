/**
 * Palettes
 * ========
 *
 * Colours for nodes coloured by a metric or an attribute. Every colour reaches 3:1 contrast on white, as WCAG asks of
 * graphics and as the kind colours of `@samverkan/core` do. Categories start from the Okabe–Ito hues (readable with
 * the common colour-vision deficiencies); numbers use the dark half of viridis, light (low) to dark (high), in
 * classes rather than a continuous ramp so the legend can name the range of each colour.
 */

/** Colours of categories (communities, parties, types), most frequent first. */
export const CATEGORY_COLORS: readonly string[] = [
  "#0072b2",
  "#d55e00",
  "#007a5a",
  "#b3478f",
  "#8a6a00",
  "#6a3d9a",
  "#c0392b",
  "#1f7a8c",
  "#5e7a00",
  "#7a5c3e",
];

/** Colours of numeric classes, lowest first (viridis from 0.5 down to 0). */
export const SEQUENTIAL_COLORS: readonly string[] = ["#21918c", "#2c728e", "#3b528b", "#472d7b", "#440154"];

/** Colour of the categories past the palette's end and of nodes without a value. */
export const OTHER_COLOR = "#8a8a8a";
