import { defaultStageWordsVi } from '../model/scoring-types.js';
import type { RuleArgs, Wording } from './catalogue.js';
import type { RuleId } from '../diagnostics/rules.js';

type ClerkRule = Exclude<RuleId, `file/${string}` | `yaml/${string}` | `schema/${string}`>;

/** dd/mm/yyyy, as Vietnamese documents write a date in running text. */
const vn = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : iso);
const roman = ['', 'I', 'II', 'III', 'IV'];
const whatWords: Record<string, string> = { unit: 'đơn vị', person: 'người ký' };
const roleWords: Record<string, string> = { leader: 'Cụm trưởng', deputy: 'Cụm phó' };
/** Points as Vietnamese writes them: decimal comma. */
const pts = (n: unknown) => String(n).replace('.', ',');
/** The first ten of a list, and how many more. */
const listed = (items: readonly string[], what: string) => (items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} và ${items.length - 10} ${what} khác`);

/** "and N more places in the file", for a problem said once per file. */
const moreVi = (more: unknown) => (Number(more) > 0 ? ` (và ${Number(more)} chỗ khác trong tệp)` : '');

const methodWords: Record<string, string> = { 'yes-no': 'có/không', 'per-item': 'theo từng chỉ tiêu', percent: 'theo tỷ lệ', graded: 'theo mức độ' };

const stageWords = defaultStageWordsVi;
const sumWhat: Record<string, string> = { section: 'phần', criterion: 'tiêu chí', total: 'tổng điểm' };
const kindWords: Record<string, string> = { 'to-chuc': 'tệp tổ chức (to-chuc.yaml)', 'ke-hoach': 'tệp kế hoạch (ke-hoach.yaml)' };
const reportWords: Record<string, string> = { 'so-ket': 'báo cáo sơ kết', 'tong-ket': 'báo cáo tổng kết', 'cham-diem': 'báo cáo chấm điểm' };

/** The wording of the rules a careful clerk applies (dates, numbers, references, text...). */
const missingWords: Record<string, string> = {
  'no-parent': 'tệp tổ chức không ghi cơ quan cấp trên ("parent")',
  'no-plan': 'không có kế hoạch (ke-hoach) cùng năm của cơ quan này',
  'no-units': 'tệp tổ chức không có đơn vị trực thuộc ("units")',
  'no-sheets': 'chưa có phiếu chấm điểm (cham-diem) nào của năm',
  'no-scheme': 'không có hướng dẫn chấm điểm (huong-dan-cham-diem) cùng năm của cơ quan này',
};

/** The characters `text/control-char` and `text/invisible-char` name, by `kind`. */
const controlNamesVi: Record<string, string> = {
  nul: 'NUL',
  'line-break': 'ngắt dòng của Word, Shift+Enter',
  'page-break': 'ngắt trang',
  escape: 'ESC, mã điều khiển của cửa sổ lệnh',
  delete: 'DEL',
  c1: 'ký tự điều khiển C1, thường do chuyển bảng mã sai',
  noncharacter: 'không phải ký tự Unicode',
  surrogate: 'nửa lẻ của một cặp UTF-16',
  'zero-width-space': 'khoảng trắng độ rộng 0',
  'word-joiner': 'ký tự nối từ',
  bom: 'dấu BOM, thường dính vào khi ghép tệp',
};

export const clerkRulesVi: { [R in ClerkRule]: (a: RuleArgs) => Wording } = {
  'date/invalid': (a) => ({
    message: `Ngày «${a.value}» không có trên lịch.`,
    hint: 'Ghi năm-tháng-ngày có thật (tháng 01-12; tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).',
  }),
  'date/plan-year': (a) => ({
    message: `Kế hoạch năm ${a.year} lại ký ngày ${vn(a.value)}.`,
    hint: `Ngày ký phải trong năm ${a.year} (hoặc quý IV năm trước); kiểm tra lại "date" hoặc "year".`,
  }),
  'date/basis-after-plan': (a) => ({
    message: `Văn bản căn cứ ngày ${vn(a.value)} lại sau ngày của kế hoạch (${vn(a.planDate)}).`,
    hint: 'Một văn bản chỉ căn cứ vào văn bản đã ban hành trước nó: kiểm tra ngày của căn cứ hoặc của kế hoạch.',
  }),
  'date/period-reversed': (a) => ({
    message: `Thời gian "period" kết thúc ngày ${vn(a.to)}, trước ngày bắt đầu ${vn(a.from)}.`,
    hint: 'Ghi "from" là ngày đầu, "to" là ngày cuối (có thể sang năm sau, với kế hoạch nhiều năm); có lẽ hai ngày bị ghi đảo.',
  }),
  'date/deadline-outside-period': (a) => ({
    message: a.quarter
      ? `Thời hạn ${vn(a.value)} nằm ngoài Quý ${roman[a.quarter]} năm ${a.year} (${vn(a.from)} - ${vn(a.to)}).`
      : `Thời hạn ${vn(a.value)} nằm ngoài thời gian của kế hoạch (${vn(a.from)} - ${vn(a.to)}).`,
    hint: 'Sửa thời hạn, hoặc chuyển nhiệm vụ sang quý có thời hạn đó.',
  }),
  'date/done-in-future': (a) => ({
    message: `Ngày hoàn thành ${vn(a.value)} còn ở tương lai (hôm nay là ${vn(a.today)}).`,
    hint: 'Chỉ ghi "done" khi việc đã xong; nếu cần kiểm tra theo một ngày khác, dùng --today.',
  }),
  'task/done-without-date': (a) => ({
    message: `Nhiệm vụ${a.period ? ` (kỳ ${a.period})` : ''} ghi đã xong nhưng thiếu ngày hoàn thành.`,
    hint: 'Thêm "done: năm-tháng-ngày" (hoặc dùng "plan done ID --on NGÀY").',
  }),
  'task/date-without-done': (a) => ({
    message: `Có ngày hoàn thành nhưng trạng thái${a.period ? ` kỳ ${a.period}` : ''} là «${a.status}», không phải «done».`,
    hint: 'Nếu việc đã xong, ghi "status: done"; nếu chưa, xóa dòng "done".',
  }),
  'task/no-lead': (a) => ({
    message: `Nhiệm vụ «${a.id}» chưa có đơn vị chủ trì.`,
    hint: 'Thêm "lead: MÃ" với mã một bộ phận, đơn vị hoặc cụm trong tệp tổ chức.',
  }),
  'number/type-code': (a) => ({
    message: `Ký hiệu «${a.symbol}» mở đầu bằng «${a.code}», nhưng ${a.kind} có mã «${a.expected}».`,
    hint: `Sửa ký hiệu cho bắt đầu bằng «${a.expected}» (Nghị định 30/2020/NĐ-CP, Phụ lục III), hoặc sửa loại văn bản.`,
  }),
  'number/issuer-symbol': (a) => ({
    message: `Ký hiệu «${a.symbol}» không khớp chữ viết tắt của cơ quan ban hành.`,
    hint: `Theo tệp tổ chức, ký hiệu là «${a.expected}».`,
  }),
  'number/duplicate': (a) => ({
    message: `Số ${a.number} năm ${a.year} đã dùng cho văn bản ${a.other}.`,
    hint: 'Mỗi cơ quan đánh số văn bản liên tục trong năm: hai văn bản không trùng số. Kiểm tra lại số.',
  }),
  'ref/duplicate-id': (a) => ({
    message: `Mã «${a.id}» bị dùng hai lần (lần đầu ở ${a.first}).`,
    hint: 'Mỗi mã chỉ đặt cho một đối tượng: đổi một trong hai mã.',
  }),
  'ref/unknown-id': (a) => ({
    message: `Không có ${whatWords[a.what] ?? 'đối tượng'} mã «${a.id}» trong tệp tổ chức.`,
    hint: a.suggestion
      ? `Có phải là «${a.suggestion}»?`
      : a.what === 'person'
        ? 'Thêm người này vào "people" của tệp tổ chức, hoặc sửa mã.'
        : 'Dùng mã của một bộ phận, đơn vị hay cụm trong tệp tổ chức, hoặc "all-units" cho tất cả đơn vị.',
  }),
  'ref/unknown-body': (a) => ({
    message: `Không tìm thấy tệp tổ chức của cơ quan «${a.id}» cho năm ${a.year}.`,
    hint: a.suggestion
      ? `Có phải là «${a.suggestion}»? Tệp tổ chức đặt cạnh kế hoạch, trong plans/${a.year}/${a.id}/to-chuc.yaml.`
      : `Tạo plans/${a.year}/${a.id}/to-chuc.yaml, hoặc sửa "body".`,
  }),
  'ref/cluster-leader': (a) => ({
    message: `${roleWords[a.role] ?? a.role} «${a.id}» không phải thành viên của cụm «${a.cluster}».`,
    hint: 'Thêm đơn vị vào "members" của cụm, hoặc chọn cụm trưởng, cụm phó trong các thành viên.',
  }),
  'ref/unit-in-two-clusters': (a) => ({
    message: `Đơn vị «${a.id}» ở cả cụm «${a.first}» và cụm «${a.second}».`,
    hint: 'Mỗi đơn vị chỉ thuộc một cụm thi đua: xóa đơn vị khỏi một cụm.',
  }),
  'recipients/line-format': (a) => ({
    message: `Nơi nhận «${a.found}» có gạch đầu dòng hoặc dấu câu ở cuối.`,
    hint: `Chỉ ghi «${a.expected}»: gạch đầu dòng, dấu ";" và dấu "." được in tự động.`,
  }),
  'recipients/archive': (a) => ({
    message:
      a.problem === 'missing'
        ? 'Nơi nhận thiếu dòng lưu trữ.'
        : a.problem === 'not-last'
          ? `Dòng lưu trữ «${a.found}» phải là dòng cuối của Nơi nhận.`
          : a.problem === 'colon-spacing'
            ? `Dòng lưu trữ «${a.found}» viết sai khoảng trắng quanh dấu hai chấm.`
            : `Dòng lưu trữ «${a.found}» thiếu dấu hai chấm.`,
    hint:
      a.problem === 'missing'
        ? 'Thêm dòng cuối "Lưu: VT" (Văn thư; thêm đơn vị soạn thảo nếu cần).'
        : a.problem === 'not-last'
          ? 'Chuyển dòng "Lưu: ..." xuống cuối danh sách.'
          : `Viết «${a.expected}»; "plan check --fix" tự sửa.`,
  }),
  'signer/authority': (a) => {
    const words: Record<string, Wording> = {
      'deputy-without-authority': {
        message: `Cấp phó (${a.position}) ký mà không ghi quyền hạn ký.`,
        hint: 'Cấp phó ký thay người đứng đầu thì ghi "authority: KT." và "on: Chủ tịch"; ký thay mặt tập thể thì "TM.".',
      },
      'on-missing': {
        message: `Quyền hạn ký «${a.authority}» chưa ghi ký thay cho ai.`,
        hint: 'Thêm "on": tập thể (ví dụ "Ban Thường trực") với TM., chức danh người đứng đầu (ví dụ "Chủ tịch") với KT., TL., TUQ.',
      },
      'tm-not-collective': {
        message: `"TM." là thay mặt một tập thể, nhưng «${a.on}» không phải tên một tập thể.`,
        hint: 'Ghi tên tập thể (Ban Thường trực, Ủy ban...) ở "on"; cấp phó ký thay người đứng đầu thì dùng "KT.".',
      },
      'kt-not-deputy': {
        message: `"KT." là cấp phó ký thay cấp trưởng, nhưng người ký là ${a.position}.`,
        hint: 'Người đứng đầu ký trực tiếp thì bỏ "authority"; ký thay mặt tập thể thì dùng "TM.".',
      },
      'delegate-is-head': {
        message: `"${a.authority}" là ký thừa lệnh hoặc thừa ủy quyền của ${a.on}, không phải chính người đó ký.`,
        hint: 'Người đứng đầu ký trực tiếp thì bỏ "authority"; người được giao ký thì ghi chức vụ của họ.',
      },
    };
    return words[a.problem] ?? { message: `Quyền hạn ký không hợp lệ (${a.problem}).` };
  },
  'text/nfc': (a) => ({
    message: `«${a.found}» gõ bằng ký tự tổ hợp rời (thường do dán từ PDF): trông giống nhưng không tìm kiếm, so sánh được.`,
    hint: `Viết lại bằng ký tự dựng sẵn (Unicode NFC); "plan check --fix" tự sửa.`,
  }),
  'text/tone-mark': (a) => ({
    message: `Dấu thanh đặt sai chỗ: «${a.found}».`,
    hint: `Viết «${a.expected}»; "plan check --fix" tự sửa.`,
  }),
  'text/spacing': (a) => ({
    message:
      a.kind === 'before-punctuation'
        ? 'Thừa khoảng trắng trước dấu câu.'
        : a.kind === 'after-bracket'
          ? 'Thừa khoảng trắng sau dấu mở ngoặc.'
          : a.kind === 'tab'
            ? 'Có ký tự Tab giữa chữ.'
            : 'Thừa khoảng trắng giữa hai chữ.',
    hint: '"plan check --fix" tự sửa.',
  }),
  'text/quotes': (a) => ({
    message: `Dấu «${a.found}» không có dấu đóng/mở tương ứng.`,
    hint: a.expected ? `Thêm dấu «${a.expected}» tương ứng, hoặc xóa dấu thừa.` : 'Thêm dấu tương ứng, hoặc xóa dấu thừa.',
  }),
  'text/known-name': (a) => ({
    message: `Viết sai tên: «${a.found}».`,
    hint: `Viết «${a.expected}»; "plan check --fix" tự sửa.`,
  }),
  'text/control-char': (a) => ({
    message: `Văn bản có ${a.kind === 'noncharacter' || a.kind === 'surrogate' ? 'ký tự không hợp lệ' : 'ký tự điều khiển'} ${a.code}${controlNamesVi[a.kind] ? ` (${controlNamesVi[a.kind]})` : ''}${a.escaped ? `, viết bằng «${a.found}»` : ''}: không in ra được, và văn bản Word có ký tự này thì Word, LibreOffice không mở được.`,
    hint:
      a.kind === 'line-break' || a.kind === 'page-break'
        ? 'Thay bằng dấu cách (muốn xuống dòng thì viết thành đoạn hay dòng riêng); "plan check --fix" tự sửa.'
        : a.escaped
          ? `Xóa «${a.found}» khỏi chuỗi trong nháy kép.`
          : 'Xóa ký tự này (thường dính vào khi dán từ chương trình khác; trình soạn thảo hiện nó ở cột được chỉ).',
  }),
  'text/invisible-char': (a) => ({
    message: `Văn bản có ký tự vô hình ${a.code}${controlNamesVi[a.kind] ? ` (${controlNamesVi[a.kind]})` : ''}${a.escaped ? `, viết bằng «${a.found}»` : ''}: không in ra gì nhưng làm tìm kiếm, so sánh chữ sai.`,
    hint: 'Xóa ký tự này; "plan check --fix" tự sửa.',
  }),
  'repo/layout': (a) => ({
    message:
      a.problem === 'year'
        ? `Kế hoạch năm ${a.value} lại nằm trong thư mục năm ${a.folder}.`
        : `Mã cơ quan «${a.value}» khác tên thư mục «${a.folder}».`,
    hint:
      a.problem === 'year'
        ? `Chuyển tệp sang plans/${a.value}/, hoặc sửa "year".`
        : `Đặt tên thư mục theo mã cơ quan (plans/NĂM/${a.value}/), hoặc sửa mã.`,
  }),
  'repo/incomplete-year': (a) => ({
    message: `Thư mục ${a.folder} thiếu ${kindWords[a.missing] ?? a.missing}.`,
    hint: `Mỗi cơ quan mỗi năm có một tệp tổ chức và một kế hoạch; xem "plan schema ${a.missing}".`,
  }),
  'repo/parent-citation': (a) => ({
    message:
      a.problem === 'missing'
        ? `Kế hoạch chưa căn cứ Kế hoạch số ${a.cited} ngày ${vn(a.date)} của cấp trên («${a.body}»).`
        : a.problem === 'number'
          ? `Căn cứ ghi Kế hoạch số ${a.found}, nhưng kế hoạch cùng năm của cấp trên («${a.body}») là số ${a.cited}.`
          : `Căn cứ ghi Kế hoạch số ${a.cited} ngày ${vn(a.found)}, nhưng kế hoạch đó ký ngày ${vn(a.date)}.`,
    hint:
      a.problem === 'missing'
        ? 'Thêm kế hoạch của cấp trên vào "bases" (thường là căn cứ đầu tiên, "Thực hiện Kế hoạch số ...").'
        : 'Sửa số, ký hiệu, ngày của căn cứ cho đúng với kế hoạch của cấp trên.',
  }),
  'repo/parent-date': (a) => ({
    message: `Kế hoạch ký ngày ${vn(a.date)}, trước Kế hoạch số ${a.cited} của cấp trên (ngày ${vn(a.parentDate)}) mà nó cụ thể hóa.`,
    hint: 'Kiểm tra lại ngày ký của hai kế hoạch.',
  }),
  'repo/parent-cluster': (a) =>
    a.problem === 'unknown'
      ? {
          message: `Cơ quan ghi là thành viên cụm «${a.cluster}», nhưng tệp tổ chức của cấp trên («${a.parent}») không có cụm này.${a.suggestion ? ` Có phải «${a.suggestion}»?` : ''}`,
          hint: (a.clusters as readonly string[]).length
            ? `Các cụm của cấp trên: ${(a.clusters as readonly string[]).join(', ')}. Sửa "memberOf" ở đây, hoặc thêm cụm vào "clusters" của cấp trên.`
            : 'Tệp tổ chức của cấp trên chưa có cụm nào ("clusters"): thêm cụm ở đó, hoặc bỏ "memberOf" ở đây.',
        }
      : {
          message: `Cơ quan ghi là thành viên cụm «${a.cluster}», nhưng tệp tổ chức của cấp trên («${a.parent}») không có «${a.id}» trong cụm đó.`,
          hint: 'Sửa "memberOf" ở đây hoặc "members" của cụm trong tệp tổ chức của cấp trên cho khớp.',
        },
  'repo/parent-unit': (a) => ({
    message: `Tệp tổ chức của cấp trên («${a.parent}») không có đơn vị «${a.id}».`,
    hint: `Thêm «${a.id}» vào "units" của cấp trên, hoặc sửa "parent.id" ở đây.`,
  }),
  'score/scheme-sum': (a) => ({
    message: a.what === 'total'
      ? `Tổng điểm ghi ${pts(a.found)}, nhưng điểm tối đa các phần cộng mức trần điểm thưởng (trong trần tổng điểm, nếu có) là ${pts(a.expected)}.`
      : a.capped === 'yes'
        ? `Mức trần của ${sumWhat[a.what] ?? a.what} ghi ${pts(a.found)}, nhưng các tiêu chí con cộng lại chỉ ${pts(a.expected)}: không đơn vị nào đạt được mức trần.`
        : `Điểm tối đa của ${sumWhat[a.what] ?? a.what} ghi ${pts(a.found)}, nhưng các tiêu chí con cộng lại là ${pts(a.expected)}.`,
    hint:
      a.what === 'total'
        ? 'Sửa tổng điểm cho khớp (có trần tổng điểm "cap" thì tổng điểm là số nhỏ hơn giữa tổng trên và trần).'
        : 'Sửa điểm tối đa cho khớp với tổng, hoặc sửa điểm các tiêu chí con; nhóm mà tiêu chí con cộng lại được quá điểm tối đa thì ghi "capped: true".',
  }),
  'score/above-max': (a) => ({
    message: `Điểm ${stageWords[a.stage] ?? a.stage} của «${a.id}» là ${pts(a.value)}, ngoài khoảng 0 - ${pts(a.max)}.`,
    hint: 'Điểm chấm không âm và không vượt điểm tối đa của tiêu chí trong hướng dẫn chấm điểm.',
  }),
  'score/missing-criterion': (a) => ({
    message: `Phiếu của «${a.unit}» thiếu điểm tiêu chí ${(a.ids as readonly string[]).map((id) => `«${id}»`).join(', ')}.`,
    hint: 'Mỗi tiêu chí lá của hướng dẫn chấm điểm phải có điểm trong phiếu (ghi 0 nếu không đạt).',
  }),
  'score/method': (a) => ({
    message: `Điểm ${stageWords[a.stage] ?? a.stage} của «${a.id}» là ${pts(a.value)}, không phải số điểm mà cách cho điểm ${methodWords[a.method] ?? a.method} cho được (${(a.allowed as readonly string[]).map((p) => pts(Number(p))).join('; ')}).`,
    hint: a.method === 'yes-no' ? 'Tiêu chí có/không: làm đủ thì được trọn điểm, không thì 0.' : 'Ghi đúng điểm của một bậc (hay một số chỉ tiêu) trong hướng dẫn, hoặc 0.',
  }),
  'score/achieved': (a) => ({
    message: `«${a.id}» ghi mức đạt ${pts(a.achieved)}, theo hướng dẫn được ${pts(a.expected)} điểm, nhưng điểm ${stageWords[a.stage] ?? a.stage} là ${pts(a.value)}.`,
    hint: 'Sửa điểm cho đúng bậc của mức đạt, hoặc sửa mức đạt nếu đã được xác minh lại.',
  }),
  'score/no-reason': (a) => ({
    message: `Điểm «${a.id}» của «${a.unit}» khác nhau giữa các lần chấm (${String(a.stages).replace(/self/g, 'tự chấm').replace(/cluster/g, 'cụm chấm').replace(/final/g, 'Hội đồng').replace(/\./g, ',')}) mà không ghi lý do.`,
    hint: 'Ghi "reason: ..." (lý do của cụm hay Hội đồng khi cho điểm khác điểm tự chấm), hoặc "note: ...".',
  }),
  'score/unknown-criterion': (a) => ({
    message: a.what === 'award' ? `Hướng dẫn chấm điểm không có hình thức khen thưởng «${a.id}».` : `Hướng dẫn chấm điểm không có ${a.what === 'part' ? 'phần, tiêu chí' : 'tiêu chí'} hay mục «${a.id}».`,
    hint:
      a.what === 'award'
        ? 'Dùng mã một hình thức trong "awards" của hướng dẫn chấm điểm.'
        : a.what === 'part'
          ? 'Dùng mã một phần, tiêu chí, nội dung điểm thưởng hoặc điểm trừ của hướng dẫn chấm điểm.'
          : 'Dùng mã tiêu chí lá, mục điểm thưởng hoặc điểm trừ của hướng dẫn chấm điểm.',
  }),
  'score/unknown-stage': (a) => {
    const stages = a.stages as readonly string[];
    const where: Record<string, string> = {
      sheet: 'Phiếu ghi điểm của lần chấm',
      report: 'Báo cáo in điểm của lần chấm',
      official: '"official" là lần chấm',
      from: '"from" tổng hợp từ lần chấm',
      'tie-break': 'Thứ tự xét khi bằng điểm dùng tổng điểm của lần chấm',
    };
    return {
      message: `${where[String(a.where)] ?? 'Lần chấm'} «${a.stage}» mà ${a.where === 'from' ? 'trước đó trong "stages" không có lần chấm tự ghi điểm nào như vậy' : 'hướng dẫn chấm điểm không có lần chấm này'}${moreVi(a.more)}.${a.suggestion ? ` Có phải «${a.suggestion}»?` : ''}`,
      hint: stages.length
        ? `${a.where === 'from' ? 'Các lần chấm dùng được' : 'Các lần chấm của hướng dẫn'}: ${stages.join(', ')}.${a.where === 'sheet' ? ' Điểm của lần chấm không có trong hướng dẫn không được tính vào đâu.' : ''}`
        : 'Ghi các lần chấm tự ghi điểm (không có "from") trước lần chấm tổng hợp.',
    };
  },
  'score/stage-scope': (a) =>
    a.case === 'report'
      ? {
          message: `Lần chấm «${a.stage}» chỉ chấm một phần của hướng dẫn: báo cáo chấm điểm xếp loại và đề nghị khen thưởng theo kết quả, không theo một phần.`,
          hint: `Ghi "stage" là một lần chấm chấm đủ hướng dẫn${(a.from as readonly string[]).length ? ` (${(a.from as readonly string[]).join(', ')})` : ''}; điểm riêng của lần chấm này xem bằng plan score --stage ${a.stage}.`,
        }
      : a.case === 'assembled'
      ? {
          message: `Lần chấm «${a.stage}» tổng hợp từ ${(a.from as readonly string[]).map((s) => `«${s}»`).join(', ')}, không ghi điểm riêng: điểm này không được tính${moreVi(a.more)}.`,
          hint: 'Ghi điểm dưới mã lần chấm chấm phần này (một trong các lần ở "from" của hướng dẫn).',
        }
      : {
          message: `Lần chấm «${a.stage}» không chấm «${a.id}» (hướng dẫn giao cho lần chấm khác): điểm này không được tính${moreVi(a.more)}.`,
          hint: 'Ghi điểm dưới mã lần chấm chấm phần này, hoặc sửa "scores" của lần chấm trong hướng dẫn.',
        },
  'score/stage-coverage': (a) => {
    const missing = a.missing as readonly string[];
    const twice = a.twice as readonly string[];
    return {
      message: `Lần chấm «${a.stage}» tổng hợp từ nhiều lần chấm, nhưng ${[
        ...(missing.length ? [`không lần nào chấm ${listed(missing.map((id) => `«${id}»`), 'mục')} (sẽ thành 0 điểm)`] : []),
        ...(twice.length ? [`${listed(twice.map((id) => `«${id}»`), 'mục')} do hai lần chấm cùng chấm`] : []),
      ].join('; ')}.`,
      hint: 'Mỗi phần, tiêu chí, nội dung điểm thưởng và điểm trừ do đúng một lần chấm trong "from" chấm: sửa "scores" của các lần chấm đó.',
    };
  },
  'score/step': (a) => ({
    message:
      a.what === 'score'
        ? `Điểm ${stageWords[a.stage as string] ?? a.stage} của «${a.id}» là ${pts(a.value)}, không theo bước ${pts(a.step)} điểm của hướng dẫn chấm điểm.`
        : `«${a.field}» là ${pts(a.value)}, không theo bước ${pts(a.step)} điểm của hướng dẫn${a.stated === 'yes' ? ' ("step")' : ' (mặc định, khi hướng dẫn không ghi "step")'}.`,
    hint: `Làm tròn thành ${pts(a.below)} hoặc ${pts(a.above)}.${a.stated === 'no' ? ' Hướng dẫn cho điểm lẻ tới 0,1 điểm thì ghi "step: 0.1" trong tệp hướng dẫn chấm điểm.' : ''}`,
  }),
  'score/unknown-unit': (a) => ({
    message: `Tệp tổ chức của «${a.body}» năm ${a.year} không có đơn vị «${a.id}».`,
    hint: 'Sửa mã đơn vị, hoặc thêm đơn vị vào "units" của tệp tổ chức.',
  }),
  'score/duplicate-sheet': (a) => ({
    message: a.other
      ? `Đơn vị «${a.unit}» cũng có phiếu chấm trong ${a.other}: đơn vị sẽ bị tính điểm và khen thưởng hai lần.`
      : `Đơn vị «${a.unit}» có hai phiếu chấm trong tệp này (phiếu thứ ${a.first} và phiếu này): phiếu thứ hai sẽ bị tính điểm và khen thưởng hai lần.`,
    hint: 'Giữ một phiếu cho mỗi đơn vị: gộp điểm vào một phiếu rồi xóa phiếu thừa, hoặc sửa mã đơn vị nếu ghi nhầm.',
  }),
  'score/missing-sheet': (a) => ({
    message: `Chưa có phiếu chấm của ${(a.ids as readonly string[]).length}/${a.count} đơn vị của «${a.body}» năm ${a.year}: ${(a.ids as readonly string[]).map((id) => `«${id}»`).join(', ')}; các đơn vị này sẽ không có trong bảng xếp hạng.`,
    hint: 'Thêm phiếu chấm cho từng đơn vị còn thiếu (điểm 0 nếu đơn vị không nộp), hoặc bỏ đơn vị khỏi "units" của tệp tổ chức nếu năm nay không chấm.',
  }),
  'score/unscored': (a) => {
    const noSheet = a.noSheet as readonly string[];
    const units = a.partialUnits as readonly string[];
    const partial = units.map((unit, i) => ({ unit, criteria: String((a.partialCriteria as readonly string[])[i]).split(', ') }));
    const parts = [
      ...(noSheet.length ? [`${noSheet.length}/${a.units} đơn vị chưa có phiếu (${listed(noSheet.map((u) => `«${u}»`), 'đơn vị')})`] : []),
      ...(partial.length
        ? [`${partial.length} phiếu còn tiêu chí chưa có điểm ${stageWords[a.stage] ?? a.stage} (${listed(partial.map((p) => `«${p.unit}»: ${listed(p.criteria, 'tiêu chí')}`), 'phiếu')})`]
        : []),
    ];
    return {
      message: `${a.scored === 'yes' ? 'Vòng chấm' : 'Chưa đơn vị nào được chấm ở vòng'} «${stageWords[a.stage] ?? a.stage}»${a.scored === 'yes' ? ' chưa xong' : ''}: ${parts.join('; ')}. Điểm còn thiếu đang được tính là 0, nên báo cáo chưa phải kết quả để ký.`,
      hint: 'Chấm đủ rồi xuất báo cáo; muốn xem trước thì thêm --draft (bản dự thảo có dấu «DỰ THẢO»).',
    };
  },
  'score/bonus-cap': (a) => ({
    message: `Điểm thưởng ${stageWords[a.stage] ?? a.stage} cộng lại là ${pts(a.found)}, vượt mức trần ${pts(a.cap)}.`,
    hint: 'Tổng điểm thưởng không vượt mức trần của hướng dẫn chấm điểm.',
  }),
  'score/stated-total': (a) => ({
    message: `Tổng điểm ${stageWords[a.stage] ?? a.stage} của «${a.unit}» ghi ${pts(a.found)}, nhưng cộng lại là ${pts(a.expected)}.`,
    hint: 'Tổng = điểm các tiêu chí + điểm thưởng (trong mức trần) - điểm trừ; sửa tổng hoặc điểm thành phần.',
  }),
  'score/no-scheme': (a) => ({
    message: `Không có hướng dẫn chấm điểm của «${a.body}» năm ${a.year}.`,
    hint: `Tạo plans/${a.year}/${a.body}/huong-dan-cham-diem.yaml, hoặc sửa "scheme".`,
  }),
  'template/placeholder': (a) => ({
    message:
      a.problem === 'syntax'
        ? 'Chỗ điền mở bằng «{{» mà không đóng bằng «}}».'
        : a.problem === 'tag'
          ? `«${a.tag}» không phải chỗ điền: mẫu chỉ dùng chỗ điền dạng {{tên}}, và đoạn {{#tên}}...{{/tên}}, {{^tên}}...{{/tên}}.`
          : a.problem === 'unclosed'
            ? `«${a.tag}» mở một đoạn mà không có «{{/${a.name}}}» đóng lại trong cùng văn bản.`
            : a.problem === 'unopened'
              ? `«${a.tag}» đóng một đoạn chưa được mở bằng «{{#${a.name}}}» hay «{{^${a.name}}}».`
              : `Mẫu ${reportWords[a.type] ?? a.type} không có chỗ điền «{{${a.name}}}»${a.suggestion ? `; có phải «{{${a.suggestion}}}»?` : '.'}`,
    hint:
      a.problem === 'unknown'
        ? 'Xem danh sách tên chỗ điền trong README (mục «Mẫu báo cáo») hoặc bằng «plan schema mau-bao-cao».'
        : a.problem === 'unclosed' || a.problem === 'unopened'
          ? 'Mỗi đoạn mở bằng {{#tên}} (in khi có giá trị) hoặc {{^tên}} (in khi không có) và đóng bằng {{/tên}} trong cùng một dòng văn bản của mẫu.'
          : 'Viết chỗ điền đúng dạng {{tên}}, ví dụ {{nhiem_vu.ty_le_da_xong}}; đoạn chỉ in khi có (hay không có) giá trị: {{#tên}}...{{/tên}}, {{^tên}}...{{/tên}}; không dùng {{>...}}, {{{...}}}.',
  }),
  'template/table': (a) => ({
    message: `Bảng «${a.table}» không có trong ${reportWords[a.type] ?? a.type}.`,
    hint: `Bảng dùng được ở loại báo cáo này: ${(a.allowed as readonly string[]).join(', ')}.`,
  }),
  'template/missing-value': (a) => ({
    message:
      a.what === 'narrative'
        ? `Mẫu cần phần tự viết «${a.name}» mà tệp báo cáo ${a.report} không có.`
        : a.what === 'table'
          ? `Bảng «${a.name}» không có số liệu: ${missingWords[a.reason] ?? a.reason}.`
          : `Chỗ điền «{{${a.name}}}» chưa có giá trị: ${missingWords[a.reason] ?? a.reason}.`,
    hint:
      a.what === 'narrative'
        ? `Thêm vào ${a.report}:\n  narrative:\n    ${a.name}:\n      - ...`
        : 'Bổ sung dữ liệu đó, hoặc bỏ chỗ điền này khỏi mẫu.',
  }),
  'template/unused-narrative': (a) => ({
    message: `Phần tự viết «${a.name}» không được in: mẫu ${a.template} không có chỗ «narrative: ${a.name}».`,
    hint: `Các chỗ của mẫu: ${(a.slots as readonly string[]).join(', ') || '(không có)'}. Đổi tên cho khớp, hoặc thêm chỗ này vào mẫu.`,
  }),
};

export const clerkDescriptionsVi: { [R in ClerkRule]: string } = {
  'date/invalid': 'Ngày không có trên lịch.',
  'date/plan-year': 'Ngày ký kế hoạch không thuộc năm kế hoạch.',
  'date/basis-after-plan': 'Văn bản căn cứ có ngày sau ngày kế hoạch.',
  'date/deadline-outside-period': 'Thời hạn nhiệm vụ ngoài quý hoặc thời gian của kế hoạch.',
  'date/period-reversed': 'Thời gian của kế hoạch hay báo cáo kết thúc trước khi bắt đầu.',
  'date/done-in-future': 'Ngày hoàn thành ở tương lai.',
  'task/done-without-date': 'Nhiệm vụ đã xong nhưng thiếu ngày hoàn thành.',
  'task/date-without-done': 'Có ngày hoàn thành nhưng trạng thái chưa xong.',
  'task/no-lead': 'Nhiệm vụ chưa có đơn vị chủ trì.',
  'number/type-code': 'Mã loại văn bản trong ký hiệu không khớp loại văn bản.',
  'number/issuer-symbol': 'Ký hiệu không khớp chữ viết tắt của cơ quan ban hành.',
  'number/duplicate': 'Hai văn bản của một cơ quan trùng số trong năm.',
  'ref/duplicate-id': 'Mã bị dùng hai lần.',
  'ref/unknown-id': 'Mã đơn vị hoặc người ký không có trong tệp tổ chức.',
  'ref/unknown-body': 'Không có tệp tổ chức của cơ quan ban hành.',
  'ref/cluster-leader': 'Cụm trưởng, cụm phó không thuộc cụm.',
  'ref/unit-in-two-clusters': 'Một đơn vị ở hai cụm thi đua.',
  'recipients/line-format': 'Nơi nhận có gạch đầu dòng hoặc dấu câu thừa.',
  'recipients/archive': 'Dòng lưu trữ của Nơi nhận thiếu, sai chỗ hoặc thiếu dấu hai chấm.',
  'signer/authority': 'Quyền hạn ký (TM., KT., TL., TUQ.) không hợp với người ký.',
  'text/nfc': 'Chữ gõ bằng ký tự tổ hợp rời (không phải Unicode NFC).',
  'text/tone-mark': 'Dấu thanh đặt sai chỗ hoặc chồng dấu.',
  'text/spacing': 'Khoảng trắng thừa.',
  'text/quotes': 'Dấu ngoặc, ngoặc kép không cân.',
  'text/known-name': 'Tên thường gặp bị viết sai.',
  'text/control-char': 'Ký tự điều khiển trong văn bản (Word không mở được).',
  'text/invisible-char': 'Ký tự vô hình trong văn bản.',
  'repo/layout': 'Tệp không khớp thư mục năm hoặc thư mục cơ quan.',
  'repo/incomplete-year': 'Thư mục năm của một cơ quan thiếu tệp tổ chức hoặc kế hoạch.',
  'repo/parent-citation': 'Kế hoạch không căn cứ đúng kế hoạch cùng năm của cấp trên.',
  'repo/parent-date': 'Kế hoạch ký trước kế hoạch của cấp trên.',
  'repo/parent-cluster': 'Cụm thi đua không khớp với tệp tổ chức của cấp trên.',
  'repo/parent-unit': 'Cấp trên không có đơn vị này.',
  'score/scheme-sum': 'Điểm tối đa các tiêu chí con, các phần và điểm thưởng không cộng đúng.',
  'score/above-max': 'Điểm chấm âm hoặc vượt điểm tối đa của tiêu chí.',
  'score/missing-criterion': 'Phiếu chấm thiếu điểm một tiêu chí.',
  'score/unknown-criterion': 'Điểm cho tiêu chí hay mục không có trong hướng dẫn chấm điểm.',
  'score/unknown-unit': 'Phiếu chấm của đơn vị không có trong tệp tổ chức.',
  'score/method': 'Điểm không phải số mà cách cho điểm của tiêu chí cho được (có/không, theo bậc, theo chỉ tiêu).',
  'score/achieved': 'Điểm không đúng bậc của mức đạt được ghi trong phiếu.',
  'score/no-reason': 'Điểm khác nhau giữa các lần chấm mà không ghi lý do.',
  'score/duplicate-sheet': 'Một đơn vị có hai phiếu chấm (trong một tệp hay hai tệp).',
  'score/missing-sheet': 'Đơn vị của tệp tổ chức chưa có phiếu chấm.',
  'score/unscored': 'Báo cáo chấm điểm của một vòng chấm chưa xong (đơn vị chưa có phiếu, tiêu chí chưa có điểm).',
  'score/unknown-stage': 'Lần chấm không có trong hướng dẫn chấm điểm.',
  'score/stage-scope': 'Điểm ghi cho lần chấm không chấm phần đó (lần chấm tổng hợp, hay phần của nơi chấm khác).',
  'score/stage-coverage': 'Lần chấm tổng hợp có phần không ai chấm, hoặc do hai nơi cùng chấm.',
  'score/step': 'Điểm không theo bước điểm của hướng dẫn (mặc định 0,25; "step: 0.1" khi hướng dẫn cho điểm lẻ tới 0,1).',
  'score/bonus-cap': 'Điểm thưởng vượt mức trần.',
  'score/stated-total': 'Tổng điểm ghi trên phiếu không đúng tổng cộng.',
  'score/no-scheme': 'Phiếu chấm không có hướng dẫn chấm điểm tương ứng.',
  'template/placeholder': 'Chỗ điền {{...}} sai cú pháp hoặc không có trong loại báo cáo của mẫu.',
  'template/table': 'Bảng số liệu không dùng được ở loại báo cáo của mẫu.',
  'template/missing-value': 'Chỗ điền hoặc phần tự viết mà mẫu dùng nhưng dữ liệu không có.',
  'template/unused-narrative': 'Phần tự viết trong báo cáo mà mẫu không in.',
};
