/**
 * SVG to PNG
 * ==========
 *
 * A high-resolution PNG of an SVG document: the browser draws the SVG onto a canvas `scale` times its size, so the
 * picture is the SVG export (legend included) at print resolution instead of a copy of the screen's pixels. Sigma's
 * `@sigma/export-image` redraws the WebGL layers at any size too, but draws no legend. Browser only.
 */

/** Options of `svgToPng`. */
export interface PngOptions {
  /** Pixels per SVG pixel (default 3). Lowered when the canvas would pass `maxSide`. */
  scale?: number;
  /** Longest canvas side browsers reliably draw (default 16,384). */
  maxSide?: number;
}

/** The SVG's `width` and `height` attributes, in pixels. */
function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const read = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(open)?.[1] ?? NaN);
  const width = read("width");
  const height = read("height");
  if (!(width > 0 && height > 0)) throw new Error("samverkan/viewer.svgToPng: the SVG has no width and height in pixels");
  return { width, height };
}

/** Renders an SVG document (text) as a PNG blob. */
export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const scale = Math.min(options.scale ?? 3, (options.maxSide ?? 16_384) / Math.max(width, height));
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("samverkan/viewer.svgToPng: the browser could not read the SVG"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("samverkan/viewer.svgToPng: no 2D canvas context");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("samverkan/viewer.svgToPng: the browser produced no image"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
