import { commonDefs, prop, ref } from './common.js';

const statusEnum = prop(
  'Trạng thái',
  'planned: chưa làm; in-progress: đang làm; done: đã xong (ghi ngày ở "done"); cancelled: không làm nữa.',
  { enum: ['planned', 'in-progress', 'done', 'cancelled'] },
);
const doneDate = ref('date', 'Ngày hoàn thành', 'Ngày nhiệm vụ xong, năm-tháng-ngày; chỉ ghi khi trạng thái là "done".');
const evidence = ref(
  'text',
  'Minh chứng',
  'Văn bản hoặc sự kiện chứng minh đã làm xong, ví dụ "Báo cáo số 142/BC-MTTQ-BTT".',
);
const unitRef = ref(
  'id',
  'Mã đơn vị',
  'Mã một bộ phận, đơn vị trực thuộc hoặc cụm thi đua trong tệp tổ chức; "all-units" là tất cả đơn vị trực thuộc.',
);

/** Nơi nhận, shared by every document that is signed and sent (plans, reports). */
export const recipientsSchema = prop(
  'Nơi nhận',
  'Mỗi nơi nhận một dòng, không ghi gạch đầu dòng và dấu chấm phẩy (được in tự động); dòng cuối là "Lưu: VT".',
  { type: 'array', minItems: 1, items: { $ref: '#/$defs/text' } },
);

/** The signer of a document, shared by plans and reports. */
export const signerSchema = prop('Người ký', 'Thẩm quyền ký, chức vụ và người ký.', {
  type: 'object',
  additionalProperties: false,
  required: ['person'],
  properties: {
    authority: prop(
      'Quyền hạn ký',
      'TM.: thay mặt tập thể; KT.: ký thay người đứng đầu; TL.: thừa lệnh; TUQ.: thừa ủy quyền. Bỏ trống khi người đứng đầu ký trực tiếp.',
      { enum: ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] },
    ),
    on: ref('text', 'Ký thay cho', 'Tập thể hoặc chức danh được ký thay, ví dụ "Ban Thường trực" hoặc "Chủ tịch".'),
    position: ref('text', 'Chức vụ', 'Chức vụ in trên chữ ký; bỏ trống thì lấy chức vụ của người ký trong tệp tổ chức.'),
    person: ref('id', 'Người ký', 'Mã người ký trong danh sách "people" của tệp tổ chức.'),
  },
});

/** A document's symbol after the "/": "KH-MTTQ-BTT", "BC-MTTQ-BTT". */
export const symbolPattern = '^[A-Za-zĐđ0-9]+([-.][A-Za-zĐđ0-9]+)*$';

export const planSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/ke-hoach.schema.json',
  title: 'Kế hoạch',
  description:
    'Kế hoạch thi đua, khen thưởng của một cơ quan trong một năm: số, ký hiệu, ngày, trích yếu, căn cứ, các phần và nhiệm vụ theo quý, nơi nhận, người ký.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'body', 'year', 'number', 'symbol', 'date', 'summary', 'sections', 'recipients', 'signer'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "ke-hoach" với tệp kế hoạch.', { const: 'ke-hoach' }),
    body: ref('id', 'Cơ quan ban hành', 'Mã cơ quan trong tệp tổ chức (trường "id" của tệp to-chuc.yaml).'),
    year: ref('year', 'Năm kế hoạch', 'Năm mà kế hoạch thực hiện, ví dụ 2024.'),
    period: prop(
      'Thời gian thực hiện',
      'Chỉ ghi khi kế hoạch không trọn một năm (đợt thi đua, sự kiện): từ ngày, đến ngày.',
      {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: {
          from: ref('date', 'Từ ngày', 'Ngày bắt đầu, năm-tháng-ngày.'),
          to: ref('date', 'Đến ngày', 'Ngày kết thúc, năm-tháng-ngày.'),
        },
      },
    ),
    number: prop('Số văn bản', 'Số thứ tự văn bản của cơ quan trong năm, ví dụ 109. Số dưới 10 được in thêm số 0 ở trước.', {
      type: 'integer',
      minimum: 1,
    }),
    symbol: prop(
      'Ký hiệu văn bản',
      'Ký hiệu sau dấu "/", ví dụ "KH-MTTQ-BTT": mã loại văn bản (KH) rồi chữ viết tắt của cơ quan, nối bằng gạch ngang, không có khoảng trắng.',
      { type: 'string', pattern: symbolPattern },
    ),
    place: ref('text', 'Địa danh', 'Địa danh ở dòng ngày tháng; bỏ trống thì lấy theo tệp tổ chức.'),
    date: ref('date', 'Ngày ban hành', 'Ngày ký văn bản, năm-tháng-ngày, ví dụ 2024-01-25.'),
    summary: ref(
      'text',
      'Trích yếu',
      'Trích yếu nội dung dưới chữ KẾ HOẠCH. Muốn xuống dòng như bản gốc thì dùng khối "|-" của YAML.',
    ),
    bases: prop('Căn cứ', 'Các văn bản làm căn cứ, theo thứ tự in trên văn bản.', {
      type: 'array',
      items: { $ref: '#/$defs/basis' },
    }),
    intro: ref('text', 'Câu dẫn', 'Câu sau các căn cứ, dẫn vào nội dung kế hoạch, ví dụ "... xây dựng kế hoạch ... như sau:".'),
    numbering: prop(
      'Cách đánh số đề mục',
      'Mẫu số của từng cấp đề mục: "I" là số La Mã, "1" là số Ả Rập, "a" là chữ cái; phần còn lại giữ nguyên. Ví dụ ["I/-", "1."].',
      { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[^I1a]*[I1a][^I1a]*$' } },
    ),
    sections: prop('Các phần', 'Các phần của kế hoạch theo thứ tự (mục đích, yêu cầu; nội dung; tổ chức thực hiện...).', {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/section' },
    }),
    closing: ref('text', 'Câu kết', 'Đoạn cuối trước phần ký, ví dụ "Trên đây là kế hoạch ..../.".'),
    recipients: recipientsSchema,
    signer: signerSchema,
  },
  $defs: {
    ...commonDefs,
    basis: {
      title: 'Căn cứ',
      description: 'Một văn bản làm căn cứ: loại, số, ký hiệu, ngày, cơ quan ban hành, tên.',
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'title'],
      properties: {
        verb: prop('Từ dẫn', 'Từ mở đầu dòng căn cứ: "Căn cứ" hoặc "Thực hiện". Mặc định "Căn cứ".', {
          enum: ['Căn cứ', 'Thực hiện'],
        }),
        kind: ref('text', 'Loại văn bản', 'Ví dụ "Nghị quyết", "Chỉ thị", "Kế hoạch", "Chương trình".'),
        number: prop('Số', 'Số của văn bản căn cứ, ví dụ 19.', { type: 'integer', minimum: 1 }),
        symbol: prop(
          'Ký hiệu',
          'Ký hiệu sau số: văn bản nhà nước như "NQ-HĐND" (in "19/NQ-HĐND"); văn bản của Đảng có dấu "/" như "NQ/HU" (in "10-NQ/HU").',
          { type: 'string', pattern: '^[A-Za-zĐđ0-9]+([-./][A-Za-zĐđ0-9]+)*$' },
        ),
        date: ref('date', 'Ngày ban hành', 'Ngày của văn bản căn cứ, năm-tháng-ngày.'),
        issuer: ref('text', 'Cơ quan ban hành', 'Ví dụ "Ủy ban nhân dân huyện".'),
        title: ref(
          'text',
          'Trích yếu',
          'Phần sau tên cơ quan, ví dụ "về công tác thi đua, khen thưởng năm 2024". Với văn bản không số thì là tên văn bản.',
        ),
      },
    },
    section: {
      title: 'Phần',
      description: 'Một phần của kế hoạch: đề mục, các đoạn, các nhiệm vụ và các phần con, in theo thứ tự đó.',
      type: 'object',
      additionalProperties: false,
      properties: {
        role: prop(
          'Vai trò',
          'Cho chương trình biết phần này là gì, dù đề mục viết thế nào: purposes (mục đích, yêu cầu), tasks (nội dung, thời gian), implementation (tổ chức thực hiện), other.',
          { enum: ['purposes', 'tasks', 'implementation', 'other'] },
        ),
        heading: ref('text', 'Đề mục', 'Tên đề mục viết như trên văn bản (không ghi số: số được đánh tự động).'),
        quarter: prop('Quý', 'Phần dành cho một quý (1 đến 4); bỏ trống đề mục thì in "Quý I", "Quý II"...', {
          type: 'integer',
          minimum: 1,
          maximum: 4,
        }),
        list: prop(
          'Kiểu liệt kê',
          'Cách in các đoạn và nhiệm vụ của phần: dash (gạch đầu dòng "- ", mặc định), number (đánh số 1., 2.), none.',
          { enum: ['dash', 'number', 'none'] },
        ),
        paragraphs: prop('Các đoạn', 'Các đoạn văn của phần, mỗi phần tử một đoạn.', {
          type: 'array',
          items: { $ref: '#/$defs/text' },
        }),
        tasks: prop('Nhiệm vụ', 'Các nhiệm vụ của phần, theo thứ tự in.', {
          type: 'array',
          items: { $ref: '#/$defs/task' },
        }),
        sections: prop('Các phần con', 'Các phần con, đánh số ở cấp tiếp theo.', {
          type: 'array',
          items: { $ref: '#/$defs/section' },
        }),
      },
    },
    task: {
      title: 'Nhiệm vụ',
      description: 'Một việc phải làm: nội dung, đơn vị chủ trì, phối hợp, thời hạn, trạng thái.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'text'],
      properties: {
        id: ref('id', 'Mã nhiệm vụ', 'Mã không đổi của nhiệm vụ, duy nhất trong kế hoạch; dùng với "plan done".'),
        text: ref('text', 'Nội dung', 'Nội dung nhiệm vụ, in nguyên văn trên kế hoạch.'),
        lead: { ...unitRef, title: 'Đơn vị chủ trì' },
        with: prop('Đơn vị phối hợp', 'Mã các đơn vị phối hợp.', {
          type: 'array',
          uniqueItems: true,
          items: unitRef,
        }),
        deadline: prop(
          'Thời hạn',
          'Hạn hoàn thành: một ngày (2024-03-31) hoặc một tháng (2024-03, hạn là cuối tháng).',
          { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$' },
        ),
        repeat: prop(
          'Lặp lại',
          'Nhiệm vụ thường xuyên: month (hằng tháng), quarter (hằng quý), half-year (6 tháng một lần), year (suốt năm).',
          { enum: ['month', 'quarter', 'half-year', 'year'] },
        ),
        status: statusEnum,
        done: doneDate,
        evidence,
        occurrences: prop(
          'Từng kỳ',
          'Với nhiệm vụ lặp lại: trạng thái của từng kỳ, khóa là kỳ (2024-03, 2024-Q2, 2024-H1, 2024).',
          {
            type: 'object',
            propertyNames: { pattern: '^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$' },
            additionalProperties: { $ref: '#/$defs/occurrence' },
          },
        ),
      },
    },
    occurrence: {
      title: 'Một kỳ',
      description: 'Trạng thái của một kỳ của nhiệm vụ lặp lại.',
      type: 'object',
      additionalProperties: false,
      required: ['status'],
      properties: { status: statusEnum, done: doneDate, evidence },
    },
  },
} as const;
