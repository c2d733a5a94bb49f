/** `parcheck targets list|show|validate|diff|schema`: wiring only; each action imports its module lazily. */
import { Option } from 'commander';
import { levelOption } from './level-option.js';
import type { Wiring } from './program.js';

export function registerTargets(wire: Wiring): void {
  const { t, ctx } = wire;
  const targets = wire.program.command('targets').description(t('Xem, kiểm tra và so sánh các tệp chỉ tiêu (targets/*.yaml)', 'List, validate and compare target files (targets/*.yaml)'));
  const format = () => new Option('--format <format>', t('định dạng đầu ra', 'output format')).choices(['table', 'json']).default('table');

  targets
    .command('list')
    .description(t('Liệt kê các ngưỡng chỉ tiêu (mỗi năm, mỗi cấp một dòng)', 'List target thresholds (one row per year and level)'))
    .argument('[paths...]', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo)', 'target files or folders (default: the bundled ones)'))
    .option('--document <id>', t('chỉ văn bản này', 'only this document'))
    .option('--year <year>', t('chỉ ngưỡng có hạn trong năm này', 'only thresholds due in this year'))
    .addOption(levelOption(t, ctx.lang, t('chỉ cấp này (so khớp chính xác): toàn tỉnh, tỉnh, huyện, xã', 'only this level (exact match): all, province, district, commune')))
    .addOption(format())
    .action(async (paths: string[], opts: { document?: string; year?: string; level?: string; format: 'table' | 'json' }) => {
      const { runTargetsList } = await import('./targets-list.js');
      wire.setExitCode(await runTargetsList(ctx, { paths, ...opts }));
    });

  targets
    .command('show')
    .description(t('Xem một chỉ tiêu: văn bản, điều khoản, trích dẫn, các ngưỡng, quan hệ thay thế', 'Show one target: document, clause, quote, thresholds, supersession'))
    .argument('<id>', t('mã ngưỡng, mã chỉ tiêu hoặc văn-bản#chỉ-tiêu', 'threshold id, target id, or document#target'))
    .option('--targets <path...>', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo)', 'target files or folders (default: the bundled ones)'))
    .addOption(format())
    .action(async (id: string, opts: { targets?: string[]; format: 'table' | 'json' }) => {
      const { runTargetsShow } = await import('./targets-show.js');
      wire.setExitCode(await runTargetsShow(ctx, { id, paths: opts.targets ?? [], format: opts.format }));
    });

  targets
    .command('validate')
    .description(t('Kiểm tra tệp chỉ tiêu: cấu trúc, mã, chỉ số, lịch trình, trích dẫn', 'Validate target files: schema, ids, indicators, schedules, quotes'))
    .argument('[paths...]', t('tệp hoặc thư mục chỉ tiêu (mặc định: bộ kèm theo)', 'target files or folders (default: the bundled ones)'))
    .option('--sources <dir>', t('thư mục văn bản gốc: mọi trích dẫn phải có nguyên văn', 'folder of the documents’ text: every quote must be found verbatim'))
    .option('--max-bytes <n>', t('kích thước tối đa một tệp chỉ tiêu (byte, mặc định 5 MB)', 'largest target file read (bytes, default 5 MB)'))
    .action(async (paths: string[], opts: { sources?: string; maxBytes?: string }) => {
      const { runTargetsValidate } = await import('./targets-validate.js');
      wire.setExitCode(await runTargetsValidate(ctx, { paths, ...opts }));
    });

  targets
    .command('diff')
    .description(t('So sánh hai phiên bản tệp chỉ tiêu, hoặc hai văn bản', 'Compare two versions of a target file, or two documents'))
    .argument('<old>', t('tệp cũ', 'old file'))
    .argument('<new>', t('tệp mới', 'new file'))
    .addOption(format())
    .action(async (oldPath: string, newPath: string, opts: { format: 'table' | 'json' }) => {
      const { runTargetsDiff } = await import('./targets-diff.js');
      wire.setExitCode(await runTargetsDiff(ctx, { oldPath, newPath, format: opts.format }));
    });

  targets
    .command('draft')
    .description(t('Soạn nháp tệp chỉ tiêu từ văn bản kế hoạch (.txt, .docx) để cán bộ duyệt', 'Draft a target file from a plan’s text (.txt, .docx) for an officer to review'))
    .argument('<plan>', t('văn bản kế hoạch', 'the plan’s text'))
    .option('--document-id <id>', t('mã văn bản, ví dụ dn-123-2026', 'document id, e.g. dn-123-2026'))
    .option('--province <slug>', t('tỉnh, ví dụ da-nang (mặc định: đọc từ văn bản)', 'province, e.g. da-nang (default: read from the text)'))
    .option('--output <file>', t('ghi tệp nháp (mặc định: stdout)', 'write the draft here (default: stdout)'))
    .addOption(
      new Option('--format <format>', t('yaml: tệp nháp; json: các ngưỡng đã tách theo cấp, năm', 'yaml: the draft file; json: thresholds per level and year'))
        .choices(['yaml', 'json'])
        .default('yaml'),
    )
    .action(async (plan: string, opts: { documentId?: string; province?: string; output?: string; format: 'yaml' | 'json' }) => {
      const { runTargetsDraft } = await import('./targets-draft.js');
      wire.setExitCode(await runTargetsDraft(ctx, { plan, ...opts }));
    });

  targets
    .command('review')
    .description(t('Duyệt tệp nháp: từng chỉ tiêu bên trích dẫn, ít chắc chắn trước', 'Review a draft: each target beside its quote, least confident first'))
    .argument('<file>', t('tệp nháp', 'the draft file'))
    .option('--interactive', t('trong terminal: chấp nhận / sửa chỉ số / bỏ từng chỉ tiêu', 'in a terminal: accept / edit indicator / drop each target'))
    .action(async (file: string, opts: { interactive?: boolean }) => {
      const { runTargetsReview } = await import('./targets-review.js');
      const { askOnTerminal } = await import('./targets-review-tty.js');
      wire.setExitCode(await runTargetsReview(ctx, { file, interactive: Boolean(opts.interactive), ask: opts.interactive ? askOnTerminal() : undefined }));
    });

  targets
    .command('schema')
    .description(t('In JSON Schema của tệp chỉ tiêu (cho trình soạn thảo)', 'Print the JSON Schema of target files (for editors)'))
    .action(async () => {
      const { targetJsonSchema } = await import('../targets/json-schema.js');
      ctx.stdout(targetJsonSchema());
      wire.setExitCode(0);
    });
}
