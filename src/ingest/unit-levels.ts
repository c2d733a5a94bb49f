/**
 * A unit's administrative level, from its name or from a "Cấp" label.
 * Names: Sở/Ban/ngành/… are provincial; UBND huyện, thị xã, thành phố (thuộc tỉnh) are district;
 * UBND xã, phường, thị trấn are commune (docs/DESIGN.md, Levels and the 2025 reorganisation).
 */
import type { Level } from '../core/types.js';
import { foldText } from './text.js';

const COMMUNE = /^(ubnd |uy ban nhan dan )?(xa|phuong|thi tran|dac khu)\b/;
const DISTRICT = /^(ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|tp\.?|quan)\b/;
const PROVINCE = /^(so|ban|van phong|thanh tra|cong an|bo chi huy|ban quan ly|dai phat thanh|truong|benh vien|chi cuc|kho bac|cuc|bao hiem|trung tam|vp |ubnd tinh|bhxh|dai |hoi )/;

export function inferLevelFromName(name: string): Level | null {
  const folded = foldText(name).replace(/^\d+[.)]\s*/, '');
  if (COMMUNE.test(folded)) return 'commune';
  if (DISTRICT.test(folded)) return 'district';
  if (PROVINCE.test(folded)) return 'province';
  return null;
}

/** "Cấp tỉnh", "tỉnh", "I. CẤP TỈNH", "Cấp huyện", "Cấp xã" … → level. */
export function levelFromLabel(label: string): Level | null {
  const folded = foldText(label)
    .replace(/^([ivx]+|[a-d])[.)]\s*/, '')
    .replace(/^(ubnd |uy ban nhan dan )?cap\s+/, '');
  if (/^(tinh|so, ban, nganh|so ban nganh)/.test(folded)) return 'province';
  if (/^(huyen|quan)/.test(folded)) return 'district';
  if (/^(xa|phuong)/.test(folded)) return 'commune';
  return null;
}
