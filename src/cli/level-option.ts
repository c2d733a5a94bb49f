/**
 * `--level` as officers say it: `tỉnh`, `huyện`, `xã`, `toàn tỉnh`, with or without "cấp" and with or
 * without diacritics, as well as the English `province`, `district`, `commune`, `all`.
 */
import { InvalidArgumentError, Option } from 'commander';
import { pick, text, type Lang } from '../core/i18n.js';
import type { ScopeLevel } from '../core/types.js';
import { foldText } from '../ingest/text.js';
import { closest } from '../pipeline/suggest.js';

const WORDS: Record<string, ScopeLevel> = {
  all: 'all',
  'toan tinh': 'all',
  'ca tinh': 'all',
  province: 'province',
  tinh: 'province',
  district: 'district',
  huyen: 'district',
  commune: 'commune',
  xa: 'commune',
};

/** The level a typed word means, or null. */
export function parseLevel(value: string): ScopeLevel | null {
  const folded = foldText(value).replace(/^cap\s*(?=[a-z])/, '');
  return WORDS[folded] ?? null;
}

const SHOWN: Record<Lang, string[]> = {
  vi: ['toàn tỉnh', 'tỉnh', 'huyện', 'xã'],
  en: ['all', 'province', 'district', 'commune'],
};

export function levelOption(t: (vi: string, en: string) => string, lang: Lang, description?: string): Option {
  return new Option('--level <level>', description ?? t('chỉ cấp này: toàn tỉnh, tỉnh, huyện, xã (có hay không có "cấp", dấu)', 'only this level: all, province, district, commune')).argParser(
    (value: string) => {
      const level = parseLevel(value);
      if (level) return level;
      // The message (and a second line of advice) reach the reader through help-i18n's translation.
      const near = closest(value, [...SHOWN[lang], ...SHOWN[lang === 'vi' ? 'en' : 'vi']], 1)[0];
      const advice = near ? `\n${pick(text('Ý bạn là {x}?', 'Did you mean {x}?'), lang).replace('{x}', near)}` : '';
      throw new InvalidArgumentError(`${pick(text('cấp là một trong: {list}', 'a level is one of: {list}'), lang).replace('{list}', SHOWN[lang].join(', '))}${advice}`);
    },
  );
}
