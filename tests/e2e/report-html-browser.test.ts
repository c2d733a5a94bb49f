/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML report in a real headless Chromium (Debian's `chromium`, which `.ci/run` installs where
 * missing), driven by puppeteer-core: the page loads with no console error and no network request,
 * each chart holds the points of its series (checked against sums made by hand from the sample
 * cells), a table sorts, a trail opens, a screenshot has ink, and Print to PDF gives A4 landscape
 * pages. Without a browser the suite fails under CI=1 and is skipped, loudly, elsewhere.
 * The screenshot and the PDF are kept under tests/.output/ for a human to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { readQnForms, round2, sum, QN_MONTHS } from '../fixtures/check/read-samples.js';
import { ROOT, runCli, runJson } from '../helpers/cli.js';

const CANDIDATES = [process.env.PARCHECK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const BROWSER = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!));
const ON_CI = Boolean(process.env.CI) && process.env.CI !== '0' && process.env.CI !== 'false';

const OUTPUT = path.join(ROOT, 'tests/.output');
const DEMO = [...QN_MONTHS.map((m) => `samples/qn-bao-cao-tthc-${m}.xlsx`), 'samples/qn-chi-so-2021-2024.xlsx', 'samples/qn-ty-le-so-hoa-thanh-toan-2025-06.xlsx'];
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (!BROWSER && !ON_CI) console.warn('report-html-browser: no Chromium found (apt-get install chromium, or PARCHECK_CHROMIUM=path): browser tests SKIPPED');

describe('a browser is there on CI', () => {
  it.runIf(ON_CI)('finds Chromium (CI=1 never skips the browser tests)', () => {
    expect(BROWSER, `no browser among ${CANDIDATES.filter(Boolean).join(', ')}; .ci/run installs Debian's chromium`).toBeTruthy();
  });
});

describe.skipIf(!BROWSER)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let profile: string;
  const problems: string[] = [];
  const requests: string[] = [];
  const file = path.join(OUTPUT, 'bao-cao.html');

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const run = runCli(['check', ...DEMO, '--fail-on', 'never', '--output', file]);
    expect(run.code, run.stderr).toBe(0);
    profile = mkdtempSync(path.join(tmpdir(), 'parcheck-chromium-'));
    const puppeteer = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: BROWSER!, headless: true, args: [...FLAGS, `--user-data-dir=${profile}`], userDataDir: profile });
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads with no console error and asks for nothing but itself', () => {
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  it('each chart holds the points of its series; the whole-province online rate month by month equals sums of the sample cells', async () => {
    const charts = await page.$$eval('figure svg.chart', (svgs) =>
      svgs.map((s) => ({
        threshold: s.closest('figure')!.getAttribute('data-threshold'),
        scope: s.closest('figure')!.getAttribute('data-scope'),
        declared: Number(s.getAttribute('data-points')),
        points: [...s.querySelectorAll('circle.point')].map((c) => ({ period: c.getAttribute('data-period'), value: Number(c.getAttribute('data-value')), cy: Number(c.getAttribute('cy')) })),
        line: (s.querySelector('polyline.series')?.getAttribute('points') ?? '').trim().split(/\s+/).filter(Boolean).length,
        threshold_lines: s.querySelectorAll('line.threshold').length,
        deadline: s.querySelectorAll('line.deadline').length,
        label: s.querySelector('.status-badge text')?.textContent,
        box: s.getBoundingClientRect().width,
      })),
    );
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) {
      expect(c.points.length, `${c.threshold}/${c.scope}`).toBe(c.declared);
      expect(c.line).toBe(c.points.length);
      expect(c.threshold_lines).toBeGreaterThanOrEqual(1);
      expect(c.deadline).toBe(1);
      expect(c.label).toMatch(/^(?:Đạt|Không đạt|Chưa đủ số liệu|Đúng tiến độ|Chậm tiến độ|Số liệu mâu thuẫn)$/);
      expect(c.box).toBeGreaterThan(300);
    }
    const forms = await readQnForms();
    const online = charts.find((c) => c.threshold === 'online-dossier-rate-2025' && c.scope === 'all')!;
    const expected = QN_MONTHS.map((m, i) => {
      const upTo = forms.filter((r) => QN_MONTHS.indexOf(r.month) <= i);
      const on = sum(upTo, (r) => r.received_online);
      return { period: i === 0 ? m : i === 2 ? '2025-Q1' : `2025-01..${m}`, value: round2((on * 100) / (on + sum(upTo, (r) => r.received_offline))) };
    });
    expect(online.points.map((p) => ({ period: p.period, value: p.value }))).toEqual(expected);
    // the last point of every chart is its finding's value in the JSON report, as shown
    const { json } = runJson<{ findings: { threshold_id: string; scope: { unit?: string; level: string }; value: number | null }[] }>(['check', ...DEMO, '--fail-on', 'never', '--format', 'json']);
    for (const c of charts.filter((x) => ['all', 'province', 'district', 'commune'].includes(x.scope!))) {
      const values = json.findings.filter((f) => f.threshold_id === c.threshold && f.scope.level === c.scope && f.scope.unit === undefined).map((f) => (f.value === null ? null : round2(f.value)));
      // the JSON holds the exact value, the chart the value as shown (2 decimals)
      expect(values, `${c.threshold}/${c.scope}`).toContain(c.points[c.points.length - 1]!.value);
    }
  });

  it('sorts a findings table by gap when its heading is clicked, and opens a trail with the quoted clause', async () => {
    const table = 'table.findings[data-level="commune"]';
    const column = await page.$$eval(`${table} thead th`, (ths) => ths.findIndex((th) => th.textContent === 'Chênh lệch'));
    expect(column).toBeGreaterThan(0);
    await page.click(`${table} thead th:nth-child(${column + 1}) button`);
    const keys = await page.$$eval(`${table} tbody tr td:nth-child(${column + 1})`, (tds) => tds.map((td) => td.getAttribute('data-sort')));
    const numbers = keys.filter((k) => k !== '').map(Number);
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.click(`${table} thead th:nth-child(${column + 1}) button`);
    const down = (await page.$$eval(`${table} tbody tr td:nth-child(${column + 1})`, (tds) => tds.map((td) => td.getAttribute('data-sort')))).filter((k) => k !== '').map(Number);
    expect(down).toEqual([...numbers].sort((a, b) => b - a));

    const summary = `${table} tbody tr:first-child details summary`;
    expect(await page.$eval(`${table} tbody tr:first-child details`, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click(summary);
    const trail = await page.$eval(`${table} tbody tr:first-child details`, (d) => ({
      open: (d as HTMLDetailsElement).open,
      text: d.textContent ?? '',
      quote: d.querySelector('blockquote')?.textContent ?? '',
    }));
    expect(trail.open).toBe(true);
    expect(trail.quote.length).toBeGreaterThan(10);
    expect(trail.text).toMatch(/Công thức/);
    expect(trail.text).toMatch(/samples\/qn-/); // a source cell
  });

  it('takes a screenshot with ink on it (tests/.output/bao-cao.png)', async () => {
    const shot = path.join(OUTPUT, 'bao-cao.png');
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // the summary and the first charts: text, status badges and lines
    await page.evaluate(() => document.getElementById('summary')!.scrollIntoView());
    const bytes = await page.screenshot({ path: shot, fullPage: false });
    // decode the PNG in a blank page (no CSP there) and count pixels that are not white
    const blank = await browser.newPage();
    const dataUrl = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
    const ink = await blank.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let dark = 0;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r + g + b < 300) dark++;
        if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      }
      return { dark, coloured, total: data.length / 4, width: img.width };
    }, dataUrl);
    await blank.close();
    expect(ink.width).toBe(1280);
    expect(ink.dark / ink.total).toBeGreaterThan(0.01); // text
    expect(ink.coloured).toBeGreaterThan(100); // status badges
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe('PNG');
  });

  it('prints to PDF as A4 landscape pages with the findings table headers repeated', async () => {
    const pdfPath = path.join(OUTPUT, 'bao-cao.pdf');
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    writeFileSync(pdfPath, pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) {
      expect(w).toBeCloseTo(841.89, 0); // 297 mm
      expect(h).toBeCloseTo(595.28, 0); // 210 mm
    }
    const printed = await page.evaluate(() => {
      const sheet = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const media = sheet.filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print') as CSSMediaRule[];
      return media.flatMap((m) => [...m.cssRules].map((r) => r.cssText)).join('\n');
    });
    expect(printed).toMatch(/thead \{ display: table-header-group; \}/);
  });
});
