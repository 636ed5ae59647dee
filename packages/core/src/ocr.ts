/**
 * OCR (Node)
 * ==========
 *
 * Scanned pages read by Tesseract with its Swedish data, both from the system (Debian: `tesseract-ocr`,
 * `tesseract-ocr-swe`), the page rendered by poppler's `pdftoppm` (`poppler-utils`). The PDF goes to `pdftoppm` on
 * its standard input and the page image to `tesseract` through a pipe: no temporary files.
 */
import { spawn, spawnSync } from "node:child_process";
import type { OcrPage } from "./read/pdf";

export interface TesseractOptions {
  /** Tesseract's language codes, `+`-joined. Default `swe+eng` (the languages installed among them). */
  languages?: string;
  /** Resolution the page is rendered at. Default 300 dpi. */
  dpi?: number;
}

/** Why OCR is not available here, or undefined when it is. */
export function ocrUnavailable(): string | undefined {
  const missing = ["tesseract", "pdftoppm"].filter((tool) => spawnSync(tool, ["-v"], { stdio: "ignore" }).error);
  return missing.length ? `${missing.join(" and ")} not found (Debian: apt-get install tesseract-ocr tesseract-ocr-swe poppler-utils)` : undefined;
}

/** The installed Tesseract languages. */
function installedLanguages(): Set<string> {
  const out = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
  return new Set(
    `${out.stdout ?? ""}\n${out.stderr ?? ""}`
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => /^[a-z_]+$/.test(l)),
  );
}

/**
 * An OCR for `loadDocument`'s `ocr` option, or undefined (with the reason from `ocrUnavailable`) when Tesseract or
 * pdftoppm is missing.
 */
export function tesseractOcr(options: TesseractOptions = {}): OcrPage | undefined {
  if (ocrUnavailable()) return undefined;
  const installed = installedLanguages();
  const wanted = (options.languages ?? "swe+eng").split("+").filter((l) => installed.has(l));
  const languages = wanted.length ? wanted.join("+") : "eng";
  const dpi = String(options.dpi ?? 300);
  return (pdf, pageNumber) =>
    new Promise((resolve) => {
      const page = String(pageNumber);
      const render = spawn("pdftoppm", ["-f", page, "-l", page, "-r", dpi, "-gray", "-singlefile", "-"], { stdio: ["pipe", "pipe", "ignore"] });
      // One OpenMP thread: pages are read one at a time beside the build's workers, and Tesseract's threads fighting
      // over a small machine made a page four times slower.
      const env = { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? "1" };
      const read = spawn("tesseract", ["-", "-", "-l", languages, "--psm", "4"], { stdio: ["pipe", "pipe", "ignore"], env });
      const chunks: Buffer[] = [];
      let failed = false;
      const fail = () => {
        failed = true;
        render.kill();
        read.kill();
        resolve(undefined);
      };
      render.on("error", fail);
      read.on("error", fail);
      render.stdin.on("error", () => undefined);
      read.stdin.on("error", () => undefined);
      render.stdout.pipe(read.stdin);
      read.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
      read.on("close", (code) => {
        if (!failed) resolve(code === 0 ? Buffer.concat(chunks).toString("utf8") : undefined);
      });
      render.stdin.end(pdf);
    });
}
