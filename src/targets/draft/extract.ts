/**
 * A plan's text → drafted targets and the numbers left out. Pure: text and lexicon in, data out.
 * Every drafted target carries the clause it was read from, verbatim, and why each of its fields is what
 * it is, so an officer can accept or correct it in minutes (`targets review`).
 */
import { foldText } from '../../ingest/text.js';
import { figurelessChange, readFigures, yearlyStep, type Figure } from './figures.js';
import { chooseIndicator, rankIndicatorsNamed, type IndicatorWords } from './indicator-words.js';
import { levelsNamed, type DraftLevel } from './levels.js';
import { maskClause, yearsIn } from './mask.js';
import { cleanLine, planClauses, planLines, sectionOf, type Clause } from './segment.js';
import { readHeader, type PlanHeader } from './header.js';

export interface DraftTarget {
  indicator: string | null;
  comparator: '>=' | '>' | '<=' | '<' | 'between' | 'rank_within' | 'reduction_vs' | 'growth_vs';
  value?: number | [number, number];
  by_level?: Partial<Record<DraftLevel, number>>;
  schedule?: { start_year: number; start: number | Partial<Record<DraftLevel, number>>; step_per_year: number; cap?: number; until: number } | { years: Record<string, number> };
  unit: 'percent' | 'rank' | 'count' | 'days' | 'percent_change';
  deadline?: number | string;
  level: 'all' | DraftLevel;
  baseline?: { year: number; through?: number };
  strict?: boolean;
  section: string;
  quote: string;
  line: number;
  confidence: number;
  reason: string;
  note?: string;
}

export interface NotDrafted {
  line: number;
  quote: string;
  reason: string;
}

export interface DraftResult {
  header: PlanHeader;
  targets: DraftTarget[];
  notDrafted: NotDrafted[];
}

const TARGET_SECTION = /muc tieu|chi tieu|den nam \d{4}/;
const PAST = /\b(?:da dat|(?<!so voi )ket qua nam \d{4}|nam truoc|cung ky|da hoan thanh)\b/;
const YEARLY = /\b(?:hang nam|moi nam)\b/;
const PLAN_PART = /muc tieu|chi tieu|den nam \d{4}|nhiem vu|giai phap|to chuc thuc hien|kinh phi/;

export function draftFromText(text: string, lexicon: IndicatorWords[]): DraftResult {
  const lines = planLines(text);
  const header = readHeader(lines);
  const clauses = planClauses(lines);
  const targets: DraftTarget[] = [];
  const notDrafted: NotDrafted[] = [];
  // A deadline said once at the start of a line ("Đến năm 2030: …; PCI thuộc nhóm 05 …") holds for the line.
  const state: LineState = { line: 0 };
  for (const clause of clauses) {
    if (clause.line !== state.line) Object.assign(state, { line: clause.line, deadline: undefined });
    readClause(clause, header, lexicon, targets, notDrafted, state);
  }
  return { header, targets: dedupe(targets), notDrafted };
}

function headingDeadline(clause: Clause): { deadline?: number | string; from?: string } {
  for (let i = clause.headings.length - 1; i >= 0; i--) {
    const h = clause.headings[i]!;
    if (h.line >= clause.line) continue;
    const y = yearsIn(h.text);
    if (y.deadline !== undefined) return { deadline: y.deadline, from: h.text.slice(0, 50) };
  }
  return {};
}

interface LineState {
  line: number;
  deadline?: number | string;
}

function readClause(clause: Clause, header: PlanHeader, lexicon: IndicatorWords[], targets: DraftTarget[], notDrafted: NotDrafted[], state: LineState): void {
  const raw = clause.text;
  const masked = maskClause(raw);
  const f = foldText(raw);
  const step = yearlyStep(raw);
  // "tăng ít nhất 5 bậc": a change in rank places has no comparator in the format; shown, not drafted.
  masked.text = masked.text.replace(/(?:tăng|nâng|cải thiện)\s+(?:tối thiểu|ít nhất|từ)?\s*\d{1,2}\s+(?:bậc|hạng|thứ hạng)/giu, (m) => {
    notDrafted.push({ line: clause.line, quote: m, reason: 'số bậc xếp hạng / rank places: write by hand (rank_within or reduction_vs)' });
    return ' '.repeat(m.length);
  });
  let figures = readFigures(masked.text);
  for (const l of masked.left) notDrafted.push({ line: clause.line, quote: l.text, reason: l.reason });
  if (step) figures = figures.filter((g) => !/(?:mỗi năm|hằng năm|hàng năm)\s+tăng\s+\S*\s*\S*\s*$|đến khi đạt\s+(?:tỷ lệ\s+)?$/iu.test(masked.text.slice(Math.max(0, g.start - 40), g.start)));
  // "100% các sở … có tỷ lệ … đạt từ 80%": the 100% says "each unit", the 80% is the figure.
  const after = afterInRow(raw, clause.context);
  figures = figures.filter((g, i) => !(g.value === 100 && !figures[i + 1] && /^[^%]{0,40}$/u.test(masked.text.slice(g.end)) && /^[^%]{0,80}?(?<!\p{L})có tỷ lệ(?!\p{L})/iu.test(after)));
  figures = figures.filter((g, i) => !(g.value === 100 && figures[i + 1] && /^\s*%?\s*(?:các\s+)?[^%]{0,80}?(?<!\p{L})có tỷ lệ(?!\p{L})/iu.test(masked.text.slice(g.end, figures[i + 1]!.start))));
  const years = yearsIn(raw);
  if (clause.rowTitle === undefined) {
    if (years.deadline !== undefined) state.deadline = years.deadline;
    else if (state.deadline !== undefined) years.deadline = state.deadline;
  }
  const rowYears = clause.rowWhen ? yearsIn(clause.rowWhen) : {};
  const ctxYears = clause.rowTitle !== undefined ? yearsIn(clause.context) : {};
  const deadlineOf = (): { deadline?: number | string; how: string; weight: number } => {
    if (years.deadline !== undefined) return { deadline: years.deadline, how: 'the clause', weight: 0.1 };
    if (rowYears.deadline !== undefined) return { deadline: rowYears.deadline, how: `the row's '${clause.rowWhen!.trim()}'`, weight: 0.05 };
    const h = headingDeadline(clause);
    if (h.deadline !== undefined) return { deadline: h.deadline, how: `the heading '${h.from}'`, weight: 0.05 };
    return { deadline: header.planEnd, how: 'the plan period', weight: -0.1 };
  };
  const baseline = years.baseline ?? ctxYears.baseline;
  const through = years.baseline !== undefined ? years.through : ctxYears.through;
  // The nearest heading that names a part of the plan decides: targets ("Mục tiêu", "Đến năm 2025") or tasks.
  const part = [...clause.headings].reverse().find((h) => h.line < clause.line && PLAN_PART.test(foldText(h.text)));
  const inTargetSection = part !== undefined && TARGET_SECTION.test(foldText(part.text));
  const section = sectionOf(clause.headings);
  const quote = raw.trim();

  if (figures.length === 0 && step) {
    // "…; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20% …": the step of the figure just before.
    const last = [...targets].reverse().find((t) => t.line === clause.line);
    if (last) applyStep(step, [last], raw, years, header);
    return;
  }
  if (figures.length === 0 && /(?:tăng|nâng)\s+(?:vị trí|thứ hạng|thứ bậc)(?:\s+xếp hạng)?/iu.test(raw) && !PAST.test(f)) {
    // "Phấn đấu tăng vị trí xếp hạng Chỉ số PAR INDEX": any better rank than the year before the deadline.
    const d = deadlineOf();
    const named = rankIndicatorsNamed(raw, lexicon);
    const year = typeof d.deadline === 'number' ? d.deadline : Number(String(d.deadline).slice(0, 4));
    for (const n of named.length > 0 ? named : [{ id: null as string | null, phrase: '' }]) {
      targets.push({
        indicator: n.id,
        comparator: 'reduction_vs',
        value: 0,
        strict: true,
        unit: 'percent_change',
        baseline: { year: year - 1 },
        deadline: d.deadline,
        level: 'all',
        section,
        quote,
        line: clause.line,
        confidence: round(0.35 + d.weight + (n.id ? 0.1 : 0)),
        reason: `no figure: a better rank ('tăng vị trí xếp hạng') read as a rank below the year before (${year - 1})${n.id ? `; matched '${n.phrase}' → ${n.id}` : ''}; deadline from ${d.how}`,
      });
    }
    return;
  }
  if (figures.length === 0) {
    const change = figurelessChange(raw);
    if (change && !PAST.test(f)) {
      const d = deadlineOf();
      const pick = chooseIndicator(raw, lexicon, 'other');
      targets.push({
        indicator: pick.id,
        comparator: change.change === 'reduction' ? 'reduction_vs' : 'growth_vs',
        value: 0,
        strict: true,
        unit: 'percent_change',
        baseline: { year: change.baseline },
        deadline: d.deadline,
        level: levelOfText(raw, clause),
        section,
        quote,
        line: clause.line,
        confidence: round(0.4 + (pick.id ? 0.1 : 0) + d.weight),
        reason: `no figure: '${change.cue}' read as any ${change.change === 'reduction' ? 'reduction' : 'increase'} over ${change.baseline}${pick.phrase ? `; matched '${pick.phrase}' → ${pick.id ?? '?'}` : ''}; deadline from ${d.how}`,
      });
      return;
    }
    // A milestone with no figure, in the plan's targets: "Hoàn thành việc …" = done (1) by the deadline.
    if (inTargetSection && /^(?:hoan thanh)\b/.test(f) && !/\b\d/.test(masked.text)) {
      const d = deadlineOf();
      const pick = chooseIndicator(raw, lexicon, 'other');
      const lv = levelsNamed(masked.text);
      const t: DraftTarget = { indicator: null, comparator: '>=', value: 1, unit: 'count', deadline: d.deadline, level: 'all', section, quote, line: clause.line, confidence: 0, reason: '' };
      if (lv.levels.length > 0) {
        // "Hoàn thành việc sắp xếp … các đơn vị hành chính cấp huyện, xã": every unit of each level named = 100%.
        delete t.value;
        t.unit = 'percent';
        if (lv.levels.length > 1) t.by_level = Object.fromEntries(lv.levels.map((l) => [l, 100]));
        else {
          t.value = 100;
          t.level = lv.levels[0]!;
        }
      }
      t.confidence = round(0.25 + d.weight / 2);
      t.reason = `no figure: a milestone ('Hoàn thành …') in the targets section, read as ${lv.levels.length > 0 ? `100% of the units of ${lv.levels.join(', ')}` : '1 = done'}${pick.id ? `; closest words '${pick.phrase}' → ${pick.id}` : ''}; choose an indicator or drop it; deadline from ${d.how}`;
      targets.push(t);
    }
    leftover(masked.text, raw, clause.line, [], notDrafted);
    return;
  }

  if (PAST.test(f) || pastYear(raw, header)) {
    for (const g of figures) notDrafted.push({ line: clause.line, quote: span(raw, g), reason: 'kết quả đã đạt / past result' });
    return;
  }

  const d = deadlineOf();
  const yearly = YEARLY.test(f) && !step && years.deadline === undefined;
  const respectively = /tuong ung/.test(f);
  const clauseLevels = levelsNamed(masked.text);
  const drafted: DraftTarget[] = [];
  figures.forEach((g, i) => {
    const prevEnd = i > 0 ? figures[i - 1]!.end : 0;
    const nextStart = figures[i + 1]?.start ?? raw.length;
    const own = raw.slice(prevEnd, nextStart);
    const tail = raw.slice(g.start, nextStart);
    const head = raw.slice(prevEnd, g.end);
    // "cấp tỉnh đạt 100%, cấp xã đạt 90%": a level right before "đạt" names the figure that follows.
    const near = foldText(raw.slice(Math.max(prevEnd, g.start - 45), g.start));
    const leading = /(cap tinh|cap huyen|cap xa|cac so, ban, nganh|so, ban, nganh)\s*(?:dat|la|:)\s*(?:toi thieu|it nhat|tu|tren|khong duoi)?\s*$/.test(near);
    let levels = leading ? levelsNamed(near) : levelsNamed(tail);
    let levelHow = leading ? 'the level named before the figure' : 'the words after the figure';
    if (levels.levels.length === 0 && !levels.all) {
      levels = levelsNamed(head);
      levelHow = 'the words before the figure';
    }
    if (levels.levels.length === 0 && !levels.all && clause.rowTitle) {
      levels = levelsNamed(clause.rowTitle);
      levelHow = "the row's title";
    }
    if (levels.levels.length === 0 && !levels.all && clause.rowTitle === undefined && clause.sentence > 0) {
      // "Các sở, ngành … . Hằng năm, có ít nhất 01 mô hình": a sentence without a subject takes the one before.
      const before = clause.context.slice(0, Math.max(0, clause.context.indexOf(cleanLine(raw).trim())));
      const sentences = before.split(/(?<=[.!?])\s+/u).filter((x) => x.trim() !== '');
      const lastSentence = sentences[sentences.length - 1] ?? '';
      if (/^(?:hằng năm|hàng năm|mỗi năm|trong đó|đồng thời)?[,\s]*(?:có|phấn đấu|bảo đảm|đảm bảo)\s/iu.test(cleanLine(raw).trim())) {
        levels = levelsNamed(lastSentence);
        levelHow = 'the sentence before (the subject of this one)';
      }
    }
    // "giảm tối thiểu 10% số lượng … và 10% biên chế …": a bare figure joined by "và" shares the change.
    const prev = figures[i - 1];
    if (!g.change && !g.cue && prev?.change && /^[^%]{0,80}\s(?:và|,)\s*$/u.test(raw.slice(prev.end, g.start))) {
      g.change = prev.change;
      g.strict = prev.strict;
      g.cue = `${prev.cue} (shared)`;
    }
    const change = g.change && baseline !== undefined ? g.change : undefined;
    const base: Omit<DraftTarget, 'indicator' | 'comparator' | 'unit' | 'level' | 'confidence' | 'reason'> = { section, quote, line: clause.line, deadline: d.deadline };
    const reasons: string[] = [];
    let confidence = 0.6 + d.weight;
    if (g.cue) {
      reasons.push(`'${g.cue}' → ${change ? `${change} ${g.strict ? '>' : '>='}` : g.comparator}`);
      confidence += 0.1;
    }
    reasons.push(`deadline from ${d.how}`);
    if (g.change && !change) {
      reasons.push(`'${g.cue}' names no baseline year: drafted as a plain threshold`);
      confidence -= 0.2;
    }
    const unit: DraftTarget['unit'] = change ? 'percent_change' : g.kind === 'rank' ? 'rank' : g.kind === 'count' || g.kind === 'change0' ? 'count' : g.kind === 'days' ? 'days' : 'percent';
    const comparator: DraftTarget['comparator'] = change ? (change === 'reduction' ? 'reduction_vs' : 'growth_vs') : g.comparator;
    const push = (indicator: string | null, why: string, extra: number) => {
      const t: DraftTarget = { ...base, indicator, comparator, unit, level: 'all', confidence: 0, reason: '' };
      if (change) {
        t.baseline = through !== undefined ? { year: baseline!, through } : { year: baseline! };
        if (g.strict) t.strict = true;
      }
      let lv = levels;
      if (respectively && clauseLevels.levels.length === figures.length && figures.every((x) => x.kind === g.kind)) {
        if (i > 0) return;
        t.by_level = Object.fromEntries(clauseLevels.levels.map((l, k) => [l, figures[k]!.value as number]));
        lv = { levels: [], all: false };
        reasons.push(`'tương ứng': ${clauseLevels.levels.join(', ')} in order`);
      } else if (lv.levels.length > 1 && typeof g.value === 'number') {
        t.by_level = Object.fromEntries(lv.levels.map((l) => [l, g.value as number]));
        reasons.push(`levels ${lv.levels.join(', ')} from ${levelHow}`);
      } else {
        t.value = g.value;
        if (lv.levels.length === 1) {
          t.level = lv.levels[0]!;
          reasons.push(`level ${t.level} from ${levelHow}`);
        }
      }
      if (yearly && typeof g.value === 'number' && !t.by_level) {
        const years: Record<string, number> = {};
        for (let y = header.firstFullYear; y <= header.planEnd; y++) years[String(y)] = g.value;
        if (Object.keys(years).length > 1) {
          t.schedule = { years };
          delete t.value;
          delete t.deadline;
          reasons.push(`'hằng năm': every year ${header.firstFullYear}–${header.planEnd}`);
        }
      }
      t.indicator = indicator;
      t.confidence = round(confidence + extra);
      t.reason = [why, ...reasons].join('; ');
      drafted.push(t);
    };
    if (g.kind === 'rank') {
      let named = rankIndicatorsNamed(raw.slice(prevEnd, g.start), lexicon);
      if (named.length === 0) named = rankIndicatorsNamed(own, lexicon);
      if (named.length === 0) push(null, 'a rank with no index named', -0.2);
      for (const n of named) push(n.id, `matched '${n.phrase}' → ${n.id}`, 0.1);
      return;
    }
    // The words after a figure name what it counts ("10% biên chế …"); then those before; then the line.
    let pick = chooseIndicator(tail, lexicon, 'other');
    if (pick.id === null) pick = chooseIndicator(own, lexicon, 'other');
    if (pick.id === null && pick.also.length === 0) pick = chooseIndicator(raw, lexicon, 'other');
    if (pick.id === null && pick.also.length === 0) pick = chooseIndicator(clause.context, lexicon, 'other');
    if (pick.id) push(pick.id, `matched '${pick.phrase}' → ${pick.id}`, 0.1);
    else if (pick.also.length > 0) push(null, `words fit ${pick.also.join(' and ')} equally ('${pick.phrase}')`, -0.2);
    else push(null, 'no catalogue indicator matched the clause', -0.25);
  });
  if (step) applyStep(step, drafted, raw, years, header);
  targets.push(...drafted);
  leftover(masked.text, raw, clause.line, figures, notDrafted);
}

/** "Năm 2021 … 30%, 20%, 15%; giai đoạn 2022 - 2025, mỗi năm tăng tối thiểu 20% … đến khi đạt 100%". */
function applyStep(step: { step: number; cap?: number }, drafted: DraftTarget[], raw: string, years: ReturnType<typeof yearsIn>, header: PlanHeader): void {
  const first = drafted[0];
  if (!first || typeof first.deadline !== 'number' || first.schedule) return;
  const until = years.period?.[1] ?? header.planEnd;
  if (until <= first.deadline) return;
  const start = first.by_level ?? (typeof first.value === 'number' ? first.value : undefined);
  if (start === undefined) return;
  first.schedule = { start_year: first.deadline, start, step_per_year: step.step, ...(step.cap !== undefined ? { cap: step.cap } : {}), until };
  delete first.value;
  delete first.by_level;
  delete first.deadline;
  first.reason += `; 'mỗi năm tăng ${step.step}%' → +${step.step} a year until ${until}${step.cap !== undefined ? `, capped at ${step.cap}` : ''}`;
  drafted.splice(1);
  void raw;
}

/** The row text that follows a clause (a cell continued on the next line of the table). */
function afterInRow(raw: string, context: string): string {
  const norm = (x: string) => cleanLine(x).replace(/\s+/g, ' ').trim();
  const c = norm(context);
  const r = norm(raw);
  const at = c.indexOf(r);
  return at === -1 ? '' : c.slice(at + r.length, at + r.length + 120);
}

function pastYear(raw: string, header: PlanHeader): boolean {
  // "Năm 2020, tỷ lệ … đạt 78%": a year before the plan, stated without a commitment word.
  const m = /\bnăm\s+(\d{4})/iu.exec(raw);
  if (!m || !header.issued) return false;
  const y = Number(m[1]);
  if (y >= header.issued) return false;
  if (/so với|tính đến|giai đoạn|đến năm|tối thiểu|ít nhất|phấn đấu|trở lên/iu.test(raw)) return false;
  return /(?<!\p{L})(?:đạt|là)(?!\p{L})/iu.test(raw);
}

function levelOfText(raw: string, clause: Clause): 'all' | DraftLevel {
  const l = levelsNamed(raw);
  if (l.levels.length === 1) return l.levels[0]!;
  if (l.levels.length === 0 && clause.rowTitle) {
    const r = levelsNamed(clause.rowTitle);
    if (r.levels.length === 1) return r.levels[0]!;
  }
  return 'all';
}

function leftover(masked: string, raw: string, line: number, figures: Figure[], notDrafted: NotDrafted[]): void {
  const re = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked))) {
    const at = m.index;
    if (figures.some((g) => at >= g.start - 2 && at < g.end + 2)) continue;
    if (/\p{L}$/u.test(masked.slice(0, at))) continue;
    const from = Math.max(0, raw.lastIndexOf(' ', Math.max(0, at - 25)));
    const to = raw.indexOf(' ', Math.min(raw.length, at + m[0].length + 20));
    notDrafted.push({ line, quote: raw.slice(from, to === -1 ? raw.length : to).trim(), reason: 'không có từ cam kết / no commitment word' });
  }
}

function span(raw: string, g: Figure): string {
  const from = Math.max(0, raw.lastIndexOf(' ', Math.max(0, g.start - 30)));
  const to = raw.indexOf(' ', Math.min(raw.length, g.end + 20));
  return raw.slice(from, to === -1 ? raw.length : to).trim();
}

const round = (x: number) => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;

function dedupe(targets: DraftTarget[]): DraftTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const k = JSON.stringify([t.line, t.indicator, t.comparator, t.value, t.by_level, t.schedule, t.deadline, t.level, t.baseline]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
