import { reportTables, reportTypes } from '../report-types.js';
import { commonDefs, prop, ref } from './common.js';
import { recipientsSchema, signerSchema, symbolPattern } from './plan.js';
import { templateFields, type Field } from '../template-fields.js';

/** The placeholder names, one per line with what each prints: shown by editors on hover. */
const fieldList = Object.entries(templateFields as Record<string, Field>)
  .map(([name, f]) => `{{${name}}}: ${f.description}${f.types ? ` (chỉ ${f.types.join(', ')})` : ''}`)
  .join('\n');

const reportType = prop(
  'Loại báo cáo',
  'so-ket: sơ kết 6 tháng; tong-ket: tổng kết năm; cham-diem: báo cáo kết quả chấm điểm thi đua.',
  { enum: [...reportTypes] },
);

const paragraphs = {
  anyOf: [
    { $ref: '#/$defs/text' },
    { type: 'array', minItems: 1, items: { $ref: '#/$defs/text' } },
  ],
};

export const reportSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/bao-cao.schema.json',
  title: 'Báo cáo',
  description:
    'Một báo cáo của cơ quan (sơ kết 6 tháng, tổng kết năm, kết quả chấm điểm): số, ngày, các đoạn cơ quan tự viết, nơi nhận, người ký. Phần số liệu được tính từ kế hoạch và phiếu chấm điểm; lời văn cố định lấy từ mẫu trong thư mục templates/.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'type', 'body', 'year', 'number', 'symbol', 'date', 'recipients', 'signer'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "bao-cao" với tệp báo cáo.', { const: 'bao-cao' }),
    type: reportType,
    body: ref('id', 'Cơ quan ban hành', 'Mã cơ quan trong tệp tổ chức (trường "id" của tệp to-chuc.yaml).'),
    year: ref('year', 'Năm báo cáo', 'Năm của kế hoạch mà báo cáo nói về, ví dụ 2024.'),
    number: prop('Số văn bản', 'Số thứ tự văn bản của cơ quan trong năm, ví dụ 150.', { type: 'integer', minimum: 1 }),
    symbol: prop('Ký hiệu văn bản', 'Ký hiệu sau dấu "/", ví dụ "BC-MTTQ-BTT" (BC là báo cáo).', { type: 'string', pattern: symbolPattern }),
    place: ref('text', 'Địa danh', 'Địa danh ở dòng ngày tháng; bỏ trống thì lấy theo tệp tổ chức.'),
    date: ref('date', 'Ngày ban hành', 'Ngày ký báo cáo, năm-tháng-ngày. Trạng thái nhiệm vụ được tính đến ngày này.'),
    summary: ref('text', 'Trích yếu', 'Chỉ ghi khi muốn thay trích yếu của mẫu. Xuống dòng bằng khối "|-" của YAML.'),
    period: prop('Kỳ báo cáo', 'Bỏ trống thì theo loại báo cáo: sơ kết là 6 tháng đầu năm, tổng kết và chấm điểm là cả năm.', {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: {
        from: ref('date', 'Từ ngày', 'Ngày đầu kỳ, năm-tháng-ngày.'),
        to: ref('date', 'Đến ngày', 'Ngày cuối kỳ, năm-tháng-ngày.'),
      },
    }),
    stage: prop(
      'Lần chấm',
      'Với báo cáo chấm điểm: mã lần chấm có điểm được in. Với ba lần mặc định: self (đơn vị tự chấm), cluster (cụm chấm) hoặc final (Hội đồng chấm); hướng dẫn ghi "stages" thì là mã một lần chấm trong đó. Bỏ trống: lần chấm lấy làm kết quả ("official" của hướng dẫn, mặc định final).',
      { $ref: '#/$defs/id' },
    ),
    narrative: prop(
      'Phần cơ quan tự viết',
      'Các đoạn văn cơ quan tự viết (kết quả nổi bật, hạn chế, phương hướng...), theo tên chỗ trống mà mẫu báo cáo đặt ("narrative: ket-qua" trong mẫu). Mỗi chỗ là một đoạn hoặc danh sách đoạn.',
      { type: 'object', propertyNames: { $ref: '#/$defs/id' }, additionalProperties: paragraphs },
    ),
    recipients: recipientsSchema,
    signer: signerSchema,
  },
  $defs: { ...commonDefs },
} as const;

export const templateSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/mau-bao-cao.schema.json',
  title: 'Mẫu báo cáo',
  description:
    `Lời văn cố định và thứ tự các phần của một loại báo cáo. Chỗ điền số liệu viết {{tên}} (ví dụ {{nhiem_vu.ty_le_da_xong}}); bảng số liệu và phần cơ quan tự viết đặt bằng "table" và "narrative". Các chỗ điền:\n${fieldList}`,
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'type', 'title', 'summary', 'sections'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "mau-bao-cao" với tệp mẫu báo cáo.', { const: 'mau-bao-cao' }),
    type: reportType,
    title: ref('text', 'Tên loại văn bản', 'In hoa, đậm, căn giữa, ví dụ "BÁO CÁO".'),
    summary: ref('text', 'Trích yếu', 'Dưới tên loại văn bản; xuống dòng bằng khối "|-" của YAML.'),
    intro: ref('text', 'Câu dẫn', 'Đoạn mở đầu, trước phần thứ nhất.'),
    numbering: prop('Cách đánh số đề mục', 'Như trong kế hoạch, ví dụ ["I.", "1.", "a)"].', {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[^I1a]*[I1a][^I1a]*$' },
    }),
    sections: prop('Các phần', 'Các phần của báo cáo, theo thứ tự in.', { type: 'array', minItems: 1, items: { $ref: '#/$defs/section' } }),
    closing: ref('text', 'Câu kết', 'Đoạn cuối trước phần ký, ví dụ "Trên đây là báo cáo .../.".'),
  },
  $defs: {
    ...commonDefs,
    section: {
      title: 'Phần',
      description: 'Một phần của báo cáo: đề mục, nội dung theo thứ tự, các phần con.',
      type: 'object',
      additionalProperties: false,
      properties: {
        heading: ref('text', 'Đề mục', 'Tên đề mục (không ghi số: số được đánh tự động).'),
        content: prop('Nội dung', 'Theo thứ tự in: một câu (có thể có chỗ điền {{tên}}), một bảng ({ table: nhiem-vu }) hoặc phần cơ quan tự viết ({ narrative: ket-qua }).', {
          type: 'array',
          items: { $ref: '#/$defs/content' },
        }),
        sections: prop('Các phần con', 'Đánh số ở cấp tiếp theo.', { type: 'array', items: { $ref: '#/$defs/section' } }),
      },
    },
    content: {
      title: 'Một mục nội dung',
      description: 'Một đoạn văn, một bảng số liệu hoặc một chỗ cho phần cơ quan tự viết.',
      anyOf: [
        { $ref: '#/$defs/text' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['table'],
          properties: {
            table: prop('Bảng số liệu', 'nhiem-vu: các nhiệm vụ của kỳ và kết quả; diem: bảng điểm các đơn vị (trang ngang).', {
              enum: [...reportTables],
            }),
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['narrative'],
          properties: {
            narrative: ref('id', 'Phần cơ quan tự viết', 'Tên chỗ trống; tệp báo cáo ghi các đoạn dưới "narrative" với đúng tên này.'),
          },
        },
      ],
    },
  },
} as const;
