/**
 * Document types and the codes that open their symbols (Nghị định 30/2020/NĐ-CP, Phụ lục III;
 * the Party's own types from Hướng dẫn 36-HD/VPTW), by the name a basis gives as its `kind`.
 */
export const typeCodes: Readonly<Record<string, string>> = {
  'Nghị quyết': 'NQ',
  'Quyết định': 'QĐ',
  'Chỉ thị': 'CT',
  'Quy chế': 'QC',
  'Quy định': 'QyĐ',
  'Thông cáo': 'TC',
  'Thông báo': 'TB',
  'Hướng dẫn': 'HD',
  'Chương trình': 'CTr',
  'Kế hoạch': 'KH',
  'Phương án': 'PA',
  'Đề án': 'ĐA',
  'Dự án': 'DA',
  'Báo cáo': 'BC',
  'Biên bản': 'BB',
  'Tờ trình': 'TTr',
  'Hợp đồng': 'HĐ',
  'Công điện': 'CĐ',
  'Bản ghi nhớ': 'BGN',
  'Bản thỏa thuận': 'BTT',
  'Giấy ủy quyền': 'GUQ',
  'Giấy mời': 'GM',
  'Giấy giới thiệu': 'GGT',
  'Kết luận': 'KL',
  'Thông tri': 'TT',
};

/** Codes a kind of document may also carry (the Party writes QĐi for its own Quy định). */
const alternatives: Readonly<Record<string, readonly string[]>> = {
  'Quy định': ['QĐi'],
};

/** The codes that fit a kind ("Kế hoạch" → ["KH"]), or undefined for a kind the table lacks. */
export function codesFor(kind: string): readonly string[] | undefined {
  const key = Object.keys(typeCodes).find((k) => k.toLocaleLowerCase('vi') === kind.normalize('NFC').toLocaleLowerCase('vi'));
  if (!key) return undefined;
  return [typeCodes[key]!, ...(alternatives[key] ?? [])];
}

/** The type code a symbol opens with: "NQ-HĐND" → "NQ", Party style "NQ/HU" → "NQ". */
export function typeCodeOf(symbol: string): string {
  return symbol.split(/[-/.]/)[0] ?? '';
}

/** The code of each kind of file the tool writes. */
export const fileTypeCodes = { 'ke-hoach': 'KH' } as const;

/** "Báo cáo số 142/BC-MTTQ-BTT" → { number: 142, symbol: "BC-MTTQ-BTT" }, as evidence cites documents. */
export function citedDocument(text: string): { number: number; symbol: string } | undefined {
  const m = /\bsố\s+0*(\d+)\/([A-Za-zĐđ0-9]+(?:[-.][A-Za-zĐđ0-9]+)*)/u.exec(text.normalize('NFC'));
  return m ? { number: Number(m[1]), symbol: m[2]! } : undefined;
}
