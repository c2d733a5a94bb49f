/** Reading an evidence manifest: a missing or malformed one is an EVIDENCE error (exit 2). */
import { promises as fs } from 'node:fs';
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { MANIFEST_SCHEMA, type EvidenceFile, type Manifest } from './evidence.js';

export async function readManifest(file: string, shown: string): Promise<Manifest> {
  const raw = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ParcheckError('EVIDENCE', text(`Không có manifest.json trong thư mục chứng cứ`, `No manifest.json in the evidence folder`), {
      location: { file: shown },
      found: error.code,
      hint: text('Tạo bộ chứng cứ bằng: parcheck check TỆP… --evidence THƯ_MỤC', 'Create a bundle with: parcheck check FILES… --evidence DIR'),
    });
  });
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw invalid(shown, (error as Error).message);
  }
  const m = data as Partial<Manifest>;
  if (m.schema !== MANIFEST_SCHEMA) throw invalid(shown, `schema: ${JSON.stringify(m.schema)}`, 'schema');
  if (!Array.isArray(m.argv) || !m.argv.every((a) => typeof a === 'string')) throw invalid(shown, 'argv', 'argv');
  if (typeof m.cwd !== 'string') throw invalid(shown, 'cwd', 'cwd');
  for (const key of ['inputs', 'targets', 'outputs'] as const) {
    const list = m[key];
    if (!Array.isArray(list)) throw invalid(shown, key, key);
    list.forEach((f: Partial<EvidenceFile>, i) => {
      if (typeof f?.path !== 'string' || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) throw invalid(shown, JSON.stringify(f), `${key}[${i}]`);
      if (key === 'outputs' && (f.path.includes('/') || f.path.includes('\\') || f.path.startsWith('.'))) throw invalid(shown, f.path, `${key}[${i}].path`);
    });
  }
  if (m.argv[0] !== 'check' && !m.argv.includes('check')) throw invalid(shown, m.argv.join(' '), 'argv');
  return m as Manifest;
}

function invalid(file: string, found: string, at?: string): ParcheckError {
  return new ParcheckError('EVIDENCE', text('manifest.json không hợp lệ', 'manifest.json is not valid'), {
    location: { file, ...(at ? { path: at } : {}) },
    expected: text(`một manifest ${MANIFEST_SCHEMA} do parcheck check --evidence ghi`, `a ${MANIFEST_SCHEMA} manifest written by parcheck check --evidence`),
    found: found.slice(0, 200),
  });
}
