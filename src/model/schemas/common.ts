/**
 * Building blocks shared by every kind of file. Each kind's schema copies the blocks it uses
 * into its own `$defs`, so every published schema file stands alone (an editor resolves it
 * without fetching anything else).
 */

export type JsonSchema = { [key: string]: unknown };

/** A property with its Vietnamese title and description: an editor shows both on hover. */
export function prop(title: string, description: string, schema: JsonSchema): JsonSchema {
  return { title, description, ...schema };
}

export const commonDefs = {
  id: {
    title: 'Mã định danh',
    description:
      'Mã ngắn, không dấu, chữ thường, nối bằng gạch ngang (ví dụ "phu-vinh"). Dùng để các tệp khác tham chiếu tới; đã đặt thì không đổi.',
    type: 'string',
    pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  },
  text: {
    title: 'Văn bản',
    description: 'Một đoạn văn bản tiếng Việt, không để trống.',
    type: 'string',
    minLength: 1,
  },
  date: {
    title: 'Ngày',
    description: 'Ngày theo dạng năm-tháng-ngày, ví dụ 2024-01-25.',
    type: 'string',
    pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  },
  year: {
    title: 'Năm',
    description: 'Năm dương lịch, bốn chữ số, ví dụ 2024.',
    type: 'integer',
    minimum: 1945,
    maximum: 2100,
  },
  level: {
    title: 'Cấp',
    description:
      'Cấp hành chính, viết bằng chữ: "tỉnh", "huyện", "xã", "phường", "thị trấn", "đặc khu"... Cấp là dữ liệu, không cố định trong chương trình.',
    type: 'string',
    minLength: 1,
  },
} as const;

/** `{ $ref: '#/$defs/NAME' }` with the title and description of the place it is used. */
export function ref(name: string, title: string, description: string): JsonSchema {
  return { title, description, $ref: `#/$defs/${name}` };
}
