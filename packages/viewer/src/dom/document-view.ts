/**
 * Document view
 * =============
 *
 * A quote in its passage: the side panel shows the document's title, date and page, and the text around the quote
 * with the quote marked, so a reader checks a fact against its source without leaving the map. The text is read on
 * demand (the site fetches one small file per document); everything is set as text.
 */
import type { DocumentRecord } from "@samverkan/core";
import type { EvidenceView } from "../state/describe-entity";
import { clear, el, externalLink } from "./el";

/** Characters of context shown on each side of the quote before "Show the whole text". */
const CONTEXT = 700;

/** Page (1-based) of an offset in a paged document, from the offsets where pages start. */
export function pageAt(pages: readonly number[] | undefined, offset: number): number | undefined {
  if (!pages || pages.length === 0) return undefined;
  let page = 1;
  for (let i = 0; i < pages.length; i++) if (pages[i]! <= offset) page = i + 1;
  return page;
}

/**
 * Replaces the panel's contents with the document view of `evidence`; `back` restores the panel.
 * @param read - Resolves to the document's text, or null when it is not available.
 */
export function openDocumentView(
  panel: HTMLElement,
  evidence: EvidenceView,
  doc: DocumentRecord | undefined,
  read: () => Promise<string | null>,
  back: () => void,
): void {
  clear(panel);
  const backButton = el("button", { className: "sv-button", text: "← Back", attrs: { type: "button" } });
  backButton.addEventListener("click", back);
  const title = doc?.title ?? doc?.source ?? evidence.doc;
  const page = evidence.page ?? pageAt(doc?.pages, evidence.start);
  const meta = [doc?.date, page ? `page ${page}` : undefined, evidence.ocr ? "read by OCR" : undefined, `characters ${evidence.start}–${evidence.end}`]
    .filter(Boolean)
    .join(" · ");
  const body = el("div", { className: "sv-doc-text", attrs: { "aria-busy": "true" } }, [el("p", { className: "sv-note", text: "Reading the document…" })]);
  const heading = el("h2", { text: title, attrs: { tabindex: -1, "data-doc": evidence.doc } });
  panel.append(
    el("div", { className: "sv-panel-actions" }, [backButton]),
    el("div", { className: "sv-panel-head" }, [heading, el("p", { className: "sv-kind", text: meta })]),
    el("p", {}, [externalLink(doc?.url, doc?.url ? "Original document" : (doc?.source ?? evidence.doc))]),
    body,
  );
  panel.hidden = false;
  heading.focus({ preventScroll: true });
  read().then(
    (text) => {
      body.removeAttribute("aria-busy");
      if (text === null || text.slice(evidence.start, evidence.end) !== evidence.quote) {
        // Without the text (or with another version of it) the quote itself is all there is to show.
        body.replaceChildren(
          el("p", {
            className: "sv-note",
            text: text === null ? "The document's text is not available here." : "The document's text has changed since the graph was built.",
          }),
          el("blockquote", { className: "sv-quote" }, [el("mark", { text: evidence.quote })]),
        );
        return;
      }
      const passage = (from: number, to: number) => {
        const paragraph = el("p", { className: "sv-passage" }, [
          document.createTextNode(`${from > 0 ? "…" : ""}${text.slice(from, evidence.start)}`),
          el("mark", { text: evidence.quote }),
          document.createTextNode(`${text.slice(evidence.end, to)}${to < text.length ? "…" : ""}`),
        ]);
        return paragraph;
      };
      const from = Math.max(0, evidence.start - CONTEXT);
      const to = Math.min(text.length, evidence.end + CONTEXT);
      const children: Node[] = [passage(from, to)];
      if (from > 0 || to < text.length) {
        const whole = el("button", {
          className: "sv-button",
          text: `Show the whole text (${text.length.toLocaleString("en")} characters)`,
          attrs: { type: "button" },
        });
        whole.addEventListener("click", () => {
          body.replaceChildren(passage(0, text.length));
          body.querySelector("mark")?.scrollIntoView({ block: "center" });
        });
        children.push(whole);
      }
      body.replaceChildren(...children);
      body.querySelector("mark")?.scrollIntoView({ block: "nearest" });
    },
    (error: unknown) => {
      body.removeAttribute("aria-busy");
      body.replaceChildren(el("p", { className: "sv-note", text: `The document could not be read: ${(error as Error).message}` }));
    },
  );
}
