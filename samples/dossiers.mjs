/**
 * The Quảng Nam dossiers of the samples, one object per dossier, and the monthly forms derived from
 * them. The list is the ground truth: each month's biểu II.06a figures are counted here from its rows
 * with the form's definitions (Thông tư 01/2020/TT-VPCP; DESIGN "Periods"), written independently of
 * parcheck's own code so that reading both files and comparing them is a real check.
 */
const DAY = 86_400_000;
const day = (y, m, d) => Date.UTC(y, m - 1, d) / DAY;
const pad = (n) => String(n).padStart(2, '0');
const dmy = (d) => {
  const t = new Date(d * DAY);
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
};
const LEVEL_LABEL = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã' };
/** The day the export was taken: returns after it are not known yet. */
const AS_OF = day(2025, 6, 30);
/** Monthly volumes of the list are the plan's volumes divided by this (keeps the file small). */
const SCALE = 32;

function monthBounds(month) {
  const [y, m] = month.split('-').map(Number);
  return [day(y, m, 1), day(y, m + 1, 1) - 1];
}

/**
 * Dossiers of every unit: those received in each month of `plan` (a Map month → rows with the unit's
 * planned figures, used for volumes, online share, lateness and digitization), plus a few received in
 * December 2024 and still pending at its end (the list's carried-over stock into January).
 */
export function simulateDossiers(units, plan, procedures, random) {
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const out = [];
  const add = (unit, recv, dueDays, ret, online, digitShare) => {
    const due = recv + dueDays;
    const returned = ret !== null && ret <= AS_OF ? ret : null;
    const fee = random() < 0.4;
    out.push({
      unit,
      recv,
      due,
      ret: returned,
      form: online ? 'Trực tuyến' : random() < 0.8 ? 'Trực tiếp' : 'Bưu chính',
      proc: procedures[between(0, procedures.length - 1)],
      digitized: returned !== null && random() < digitShare,
      payment: fee ? (online && random() < 0.7 ? 'Có' : 'Không') : '',
      ec: random() < 0.6,
    });
  };
  const months = [...plan.keys()];
  for (const u of units) {
    const first = plan.get(months[0]).find((r) => r.unit.name === u.name).f;
    const [decStart, decEnd] = monthBounds('2024-12');
    for (let k = Math.round(first[3] / 8); k > 0; k--) {
      const recv = between(decStart + 9, decEnd);
      add(u, recv, between(2, 15), decEnd + between(1, 14), random() < first[1] / (first[1] + first[2]), 0.8);
    }
    for (const month of months) {
      const f = plan.get(month).find((r) => r.unit.name === u.name).f;
      const [start, end] = monthBounds(month);
      const n = Math.max(2, Math.round((f[1] + f[2]) / SCALE));
      const lateShare = f[4] > 0 ? f[7] / f[4] : 0;
      const earlyShare = f[4] > 0 ? f[5] / f[4] : 0.3;
      const digitShare = f[4] > 0 ? f[11] / f[4] : 0.8;
      for (let i = 0; i < n; i++) {
        const recv = between(start, end);
        const dueDays = between(2, 15);
        const r = random();
        const ret = r < 0.03 ? null : r < 0.03 + lateShare ? recv + dueDays + between(1, 10) : r < 0.03 + lateShare + earlyShare ? recv + between(0, dueDays - 1) : recv + dueDays;
        add(u, recv, dueDays, ret, random() < f[1] / (f[1] + f[2]), digitShare);
      }
    }
  }
  out.sort((a, b) => a.recv - b.recv || a.unit.name.localeCompare(b.unit.name));
  return out;
}

/** One month's biểu II.06a row per unit, counted from the dossiers (figures in the form's column order). */
export function formRows(dossiers, units, month) {
  const [start, end] = monthBounds(month);
  return units.map((unit) => {
    const mine = dossiers.filter((d) => d.unit.name === unit.name);
    const inMonth = (t) => t !== null && t >= start && t <= end;
    const online = mine.filter((d) => inMonth(d.recv) && d.form === 'Trực tuyến').length;
    const offline = mine.filter((d) => inMonth(d.recv) && d.form !== 'Trực tuyến').length;
    const carried = mine.filter((d) => d.recv < start && (d.ret === null || d.ret >= start)).length;
    const resolved = mine.filter((d) => inMonth(d.ret));
    const early = resolved.filter((d) => d.ret < d.due).length;
    const onTime = resolved.filter((d) => d.ret === d.due).length;
    const late = resolved.filter((d) => d.ret > d.due).length;
    const pending = mine.filter((d) => d.recv <= end && (d.ret === null || d.ret > end));
    // overdue at the month's end: due before its last day (a dossier due on that day is still in time)
    const overdue = pending.filter((d) => d.due < end).length;
    const digitized = resolved.filter((d) => d.digitized).length;
    const total = online + offline + carried;
    return { unit, f: [total, online, offline, carried, resolved.length, early, onTime, late, pending.length, pending.length - overdue, overdue, digitized] };
  });
}

/** June's payable dossiers (received in June with a fee) and those paid online, per unit: the rate table. */
export function paymentsOf(dossiers, unit, month) {
  const [start, end] = monthBounds(month);
  const mine = dossiers.filter((d) => d.unit.name === unit.name && d.recv >= start && d.recv <= end && d.payment !== '');
  return [mine.length, mine.filter((d) => d.payment === 'Có').length];
}

/** The list as exported: UTF-8 with BOM, comma-separated, CRLF, quoted fields where needed. */
export function dossierListCsv(dossiers, csvLine) {
  const header = [
    'Mã hồ sơ',
    'Thủ tục',
    'Đơn vị tiếp nhận',
    'Cấp',
    'Hình thức nộp',
    'Ngày tiếp nhận',
    'Ngày hẹn trả',
    'Ngày trả kết quả',
    'Trạng thái',
    'Số hóa',
    'Thanh toán trực tuyến',
    'Luân chuyển điện tử',
  ];
  const lines = [csvLine(header, ',')];
  dossiers.forEach((d, i) => {
    const r = new Date(d.recv * DAY);
    lines.push(
      csvLine(
        [
          `000.00.${pad((i % 89) + 10)}.H${pad((d.unit.name.length % 50) + 10)}-${String(r.getUTCFullYear()).slice(2)}${pad(r.getUTCMonth() + 1)}${pad(r.getUTCDate())}-${String(i + 1).padStart(4, '0')}`,
          d.proc,
          d.unit.name,
          LEVEL_LABEL[d.unit.level],
          d.form,
          dmy(d.recv),
          dmy(d.due),
          d.ret !== null ? dmy(d.ret) : '',
          d.ret !== null ? 'Đã trả kết quả' : 'Đang giải quyết',
          d.digitized ? 'Có' : 'Không',
          d.payment,
          d.ec ? 'Có' : 'Không',
        ],
        ',',
      ),
    );
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
