#!/usr/bin/env node
/**
 * Scores `targets draft` on the seed plans against the bundled catalogue (run `npm run build` first).
 *
 *   node scripts/score-draft.mjs            per plan: recall, precision, each miss and false find
 *   node scripts/score-draft.mjs --json     the same as JSON (tests/unit/draft-score.test.ts reads it)
 *
 * A threshold is (value, comparator, year, level, and for changes the baseline: percent_reduction_vs_2021).
 * A catalogue threshold is found when a drafted threshold has the same key and its quote overlaps the
 * catalogue's quote in the plan text (same clause): one clause the catalogue splits per index or per
 * reform area ("PAR INDEX, SIPAS, PAPI thuộc nhóm 20") is found by one drafted threshold with its figure.
 * A drafted threshold is real when some catalogue threshold has its key and an overlapping quote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));

export async function scoreDraft() {
  const { draftPlan, draftThresholdRows } = await dist('targets/draft/draft-plan.js');
  const { loadTargetFiles } = await dist('targets/load-target-files.js');
  const { bundledTargetPaths } = await dist('targets/catalogue.js');
  const { thresholdJson } = await dist('report/targets-json.js');
  const { normalizeForQuote } = await dist('targets/quotes.js');
  const loaded = await loadTargetFiles(bundledTargetPaths());
  const sourcesDir = path.join(root, 'targets', 'sources');
  const plans = [];
  for (const name of readdirSync(sourcesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const file = loaded.files.find((f) => f.data.document.source_file === name);
    if (!file) continue;
    const text = readFileSync(path.join(sourcesDir, name), 'utf8');
    const norm = normalizeForQuote(text);
    const lineStarts = [0];
    for (const l of text.split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + l.length + 1);
    // A drafted quote is looked for from its own line on (the same words can stand in several table rows).
    const spanOf = (quote, line) => {
      const pieces = normalizeForQuote(quote)
        .split(/\s*(?:…|\.\.\.)\s*/)
        .filter(Boolean);
      let from = line ? Math.max(0, normalizeForQuote(text.slice(0, lineStarts[line - 1])).length - 2) : 0;
      let start = -1;
      for (const p of pieces) {
        const at = norm.indexOf(p, from);
        if (at === -1) return null;
        if (start === -1) start = at;
        from = at + p.length;
      }
      return [start, from];
    };
    const overlap = (a, b) => a && b && a[0] < b[1] && b[0] < a[1];
    const unitKey = (u) => (u.startsWith('percent_') ? u : 'plain');
    const key = (t) => JSON.stringify([t.value, t.comparator, t.deadline, t.level, unitKey(t.unit)]);
    const catalogue = loaded.thresholds.filter((t) => t.document.id === file.document.id).map((t) => ({ ...thresholdJson(t), span: spanOf(t.quote) }));
    let draftFile;
    try {
      draftFile = draftPlan(text, { sourceFile: name, documentId: file.document.id }).file;
    } catch (e) {
      if (/** @type {{ code?: string }} */ (e).code !== 'DRAFT_EMPTY') throw e;
    }
    const drafted = (draftFile ? draftThresholdRows(draftFile, thresholdJson) : []).map((t) => ({ ...t, span: spanOf(t.quote, t.line) }));
    const found = (c) => drafted.some((d) => key(d) === key(c) && overlap(d.span, c.span));
    const real = (d) => catalogue.some((c) => key(d) === key(c) && overlap(d.span, c.span));
    const misses = catalogue.filter((c) => !found(c));
    const falseFinds = drafted.filter((d) => !real(d));
    const brief = (t) => ({ id: t.id, key: JSON.parse(key(t)), indicator: t.indicator, quote: t.quote.slice(0, 110) });
    plans.push({
      document: file.document.id,
      source: name,
      catalogue: catalogue.length,
      drafted: drafted.length,
      recall: (catalogue.length - misses.length) / catalogue.length,
      precision: drafted.length ? (drafted.length - falseFinds.length) / drafted.length : 1,
      misses: misses.map(brief),
      falseFinds: falseFinds.map(brief),
    });
  }
  const sum = (k) => plans.reduce((n, p) => n + p[k], 0);
  const missed = plans.reduce((n, p) => n + p.misses.length, 0);
  const falseFinds = plans.reduce((n, p) => n + p.falseFinds.length, 0);
  return {
    plans,
    total: { catalogue: sum('catalogue'), drafted: sum('drafted'), recall: (sum('catalogue') - missed) / sum('catalogue'), precision: (sum('drafted') - falseFinds) / sum('drafted') },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const score = await scoreDraft();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(score, null, 2)}\n`);
  } else {
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    for (const p of score.plans) {
      process.stdout.write(`${p.document} (${p.source}): recall ${pct(p.recall)} of ${p.catalogue}, precision ${pct(p.precision)} of ${p.drafted}\n`);
      for (const m of p.misses) process.stdout.write(`  miss  ${m.id} ${JSON.stringify(m.key)} ${m.quote}\n`);
      for (const f of p.falseFinds) process.stdout.write(`  false ${f.id} ${JSON.stringify(f.key)} [${f.indicator}] ${f.quote}\n`);
    }
    const t = score.total;
    process.stdout.write(`total: recall ${pct(t.recall)} of ${t.catalogue}, precision ${pct(t.precision)} of ${t.drafted}\n`);
  }
}
