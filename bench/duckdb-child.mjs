/**
 * The same aggregation in DuckDB (2 threads): read_csv + GROUP BY unit × month with the rules of
 * src/ingest/dossier-list/tally.ts written in SQL, over the vocabulary bench/generate.mjs writes.
 * Flow measures come from GROUPING SETS on (unit, receipt month) and (unit, return month); stock
 * measures from the set (unit, receipt month, return month, first overdue month), summed per month.
 * Prints {cells, rows, vmhwmKb} as JSON on stdout.
 */
import { readFileSync } from 'node:fs';

// Not a dependency (bench/ensure-duckdb.mjs installs it without saving): a specifier in a variable keeps
// typecheck and knip from looking for it.
const duckdbPackage = '@duckdb/node-api';
const { DuckDBInstance } = await import(duckdbPackage);

const file = process.argv[2];
const threads = process.argv[3] ?? '2';
const instance = await DuckDBInstance.create(':memory:', { threads });
const db = await instance.connect();
const sql = `
WITH d AS (
  SELECT trim("Đơn vị tiếp nhận") AS unit,
    CAST(strptime(trim("Ngày tiếp nhận"), ['%d/%m/%Y %H:%M', '%d/%m/%Y']) AS DATE) AS rd,
    CAST(strptime(nullif(trim("Ngày hẹn trả"), ''), ['%d/%m/%Y %H:%M', '%d/%m/%Y']) AS DATE) AS dd,
    CAST(strptime(nullif(trim("Ngày trả kết quả"), ''), ['%d/%m/%Y %H:%M', '%d/%m/%Y']) AS DATE) AS td,
    CASE WHEN lower("Hình thức nộp") LIKE '%trực tuyến%' THEN 1
         WHEN lower("Hình thức nộp") LIKE '%trực tiếp%' OR lower("Hình thức nộp") LIKE '%bưu chính%' THEN 2 ELSE 0 END AS ch,
    coalesce(trim("Số hóa kết quả") = 'Có', false) AS dig,
    coalesce(trim("Phí, lệ phí"), '') NOT IN ('', '0', 'Không thu', 'Miễn') AS payable,
    coalesce(trim("Thanh toán trực tuyến") = 'Có', false) AS paidflag,
    coalesce(trim("Luân chuyển điện tử") = 'Có', false) AS ec
  FROM read_csv('${file.replace(/'/g, "''")}', delim = ';', quote = '"', escape = '"', header = true, all_varchar = true)
), m AS (
  SELECT *, (year(rd) * 12 + month(rd) - 1) AS rm,
    CASE WHEN td IS NULL THEN NULL ELSE year(td) * 12 + month(td) - 1 END AS tm,
    CASE WHEN dd IS NULL THEN NULL
         ELSE greatest(year(dd) * 12 + month(dd) - 1 + CASE WHEN dd = last_day(dd) THEN 1 ELSE 0 END, year(rd) * 12 + month(rd) - 1) END AS om
  FROM d
)
SELECT unit, CAST(rm AS INTEGER) AS rm, CAST(tm AS INTEGER) AS tm, CAST(om AS INTEGER) AS om, CAST(GROUPING(rm, tm, om) AS INTEGER) AS g,
  CAST(count(*) AS INTEGER) AS n,
  CAST(count(*) FILTER (WHERE ch = 1) AS INTEGER) AS online,
  CAST(count(*) FILTER (WHERE ch = 2) AS INTEGER) AS offline,
  CAST(count(*) FILTER (WHERE payable) AS INTEGER) AS payable,
  CAST(count(*) FILTER (WHERE payable AND paidflag) AS INTEGER) AS paid,
  CAST(count(*) FILTER (WHERE ec) AS INTEGER) AS ec,
  CAST(count(*) FILTER (WHERE td < dd) AS INTEGER) AS early,
  CAST(count(*) FILTER (WHERE td = dd OR (td IS NOT NULL AND dd IS NULL)) AS INTEGER) AS on_time,
  CAST(count(*) FILTER (WHERE td > dd) AS INTEGER) AS late,
  CAST(count(*) FILTER (WHERE td IS NOT NULL AND dig) AS INTEGER) AS digitized
FROM m
GROUP BY GROUPING SETS ((unit, rm), (unit, tm), (unit, rm, tm, om))`;
if (process.argv.includes('--minimal')) {
  // the issue-7 baseline: read_csv + GROUP BY unit × month, nothing else
  const r = await db.runAndReadAll(`SELECT "Đơn vị tiếp nhận" AS unit, substr("Ngày tiếp nhận", 4, 7) AS month, CAST(count(*) AS INTEGER) AS n
    FROM read_csv('${file.replace(/'/g, "''")}', delim = ';', quote = '"', escape = '"', header = true, all_varchar = true) GROUP BY ALL`);
  const total = r.getRowObjects().reduce((a, x) => a + x.n, 0);
  const vm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  process.stdout.write(JSON.stringify({ rows: total, vmhwmKb: vm, cells: {} }));
  process.exit(0);
}
const reader = await db.runAndReadAll(sql);
const rows = reader.getRowObjects();

const cells = {};
const label = (m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const add = (unit, m, measure, v) => {
  const k = `${unit}|${label(m)}|${measure}`;
  cells[k] = (cells[k] ?? 0) + v;
};
let first = Infinity;
let last = -Infinity;
const stock = [];
let total = 0;
for (const r of rows) {
  if (r.g === 3) {
    // (unit, rm): grouping bits set for tm and om
    add(r.unit, r.rm, 'received_total', r.n);
    add(r.unit, r.rm, 'received_online', r.online);
    add(r.unit, r.rm, 'received_offline', r.offline);
    add(r.unit, r.rm, 'payable_dossiers', r.payable);
    add(r.unit, r.rm, 'paid_online', r.paid);
    add(r.unit, r.rm, 'e_circulated', r.ec);
    // by receipt month, whenever returned (tally.ts): early / on time among the dossiers received in M
    add(r.unit, r.rm, 'received_in_period_resolved_early', r.early);
    add(r.unit, r.rm, 'received_in_period_resolved_on_time', r.on_time);
    first = Math.min(first, r.rm);
    last = Math.max(last, r.rm);
    total += r.n;
  } else if (r.g === 5) {
    if (r.tm === null) continue;
    add(r.unit, r.tm, 'resolved_total', r.n);
    add(r.unit, r.tm, 'resolved_early', r.early);
    add(r.unit, r.tm, 'resolved_on_time', r.on_time);
    add(r.unit, r.tm, 'resolved_late', r.late);
    add(r.unit, r.tm, 'digitized_results', r.digitized);
    last = Math.max(last, r.tm);
  } else if (r.g === 0) stock.push(r);
}
// pending at the end of M: received by M, not returned by M; overdue from the first overdue month
for (const r of stock) {
  for (let m = r.rm; m <= last; m++) {
    if (r.tm !== null && r.tm <= m) break;
    add(r.unit, m, 'pending_total', r.n);
    const overdue = r.om !== null && r.om <= m ? r.n : 0;
    add(r.unit, m, 'pending_overdue', overdue);
    add(r.unit, m, 'pending_in_time', r.n - overdue);
    if (m + 1 <= last) {
      add(r.unit, m + 1, 'received_carried_over', r.n);
      // received_total holds the carried-over, as on form II.06a (src/ingest/dossier-list/tally.ts)
      add(r.unit, m + 1, 'received_total', r.n);
    }
  }
}
const status = readFileSync('/proc/self/status', 'utf8');
const vmhwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
process.stdout.write(JSON.stringify({ rows: total, first: label(first), last: label(last), vmhwmKb, cells }));
