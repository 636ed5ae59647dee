/**
 * Export PNG
 * ==========
 *
 * Flattens sigma's canvas layers into one PNG. Sigma's WebGL layers do not keep their drawing buffer, so the copy
 * happens right after a synchronous refresh, in the same task, before the browser clears them.
 */

/** The parts of a sigma instance the export reads. */
export interface CanvasSource {
  refresh(): unknown;
  getDimensions(): { width: number; height: number };
  getCanvases(): Record<string, HTMLCanvasElement>;
}

/** The current view of a sigma instance as a PNG blob, on a white background. */
export function exportPng(renderer: CanvasSource): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const layers = Object.values(renderer.getCanvases());
  const ratio = layers[0] ? layers[0].width / Math.max(1, width) : 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("samverkan/viewer.exportPng: no 2D canvas context"));
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of layers) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("samverkan/viewer.exportPng: the browser produced no image"))), "image/png"),
  );
}
