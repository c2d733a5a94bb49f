#!/usr/bin/env node
/**
 * Benchmark of `parcheck check` (the budget: a report on 300 units × 12 months prints in well under a
 * second). Not a test: prints figures.
 *   npm run build && node bench/check-report.mjs [--units 300] [--months 12] [--keep DIR]
 * Generates the monthly form (biểu II.06a) of a province with N units for the 12 months of 2024, one
 * CSV per month as the national system exports it (deterministic), then:
 *  1. runs the built CLI once per format (table, json, csv, md, xlsx, html; --output to a temp dir) and
 *     prints wall time, CPU time and peak RSS of the whole process;
 *  2. in process, times ingest, the check (runCheck) and each renderer separately.
 * 2024 so the district level still applies (abolished 2025-07-01) and every threshold kind is hit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const UNITS = opt('units', 300);
/** `--keep DIR`: write the generated forms there and keep them (for `node --cpu-prof` runs). */
const KEEP = args.includes('--keep') ? path.resolve(args[args.indexOf('--keep') + 1]) : null;
const MONTHS = opt('months', 12);

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One CSV per month: title rows, the three-row header, groups I/II/III, unit rows, the total row. */
function generate(dir) {
  const rand = mulberry32(20240101);
  const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const nProvince = Math.round(UNITS * 0.15);
  const nDistrict = Math.round(UNITS * 0.2);
  const units = [];
  for (let i = 1; i <= UNITS; i++) {
    const level = i <= nProvince ? 'province' : i <= nProvince + nDistrict ? 'district' : 'commune';
    const n = String(i).padStart(3, '0');
    const name = level === 'province' ? `Sở Ngành số ${n}` : level === 'district' ? `UBND huyện Số ${n}` : `UBND xã Số ${n}`;
    units.push({ name, level, size: level === 'district' ? between(400, 2600) : level === 'province' ? between(120, 1400) : between(40, 320), pending: between(5, 60), online: 0.25 + rand() * 0.5 });
  }
  const files = [];
  for (let m = 1; m <= MONTHS; m++) {
    const lines = [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM;;;;;;;;;;;;;',
      'VĂN PHÒNG;;;;;;;;;;;;;',
      `BÁO CÁO TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG ${m}/2024;;;;;;;;;;;;;`,
      'STT;Tên đơn vị;Số hồ sơ nhận giải quyết;;;;Số hồ sơ đã giải quyết;;;;Số hồ sơ đang giải quyết;;;Số kết quả giải quyết được số hóa',
      ';;Tổng số;Trong kỳ;;Từ kỳ trước chuyển qua;Tổng số;Trước hạn;Đúng hạn;Quá hạn;Tổng số;Trong hạn;Quá hạn;',
      ';;;Trực tuyến;Trực tiếp, dịch vụ bưu chính;;;;;;;;;',
    ];
    const total = Array(12).fill(0);
    for (const [roman, label, level] of [
      ['I', 'CẤP TỈNH', 'province'],
      ['II', 'CẤP HUYỆN', 'district'],
      ['III', 'CẤP XÃ', 'commune'],
    ]) {
      const rows = [];
      const sub = Array(12).fill(0);
      units
        .filter((u) => u.level === level)
        .forEach((u, i) => {
          const inPeriod = Math.round(u.size * (0.85 + rand() * 0.3));
          const online = Math.round(inPeriod * Math.min(0.95, u.online + m * 0.02));
          const offline = inPeriod - online;
          const carried = u.pending;
          const all = online + offline + carried;
          const resolved = Math.round(all * (0.78 + rand() * 0.15));
          const pending = all - resolved;
          const late = Math.round(resolved * rand() * 0.06);
          const early = Math.round(resolved * (0.2 + rand() * 0.25));
          const onTime = resolved - early - late;
          const overdue = Math.round(pending * rand() * 0.08);
          const digitized = Math.round(resolved * (0.55 + rand() * 0.44));
          u.pending = pending;
          const f = [all, online, offline, carried, resolved, early, onTime, late, pending, pending - overdue, overdue, digitized];
          f.forEach((v, k) => {
            sub[k] += v;
            total[k] += v;
          });
          rows.push([i + 1, u.name, ...f].join(';'));
        });
      lines.push([roman, label, ...sub].join(';'), ...rows);
    }
    lines.push(['', 'Tổng cộng', ...total].join(';'));
    const file = path.join(dir, `form-2024-${String(m).padStart(2, '0')}.csv`);
    writeFileSync(file, `\ufeff${lines.join('\r\n')}\r\n`);
    files.push(file);
  }
  return files;
}

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function runCli(cliArgs) {
  const t0 = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '@@ %U %S %M', process.execPath, path.join(ROOT, 'bin/parcheck.js'), ...cliArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [path.join(ROOT, 'bin/parcheck.js'), ...cliArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /@@ ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`parcheck exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : null, rssMb: m ? Number(m[3]) / 1024 : null };
}

async function inProcess(files) {
  const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
  const { ingestFiles } = await dist('ingest/ingest-file.js');
  const { loadTargetFiles } = await dist('targets/load-target-files.js');
  const { bundledTargetPaths } = await dist('targets/catalogue.js');
  const { runCheck } = await dist('check/run-check.js');
  const { reporterFor } = await dist('report/reporters.js');
  const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
  let t = process.hrtime.bigint();
  const ingested = await ingestFiles(files, {});
  const ingest = ms(t);
  const targets = await loadTargetFiles(bundledTargetPaths('quang-nam'));
  t = process.hrtime.bigint();
  const { warnings: _w, ...result } = runCheck({ observations: ingested.flatMap((f) => f.observations), thresholds: targets.thresholds, province: 'quang-nam' });
  const check = ms(t);
  const render = {};
  for (const format of ['table', 'json', 'csv', 'md', 'xlsx', 'html']) {
    const reporter = reporterFor(format);
    t = process.hrtime.bigint();
    await reporter.render(result, { lang: 'vi', color: false });
    render[format] = ms(t);
  }
  return { ingest, check, render, findings: result.findings.length, observations: ingested.reduce((a, f) => a + f.observations.length, 0) };
}

const work = mkdtempSync(path.join(tmpdir(), 'parcheck-bench-check-'));
try {
  const data = KEEP ?? path.join(work, 'in');
  mkdirSync(data, { recursive: true });
  const files = generate(data);
  console.log(`parcheck check: ${UNITS} units × ${MONTHS} months (${files.length} CSV forms), bundled Quảng Nam catalogue, node ${process.version}`);
  // Wall times mean little on a loaded machine: say how loaded it was (CPU ms is the steadier figure).
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
  const fmt = (x) => (x === null ? '—' : x.toFixed(0).padStart(6));
  console.log('\nwhole CLI (one process per run; best of 3 wall times)');
  console.log('format   wall ms   cpu ms   peak RSS MB');
  for (const format of ['table', 'json', 'csv', 'md', 'xlsx', 'html']) {
    const runs = [0, 1, 2].map(() => runCli(['check', ...files, '--format', format, '--output', path.join(work, `report.${format === 'table' ? 'txt' : format}`), '--fail-on', 'never']));
    const best = runs.reduce((a, b) => (b.wall < a.wall ? b : a));
    console.log(`${format.padEnd(7)} ${fmt(best.wall)}   ${fmt(best.cpu)}   ${best.rssMb === null ? '—' : best.rssMb.toFixed(0).padStart(6)}`);
  }
  const warm = await inProcess(files); // the first pass loads modules
  const p = await inProcess(files);
  console.log(`\nin process (second pass): ${p.observations} observations, ${p.findings} findings`);
  console.log(
    `ingest ${p.ingest.toFixed(0)} ms · check ${p.check.toFixed(0)} ms · render ${Object.entries(p.render)
      .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .join(' · ')}`,
  );
  void warm;
  console.log(
    `load average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
