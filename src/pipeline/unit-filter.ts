/**
 * `--unit` as an officer types it: "Duy Xuyên", "duy xuyen" or "UBND huyện Duy Xuyên" all name
 * "UBND huyện Duy Xuyên" (folded text, a part of the name is enough). A name that matches no unit of
 * the inputs is an error that lists the closest names, never an empty report with exit 0.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { foldText } from '../ingest/text.js';
import { closest } from './suggest.js';

export interface UnitMatch {
  /** The value to filter on: the unit's own name when one unit matches, else the query (a folded part). */
  filter: string;
  units: string[];
}

export function matchUnits(query: string, names: Iterable<string>): UnitMatch {
  const all = [...new Set(names)].sort();
  const q = foldText(query);
  const exact = all.filter((n) => foldText(n) === q);
  if (exact.length > 0) return { filter: exact[0]!, units: exact };
  const units = all.filter((n) => foldText(n).includes(q));
  if (units.length === 1) return { filter: units[0]!, units };
  if (units.length > 1) return { filter: query, units };
  const near = closest(query, all, 5, Math.max(3, Math.ceil(q.length / 2)));
  throw new ParcheckError('USAGE', text(`Không có đơn vị nào khớp "${query}" trong các tệp đầu vào`, `No unit of the inputs matches "${query}"`), {
    location: { path: '--unit' },
    found: query,
    expected:
      near.length > 0
        ? text(`một trong các tên gần nhất: ${near.join('; ')}`, `one of the closest names: ${near.join('; ')}`)
        : text(`một phần tên đơn vị (có ${all.length} đơn vị)`, `part of a unit's name (${all.length} units)`),
    hint: text(
      'Chạy parcheck inspect TỆP để xem tên các đơn vị; có thể gõ một phần tên, không cần dấu.',
      'Run parcheck inspect FILE to see the units’ names; part of a name is enough, diacritics optional.',
    ),
  });
}
