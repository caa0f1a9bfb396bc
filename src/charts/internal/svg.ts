/**
 * String building for SVG and HTML: escaping, coordinates with fixed decimals, attribute lists. Every
 * piece of text that reaches the output goes through {@link escapeXml}; every number through {@link coord}
 * or the value formatter, so the output is the same on every platform.
 */

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, newline and carriage return, lone
 * surrogates, U+FFFE and U+FFFF). They are replaced by U+FFFD so that any label still gives a well-formed
 * document.
 */
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for XML/HTML element content and double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Whether a string has anything to escape or replace (the common case has not). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: as INVALID_XML
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A coordinate or length with at most 2 decimals, no trailing zeros, never `-0`. */
export function coord(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return '0';
  return String(rounded);
}

/** An attribute list from name/value pairs; `undefined`/`null`/`false` values are left out. */
export function attrs(list: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(list)) {
    if (value === undefined || value === null || value === false) continue;
    const text = value === true ? name : typeof value === 'number' ? coord(value) : escapeXml(value);
    out += ` ${name}="${text}"`;
  }
  return out;
}

/** An element with attributes and optional (already escaped) content. */
export function el(
  name: string,
  attributes: Record<string, string | number | boolean | null | undefined>,
  content?: string,
): string {
  const open = `<${name}${attrs(attributes)}`;
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** A `<title>` child: the tooltip and accessible name of its parent. */
export function titleEl(text: string, id?: string): string {
  return el('title', id === undefined ? {} : { id }, escapeXml(text));
}
