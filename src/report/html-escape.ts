/**
 * Text from inputs (unit names, file names, quotes) goes into the HTML report as text only: the five
 * HTML-special characters become entities (safe in element content and in quoted attributes), and
 * control and bidi-override characters are shown as `\x1b`, never acted on.
 */
import { escapeControl } from './escape.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return escapeControl(value).replace(/[&<>"']/g, (ch) => ENTITY[ch]!);
}

/** `escapeHtml` over a template's interpolations: html`<td>${name}</td>`; `raw()` passes markup through. */
export function html(strings: TemplateStringsArray, ...values: (string | number | Raw | null | undefined)[]): Raw {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += v instanceof Raw ? v.value : v === null || v === undefined ? '' : escapeHtml(String(v));
    out += strings[i + 1]!;
  });
  return new Raw(out);
}

/** Markup already escaped (built by `html` or by our own SVG code). */
export class Raw {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export const raw = (value: string): Raw => new Raw(value);
export const join = (parts: readonly Raw[], sep = '\n'): Raw => new Raw(parts.map((p) => p.value).join(sep));
