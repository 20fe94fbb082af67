import { notStageKeys } from '../scoring-types.js';
import { commonDefs, prop, ref, type JsonSchema } from './common.js';

/**
 * The two kinds of file of the year-end scoring (chấm điểm thi đua): the scheme a guide sets out
 * (huong-dan-cham-diem) and the units' score sheets (cham-diem). Every criterion, band, bonus and
 * award limit is data: real guides differ by province and year.
 */

/**
 * Points: never negative, in hundredths at the finest. The guide's own step ("step", by default a
 * quarter point) is checked against the guide (score/step): a sheet's schema cannot know it.
 */
const pointsDef = {
  title: 'Số điểm',
  description:
    'Số điểm, không âm, theo bước điểm của hướng dẫn chấm điểm (mặc định 0,25 điểm: 2, 1,5, 0,75; hướng dẫn ghi "step: 0.1" thì 0,1 điểm: 8,1). Ghi bằng dấu chấm thập phân: 1.75.',
  type: 'number',
  minimum: 0,
  multipleOf: 0.01,
};

/** A positive maximum, on the guide's step (checked by score/step). */
const maxPoints = (title: string, description: string): JsonSchema => ({
  ...prop(title, description, { type: 'number', exclusiveMinimum: 0, multipleOf: 0.01 }),
});

const code = (example: string): JsonSchema =>
  prop('Số thứ tự', `Số thứ tự in trên hướng dẫn, không kèm dấu chấm hay gạch cuối, ví dụ "${example}".`, {
    type: 'string',
    pattern: '^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$',
  });

const scoringDef = {
  title: 'Cách cho điểm',
  description:
    'Cách hướng dẫn cho điểm một tiêu chí. yes-no: làm đủ thì được trọn điểm, không thì 0; per-item: mỗi chỉ tiêu, việc, cuộc đạt được "perItem" điểm, tối đa bằng điểm tiêu chí; percent: theo tỷ lệ đạt được, bậc ở "steps"; graded: hội đồng đánh giá mức độ, bậc (nếu có) ở "steps".',
  type: 'object',
  additionalProperties: false,
  required: ['method'],
  properties: {
    method: prop('Phương pháp', 'yes-no (có/không), per-item (theo từng chỉ tiêu), percent (theo tỷ lệ đạt), graded (đánh giá theo mức độ).', {
      enum: ['yes-no', 'per-item', 'percent', 'graded'],
    }),
    perItem: ref('points', 'Điểm mỗi chỉ tiêu', 'Với per-item: số điểm cho mỗi chỉ tiêu, việc hoặc cuộc đạt được.'),
    item: ref('text', 'Đơn vị tính', 'Với per-item: cái được đếm, ví dụ "cuộc giám sát", "khu dân cư".'),
    steps: prop(
      'Các bậc',
      'Bậc cho điểm, từ cao xuống thấp: đạt từ "from" (phần trăm với percent, số lượng hoặc mức với graded) thì được "points" điểm. Dưới bậc cuối: 0 điểm.',
      {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['from', 'points'],
          properties: {
            from: prop('Từ mức', 'Mức đạt thấp nhất của bậc: phần trăm (ví dụ 90 là 90%) hoặc số lượng.', { type: 'number', minimum: 0 }),
            points: ref('points', 'Điểm của bậc', 'Số điểm khi đạt từ mức này trở lên (và dưới bậc trên nó).'),
          },
        },
      },
    ),
    note: ref('text', 'Ghi chú', 'Cách cho điểm viết như trong hướng dẫn, khi dữ liệu trên không nói hết.'),
  },
};

const criterionDef = {
  title: 'Tiêu chí',
  description:
    'Một tiêu chí chấm điểm. Tiêu chí có tiêu chí con thì không chấm trực tiếp: điểm tối đa của nó bằng tổng điểm tối đa các tiêu chí con. Tiêu chí không có tiêu chí con (tiêu chí lá) được chấm trên phiếu.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'code', 'title', 'max'],
  properties: {
    id: ref('id', 'Mã tiêu chí', 'Mã không đổi của tiêu chí, duy nhất trong hướng dẫn; phiếu chấm điểm ghi điểm theo mã này.'),
    code: code('1.1'),
    title: ref('text', 'Nội dung tiêu chí', 'Nội dung tiêu chí, viết như trong hướng dẫn.'),
    max: maxPoints('Điểm tối đa', 'Điểm tối đa của tiêu chí, theo bước điểm của hướng dẫn (mặc định 0,25 điểm).'),
    scoring: ref('scoring', 'Cách cho điểm', 'Cách cho điểm tiêu chí này theo hướng dẫn (chỉ với tiêu chí lá).'),
    capped: prop(
      'Điểm tối đa là mức trần',
      'true: các tiêu chí con cộng lại được quá điểm tối đa (ví dụ nhóm 15 điểm, các tiêu chí con cộng lại 17) và điểm của nhóm không vượt điểm tối đa. Bỏ trống: điểm tối đa bằng tổng các tiêu chí con.',
      { type: 'boolean' },
    ),
    criteria: prop('Tiêu chí con', 'Các tiêu chí con, theo thứ tự in; lồng được nhiều cấp (1, 1.1, 1.1.1...).', {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/criterion' },
    }),
  },
};

const sectionDef = {
  title: 'Phần',
  description: 'Một phần (nhóm tiêu chí) của hướng dẫn, ví dụ "I. Công tác tập hợp, xây dựng khối đại đoàn kết toàn dân tộc".',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'code', 'title', 'max', 'criteria'],
  properties: {
    id: ref('id', 'Mã phần', 'Mã không đổi của phần, duy nhất trong hướng dẫn.'),
    code: code('I'),
    title: ref('text', 'Tên phần', 'Tên phần, viết như trong hướng dẫn.'),
    max: maxPoints('Điểm tối đa của phần', 'Bằng tổng điểm tối đa các tiêu chí của phần (hoặc là mức trần, với "capped: true").'),
    capped: prop(
      'Điểm tối đa là mức trần',
      'true: các tiêu chí của phần cộng lại được quá điểm tối đa của phần, và điểm của phần không vượt điểm tối đa. Bỏ trống: điểm tối đa bằng tổng các tiêu chí.',
      { type: 'boolean' },
    ),
    criteria: prop('Các tiêu chí', 'Các tiêu chí của phần, theo thứ tự in.', {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/criterion' },
    }),
  },
};

const conditionsDef = {
  title: 'Điều kiện thêm',
  description: 'Điều kiện ngoài số điểm để được xếp vào mức này; không đạt thì xét mức tiếp theo.',
  type: 'object',
  additionalProperties: false,
  properties: {
    minShareOfEachSection: prop(
      'Tỷ lệ tối thiểu mỗi phần',
      'Mỗi phần phải đạt ít nhất tỷ lệ này của điểm tối đa của phần, ví dụ 0.5 là một nửa.',
      { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    ),
    noCriterionBelowHalf: prop('Không tiêu chí nào dưới một nửa', 'true: không tiêu chí lá nào được dưới một nửa điểm tối đa của nó.', {
      type: 'boolean',
    }),
    maxDeductions: ref('points', 'Điểm trừ tối đa', 'Tổng điểm bị trừ không quá số này (0: không bị trừ điểm nào).'),
    note: ref('text', 'Ghi chú', 'Điều kiện viết như trong hướng dẫn, kể cả điều kiện chương trình không tự xét được.'),
  },
};

const bandDef = {
  title: 'Mức xếp loại',
  description: 'Một mức xếp loại: tên, khoảng điểm (tổng điểm cuối cùng) và điều kiện thêm.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'min'],
  properties: {
    id: ref('id', 'Mã mức', 'Mã của mức xếp loại, ví dụ "xuat-sac"; giải thưởng ghi mã này.'),
    name: ref('text', 'Tên mức', 'Ví dụ "Hoàn thành xuất sắc nhiệm vụ".'),
    min: prop('Điểm từ', 'Tổng điểm thấp nhất của mức (tính cả mức này).', { type: 'number', minimum: 0, multipleOf: 0.01 }),
    max: prop('Điểm dưới', 'Tổng điểm phải dưới số này (không tính số này); bỏ trống là không giới hạn trên.', {
      type: 'number',
      minimum: 0,
      multipleOf: 0.01,
    }),
    conditions: ref('conditions', 'Điều kiện thêm', 'Điều kiện ngoài số điểm.'),
  },
};

const awardDef = {
  title: 'Hình thức khen thưởng',
  description:
    'Một hình thức đề nghị khen thưởng theo kết quả chấm điểm: ai được xét và giới hạn số lượng. Các hình thức xét theo thứ tự ghi; mỗi đơn vị được đề nghị hình thức đầu tiên mà nó đủ điều kiện, trừ hình thức ghi "combines: true" (xét cả đơn vị đã được đề nghị).',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: ref('id', 'Mã hình thức', 'Ví dụ "co-thi-dua".'),
    name: ref('text', 'Tên hình thức', 'Ví dụ "Cờ thi đua", "Bằng khen", "Giấy khen".'),
    by: ref('text', 'Cấp khen', 'Cơ quan tặng, ví dụ "Ủy ban MTTQ Việt Nam tỉnh".'),
    classes: prop('Mức xếp loại được xét', 'Mã các mức xếp loại được xét hình thức này; bỏ trống là mọi mức.', {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: ref('id', 'Mã mức', 'Mã một mức xếp loại trong "classes".'),
    }),
    top: prop('Xếp hạng cần đạt', 'Chỉ đơn vị đứng trong số đầu của cụm hoặc của toàn bộ đơn vị được xét.', {
      type: 'object',
      additionalProperties: false,
      required: ['scope', 'count'],
      properties: {
        scope: prop('Phạm vi', 'cluster: xếp hạng trong cụm thi đua; overall: xếp hạng chung.', { enum: ['cluster', 'overall'] }),
        count: prop('Số đơn vị đầu', 'Ví dụ 1 là đơn vị dẫn đầu.', { type: 'integer', minimum: 1 }),
      },
    }),
    minTotal: ref('points', 'Tổng điểm tối thiểu', 'Tổng điểm cuối cùng thấp nhất để được xét.'),
    limits: prop('Giới hạn số lượng', 'Số đơn vị tối đa được đề nghị hình thức này.', {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        perCluster: prop('Mỗi cụm', 'Tối đa bao nhiêu đơn vị trong một cụm, ví dụ 1.', { type: 'integer', minimum: 0 }),
        overall: prop('Toàn bộ', 'Tối đa bao nhiêu đơn vị trong tất cả các đơn vị.', { type: 'integer', minimum: 0 }),
      },
    }),
    combines: prop(
      'Xét cả đơn vị đã được đề nghị',
      'true: đơn vị đã được đề nghị một hình thức ở trên vẫn được xét hình thức này (ví dụ một Cờ thi đua và một Bằng khen), trừ các hình thức ở "excludes". Bỏ trống: mỗi đơn vị một hình thức.',
      { type: 'boolean' },
    ),
    excludes: prop('Không đi cùng', 'Mã các hình thức mà đơn vị đã được đề nghị thì không xét hình thức này (ví dụ đơn vị nhận Cờ thi đua không nhận thêm Bằng khen).', {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: ref('id', 'Mã hình thức', 'Mã một hình thức trong "awards".'),
    }),
    note: ref('text', 'Ghi chú', 'Điều kiện viết như trong hướng dẫn.'),
  },
};

/** A guide's own stage id: an id that is not a key a score already has (note, reason...). */
const stageIdPattern = `^(?!(${notStageKeys.join('|')})$)[a-z0-9]+(-[a-z0-9]+)*$`;

const stageDef = {
  title: 'Lần chấm',
  description:
    'Một lần chấm (vòng chấm) hay một nơi chấm: đơn vị tự chấm, cụm chấm chéo, từng Ban hay phòng chấm phần việc của mình, Hội đồng. Phiếu chấm ghi điểm của lần chấm này theo mã của nó. Một lần chấm ghi "scores" (phần nó chấm) hoặc "from" (tổng hợp từ các lần chấm khác), không ghi cả hai.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: prop('Mã lần chấm', 'Mã không đổi, ví dụ "self", "ban-to-chuc", "hoi-dong"; phiếu chấm ghi "ban-to-chuc: 8". Không dùng các tên item, note, explanation, reason, evidence, achieved.', {
      type: 'string',
      pattern: stageIdPattern,
    }),
    name: ref('text', 'Tên lần chấm', 'Tên in trong báo cáo và bảng điểm, ví dụ "Đơn vị tự chấm", "Ban Tổ chức - Tuyên giáo", "Hội đồng Thi đua - Khen thưởng".'),
    scores: prop(
      'Phần được chấm',
      'Lần chấm này chỉ chấm các phần, tiêu chí, nội dung điểm thưởng hay điểm trừ có mã ghi ở đây (ví dụ một Ban chấm phần thuộc lĩnh vực của Ban). Bỏ trống: chấm tất cả.',
      { type: 'array', minItems: 1, uniqueItems: true, items: ref('id', 'Mã', 'Mã một phần, tiêu chí, nội dung điểm thưởng hoặc điểm trừ của hướng dẫn.') },
    ),
    from: prop(
      'Tổng hợp từ',
      'Lần chấm này không ghi điểm riêng mà tổng hợp từ các lần chấm ghi ở đây: mỗi tiêu chí lấy điểm của lần chấm chấm tiêu chí đó (ví dụ kết quả của Ủy ban tỉnh tổng hợp từ điểm các Ban). Mỗi tiêu chí và nội dung phải do đúng một lần chấm trong số đó chấm.',
      { type: 'array', minItems: 1, uniqueItems: true, items: ref('id', 'Mã lần chấm', 'Mã một lần chấm ghi trước trong "stages".') },
    ),
  },
  // A stage scores some parts itself, or takes each from others: not both.
  not: { required: ['scores', 'from'], properties: { scores: true, from: true } },
};

const bonusItemDef = {
  title: 'Nội dung điểm thưởng',
  description: 'Một nội dung được cộng điểm thưởng và số điểm tối đa của nó.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'max'],
  properties: {
    id: ref('id', 'Mã nội dung', 'Mã không đổi, duy nhất trong hướng dẫn; phiếu chấm điểm ghi điểm thưởng theo mã này.'),
    title: ref('text', 'Nội dung', 'Việc được thưởng điểm, viết như trong hướng dẫn.'),
    max: maxPoints('Điểm tối đa', 'Điểm thưởng tối đa của nội dung này.'),
    scoring: ref('scoring', 'Cách cho điểm', 'Cách cho điểm thưởng, nếu hướng dẫn nói rõ.'),
  },
};

const deductionItemDef = {
  title: 'Nội dung điểm trừ',
  description: 'Một lỗi bị trừ điểm (báo cáo chậm, không đầy đủ...) và số điểm trừ tối đa của nó.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'max'],
  properties: {
    id: ref('id', 'Mã nội dung', 'Mã không đổi, duy nhất trong hướng dẫn; phiếu chấm điểm ghi điểm trừ theo mã này.'),
    title: ref('text', 'Nội dung', 'Lỗi bị trừ điểm, viết như trong hướng dẫn.'),
    perCase: ref('points', 'Điểm trừ mỗi lần', 'Số điểm trừ cho mỗi lần vi phạm.'),
    max: maxPoints('Điểm trừ tối đa', 'Tổng điểm trừ tối đa của nội dung này.'),
  },
};

export const scoringSchemeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/huong-dan-cham-diem.schema.json',
  title: 'Hướng dẫn chấm điểm thi đua',
  description:
    'Thang điểm thi đua của một năm theo hướng dẫn của cơ quan: các phần, tiêu chí (lồng nhiều cấp) và điểm tối đa, điểm thưởng, điểm trừ, các mức xếp loại, hình thức khen thưởng và cách xếp hạng khi bằng điểm.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'body', 'year', 'source', 'total', 'sections'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "huong-dan-cham-diem" với tệp hướng dẫn chấm điểm.', { const: 'huong-dan-cham-diem' }),
    body: ref('id', 'Cơ quan chấm điểm', 'Mã cơ quan tổ chức chấm điểm trong tệp tổ chức (trường "id" của tệp to-chuc.yaml).'),
    year: ref('year', 'Năm thi đua', 'Năm được chấm điểm, ví dụ 2024.'),
    source: prop('Văn bản hướng dẫn', 'Văn bản mà tệp này ghi lại: loại, số, ký hiệu, ngày, cơ quan ban hành, trích yếu.', {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'title'],
      properties: {
        kind: ref('text', 'Loại văn bản', 'Ví dụ "Hướng dẫn", "Kế hoạch", "Quyết định".'),
        number: prop('Số', 'Số của văn bản, ví dụ 12.', { type: 'integer', minimum: 1 }),
        symbol: prop('Ký hiệu', 'Ký hiệu sau số, ví dụ "HD-MTTQ-BTT".', { type: 'string', pattern: '^[A-Za-zĐđ0-9]+([-./][A-Za-zĐđ0-9]+)*$' }),
        date: ref('date', 'Ngày ban hành', 'Ngày của văn bản, năm-tháng-ngày.'),
        issuer: ref('text', 'Cơ quan ban hành', 'Ví dụ "Ban Thường trực Ủy ban MTTQ Việt Nam huyện".'),
        title: ref('text', 'Trích yếu', 'Ví dụ "chấm điểm thi đua năm 2024".'),
        note: ref('text', 'Ghi chú', 'Ví dụ văn bản được ghi lại một phần, hay là dữ liệu minh họa.'),
      },
    }),
    total: maxPoints(
      'Tổng điểm tối đa',
      'Tổng điểm tối đa, ví dụ 100: bằng tổng điểm tối đa các phần cộng mức trần điểm thưởng (ví dụ 95 + 5, hoặc 90 + 10).',
    ),
    cap: maxPoints(
      'Trần tổng điểm',
      'Tổng điểm các phần cộng điểm thưởng không vượt quá số này (ví dụ 95 + điểm thưởng, tối đa 100); điểm trừ trừ sau. Bỏ trống: không có trần.',
    ),
    nominal: maxPoints(
      'Thang điểm',
      'Thang điểm in trong báo cáo ("tối đa 100 điểm") khi khác "total": tổng điểm tối đa các phần, không tính điểm thưởng (ví dụ 100, khi điểm thưởng được cộng thêm tới 10). Bỏ trống: in "total".',
    ),
    step: prop(
      'Bước điểm',
      'Điểm chấm, điểm tối đa và các mức của hướng dẫn là bội của số này: 0.25 (mặc định, một phần tư điểm), 0.5, 1, hay 0.1 khi hướng dẫn cho điểm lẻ tới 0,1 (8,1 điểm), 0.05, 0.01.',
      { enum: [0.01, 0.05, 0.1, 0.2, 0.25, 0.5, 1] },
    ),
    shares: prop('Cách ghi tỷ lệ', 'Tỷ lệ số đơn vị của mỗi mức xếp loại ghi mấy chữ số thập phân và bỏ phần thừa (truncate: 38,23 cho 38,235) hay làm tròn (round: 38,24). Bỏ trống: 2 chữ số, bỏ phần thừa.', {
      type: 'object',
      additionalProperties: false,
      properties: {
        decimals: prop('Số chữ số thập phân', 'Ví dụ 2: 38,23.', { type: 'integer', minimum: 0, maximum: 4 }),
        rounding: prop('Cách bỏ phần thừa', 'truncate: bỏ đi (như các báo cáo thường ghi); round: làm tròn, 5 trở lên thì lên.', { enum: ['truncate', 'round'] }),
      },
    }),
    sections: prop('Các phần', 'Các phần (I, II, ...) theo thứ tự in.', {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/section' },
    }),
    bonus: prop('Điểm thưởng', 'Các nội dung được cộng điểm thưởng và mức trần của tổng điểm thưởng.', {
      type: 'object',
      additionalProperties: false,
      required: ['cap', 'items'],
      properties: {
        cap: maxPoints('Mức trần điểm thưởng', 'Tổng điểm thưởng của một đơn vị không vượt quá số này.'),
        items: prop('Các nội dung', 'Các nội dung được thưởng điểm.', {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/bonusItem' },
        }),
      },
    }),
    deductions: prop('Điểm trừ', 'Các lỗi bị trừ điểm.', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        cap: ref('points', 'Tổng điểm trừ tối đa', 'Tổng điểm trừ của một đơn vị không vượt quá số này; bỏ trống là không giới hạn chung.'),
        items: prop('Các nội dung', 'Các lỗi bị trừ điểm.', {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/$defs/deductionItem' },
        }),
      },
    }),
    classes: prop(
      'Các mức xếp loại',
      'Các mức xếp loại từ cao xuống thấp. Đơn vị được xếp vào mức đầu tiên mà tổng điểm nằm trong khoảng và đạt mọi điều kiện thêm. Bỏ trống khi hướng dẫn chỉ xếp hạng, không xếp loại.',
      { type: 'array', minItems: 1, items: { $ref: '#/$defs/band' } },
    ),
    awards: prop('Hình thức khen thưởng', 'Các hình thức đề nghị khen thưởng, xét theo thứ tự ghi.', {
      type: 'array',
      items: { $ref: '#/$defs/award' },
    }),
    tieBreak: prop(
      'Thứ tự xét khi bằng điểm',
      'Các khóa xếp hạng theo thứ tự: total (tổng điểm cuối cùng, cao trước), selfTotal (tổng điểm tự chấm, cao trước), clusterTotal (tổng điểm cụm chấm, cao trước), deductions (điểm trừ, ít trước), name (tên đơn vị, theo vần). Mặc định ["total", "selfTotal"]: đơn vị bằng nhau ở mọi khóa là đồng hạng, không xếp theo thứ tự trong tệp.',
      {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: ['total', 'selfTotal', 'clusterTotal', 'deductions', 'name'] },
      },
    ),
    stages: prop(
      'Các lần chấm',
      'Các lần chấm theo thứ tự, khi hướng dẫn không chấm theo ba lần mặc định (self: đơn vị tự chấm, cluster: cụm chấm, final: Hội đồng chấm). Ví dụ đơn vị tự chấm, rồi mỗi Ban của Ủy ban chấm phần việc của Ban, rồi Ban Thường trực tổng hợp. Bỏ trống: ba lần mặc định.',
      { type: 'array', minItems: 1, items: { $ref: '#/$defs/stage' } },
    ),
    official: prop(
      'Lần chấm lấy làm kết quả',
      'Mã lần chấm mà điểm của nó là kết quả chính thức (xếp hạng, xếp loại, đề nghị khen thưởng, báo cáo). Bỏ trống: final với ba lần mặc định, hoặc lần chấm cuối trong "stages".',
      { type: 'string', pattern: stageIdPattern },
    ),
  },
  $defs: {
    ...commonDefs,
    points: pointsDef,
    scoring: scoringDef,
    section: sectionDef,
    criterion: criterionDef,
    bonusItem: bonusItemDef,
    deductionItem: deductionItemDef,
    conditions: conditionsDef,
    band: bandDef,
    award: awardDef,
    stage: stageDef,
  },
} as const;

const stageNote = ref('text', 'Ghi chú', 'Lý do khi điểm các lần chấm khác nhau, hoặc giải trình của đơn vị.');

/** The unit's side and the reviewer's, apart (a note keeps its meaning: either). */
const proposalAndReview = {
  explanation: ref('text', 'Giải trình của đơn vị', 'Đơn vị giải thích điểm tự chấm, ví dụ vì sao đề nghị tính là đạt.'),
  reason: ref('text', 'Lý do của người chấm', 'Cụm hay Hội đồng ghi vì sao cho điểm khác điểm tự chấm; điểm các lần chấm khác nhau thì phải có lý do (hoặc ghi chú).'),
};

/** The points of one stage: self (tự chấm), cluster (cụm chấm), final (hội đồng). */
const stagePoints = (what: string) => ({
  self: ref('points', 'Tự chấm', `${what} do đơn vị tự chấm.`),
  cluster: ref('points', 'Cụm chấm', `${what} do cụm thi đua chấm chéo.`),
  final: ref('points', 'Hội đồng chấm', `${what} do Hội đồng Thi đua - Khen thưởng quyết định.`),
});

/** The points of a guide's own stages, by their ids (which stages a guide has, the check knows). */
const ownStagePoints = {
  // Not the default stages either: those are properties of their own, with their words.
  [`^(?!(${[...notStageKeys, 'self', 'cluster', 'final'].join('|')})$)[a-z0-9]+(-[a-z0-9]+)*$`]: { $ref: '#/$defs/points' },
};

/**
 * At least one stage is written (a note alone is not a score). The first branches word the usual
 * case ("self" is missing); the last lets a guide's own stage do.
 */
const oneStageAtLeast = {
  anyOf: [
    ...(['self', 'cluster', 'final'] as const).map((stage) => ({ required: [stage], properties: { [stage]: true } })),
    { not: { propertyNames: { enum: notStageKeys } } },
  ],
};

const scoreDef = {
  title: 'Điểm một tiêu chí',
  description: 'Điểm của một tiêu chí ở từng lần chấm, với ghi chú khi các lần chấm khác nhau.',
  type: 'object',
  additionalProperties: false,
  patternProperties: ownStagePoints,
  properties: {
    ...stagePoints('Điểm'),
    note: stageNote,
    ...proposalAndReview,
    evidence: ref('text', 'Minh chứng', 'Văn bản, số liệu chứng minh kết quả, ví dụ "Báo cáo số 15/BC-MTTQ".'),
    achieved: prop(
      'Mức đạt',
      'Kết quả đạt được mà điểm dựa vào: tỷ lệ phần trăm (ví dụ 87,5) với cách cho điểm percent, số lượng với per-item hay graded có bậc. Có ghi thì điểm của lần chấm cuối (final, không có thì lần chấm sau cùng) phải đúng bậc của mức này.',
      { type: 'number', minimum: 0 },
    ),
  },
  ...oneStageAtLeast,
};

const adjustmentDef = {
  title: 'Điểm thưởng hoặc điểm trừ',
  description: 'Điểm thưởng hoặc điểm trừ của một nội dung trong hướng dẫn, ở từng lần chấm.',
  type: 'object',
  additionalProperties: false,
  required: ['item'],
  patternProperties: ownStagePoints,
  properties: {
    item: ref('id', 'Mã nội dung', 'Mã nội dung điểm thưởng hoặc điểm trừ trong hướng dẫn chấm điểm.'),
    ...stagePoints('Số điểm'),
    note: ref('text', 'Ghi chú', 'Việc được thưởng hoặc lỗi bị trừ, và lý do khi các lần chấm khác nhau.'),
    ...proposalAndReview,
    evidence: ref('text', 'Minh chứng', 'Văn bản, quyết định chứng minh việc được thưởng hay lỗi bị trừ.'),
  },
  ...oneStageAtLeast,
};

const sheetDef = {
  title: 'Phiếu chấm điểm',
  description: 'Phiếu chấm điểm của một đơn vị: điểm từng tiêu chí lá, điểm thưởng, điểm trừ và tổng điểm ghi trên phiếu.',
  type: 'object',
  additionalProperties: false,
  required: ['unit', 'scores'],
  properties: {
    unit: ref('id', 'Mã đơn vị', 'Mã đơn vị được chấm, trong danh sách "units" của tệp tổ chức.'),
    scores: prop('Điểm các tiêu chí', 'Khóa là mã tiêu chí lá trong hướng dẫn; giá trị là điểm ở từng lần chấm.', {
      type: 'object',
      propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
      additionalProperties: { $ref: '#/$defs/score' },
    }),
    bonus: prop('Điểm thưởng', 'Điểm thưởng theo từng nội dung của hướng dẫn.', {
      type: 'array',
      items: { $ref: '#/$defs/adjustment' },
    }),
    deductions: prop('Điểm trừ', 'Điểm trừ theo từng nội dung của hướng dẫn (ghi số điểm bị trừ, không ghi dấu trừ).', {
      type: 'array',
      items: { $ref: '#/$defs/adjustment' },
    }),
    totals: prop('Tổng điểm ghi trên phiếu', 'Tổng điểm mà phiếu ghi ở từng lần chấm, để đối chiếu với tổng cộng lại từ các tiêu chí.', {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      patternProperties: ownStagePoints,
      properties: stagePoints('Tổng điểm'),
    }),
    note: ref('text', 'Nhận xét', 'Nhận xét chung về đơn vị.'),
  },
};

export const scoreSheetsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/cham-diem.schema.json',
  title: 'Chấm điểm thi đua',
  description:
    'Phiếu chấm điểm thi đua của các đơn vị trong một năm: với mỗi đơn vị, điểm từng tiêu chí khi đơn vị tự chấm, khi cụm chấm chéo và khi hội đồng quyết định.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'body', 'year', 'scheme', 'sheets'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "cham-diem" với tệp chấm điểm.', { const: 'cham-diem' }),
    body: ref('id', 'Cơ quan chấm điểm', 'Mã cơ quan tổ chức chấm điểm trong tệp tổ chức (trường "id" của tệp to-chuc.yaml).'),
    year: ref('year', 'Năm thi đua', 'Năm được chấm điểm, ví dụ 2024.'),
    scheme: prop('Hướng dẫn chấm điểm', 'Tệp hướng dẫn chấm điểm được áp dụng: của cơ quan nào, năm nào.', {
      type: 'object',
      additionalProperties: false,
      required: ['body', 'year'],
      properties: {
        body: ref('id', 'Cơ quan ban hành hướng dẫn', 'Trường "body" của tệp huong-dan-cham-diem.yaml được áp dụng.'),
        year: ref('year', 'Năm của hướng dẫn', 'Trường "year" của tệp hướng dẫn được áp dụng.'),
      },
    }),
    sheets: prop('Các phiếu', 'Mỗi đơn vị được chấm một phiếu.', {
      type: 'array',
      minItems: 1,
      items: { $ref: '#/$defs/sheet' },
    }),
    decisions: prop(
      'Quyết định khi bằng điểm',
      'Hội đồng quyết định đơn vị nào được đề nghị khi các đơn vị bằng điểm nhau mà số lượng khen thưởng không đủ cho tất cả (không có quyết định thì không đơn vị nào trong số đó được).',
      {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['award', 'units', 'note'],
          properties: {
            award: ref('id', 'Hình thức', 'Mã hình thức khen thưởng trong hướng dẫn chấm điểm.'),
            units: prop('Các đơn vị được chọn', 'Mã các đơn vị Hội đồng chọn trong số các đơn vị bằng điểm.', {
              type: 'array',
              minItems: 1,
              uniqueItems: true,
              items: ref('id', 'Mã đơn vị', 'Mã đơn vị trong tệp tổ chức.'),
            }),
            note: ref('text', 'Căn cứ', 'Biên bản, nghị quyết của Hội đồng, ví dụ "Biên bản họp Hội đồng ngày 10/12/2024".'),
          },
        },
      },
    ),
  },
  $defs: {
    ...commonDefs,
    points: pointsDef,
    score: scoreDef,
    adjustment: adjustmentDef,
    sheet: sheetDef,
  },
} as const;
