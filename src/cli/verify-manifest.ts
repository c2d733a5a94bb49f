/**
 * Reading an evidence manifest: a missing, malformed or incomplete one is an EVIDENCE error (exit 2).
 * Complete means every field `check --evidence` writes is there and holds together: at least one
 * output, a size with every hash, no file listed twice. A manifest with its outputs emptied would
 * otherwise verify anything.
 */
import { createHash } from 'node:crypto';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { readBounded } from '../files/read-bounded.js';
import { MANIFEST_SCHEMA, type EvidenceFile, type Manifest } from './evidence.js';

/** A manifest lists a few hundred files at most; anything near this is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const ROLES = new Set(['data', 'mapping', 'registry']);

export interface ReadManifest {
  manifest: Manifest;
  /** SHA-256 of the manifest's bytes, as `check --evidence` printed it. */
  sha256: string;
}

export async function readManifest(file: string, shown: string): Promise<ReadManifest> {
  const read = await readBounded(file, MAX_MANIFEST_BYTES).catch((error: NodeJS.ErrnoException) => {
    throw new ParcheckError('EVIDENCE', text(`Không có manifest.json trong thư mục chứng cứ`, `No manifest.json in the evidence folder`), {
      location: { file: shown },
      found: error.code,
      hint: text('Tạo bộ chứng cứ bằng: parcheck check TỆP… --evidence THƯ_MỤC', 'Create a bundle with: parcheck check FILES… --evidence DIR'),
    });
  });
  if (read.tooLarge) throw invalid(shown, `> ${MAX_MANIFEST_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw invalid(shown, (error as Error).message);
  }
  const m = (data ?? {}) as Partial<Manifest>;
  if (m.schema !== MANIFEST_SCHEMA) throw invalid(shown, `schema: ${JSON.stringify(m.schema)}`, 'schema');
  if (!Array.isArray(m.argv) || !m.argv.every((a) => typeof a === 'string')) throw invalid(shown, 'argv', 'argv');
  for (const key of ['cwd', 'as_of', 'lang'] as const) if (typeof m[key] !== 'string') throw invalid(shown, String(m[key]), key);
  for (const key of ['inputs', 'targets', 'outputs'] as const) {
    const list = m[key];
    if (!Array.isArray(list)) throw invalid(shown, key, key);
    const seen = new Set<string>();
    list.forEach((f: Partial<EvidenceFile>, i) => {
      const at = `${key}[${i}]`;
      if (typeof f?.path !== 'string' || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) throw invalid(shown, JSON.stringify(f), at);
      if (!Number.isSafeInteger(f.size) || f.size! < 0) throw invalid(shown, JSON.stringify(f.size), `${at}.size`);
      if (key === 'inputs' && !ROLES.has(f.role ?? '')) throw invalid(shown, JSON.stringify(f.role), `${at}.role`);
      if (key === 'outputs' && (f.path.includes('/') || f.path.includes('\\') || f.path.startsWith('.') || f.path === 'manifest.json')) throw invalid(shown, f.path, `${at}.path`);
      const id = `${f.role ?? ''}:${f.path}`;
      if (seen.has(id)) throw invalid(shown, f.path, `${at}.path`);
      seen.add(id);
    });
  }
  if (m.outputs!.length === 0) throw invalid(shown, '[]', 'outputs');
  if (m.inputs!.every((f) => f.role !== 'data')) throw invalid(shown, '[]', 'inputs');
  if (m.argv[0] !== 'check' && !m.argv.includes('check')) throw invalid(shown, m.argv.join(' '), 'argv');
  return { manifest: m as Manifest, sha256: createHash('sha256').update(read.bytes).digest('hex') };
}

function invalid(file: string, found: string, at?: string): ParcheckError {
  return new ParcheckError('EVIDENCE', text('manifest.json không hợp lệ', 'manifest.json is not valid'), {
    location: { file, ...(at ? { path: at } : {}) },
    expected: text(`một manifest ${MANIFEST_SCHEMA} đầy đủ do parcheck check --evidence ghi`, `a complete ${MANIFEST_SCHEMA} manifest written by parcheck check --evidence`),
    found: found.slice(0, 200),
  });
}
