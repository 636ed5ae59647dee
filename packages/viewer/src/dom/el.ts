/**
 * Element helper
 * ==============
 *
 * The one way the viewer builds DOM. Text goes in through `textContent` only, and attributes that could run code or
 * load a URL (`on*`, `href`, `src`, `style`…) are refused, so document text can never become markup.
 */

/** Properties of an element built by `el`. */
export interface ElementProps {
  className?: string;
  /** Set as `textContent`: always text, never HTML. */
  text?: string;
  /** Plain attributes (ARIA, `type`, `id`, …). */
  attrs?: Record<string, string | number | boolean | undefined>;
}

const UNSAFE_ATTRIBUTE = /^(on|href$|src$|srcdoc$|style$|action$|formaction$|xlink:href$)/i;

/** Creates an element with text and attributes, appending the given children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: ReadonlyArray<Node | null | undefined | false> = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`samverkan/viewer: refusing to set attribute ${name} through el()`);
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * A link to a document, only for `http:`/`https:` URLs (checked again here, whatever the caller did); anything
 * else becomes plain text.
 */
export function externalLink(url: string | undefined, text: string): HTMLElement {
  let href: string | undefined;
  try {
    const parsed = url ? new URL(url) : undefined;
    if (parsed && (parsed.protocol === "http:" || parsed.protocol === "https:")) href = parsed.href;
  } catch {
    href = undefined;
  }
  if (!href) return el("span", { text });
  const link = el("a", { text, attrs: { rel: "noopener noreferrer nofollow", target: "_blank" } });
  link.href = href;
  return link;
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}
