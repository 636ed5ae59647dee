/**
 * Download file
 * =============
 *
 * Saves text or a blob as a file through a temporary object URL and a link with `download`: the one way the analysis
 * widgets (CSV, SVG, PNG) hand files to the reader. Browser only.
 */

/** Starts the download of `content` as `fileName`; text is given the `type` (default UTF-8 plain text). */
export function downloadFile(content: Blob | string, fileName: string, type = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser reads the URL after this task; revoking at once would cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
