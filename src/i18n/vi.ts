import type { Catalogue, EditFailure, RuleArgs, StageLabel } from './catalogue.js';
import { clerkDescriptionsVi, clerkRulesVi } from './vi-clerk.js';
import { ioHintVi, ioReasonVi, ioVi } from './vi-io.js';
import { yamlProblemVi } from './vi-yaml.js';
import { andList, orList, quoteAll } from './format.js';
import { defaultStageWordsVi } from '../model/scoring-types.js';

/** Why an edit of a plan file was not made, by reason (`key`: the field or task it is about). */
/** A YAML problem of plan.config.yaml, at its line and column, in the catalogue's words. */
function configSyntaxVi(path: string, yaml: { code: string; detail: string; line?: number; column?: number } | undefined): string {
  const { message, hint } = yamlProblemVi(yaml?.code ?? 'IMPOSSIBLE', yaml?.detail ?? '');
  const at = yaml?.line !== undefined ? `:${yaml.line}:${yaml.column ?? 1}` : '';
  return `${path}${at}: lỗi cú pháp YAML: ${message}. Cách sửa: ${hint}`;
}

const editReasonsVi: Record<EditFailure, (key: string) => string> = {
  'yaml-errors': () => 'tệp có lỗi cú pháp YAML; chạy "plan check" để xem và sửa trước',
  'no-task': () => 'không thấy nhiệm vụ (một nhóm "tên: giá trị") ở chỗ của nó trong tệp',
  'not-a-map': (k) => `«${k}» không phải một nhóm "tên: giá trị"; sửa mục đó theo mẫu (xem "plan schema ke-hoach")`,
  'complex-key': () => 'tệp có khóa viết dạng "? ..." mà plan không sửa tự động được; sửa tay trong trình soạn thảo',
  'no-colon': () => 'không thấy dấu ":" sau tên một trường',
  'empty-map': (k) => `nhiệm vụ là một nhóm trống, không thêm được «${k}» vào; viết các trường của nó rồi chạy lại`,
  'not-a-value': (k) => `«${k}» không phải một giá trị đơn (là danh sách, nhóm hay tham chiếu *); sửa tay`,
  'shared-line': (k) => `«${k}» nằm ngay sau "- " trên cùng một dòng nên không xóa riêng được; đưa nó xuống dòng riêng rồi chạy lại`,
  'would-break': () => 'sửa như vậy sẽ làm hỏng cú pháp của tệp',
  'more-than-status': () => 'sửa như vậy sẽ đổi cả những dữ liệu khác ngoài trạng thái',
  'outside-task': () => 'sửa như vậy sẽ đổi cả văn bản ngoài nhiệm vụ',
  'bad-change': () => 'thay đổi không hợp lệ (trạng thái, ngày hay kỳ sai)',
  utf16: () => 'tệp được lưu dạng UTF-16, không phải UTF-8; lưu lại với bảng mã UTF-8',
  nul: () => 'tệp chứa ký tự NUL, không phải văn bản YAML',
  utf8: () => 'tệp không phải văn bản UTF-8 (có thể gõ bằng bảng mã cũ TCVN3, VNI); chuyển mã sang Unicode trước',
  'task-gone': (k) => `nhiệm vụ «${k}» không còn trong tệp (tệp vừa bị sửa ở nơi khác); chạy lại lệnh`,
  'mixed-line-ends': () => 'tệp dùng lẫn hai kiểu xuống dòng (CR và LF); lưu lại tệp với một kiểu xuống dòng rồi chạy lại',
};

const typeNames: Record<string, string> = {
  string: 'chuỗi chữ',
  integer: 'số nguyên',
  number: 'số',
  boolean: 'true hoặc false',
  object: 'nhóm trường (mỗi dòng "tên: giá trị")',
  array: 'danh sách (mỗi phần tử một dòng bắt đầu bằng "- ")',
  null: 'để trống',
};

const fieldName = (a: RuleArgs) => {
  const name = a.title && a.title !== a.field ? `«${a.title}» (${a.field})` : `«${a.field}»`;
  return a.position ? `${name} thứ ${a.position}` : name;
};
const typeName = (t: string) => typeNames[t] ?? t;
/** 0.25 → "0,25": a number as Vietnamese writes it. */
const decimalVi = (n: unknown) => String(n).replace('.', ',');

/** A stage in a sentence: the guide's name, else the words of a default stage, else its id. */
const stageNameVi = (st: StageLabel): string => st.name ?? defaultStageWordsVi[st.id] ?? st.id;

export const vi: Catalogue = {
  lang: 'vi',
  rules: {
    ...clerkRulesVi,
    'file/unreadable': (a) => ({
      message: `Không đọc được tệp: ${ioReasonVi(String(a.detail))}.`,
      hint: ioHintVi(String(a.detail)),
    }),
    'file/binary': (a) => ({
      message:
        a.reason === 'utf16'
          ? 'Tệp được lưu dạng UTF-16 ("Unicode" của Notepad), không phải UTF-8.'
          : a.reason === 'utf8'
            ? 'Tệp không phải văn bản UTF-8 (có thể gõ bằng bảng mã cũ TCVN3, VNI hoặc là tệp nhị phân).'
            : 'Tệp chứa ký tự NUL: đây là tệp nhị phân, không phải văn bản YAML.',
      hint: 'Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8; văn bản gõ bằng TCVN3/VNI cần chuyển mã sang Unicode trước.',
    }),
    'file/empty': (a) => ({
      message: 'Tệp trống: không có dữ liệu nào ngoài dòng trống và chú thích.',
      hint: a.kind
        ? `Điền nội dung theo mẫu (xem "plan schema ${a.kind}"), hoặc xóa tệp nếu không dùng.`
        : 'Điền nội dung, bắt đầu bằng dòng "kind: ..." cho biết loại tệp, hoặc xóa tệp nếu không dùng.',
    }),
    'file/multiple-documents': (a) => ({
      message: `Tệp có ${a.count} văn bản YAML (ngăn bởi "---"); mỗi tệp chỉ được một.`,
      hint: 'Tách mỗi phần sau "---" ra một tệp riêng.',
    }),
    'file/not-a-map': () => ({
      message: 'Nội dung tệp phải là các trường "tên: giá trị", không phải một danh sách hay một dòng chữ.',
      hint: 'Bắt đầu tệp bằng "kind: ..." rồi các trường khác, mỗi trường một dòng.',
    }),
    'file/missing-kind': (a) => ({
      message: 'Tệp không cho biết loại: thiếu trường "kind".',
      hint: a.suggestion
        ? `Thêm dòng "kind: ${a.suggestion}" ở đầu tệp.`
        : `Thêm dòng "kind: ..." ở đầu tệp, với một trong: ${orList('vi', a.kinds)}.`,
    }),
    'file/unknown-kind': (a) => ({
      message: `Loại tệp «${a.value}» không có.`,
      hint: a.suggestion
        ? `Có phải là «${a.suggestion}»? Các loại có: ${orList('vi', a.kinds)}.`
        : `Các loại có: ${orList('vi', a.kinds)}.`,
    }),
    'yaml/syntax': (a) => {
      const { message, hint } = yamlProblemVi(a.code, a.detail);
      return { message: `Lỗi cú pháp YAML: ${message}.`, hint };
    },
    'yaml/duplicate-key': (a) => ({
      message: `Trường «${a.key}» được ghi hai lần trong cùng một nhóm.`,
      hint: 'Giữ một dòng và xóa dòng thừa; nếu là hai mục khác nhau thì đặt chúng thành hai phần tử "- " của danh sách.',
    }),
    'schema/required': (a) => ({
      message: `Thiếu trường bắt buộc «${a.property}»${a.propertyTitle !== a.property ? ` (${a.propertyTitle})` : ''}${a.field ? ` trong ${fieldName(a)}` : ''}.`,
      hint: `Thêm dòng "${a.property}: ..."${a.propertyDescription ? `: ${a.propertyDescription}` : '.'}`,
    }),
    'schema/unknown-property': (a) =>
      a.comma === 'yes'
        ? {
            message: `Dấu phẩy trong ngoặc { } đã cắt «${a.key}» làm hai: «${a.property}» thành một trường mới, không có trong mẫu.`,
            hint: `Trong ngoặc { }, giá trị có dấu phẩy phải đặt trong ngoặc kép: ${a.key}: "${a.meant}". Hoặc viết trường đó trên dòng riêng (không dùng ngoặc { }).`,
          }
        : {
            message: `Trường «${a.property}» không có trong mẫu${a.field ? ` của ${fieldName(a)}` : ''}.`,
            hint: a.suggestion
              ? `Có phải là «${a.suggestion}»? Các trường được dùng: ${andList('vi', a.allowed)}.`
              : `Các trường được dùng: ${andList('vi', a.allowed)}.`,
          },
    'schema/type': (a) => ({
      message:
        a.actual === 'null'
          ? `${fieldName(a)} đang để trống, cần ${orList('vi', a.expected.map(typeName))}.`
          : `${fieldName(a)} phải là ${orList('vi', a.expected.map(typeName))}, không phải ${typeName(a.actual)}.`,
      hint: a.description || undefined,
    }),
    'schema/enum': (a) => ({
      message: `Giá trị «${a.value}» không hợp lệ cho ${fieldName(a)}.`,
      hint: `${a.suggestion ? `Có phải là «${a.suggestion}»? ` : ''}Chọn một trong: ${orList('vi', quoteAll(a.allowed))}.${a.description ? ` ${a.description}` : ''}`,
    }),
    'schema/pattern': (a) => ({
      message: `Giá trị «${a.value}» của ${fieldName(a)} không đúng dạng.`,
      hint: a.description || `Giá trị phải khớp mẫu ${a.pattern}.`,
    }),
    'schema/empty': (a) => ({
      message: `${fieldName(a)} không được để trống.`,
      hint: a.description || undefined,
    }),
    'schema/range': (a) => ({
      message: `${fieldName(a)} là ${a.value}, ${a.comparison === '>=' ? `phải từ ${a.limit} trở lên` : a.comparison === '<=' ? `không được quá ${a.limit}` : `phải ${a.comparison} ${a.limit}`}.`,
      hint: a.description || undefined,
    }),
    'schema/multiple-of': (a) => ({
      message: `${fieldName(a)} là ${decimalVi(a.value)}, phải theo bước ${decimalVi(a.step)} (là bội của ${decimalVi(a.step)}).`,
      hint: `Làm tròn thành ${decimalVi(a.below)} hoặc ${decimalVi(a.above)}.${a.description ? ` ${a.description}` : ''}`,
    }),
    'schema/min-items': (a) => ({
      message: `${fieldName(a)} cần ít nhất ${a.limit} phần tử.`,
      hint: a.description || undefined,
    }),
    'schema/duplicate-item': (a) => ({
      message: `${fieldName(a)} có phần tử thứ ${a.second} trùng với phần tử thứ ${a.first}.`,
      hint: 'Xóa phần tử lặp lại.',
    }),
    'schema/key-name': (a) => ({
      message: `Khóa «${a.key}» không hợp lệ trong ${fieldName(a)}.`,
      hint: a.description || undefined,
    }),
    'schema/invalid': (a) => ({
      message: `${fieldName(a)} không hợp lệ theo mẫu (điều kiện «${a.keyword}» của schema).`,
      hint: a.description || undefined,
    }),
  },
  ruleDescriptions: {
    ...clerkDescriptionsVi,
    'file/unreadable': 'Tệp không đọc được.',
    'file/binary': 'Tệp không phải văn bản UTF-8.',
    'file/empty': 'Tệp không có dữ liệu.',
    'file/multiple-documents': 'Tệp có nhiều văn bản YAML.',
    'file/not-a-map': 'Nội dung tệp không phải các trường "tên: giá trị".',
    'file/missing-kind': 'Tệp thiếu trường "kind".',
    'file/unknown-kind': 'Trường "kind" ghi một loại tệp không có.',
    'yaml/syntax': 'Lỗi cú pháp YAML.',
    'yaml/duplicate-key': 'Một trường được ghi hai lần.',
    'schema/required': 'Thiếu trường bắt buộc.',
    'schema/unknown-property': 'Trường không có trong mẫu.',
    'schema/type': 'Giá trị sai kiểu.',
    'schema/enum': 'Giá trị không thuộc danh sách cho phép.',
    'schema/pattern': 'Giá trị không đúng dạng.',
    'schema/empty': 'Giá trị để trống.',
    'schema/range': 'Số nằm ngoài giới hạn.',
    'schema/multiple-of': 'Số không theo bước cho phép (điểm không lẻ hơn 0,01; bước của hướng dẫn: score/step).',
    'schema/min-items': 'Danh sách quá ít phần tử.',
    'schema/duplicate-item': 'Danh sách có phần tử lặp lại.',
    'schema/key-name': 'Khóa không đúng dạng.',
    'schema/invalid': 'Giá trị không hợp lệ theo mẫu.',
  },
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'ghi chú' },
  hintLabel: 'Cách sửa',
  summary: (s) => {
    if (s.errors + s.warnings + s.infos === 0) return `Không có vấn đề nào trong ${s.files} tệp.`;
    const parts = [
      s.errors ? `${s.errors} lỗi` : '',
      s.warnings ? `${s.warnings} cảnh báo` : '',
      s.infos ? `${s.infos} ghi chú` : '',
    ].filter(Boolean);
    return `${andList('vi', parts)} trong ${s.filesWithProblems}/${s.files} tệp.`;
  },
  usage: {
    unknownOption: (o, s) => `Không có tùy chọn ${o}.${s ? ` Có phải là ${s}?` : ''}`,
    unknownCommand: (c, s) => `Không có lệnh «${c}».${s ? ` Có phải là «${s}»?` : ''}`,
    missingArgument: (n) => `Thiếu tham số ${n}.`,
    optionMissingArgument: (o) => `Tùy chọn ${o} cần một giá trị.`,
    invalidChoice: (o, v, allowed) => `Giá trị «${v}» không hợp lệ cho ${o}; chọn một trong: ${orList('vi', allowed)}.`,
    excessArguments: (n) => `Thừa ${n} tham số.`,
    pathNotFound: (p) => `Không tìm thấy «${p}».`,
    noPlansFolder: (f) => `Không tìm thấy thư mục «${f}» ở đây hay ở thư mục cha nào: chạy lệnh trong kho kế hoạch, hoặc ghi đường dẫn tới tệp cần kiểm tra.`,
    readError: (p, d) => `Không đọc được «${p}»: ${d}.`,
    unknownKind: (k, kinds) => `Không có loại tệp «${k}»; các loại có: ${orList('vi', kinds)}.`,
    seeHelp: 'Xem "plan --help".',
    internal: (d) => `Lỗi nội bộ của plan (xin báo lại cho người phát triển): ${d}`,
    badDate: (o, v) => `${o} cần một ngày năm-tháng-ngày có thật, ví dụ 2024-06-30; «${v}» không phải.`,
    dryRunWithoutFix: '--dry-run chỉ dùng cùng --fix (xem trước các chỗ sẽ sửa).',
    conflicting: (a, b) => `Không dùng ${a} cùng với ${b}: chọn một cách nêu khoảng thời gian.`,
    badRange: (f, t) => `--from ${f} lại sau --to ${t}.`,
    diffSameStage: (st) => `--diff «${st}» so sánh lần chấm này với lần chấm của --stage, mà hai lần là một. Chọn lần chấm khác, ví dụ --diff self --stage final.`,
    badChoice: (o, v, allowed) =>
      allowed.length === 0
        ? `Giá trị «${v}» không hợp lệ cho ${o}: không có giá trị nào (các tệp cần thiết chưa có, hoặc có lỗi: chạy "plan check").`
        : `Giá trị «${v}» không hợp lệ cho ${o}; các giá trị có: ${allowed.join(', ')}.`,
    unknownTask: (id, known) => `Không có nhiệm vụ mã «${id}».${known.length ? ` Các mã có: ${known.join(', ')}.` : ''}`,
    ambiguousTask: (id, places) => `Mã «${id}» có ở nhiều kế hoạch: ${places.join('; ')}. Ghi thêm --body hoặc --year.`,
    periodNeeded: (id, periods) => `«${id}» là nhiệm vụ lặp lại: ghi --period, một trong: ${periods.join(', ')}.`,
    notRepeating: (id) => `«${id}» không phải nhiệm vụ lặp lại: bỏ --period.`,
    editFailed: (f, reason, key) => `Không sửa được ${f} an toàn, tệp giữ nguyên: ${editReasonsVi[reason](key)}.`,
    config: (p, problem, d, yaml) =>
      problem === 'unknown-rule'
        ? `${p}: không có quy tắc «${d}» (xem bảng quy tắc trong README).`
        : problem === 'setting'
          ? `${p}: «${d}»: mỗi quy tắc chỉ đặt off, info, warning hoặc error.`
          : problem === 'syntax'
            ? configSyntaxVi(p, yaml)
            : `${p}: tệp cấu hình chỉ có một mục "rules", mỗi dòng "mã-quy-tắc: off | info | warning | error"${d ? ` (gặp «${d}»)` : ''}.`,
  },
  due: {
    columns: { deadline: 'Hạn', task: 'Nhiệm vụ', lead: 'Chủ trì', status: 'Trạng thái', late: 'Trễ' },
    status: { planned: 'Chưa làm', 'in-progress': 'Đang làm', done: 'Đã xong', cancelled: 'Không làm' },
    quarterTitle: (q, y) => `Quý ${['', 'I', 'II', 'III', 'IV'][q]} năm ${y}`,
    allYearTitle: (y) => `Cả năm ${y}`,
    carriedTitle: 'Còn nợ từ kỳ trước',
    allUnits: 'Các đơn vị',
    daysLate: (d) => `${d} ngày`,
    allYearMark: 'cả năm',
    recurringMark: (p) => `kỳ ${p}`,
    none: (f, t) => `Không có nhiệm vụ nào đến hạn từ ${f} đến ${t}.`,
    summary: (n, o) => `${n} nhiệm vụ${o ? `, ${o} trễ hạn` : ''}.`,
    skipped: (n) => `Bỏ qua ${n} tệp có lỗi (chạy "plan check" để xem).`,
  },
  score: {
    columns: {
      unit: 'Đơn vị', cluster: 'Cụm', bonus: 'Thưởng', deductions: 'Trừ', total: 'Tổng', rank: 'Hạng', clusterRank: 'Hạng cụm',
      class: 'Xếp loại', award: 'Đề nghị khen', criterion: 'Tiêu chí', self: 'Tự chấm', final: 'Hội đồng', difference: 'Chênh lệch', note: 'Ghi chú',
    },
    tied: (r) => `${r} (đồng hạng)`,
    title: (y, st) => `Kết quả chấm điểm thi đua năm ${y} (${stageNameVi(st)})`,
    stageName: (st) => stageNameVi(st),
    stageColumn: (st) => st.name ?? { self: 'Tự chấm', cluster: 'Cụm chấm', final: 'Hội đồng' }[st.id] ?? st.id,
    bonusItem: (id) => `điểm thưởng «${id}»`,
    deductionItem: (id) => `điểm trừ «${id}»`,
    none: 'Không có phiếu chấm điểm nào phù hợp.',
    noDiff: (f, t) =>
      f.id === 'self' && t.id === 'final' && !f.name && !t.name
        ? 'Điểm Hội đồng chấm giống hệt điểm đơn vị tự chấm.'
        : `Điểm ${stageNameVi(t)} giống hệt điểm ${stageNameVi(f)}.`,
    summary: (n, t) => `${n} đơn vị${t ? `, ${t} đơn vị đồng hạng` : ''}.`,
    diffSummary: (c, n, f, t) =>
      f.id === 'self' && t.id === 'final' && !f.name && !t.name
        ? `${c} chỗ Hội đồng chấm khác đơn vị tự chấm, ở ${n} đơn vị.`
        : `${c} chỗ ${stageNameVi(t)} khác ${stageNameVi(f)}, ở ${n} đơn vị.`,
    noScheme: 'Không có tệp hướng dẫn chấm điểm (huong-dan-cham-diem.yaml) nào hợp lệ trong plans/.',
    brokenScheme: (n) => `Hướng dẫn chấm điểm có lỗi (${n} tệp, ở trên) nên chưa tính được điểm; sửa rồi chạy lại.`,
    skipped: (n) => `Bỏ qua ${n} tệp có lỗi (chạy "plan check" để xem).`,
    unscored: (st, noSheet, partial) =>
      `Lưu ý: vòng ${stageNameVi(st)} chưa chấm xong, điểm còn thiếu đang tính là 0 — ${[
        ...(noSheet.length ? [`${noSheet.length} đơn vị chưa có phiếu (không có trong bảng): ${noSheet.join(', ')}`] : []),
        ...(partial.length ? [`${partial.length} đơn vị còn tiêu chí chưa có điểm: ${partial.map((p) => `${p.name} (${p.criteria} tiêu chí)`).join(', ')}`] : []),
      ].join('; ')}.`,
    bands: (bands, decimals) => {
      const pct = new Intl.NumberFormat('vi', { maximumFractionDigits: decimals });
      return `Xếp loại: ${bands.map((b) => `${b.id ? b.name : 'chưa đạt mức nào'} ${b.count} đơn vị (${pct.format(b.share)}%)`).join('; ')}.`;
    },
    stageUnscored: (st, scored) =>
      `Chưa phiếu nào có điểm của lần chấm «${st.id}» (${stageNameVi(st)})${scored.length ? `; các lần đã chấm: ${scored.map((s) => s.id).join(', ')}` : ''}.`,
    unknownStage: (o, st, stages) =>
      `${o} «${st}»: hướng dẫn chấm điểm không có lần chấm này. Các lần chấm: ${stages.map((s) => `${s.id} (${stageNameVi(s)})`).join(', ')}.`,
  },
  render: {
    written: (p) => `Đã ghi ${p}.`,
    unchanged: (p) => `${p} đã đúng như bản sẽ ghi, không ghi lại.`,
    exists: (p) => `${p} đã có và khác bản sẽ ghi. Thêm --force để ghi đè, hoặc chọn tệp khác bằng -o.`,
    notRendered: (n) =>
      `Không xuất văn bản: văn bản còn ${n} lỗi (ở trên). Sửa theo hướng dẫn rồi chạy lại, hoặc thêm --draft để xuất bản dự thảo có dấu «DỰ THẢO».`,
    draftWithErrors: (n) => `Bản dự thảo còn ${n} lỗi chưa sửa; văn bản mang dấu «DỰ THẢO» trên mọi trang.`,
    noPlan: 'Không có kế hoạch (kind: ke-hoach) nào trong thư mục plans/.',
    invalidPlans: (n) => `${n} tệp không đọc được thành dữ liệu (lỗi ở trên: cú pháp, cấu trúc hay quyền đọc); sửa rồi chạy lại.`,
    noOrganisation: (b, y) => `Không có tệp tổ chức (kind: to-chuc, id: ${b}) cho năm ${y}: văn bản cần tiêu đề và người ký từ tệp đó. Tạo plans/${y}/${b}/to-chuc.yaml.`,
    badTemplate: (p, n) => `Mẫu ${p} có ${n} lỗi (ở trên): sửa mẫu rồi chạy lại.`,
    noReport: (k) => `Không có tệp báo cáo (kind: bao-cao, type: ${k}) nào trong plans/. Tạo plans/<năm>/<cơ-quan>/bao-cao-${k}.yaml (xem ví dụ trong plans/2024/dinh-quan/).`,
    allWithOutput: '--all ghi mỗi văn bản vào tên mặc định của nó trong out/: không dùng cùng -o.',
    allNothing: (y) => `Năm ${y} không có kế hoạch hay báo cáo nào.`,
    allSummary: (w, u, f) => `${w} văn bản đã ghi, ${u} không đổi${f ? `, ${f} không xuất được (ở trên)` : ''}.`,
    failedTitle: (d) => `✖ ${d}`,
    pdfWritten: (p) => `Đã ghi ${p}.`,
    pdfMissing:
      'Không tạo được PDF: máy chưa có LibreOffice. Cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Windows, macOS: libreoffice.org) rồi chạy lại với --pdf. Tệp .docx vẫn đã được ghi.',
    pdfFailed: (p, d) => `LibreOffice không chuyển được ${p} sang PDF: ${d}`,
  },
  io: ioVi,
  fix: {
    changed: (f, n, dry) => `${dry ? 'Sẽ sửa' : 'Đã sửa'} ${n} chỗ trong ${f}:`,
    nothing: 'Không có chỗ nào sửa tự động được.',
  },
  cli: {
    description: 'Kế hoạch thi đua, khen thưởng của Ủy ban MTTQ Việt Nam dưới dạng tệp YAML.',
    lang: 'ngôn ngữ thông báo: vi (mặc định) hoặc en',
    version: 'in số phiên bản',
    help: 'in hướng dẫn sử dụng',
    check: 'kiểm tra các tệp kế hoạch (mặc định: mọi tệp trong plans/)',
    checkPaths: 'tệp hoặc thư mục cần kiểm tra',
    format: 'cách in kết quả: human (mặc định), json, github (mặc định trong GitHub Actions), sarif hoặc junit',
    strict: 'coi cảnh báo là lỗi (mã thoát 1)',
    today: 'coi ngày này là hôm nay (năm-tháng-ngày; mặc định: hôm nay theo giờ Việt Nam)',
    fix: 'tự sửa các lỗi sửa được an toàn (NFC, dấu thanh, khoảng trắng, tên viết sai, Nơi nhận), giữ nguyên chú thích và bố cục',
    noCache: 'không dùng bộ nhớ đệm .plan-cache/ (kiểm tra lại mọi tệp từ đầu)',
    dryRun: 'cùng --fix: chỉ in các chỗ sẽ sửa, không ghi tệp',
    schema: 'in JSON Schema của một loại tệp (không ghi loại: liệt kê các loại)',
    schemaKind: 'loại tệp',
    kindsTitle: 'Các loại tệp:',
    due: 'liệt kê nhiệm vụ đến hạn (mặc định: quý hiện tại, mọi cơ quan)',
    dueOptions: {
      quarter: 'quý (1-4)',
      month: 'tháng (1-12)',
      year: 'năm (mặc định: năm nay)',
      from: 'từ ngày (năm-tháng-ngày)',
      to: 'đến ngày (năm-tháng-ngày)',
      overdue: 'chỉ nhiệm vụ trễ hạn (quá hạn mà chưa xong)',
      unit: 'chỉ nhiệm vụ đơn vị này chủ trì hoặc phối hợp (mã đơn vị)',
      body: 'chỉ kế hoạch của cơ quan này (mã cơ quan)',
      status: 'chỉ nhiệm vụ có trạng thái này: planned, in-progress, done, cancelled',
      noCarry: 'không đưa nhiệm vụ còn nợ từ kỳ trước vào danh sách',
      format: 'cách in: table (mặc định), json, csv hoặc md',
      today: 'coi ngày này là hôm nay (năm-tháng-ngày)',
    },
    done: 'ghi một nhiệm vụ là đã xong, sửa tại chỗ trong tệp kế hoạch',
    doneOptions: {
      on: 'ngày xong (mặc định: hôm nay)',
      evidence: 'minh chứng, ví dụ "Báo cáo số 142/BC-MTTQ-BTT"',
      period: 'kỳ của nhiệm vụ lặp lại, ví dụ 2024-H2',
      body: 'mã cơ quan, khi nhiều kế hoạch có cùng mã nhiệm vụ',
      year: 'năm kế hoạch, khi nhiều kế hoạch có cùng mã nhiệm vụ',
    },
    score: 'tổng hợp điểm thi đua của các đơn vị: điểm từng phần, tổng, xếp hạng, xếp loại, đề nghị khen thưởng',
    scoreOptions: {
      year: 'năm thi đua (mặc định: năm gần nhất có hướng dẫn chấm điểm)',
      body: 'mã cơ quan chấm điểm (mặc định: cơ quan duy nhất có hướng dẫn chấm điểm năm đó)',
      cluster: 'chỉ các đơn vị của cụm thi đua này (mã cụm)',
      stage: 'lần chấm: self (đơn vị tự chấm), cluster (cụm chấm) hoặc final (Hội đồng chấm), hay mã một lần chấm trong "stages" của hướng dẫn; mặc định: lần chấm lấy làm kết quả',
      format: 'cách in: table (mặc định), json, csv hoặc md',
      diff: 'chỉ in những chỗ điểm của lần chấm --stage khác điểm của lần chấm này (mặc định: lần chấm đầu, đơn vị tự chấm), theo đơn vị và tiêu chí',
    },
    render: 'xuất văn bản Word (.docx) để trình ký, đúng thể thức Nghị định 30/2020/NĐ-CP',
    renderKind: 'loại văn bản: ke-hoach (kế hoạch), so-ket (báo cáo sơ kết 6 tháng), tong-ket (báo cáo tổng kết năm), cham-diem (báo cáo kết quả chấm điểm)',
    renderKindNeeded: 'Cần ghi loại văn bản (ke-hoach, so-ket, tong-ket, cham-diem) hoặc --all.',
    renderOptions: {
      year: 'năm của văn bản (mặc định: năm gần nhất)',
      body: 'mã cơ quan ban hành (mặc định: cơ quan duy nhất có văn bản đó trong năm)',
      output: 'tệp .docx sẽ ghi (mặc định: out/<năm>/<cơ-quan>/<loại>-<số>-<năm>.docx bên cạnh plans/)',
      force: 'ghi đè tệp đã có khi nội dung khác',
      draft: 'xuất cả khi văn bản còn lỗi, có dấu «DỰ THẢO» trên mọi trang',
      all: 'xuất mọi văn bản của năm (kế hoạch và báo cáo) của mọi cơ quan vào out/',
      pdf: 'ghi thêm bản PDF bên cạnh (cần LibreOffice)',
    },
    status: 'đổi trạng thái một nhiệm vụ: planned, in-progress, done, cancelled',
    taskIdArg: 'mã nhiệm vụ (trường "id" trong kế hoạch)',
    statusArg: 'trạng thái mới',
    changed: (id, f, st) => `Đã ghi «${id}»: ${st} (${f}).`,
    helpTitles: { usage: 'Cách dùng:', options: 'Tùy chọn:', commands: 'Lệnh:', arguments: 'Tham số:' },
    usageLines: {
      plan: '[tùy chọn] <lệnh>',
      check: '[tùy chọn] [đường dẫn...]',
      schema: '[loại]',
      due: '[tùy chọn]',
      done: '<mã-nhiệm-vụ> [tùy chọn]',
      status: '<mã-nhiệm-vụ> <trạng-thái> [tùy chọn]',
      score: '[tùy chọn]',
      render: '<loại> [tùy chọn] | --all [--year <năm>]',
    },
  },
};
