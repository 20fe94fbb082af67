import { describe, expect, it } from 'vitest';
import { knownNames } from '../../src/check/text/index.js';
import { titleCased } from '../../src/check/text/known-names.js';
import { check, fixed, only } from './expect-problems.js';

const names = (text: string) => only('text/known-name', text).map((p) => [p.args.found, p.args.expected]);

describe('text/known-name', () => {
  it.each([
    ['Ủy ban MTQ Việt Nam', 'MTQ', 'MTTQ'],
    ['BTT UBMTQVN các xã', 'UBMTQVN', 'UBMTTQVN'],
    ['UBMTQ tỉnh', 'UBMTQ', 'UBMTTQ'],
    ['KH-MTQ-BTT', 'MTQ', 'MTTQ'],
    ['trong hệ thống Mặt Trận huyện', 'Mặt Trận', 'Mặt trận'],
    ['bảo vệ Tổ Quốc', 'Tổ Quốc', 'Tổ quốc'],
    ['Mặt Trận Tổ Quốc Việt Nam', 'Mặt Trận Tổ Quốc', 'Mặt trận Tổ quốc'],
    ['Mặt trận tổ quốc', 'Mặt trận tổ quốc', 'Mặt trận Tổ quốc'],
    ['MTTQ Việt nam', 'Việt nam', 'Việt Nam'],
    ['Ủy Ban MTTQ', 'Ủy Ban', 'Ủy ban'],
    ['Uỷ Ban MTTQ', 'Uỷ Ban', 'Uỷ ban'],
    ['Ủy ban Nhân dân huyện', 'Ủy ban Nhân dân', 'Ủy ban nhân dân'],
    ['Uỷ Ban Nhân Dân huyện', 'Uỷ Ban Nhân Dân', 'Uỷ ban nhân dân'],
    ['Hội Đồng Nhân Dân huyện', 'Hội Đồng Nhân Dân', 'Hội đồng nhân dân'],
    ['Hội đồng Nhân dân huyện', 'Hội đồng Nhân dân', 'Hội đồng nhân dân'],
    ['Hội Đồng Thi đua - Khen thưởng', 'Hội Đồng', 'Hội đồng'],
    ['Ban Thường Trực', 'Thường Trực', 'Thường trực'],
    ['Ban Chấp Hành Đảng bộ', 'Ban Chấp Hành', 'Ban Chấp hành'],
    ['Đảng Bộ huyện', 'Đảng Bộ', 'Đảng bộ'],
    ['Phó Chủ Tịch', 'Chủ Tịch', 'Chủ tịch'],
    ['tư tưởng Hồ Chí minh', 'Hồ Chí minh', 'Hồ Chí Minh'],
    ['Hồ chí minh', 'Hồ chí minh', 'Hồ Chí Minh'],
    ['Cờ Thi Đua', 'Thi Đua', 'Thi đua'],
    ['Khen Thưởng năm 2024', 'Khen Thưởng', 'Khen thưởng'],
    ['Kế Hoạch số 109', 'Kế Hoạch', 'Kế hoạch'],
    ['Báo Cáo sơ kết', 'Báo Cáo', 'Báo cáo'],
    ['Hướng Dẫn chấm điểm', 'Hướng Dẫn', 'Hướng dẫn'],
    ['Nghị Quyết số 10', 'Nghị Quyết', 'Nghị quyết'],
    ['Chỉ Thị số 02', 'Chỉ Thị', 'Chỉ thị'],
  ])('%s', (text, found, expected) => {
    const problems = only('text/known-name', text);
    expect(problems).toEqual([
      { rule: 'text/known-name', start: text.indexOf(found), end: text.indexOf(found) + found.length, args: { found, expected }, fix: expected },
    ]);
    expect(fixed(text)).toBe(text.replace(found, expected));
  });

  it('correct spellings: nothing', () => {
    const text =
      'Ban Thường trực Ủy ban MTTQ Việt Nam huyện; Hội đồng Thi đua - Khen thưởng; Mặt trận Tổ quốc; Uỷ ban nhân dân; Hội đồng nhân dân; Ban Chấp hành Đảng bộ; Phó Chủ tịch; Hồ Chí Minh; UBMTTQVN; KH-MTTQ-BTT; MTTQVN';
    expect(names(text)).toEqual([]);
  });

  it('text in capitals is never flagged for case', () => {
    expect(names('ỦY BAN MTTQ VIỆT NAM')).toEqual([]);
    expect(names('MẶT TRẬN TỔ QUỐC VIỆT NAM - HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toEqual([]);
    expect(names('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([]);
    expect(names('TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH')).toEqual([]);
  });

  it('an abbreviation is still misspelt in capitals', () => {
    expect(names('ỦY BAN MTQ VIỆT NAM')).toEqual([['MTQ', 'MTTQ']]);
  });

  it('whole words only, with Unicode-aware boundaries', () => {
    expect(names('MTQA AMTQ MTQ1 Việt nama xViệt nam ĐViệt nam')).toEqual([]);
    expect(names('(MTQ) “Việt nam”, Tổ Quốc.')).toEqual([
      ['MTQ', 'MTTQ'],
      ['Việt nam', 'Việt Nam'],
      ['Tổ Quốc', 'Tổ quốc'],
    ]);
  });

  it('case-sensitive: "Nhân Dân" alone (the newspaper) and "Nhân dân" are left alone', () => {
    expect(names('báo Nhân Dân; các tầng lớp Nhân dân; mtq; việt nam')).toEqual([]);
  });

  it('decomposed text is matched, on the original offsets', () => {
    const text = 'Ủy ban MTQ Vi\u00ea\u0323t nam';
    const problems = check(text);
    expect(problems.map((p) => [p.rule, p.args.found, p.fix])).toEqual([
      ['text/known-name', 'MTQ', 'MTTQ'],
      ['text/known-name', 'Vi\u00ea\u0323t nam', 'Việt Nam'],
      ['text/nfc', 'Vi\u00ea\u0323t', undefined], // inside the known-name fix, which is NFC
    ]);
    expect(fixed(text)).toBe('Ủy ban MTTQ Việt Nam');
  });
});

describe('the known-names table', () => {
  const wrongs = knownNames.flatMap((n) => n.wrong);

  it('has each misspelling once, never equal to a correct form, all NFC', () => {
    expect(new Set(wrongs).size).toBe(wrongs.length);
    const rights = new Set(knownNames.map((n) => n.right));
    for (const w of wrongs) expect(rights.has(w)).toBe(false);
    for (const s of [...wrongs, ...rights]) expect(s).toBe(s.normalize('NFC'));
  });

  it('says why for every entry, and its fixes are stable', () => {
    for (const name of knownNames) {
      expect(name.why.length).toBeGreaterThan(10);
      expect(names(name.right)).toEqual([]);
      for (const wrong of name.wrong) expect(fixed(wrong)).toBe(name.right);
    }
  });

  it('titleCased', () => {
    expect(titleCased('Ủy ban nhân dân')).toEqual([
      'Ủy Ban nhân dân',
      'Ủy ban Nhân dân',
      'Ủy Ban Nhân dân',
      'Ủy ban nhân Dân',
      'Ủy Ban nhân Dân',
      'Ủy ban Nhân Dân',
      'Ủy Ban Nhân Dân',
    ]);
    expect(titleCased('Mặt trận Tổ quốc')).toHaveLength(3);
  });
});
