import type { ReportType } from './report-types.js';

/**
 * The placeholders a report template may use, `{{nam}}`, `{{nhiem_vu.ty_le_da_xong}}`, with what
 * each prints. Names are Vietnamese without marks, so the clerk who edits a template reads them.
 * `plan check` rejects any other name; the renderer fills exactly these.
 */
export interface Field {
  /** What it prints, for the docs and the hint of an unknown name. */
  description: string;
  /** The report types that have it; absent: all. */
  types?: readonly ReportType[];
}

const tasks = ['so-ket', 'tong-ket'] as const;
const scores = ['cham-diem'] as const;

export const templateFields = {
  nam: { description: 'năm của báo cáo: 2024' },
  'co_quan.ten': { description: 'tên cơ quan: Ủy ban MTTQ Việt Nam huyện Định Quán' },
  'co_quan.cap': { description: 'cấp của cơ quan: huyện, xã, tỉnh' },
  'co_quan.dia_danh': { description: 'địa danh: Định Quán' },
  'co_quan.ban_hanh': { description: 'cơ quan ban hành: Ban Thường trực Ủy ban MTTQ Việt Nam huyện' },
  'co_quan.cap_tren': { description: 'cơ quan cấp trên: Ủy ban MTTQ Việt Nam tỉnh Đồng Nai' },
  'bao_cao.so_ky_hieu': { description: 'số và ký hiệu của báo cáo: 150/BC-MTTQ-BTT' },
  'bao_cao.ngay': { description: 'ngày của báo cáo: 25/06/2024' },
  'ky.ten': { description: 'kỳ báo cáo: 6 tháng đầu năm 2024, năm 2024' },
  'ky.tu': { description: 'ngày đầu kỳ: 01/01/2024' },
  'ky.den': { description: 'ngày cuối kỳ: 30/06/2024' },
  'ke_hoach.so_ky_hieu': { description: 'số và ký hiệu của kế hoạch năm: 109/KH-MTTQ-BTT' },
  'ke_hoach.ngay': { description: 'ngày của kế hoạch: 25/01/2024' },
  'ke_hoach.trich_yeu': { description: 'trích yếu của kế hoạch, chữ đầu viết thường: thực hiện công tác thi đua, khen thưởng ...' },
  'don_vi.so': { description: 'số đơn vị trực thuộc: 14' },
  'nhiem_vu.tong': { description: 'số nhiệm vụ đến hạn trong kỳ (kể cả từng kỳ của việc lặp lại)', types: tasks },
  'nhiem_vu.da_xong': { description: 'số nhiệm vụ đã hoàn thành', types: tasks },
  'nhiem_vu.dang_lam': { description: 'số nhiệm vụ đang thực hiện', types: tasks },
  'nhiem_vu.chua_lam': { description: 'số nhiệm vụ chưa thực hiện', types: tasks },
  'nhiem_vu.khong_lam': { description: 'số nhiệm vụ không thực hiện nữa (đã hủy)', types: tasks },
  'nhiem_vu.qua_han': { description: 'số nhiệm vụ quá hạn mà chưa xong, tính đến ngày báo cáo', types: tasks },
  'nhiem_vu.ty_le_da_xong': { description: 'tỷ lệ đã hoàn thành: 66,7%', types: tasks },
  'nhiem_vu.ty_le_dang_lam': { description: 'tỷ lệ đang thực hiện', types: tasks },
  'nhiem_vu.ty_le_chua_lam': { description: 'tỷ lệ chưa thực hiện', types: tasks },
  'huong_dan.trich_dan': {
    description: 'hướng dẫn chấm điểm, trích dẫn đủ: Hướng dẫn số 15/HD-MTTQ-BTT, ngày 16/09/2024 của ... về ...',
    types: scores,
  },
  'diem.toi_da': { description: 'thang điểm của hướng dẫn: 100 ("nominal" nếu có, không thì "total")', types: scores },
  'diem.lan_cham': { description: 'lần chấm: đơn vị tự chấm, cụm chấm, Hội đồng chấm, hay tên lần chấm trong hướng dẫn', types: scores },
  'diem.so_don_vi': { description: 'số đơn vị được chấm', types: scores },
  'diem.cao_nhat': { description: 'tổng điểm cao nhất: 96,5', types: scores },
  'diem.don_vi_cao_nhat': { description: 'đơn vị có điểm cao nhất (các đơn vị, nếu bằng điểm)', types: scores },
  'diem.thap_nhat': { description: 'tổng điểm thấp nhất', types: scores },
  'diem.trung_binh': { description: 'điểm trung bình, làm tròn 2 chữ số', types: scores },
  'diem.xep_loai': { description: 'số đơn vị theo từng mức xếp loại: 7 đơn vị Hoàn thành xuất sắc nhiệm vụ, ...; trống khi không đơn vị nào được xếp loại (hướng dẫn chỉ xếp hạng)', types: scores },
  'diem.ty_le_xep_loai': { description: 'số đơn vị và tỷ lệ theo từng mức xếp loại: 13 đơn vị Hoàn thành tốt nhiệm vụ (38,23%), ... (cách ghi tỷ lệ theo "shares" của hướng dẫn)', types: scores },
  'diem.de_nghi': { description: 'hình thức khen thưởng đề nghị và các đơn vị: Cờ thi đua: Phú Vinh, Phú Lợi; ...; trống khi không đơn vị nào được đề nghị', types: scores },
} as const satisfies Record<string, Field>;

export type FieldName = keyof typeof templateFields;

/** The names a template of this type may use. */
export function fieldsOf(type: ReportType): FieldName[] {
  return (Object.keys(templateFields) as FieldName[]).filter((name) => {
    const types = (templateFields[name] as Field).types;
    return !types || types.includes(type);
  });
}

/** The tables a template of this type may place. */
export const tablesOf: Record<ReportType, readonly ('nhiem-vu' | 'diem')[]> = {
  'so-ket': ['nhiem-vu'],
  'tong-ket': ['nhiem-vu'],
  'cham-diem': ['diem'],
};
