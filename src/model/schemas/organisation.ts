import { commonDefs, prop, ref, type JsonSchema } from './common.js';

const idRef = (title: string, description: string) => ref('id', title, description);

const namedEntity = (what: string, description: string, extra: Record<string, JsonSchema> = {}, required: string[] = []) => ({
  title: what.charAt(0).toLocaleUpperCase('vi') + what.slice(1),
  description,
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', ...required],
  properties: {
    id: idRef(`Mã ${what}`, `Mã định danh của ${what}, dùng để tham chiếu trong kế hoạch và phiếu chấm điểm.`),
    name: ref('text', `Tên ${what}`, `Tên đầy đủ của ${what}, viết như trên văn bản.`),
    ...extra,
  },
});

export const organisationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://plan.mttq.invalid/schemas/to-chuc.schema.json',
  title: 'Tổ chức',
  description:
    'Một cơ quan ban hành kế hoạch (Ủy ban MTTQ Việt Nam một cấp và Ban Thường trực của nó) trong một năm: cấp trên, tiêu đề văn bản, bộ phận, đơn vị trực thuộc, cụm thi đua và người ký.',
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'id', 'name', 'level', 'place', 'letterhead', 'issuer'],
  properties: {
    kind: prop('Loại tệp', 'Luôn là "to-chuc" với tệp tổ chức.', { const: 'to-chuc' }),
    id: idRef('Mã cơ quan', 'Mã định danh của cơ quan; kế hoạch ghi mã này ở trường "body". Nên trùng với tên thư mục.'),
    name: ref('text', 'Tên cơ quan', 'Tên đầy đủ, ví dụ "Ủy ban MTTQ Việt Nam huyện Định Quán".'),
    level: ref('level', 'Cấp của cơ quan', 'Cấp của cơ quan: "tỉnh", "huyện", "xã"...'),
    place: ref('text', 'Địa danh', 'Địa danh ghi ở dòng ngày tháng của văn bản, ví dụ "Định Quán".'),
    parent: prop('Cơ quan cấp trên', 'Cơ quan cấp trên trực tiếp, nơi nhận báo cáo.', {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        id: idRef(
          'Mã cơ quan cấp trên',
          'Mã của cơ quan cấp trên khi kế hoạch của nó cũng ở trong kho này (ví dụ xã ghi mã của huyện): "plan check" đối chiếu hai kế hoạch cùng năm.',
        ),
        name: ref('text', 'Tên cơ quan cấp trên', 'Ví dụ "Ủy ban MTTQ Việt Nam tỉnh Đồng Nai".'),
        level: ref('level', 'Cấp của cơ quan cấp trên', 'Ví dụ "tỉnh".'),
      },
    }),
    letterhead: prop('Tiêu đề văn bản', 'Phần góc trái và góc phải đầu văn bản (Nghị định 30/2020/NĐ-CP).', {
      type: 'object',
      additionalProperties: false,
      required: ['parent', 'issuer'],
      properties: {
        parent: ref(
          'text',
          'Tên cơ quan chủ quản',
          'Dòng trên cùng bên trái, chữ in hoa, đứng; xuống dòng bằng khối "|-" của YAML. Ví dụ "ỦY BAN MTTQ VIỆT NAM" rồi "HUYỆN ĐỊNH QUÁN".',
        ),
        issuer: ref('text', 'Tên cơ quan ban hành', 'Chữ in hoa, đậm, dưới tên cơ quan chủ quản, ví dụ "BAN THƯỜNG TRỰC".'),
        nationalTitle: ref(
          'text',
          'Quốc hiệu',
          'Dòng quốc hiệu bên phải. Mặc định "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".',
        ),
        motto: ref('text', 'Tiêu ngữ', 'Dòng dưới quốc hiệu. Mặc định "Độc lập - Tự do - Hạnh phúc".'),
      },
    }),
    layout: prop(
      'Trình bày văn bản',
      'Cỡ chữ và lề trang của văn bản in ra, trong giới hạn của Nghị định 30/2020/NĐ-CP. Bỏ trống để dùng mặc định: cỡ 14, lề trên 20, dưới 20, trái 30, phải 15 mm.',
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fontSize: prop('Cỡ chữ nội dung', 'Cỡ chữ phần nội dung, 13 hoặc 14.', { type: 'integer', enum: [13, 14] }),
          margins: prop('Lề trang (mm)', 'Lề trang tính bằng mi-li-mét.', {
            type: 'object',
            additionalProperties: false,
            properties: {
              top: prop('Lề trên', 'Từ 20 đến 25 mm.', { type: 'number', minimum: 20, maximum: 25 }),
              bottom: prop('Lề dưới', 'Từ 20 đến 25 mm.', { type: 'number', minimum: 20, maximum: 25 }),
              left: prop('Lề trái', 'Từ 30 đến 35 mm.', { type: 'number', minimum: 30, maximum: 35 }),
              right: prop('Lề phải', 'Từ 15 đến 20 mm.', { type: 'number', minimum: 15, maximum: 20 }),
            },
          }),
        },
      },
    ),
    issuer: prop('Cơ quan ban hành', 'Cơ quan đứng tên ban hành văn bản (thường là Ban Thường trực).', {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'symbol'],
      properties: {
        name: ref('text', 'Tên cơ quan ban hành', 'Ví dụ "Ban Thường trực Ủy ban MTTQ Việt Nam huyện".'),
        symbol: prop(
          'Chữ viết tắt trong ký hiệu',
          'Phần ký hiệu đứng sau mã loại văn bản, ví dụ "MTTQ-BTT" trong "109/KH-MTTQ-BTT".',
          { type: 'string', pattern: '^[A-ZĐ0-9]+([-.][A-ZĐ0-9]+)*$' },
        ),
      },
    }),
    departments: prop(
      'Bộ phận',
      'Bộ phận của cơ quan có thể chủ trì hoặc phối hợp nhiệm vụ (Ban Thường trực, Văn phòng, Hội đồng Thi đua - Khen thưởng...).',
      { type: 'array', items: { $ref: '#/$defs/department' } },
    ),
    units: prop(
      'Đơn vị trực thuộc',
      'Các đơn vị cấp dưới được theo dõi, chấm điểm thi đua (Ủy ban MTTQ các xã, phường, thị trấn...).',
      { type: 'array', items: { $ref: '#/$defs/unit' } },
    ),
    clusters: prop('Cụm thi đua', 'Các cụm thi đua gồm các đơn vị trực thuộc, mỗi cụm có cụm trưởng.', {
      type: 'array',
      items: { $ref: '#/$defs/cluster' },
    }),
    memberOf: prop(
      'Cụm thi đua cơ quan tham gia',
      'Cụm thi đua của cấp trên mà chính cơ quan là thành viên.',
      { type: 'array', items: { $ref: '#/$defs/membership' } },
    ),
    people: prop('Người ký', 'Lãnh đạo có thể ký văn bản, với chức vụ.', {
      type: 'array',
      items: { $ref: '#/$defs/person' },
    }),
  },
  $defs: {
    ...commonDefs,
    department: namedEntity('bộ phận', 'Một bộ phận của cơ quan: mã và tên.'),
    unit: namedEntity(
      'đơn vị',
      'Một đơn vị trực thuộc: mã, loại (xã, phường, thị trấn...) và tên.',
      {
        kind: ref('text', 'Loại đơn vị', 'Loại đơn vị hành chính viết bằng chữ: "xã", "phường", "thị trấn", "đặc khu"...'),
      },
      ['kind'],
    ),
    cluster: namedEntity(
      'cụm thi đua',
      'Một cụm thi đua: mã, tên, cụm trưởng, cụm phó và các đơn vị thành viên.',
      {
        leader: idRef('Cụm trưởng', 'Mã đơn vị làm cụm trưởng trong năm.'),
        deputy: idRef('Cụm phó', 'Mã đơn vị làm cụm phó trong năm.'),
        members: prop('Thành viên', 'Mã các đơn vị thuộc cụm.', {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { $ref: '#/$defs/id' },
        }),
      },
      ['members'],
    ),
    membership: namedEntity('cụm thi đua cấp trên', 'Một cụm thi đua của cấp trên mà cơ quan là thành viên.', {
      level: ref('level', 'Cấp của cụm', 'Cụm của cấp nào, ví dụ "huyện" hoặc "tỉnh".'),
      council: ref('text', 'Hội đồng thi đua', 'Hội đồng Thi đua - Khen thưởng quản lý cụm.'),
    }),
    person: namedEntity('người ký', 'Một người có thể ký văn bản: mã, họ tên và chức vụ.', {
      position: ref('text', 'Chức vụ', 'Chức vụ viết thường như trong câu, ví dụ "Phó Chủ tịch"; khi ký được in hoa.'),
    }, ['position']),
  },
} as const;
