/**
 * The unit registry (`targets/units/*.yaml`): canonical unit names, aliases, levels and validity dates,
 * so a unit renamed, merged or abolished (district level abolished 2025-07-01) is still recognised.
 */
import { isScalar, type YAMLMap } from 'yaml';
import { ParcheckError } from '../core/errors.js';
import { LEVELS, type Level, type RegistryUnit } from '../core/types.js';
import { resolveUnit } from './resolve-unit.js';
import { isMap, isSeq, lineOf, loadYaml, type LoadedYaml } from './yaml-lines.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEYS = new Set(['name', 'aliases', 'level', 'valid_from', 'valid_to', 'succeeded_by']);

export async function loadUnitRegistry(paths: string[]): Promise<RegistryUnit[]> {
  const units: RegistryUnit[] = [];
  for (const file of paths) units.push(...parseRegistry(await loadYaml(file, 'REGISTRY_SCHEMA')));
  return units;
}

function parseRegistry(y: LoadedYaml): RegistryUnit[] {
  const errors: ParcheckError[] = [];
  const fail = (node: unknown, vi: string, en: string, found?: string) => errors.push(new ParcheckError('REGISTRY_SCHEMA', { vi, en }, { location: { file: y.file, line: lineOf(y, node) }, found }));
  const root = y.doc.contents;
  const list = isMap(root) ? root.get('units', true) : root;
  const out: RegistryUnit[] = [];
  if (!isSeq(list)) {
    fail(root, 'Sổ đơn vị cần có danh sách "units:"', 'A unit registry needs a "units:" list');
  } else {
    list.items.forEach((item, i) => {
      if (!isMap(item)) {
        fail(item, `units[${i}] phải là một đối tượng`, `units[${i}] must be a mapping`);
        return;
      }
      const unit = readUnit(item as YAMLMap, i, fail);
      if (unit) out.push(unit);
    });
  }
  if (errors.length > 0) throw Object.assign(errors[0]!, { more: errors.slice(1) });
  return out;
}

type Fail = (node: unknown, vi: string, en: string, found?: string) => void;

function readUnit(item: YAMLMap, i: number, fail: Fail): RegistryUnit | null {
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KEYS.has(key)) fail(pair.key, `units[${i}]: khóa lạ "${key}"`, `units[${i}]: unknown key "${key}"`, key);
  }
  const str = (key: string): string | undefined => {
    const node = item.get(key, true);
    if (node === undefined) return undefined;
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      // YAML reads an unquoted 2025-07-01 as a string under the core schema, but guard anyway
      if (isScalar(node) && node.value instanceof Date) return node.value.toISOString().slice(0, 10);
      fail(node, `units[${i}].${key} phải là chuỗi`, `units[${i}].${key} must be a string`, String((node as { value?: unknown }).value ?? ''));
      return undefined;
    }
    return node.value.trim();
  };
  const name = str('name');
  if (!name) fail(item, `units[${i}] thiếu "name"`, `units[${i}] lacks "name"`);
  const level = str('level');
  if (level === undefined) fail(item, `units[${i}] thiếu "level"`, `units[${i}] lacks "level"`);
  else if (!LEVELS.includes(level as Level))
    fail(item.get('level', true), `units[${i}].level phải là province, district hoặc commune`, `units[${i}].level must be province, district or commune`, level);
  const aliasesNode = item.get('aliases', true);
  const aliases: string[] = [];
  if (aliasesNode !== undefined) {
    if (!isSeq(aliasesNode)) fail(aliasesNode, `units[${i}].aliases phải là danh sách`, `units[${i}].aliases must be a list`);
    else
      for (const a of aliasesNode.items) {
        if (isScalar(a) && typeof a.value === 'string') aliases.push(a.value);
        else fail(a, `units[${i}].aliases chỉ chứa chuỗi`, `units[${i}].aliases holds strings only`);
      }
  }
  const unit: RegistryUnit = { name: name ?? '', aliases, level: (level ?? 'province') as Level };
  for (const key of ['valid_from', 'valid_to'] as const) {
    const v = str(key);
    if (v !== undefined && !DATE.test(v)) fail(item.get(key, true), `units[${i}].${key} phải có dạng YYYY-MM-DD`, `units[${i}].${key} must be YYYY-MM-DD`, v);
    else if (v !== undefined) unit[key] = v;
  }
  const succ = str('succeeded_by');
  if (succ !== undefined) unit.succeeded_by = succ;
  return name ? unit : null;
}

export { resolveUnit };
