/**
 * Reading an evidence manifest: a missing, malformed or incomplete one is an EVIDENCE error (exit 2),
 * naming the field at fault. A manifest of the first format (it recorded the command line, not the
 * request) is refused with a hint: its bundle is written again by the same command.
 */
import { ParcheckError } from '../core/errors.js';
import { text } from '../core/i18n.js';
import { readBounded } from '../files/read-bounded.js';
import { manifestSchema } from './manifest-schema.js';
import { MANIFEST_SCHEMA, OLD_MANIFEST_SCHEMA, sha256, type Manifest } from './manifest.js';

/** A manifest lists a few hundred files at most; anything near this is not one. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

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
  return { manifest: parseManifest(data, shown), sha256: sha256(read.bytes) };
}

/** The manifest checked against its schema; the first fault is named by its field (`outputs`, `inputs[0].size`). */
export function parseManifest(data: unknown, shown: string): Manifest {
  const schema = (data as { schema?: unknown } | null)?.schema;
  if (schema === OLD_MANIFEST_SCHEMA) {
    throw new ParcheckError('EVIDENCE', text('manifest.json theo định dạng cũ (chỉ ghi dòng lệnh)', 'manifest.json is of the first format (it recorded only the command line)'), {
      location: { file: shown, path: 'schema' },
      expected: MANIFEST_SCHEMA,
      found: OLD_MANIFEST_SCHEMA,
      hint: text(
        'Chạy lại đúng lệnh đã ghi trong "argv" của manifest (parcheck check … --evidence THƯ_MỤC) để có bộ chứng cứ mới, rồi kiểm tra bộ đó.',
        'Run the command recorded in the manifest\'s "argv" again (parcheck check … --evidence DIR) to write a new bundle, and verify that one.',
      ),
    });
  }
  if (schema !== MANIFEST_SCHEMA) throw invalid(shown, `schema: ${JSON.stringify(schema)}`, 'schema');
  return checked(data, shown);
}

function checked(data: unknown, shown: string): Manifest {
  const parsed = manifestSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  let value: unknown = data;
  for (const p of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey];
  throw invalid(shown, value === undefined ? issue.message : JSON.stringify(value), at || undefined);
}

function invalid(file: string, found: string, at?: string): ParcheckError {
  return new ParcheckError('EVIDENCE', text('manifest.json không hợp lệ', 'manifest.json is not valid'), {
    location: { file, ...(at ? { path: at } : {}) },
    expected: text(`một manifest ${MANIFEST_SCHEMA} đầy đủ do parcheck check --evidence ghi`, `a complete ${MANIFEST_SCHEMA} manifest written by parcheck check --evidence`),
    found: found.slice(0, 200),
  });
}
