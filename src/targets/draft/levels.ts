/**
 * Which administrative levels a stretch of plan text names, in the order it names them.
 * Units are named as levels ("cấp huyện"), as their kinds ("các sở, ban, ngành", "phường, xã, thị trấn")
 * or as all levels ("các cấp"). A leader's grade ("lãnh đạo cấp sở … và tương đương") and a provincial
 * system or index ("dữ liệu cấp tỉnh", "chỉ số … cấp tỉnh (PCI)") are not levels of units.
 */
import { foldText } from '../../ingest/text.js';

export type DraftLevel = 'province' | 'district' | 'commune';

const PATTERNS: { level: DraftLevel; re: RegExp }[] = [
  { level: 'province', re: /\bcap tinh\b|\bcac so\b|\bso, (?:ban, )?nganh\b|\bso, co quan ngang so\b|\bcqcm cap tinh\b/g },
  { level: 'district', re: /\bcap huyen\b|\bhuyen, thi xa, thanh pho\b|\bubnd (?:cac )?huyen\b|\buy ban nhan dan (?:cac )?huyen\b/g },
  { level: 'commune', re: /\bcap xa\b|\bcap huyen, xa\b|\bphuong, xa, thi tran\b|\bxa, phuong, thi tran\b|\bubnd (?:cac )?xa\b/g },
];

function strip(f: string): string {
  return f
    .replace(/lanh dao,? quan ly[^;]*?tuong duong/g, ' ')
    .replace(/lanh dao cap (?:tinh|huyen|xa)/g, ' ')
    .replace(/\b(?:du lieu|nen tang|he thong|chi so|trung tam|cong dich vu|cong thong tin)\b[^,;]{0,60}? cap tinh/g, ' ')
    .replace(/cap tinh\s*\(/g, ' (');
}

/** Levels named, in order of first mention; `all` when the text says every level ("các cấp"). */
export function levelsNamed(text: string): { levels: DraftLevel[]; all: boolean } {
  const f = strip(foldText(text));
  const found: { level: DraftLevel; at: number }[] = [];
  for (const { level, re } of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(f);
    if (m) found.push({ level, at: m.index });
  }
  found.sort((a, b) => a.at - b.at);
  const all = /\bcac cap\b|\b4 cap chinh quyen\b/.test(f) && found.length === 0;
  return { levels: found.map((x) => x.level), all };
}
