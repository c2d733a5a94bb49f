/** `--mapping` on a dossier list whose headers parcheck does not know: roles by header text or letter. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParcheckError } from '../../src/core/errors.js';
import { ingestDossierList } from '../../src/ingest/dossier-list/ingest-list.js';
import { isDossierMapping, loadMapping } from '../../src/ingest/mapping.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parcheck-dossier-map-'));
const at = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

// A: online, returned early; B: offline, returned late, digitized; C: online, pending (received 20/03).
const LIST = at(
  'list.csv',
  `${[
    'Phiếu;Nơi xử lý;Kênh;Nhận lúc;Hẹn;Xong;Scan',
    'A;Sở Tư pháp;Qua mạng;03/03/2025;10/03/2025;07/03/2025;x',
    'B;Sở Tư pháp;Tại quầy một cửa;04/03/2025;10/03/2025;12/03/2025;Có',
    'C;Sở Tư pháp;Online;20/03/2025;31/03/2025;;',
  ].join('\n')}\n`,
);
const MAPPING = at(
  'map.yaml',
  [
    'shape: dossier_list',
    'columns:',
    '  - { header: "Phiếu", role: code }',
    '  - { header: "nơi xử lý", role: unit }',
    '  - { column: C, role: channel }',
    '  - { header: "Nhận lúc", role: received_date }',
    '  - { header: "Hẹn", role: due_date }',
    '  - { header: "Xong", role: returned_date }',
    '  - { header: "Scan", measure: digitized_results }',
  ].join('\n'),
);

describe('dossier list: --mapping', () => {
  it('reads the columns the mapping names, with the same measures', async () => {
    expect(isDossierMapping(await loadMapping(MAPPING))).toBe(true);
    const result = await ingestDossierList(LIST, { mapping: MAPPING });
    const v = Object.fromEntries(result.observations.map((o) => [o.measure, o.value]));
    expect(v).toMatchObject({
      received_total: 3,
      received_online: 2,
      received_offline: 1,
      received_carried_over: 0,
      resolved_total: 2,
      resolved_early: 1,
      resolved_late: 1,
      pending_total: 1,
      pending_in_time: 1,
      digitized_results: 2,
    });
    expect(result.columns.map((c) => c.role)).toEqual(['code', 'unit', 'flag', 'date', 'date', 'date', 'flag']);
  });

  it('a header the list lacks is MAPPING_SCHEMA at the mapping line', async () => {
    const bad = at('bad.yaml', `${['shape: dossier_list', 'columns:', '  - { header: "Nơi xử lý", role: unit }', '  - { header: "Ngày nhận hồ sơ gốc", role: received_date }'].join('\n')}\n`);
    const error = (await ingestDossierList(LIST, { mapping: bad }).catch((e: unknown) => e)) as ParcheckError;
    expect(error).toBeInstanceOf(ParcheckError);
    expect(error.code).toBe('MAPPING_SCHEMA');
    expect(error.location).toEqual({ file: bad, line: 4 });
  });
});

describe('dossier list: --mapping through the CLI', () => {
  it('parcheck inspect routes a mapped list to the dossier-list reader', async () => {
    const { runJson } = await import('../helpers/cli.js');
    const run = runJson<{ files: { shape: string }[]; observations: { measure: string; value: number; period: string }[] }>(['inspect', LIST, '--mapping', MAPPING, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json.files[0]!.shape).toBe('dossier_list');
    const online = run.json.observations.find((o) => o.measure === 'received_online' && o.period === '2025-03');
    expect(online?.value).toBe(2);
  });
});
