/**
 * Status colours of the HTML report (badges, chart lines). Every status also has a text label
 * (words.ts), always printed beside the colour, so a black-and-white print still says it. Dark inks
 * on pale fills keep a 4.5:1 contrast (WCAG AA) for the label text. One line per status.
 */
import type { Status } from '../core/types.js';

export const STATUS_COLOUR: Record<Status, { ink: string; fill: string }> = {
  met: { ink: '#116329', fill: '#dafbe1' },
  missed: { ink: '#a40e26', fill: '#ffebe9' },
  'on-track': { ink: '#0550ae', fill: '#ddf4ff' },
  'off-track': { ink: '#953800', fill: '#fff1e5' },
  incomplete: { ink: '#7d4e00', fill: '#fff8c5' },
  'no-data': { ink: '#57606a', fill: '#eaeef2' },
  invalid: { ink: '#6639ba', fill: '#fbefff' },
};

/** A status as a CSS class name (`st-off-track`). */
export const statusClass = (s: Status): string => `st-${s}`;
