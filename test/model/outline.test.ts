import { describe, expect, it } from 'vitest';
import { documentNumber, letter, longDate, roman, shortDate, upper } from '../../src/model/format.js';
import type { Basis, Organisation, Plan, Section } from '../../src/model/types.js';
import { basisLine } from '../../src/render/basis.js';
import type { Block, HeadingBlock, ItemBlock } from '../../src/render/blocks.js';
import { numberLabel } from '../../src/render/numbering.js';
import { outlineText, planOutline } from '../../src/render/outline.js';

/** A small commune Front, so nothing here depends on the shipped district example. */
const org: Organisation = {
  kind: 'to-chuc',
  id: 'phu-vinh',
  name: 'Ủy ban MTTQ Việt Nam xã Phú Vinh',
  level: 'xã',
  place: 'Phú Vinh',
  letterhead: { parent: 'ỦY BAN MTTQ VIỆT NAM\nXÃ PHÚ VINH', issuer: 'BAN THƯỜNG TRỰC' },
  issuer: { name: 'Ban Thường trực Ủy ban MTTQ Việt Nam xã', symbol: 'MTTQ-BTT' },
  people: [
    { id: 'chu-tich', name: 'Nguyễn Văn A', position: 'Chủ tịch' },
    { id: 'pho-chu-tich', name: 'Trần Thị Đào', position: 'Phó Chủ tịch' },
  ],
};

function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    kind: 'ke-hoach',
    body: 'phu-vinh',
    year: 2025,
    number: 9,
    symbol: 'KH-MTTQ-BTT',
    date: '2025-03-05',
    summary: 'Công tác thi đua, khen thưởng năm 2025',
    sections: [{ heading: 'MỤC ĐÍCH', paragraphs: ['Đoạn một.'] }],
    recipients: ['Lưu: VT'],
    signer: { authority: 'TM.', on: 'Ban Thường trực', person: 'pho-chu-tich' },
    ...overrides,
  };
}

const blocksOf = <T extends Block['type']>(blocks: Block[], type: T) =>
  blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const headings = (sections: Section[], numbering?: string[]) =>
  blocksOf(planOutline(org, makePlan({ sections, numbering })), 'heading').map((h: HeadingBlock) => h.text);
const items = (sections: Section[]) => blocksOf(planOutline(org, makePlan({ sections })), 'item');

describe('format', () => {
  it('pads days under 10, and only the months 1 and 2', () => {
    expect(longDate('2024-03-05')).toBe('ngày 05 tháng 3 năm 2024');
    expect(longDate('2024-01-25')).toBe('ngày 25 tháng 01 năm 2024');
    expect(longDate('2024-11-12')).toBe('ngày 12 tháng 11 năm 2024');
    expect(longDate('2024-02-09')).toBe('ngày 09 tháng 02 năm 2024');
    expect(longDate('2024-10-01')).toBe('ngày 01 tháng 10 năm 2024');
  });

  it('writes a cited date as dd/mm/yyyy', () => {
    expect(shortDate('2023-12-21')).toBe('21/12/2023');
    expect(shortDate('2024-01-02')).toBe('02/01/2024');
  });

  it('pads a document number under 10', () => {
    expect(documentNumber(9)).toBe('09');
    expect(documentNumber(1)).toBe('01');
    expect(documentNumber(10)).toBe('10');
    expect(documentNumber(109)).toBe('109');
  });

  it('counts in roman numerals and Vietnamese letters', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV', 'XL']);
    expect([1, 4, 5, 6, 7, 23, 24].map(letter)).toEqual(['a', 'd', 'đ', 'e', 'g', 'y', 'aa']);
  });

  it('upper-cases by Vietnamese rules', () => {
    expect(upper('Phó Chủ tịch')).toBe('PHÓ CHỦ TỊCH');
    expect(upper('đoàn kết')).toBe('ĐOÀN KẾT');
  });
});

describe('planOutline: header', () => {
  it('gives the blocks of a document in printed order', () => {
    const types = planOutline(org, makePlan({ bases: [{ kind: 'Kế hoạch', title: 'X' }], intro: 'Y:', closing: 'Z./.' }))
      .map((b) => b.type);
    expect(types).toEqual([
      'letterhead', 'number', 'place-date', 'title', 'summary', 'basis', 'intro',
      'heading', 'item', 'closing', 'recipients', 'signature',
    ]);
  });

  it('prints the letterhead with the default national title and motto', () => {
    expect(planOutline(org, makePlan())[0]).toEqual({
      type: 'letterhead',
      parent: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ PHÚ VINH'],
      issuer: 'BAN THƯỜNG TRỰC',
      nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
    });
  });

  it('keeps the national title and motto the organisation file sets', () => {
    const own = { ...org, letterhead: { ...org.letterhead, nationalTitle: 'QUỐC HIỆU', motto: 'Tiêu ngữ' } };
    expect(planOutline(own, makePlan())[0]).toMatchObject({ nationalTitle: 'QUỐC HIỆU', motto: 'Tiêu ngữ' });
  });

  it('prints the number zero-padded with its symbol, then place and date', () => {
    const blocks = planOutline(org, makePlan());
    expect(blocks[1]).toEqual({ type: 'number', text: 'Số: 09/KH-MTTQ-BTT' });
    expect(blocks[2]).toEqual({ type: 'place-date', text: 'Phú Vinh, ngày 05 tháng 3 năm 2025' });
    const numbered = planOutline(org, makePlan({ number: 109, place: 'Định Quán', date: '2024-01-25' }));
    expect(outlineText(numbered.slice(1, 3))).toEqual(['Số: 109/KH-MTTQ-BTT', 'Định Quán, ngày 25 tháng 01 năm 2024']);
  });

  it('names the document by its kind and splits the summary where the YAML breaks it', () => {
    const blocks = planOutline(org, makePlan({ summary: 'Thực hiện công tác thi đua\ntrong năm 2025' }));
    expect(blocks[3]).toEqual({ type: 'title', text: 'KẾ HOẠCH' });
    expect(blocks[4]).toEqual({ type: 'summary', lines: ['Thực hiện công tác thi đua', 'trong năm 2025'] });
  });
});

describe('planOutline: legal bases', () => {
  const party: Basis = {
    verb: 'Thực hiện',
    kind: 'Nghị quyết',
    number: 10,
    symbol: 'NQ/HU',
    date: '2023-12-21',
    issuer: 'Ban Chấp hành Đảng bộ huyện',
    title: 'về chỉ tiêu, nhiệm vụ năm 2024',
  };
  const state: Basis = {
    kind: 'Chỉ thị',
    number: 2,
    symbol: 'CT-UBND',
    date: '2024-01-12',
    issuer: 'Ủy ban nhân dân huyện',
    title: 'về việc phát động thi đua',
  };
  const unnumbered: Basis = { kind: 'Chương trình', issuer: 'Ủy ban MTTQ Việt Nam huyện', title: 'phối hợp năm 2024' };

  it('joins a Party number with "-", a state number with "/", and pads it', () => {
    expect(basisLine(party, false)).toBe(
      '- Thực hiện Nghị quyết số 10-NQ/HU, ngày 21/12/2023 của Ban Chấp hành Đảng bộ huyện về chỉ tiêu, nhiệm vụ năm 2024;',
    );
    expect(basisLine(state, false)).toBe(
      '- Căn cứ Chỉ thị số 02/CT-UBND, ngày 12/01/2024 của Ủy ban nhân dân huyện về việc phát động thi đua;',
    );
  });

  it('cites a document without a number by its kind and name', () => {
    expect(basisLine(unnumbered, true)).toBe('- Căn cứ Chương trình phối hợp năm 2024.');
  });

  it('leaves out what the data does not give', () => {
    expect(basisLine({ kind: 'Nghị quyết', number: 19, title: 'về X' }, false)).toBe('- Căn cứ Nghị quyết số 19 về X;');
  });

  it('ends each basis with ";" and the last with "."', () => {
    const texts = blocksOf(planOutline(org, makePlan({ bases: [party, state, unnumbered] })), 'basis').map((b) => b.text);
    expect(texts.map((t) => t.at(-1))).toEqual([';', ';', '.']);
    expect(blocksOf(planOutline(org, makePlan({ bases: [state] })), 'basis')[0]!.text).toMatch(/thi đua\.$/);
    expect(blocksOf(planOutline(org, makePlan({ bases: [] })), 'basis')).toEqual([]);
  });
});

describe('planOutline: sections', () => {
  const tree: Section[] = [
    {
      heading: 'MỤC ĐÍCH, YÊU CẦU',
      sections: [{ heading: 'Mục đích', sections: [{ heading: 'Một' }, { heading: 'Hai' }] }, { heading: 'Yêu cầu' }],
    },
    { heading: 'NỘI DUNG', sections: [{ quarter: 1 }, { quarter: 3 }, { quarter: 4, heading: 'Cuối năm' }] },
  ];

  it('numbers "I.", "1.", "a)" by default', () => {
    expect(headings(tree)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'a) Một', 'b) Hai', '2. Yêu cầu',
      'II. NỘI DUNG', '1. Quý I', '2. Quý III', '3. Cuối năm',
    ]);
  });

  it('follows the plan\'s patterns, and the default past them', () => {
    expect(headings(tree, ['I/-', '1.'])).toEqual([
      'I/- MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'a) Một', 'b) Hai', '2. Yêu cầu',
      'II/- NỘI DUNG', '1. Quý I', '2. Quý III', '3. Cuối năm',
    ]);
    expect(headings(tree, ['Phần I:', 'Mục a.', '(1)'])).toContain('Phần II: NỘI DUNG');
    expect(headings(tree, ['Phần I:', 'Mục a.', '(1)'])).toContain('(2) Hai');
    expect(headings(tree, ['Phần I:', 'Mục a.', '(1)'])).toContain('Mục b. Yêu cầu');
  });

  it('replaces only the placeholder of a pattern', () => {
    expect(numberLabel('I/-', 4)).toBe('IV/-');
    expect(numberLabel('a)', 5)).toBe('đ)');
    expect(numberLabel('Điều 1.', 12)).toBe('Điều 12.');
  });

  it('prints a heading without number past the last pattern', () => {
    const deep: Section[] = [{ heading: 'A', sections: [{ heading: 'B', sections: [{ heading: 'C', sections: [{ heading: 'D' }] }] }] }];
    const blocks = blocksOf(planOutline(org, makePlan({ sections: deep })), 'heading');
    expect(blocks.at(-1)).toEqual({ type: 'heading', level: 4, label: '', text: 'D' });
    expect(blocks[0]).toEqual({ type: 'heading', level: 1, label: 'I.', text: 'I. A' });
  });

  it('does not number a section without heading', () => {
    expect(headings([{ paragraphs: ['Lời mở đầu.'] }, { heading: 'A' }, { heading: 'B' }])).toEqual(['I. A', 'II. B']);
  });

  it('prints paragraphs then tasks then subsections', () => {
    const sections: Section[] = [
      { heading: 'A', paragraphs: ['P.'], tasks: [{ id: 't', text: 'T.' }], sections: [{ heading: 'B' }] },
    ];
    const body = planOutline(org, makePlan({ sections })).filter((b) => b.type === 'heading' || b.type === 'item');
    expect(outlineText(body)).toEqual(['I. A', '- P.', '- T.', '1. B']);
  });
});

describe('planOutline: list styles', () => {
  it('dashes by default and marks tasks with their id', () => {
    expect(items([{ paragraphs: ['Một.'], tasks: [{ id: 'hai', text: 'Hai.' }] }])).toEqual<ItemBlock[]>([
      { type: 'item', level: 1, marker: '- ', text: '- Một.' },
      { type: 'item', level: 1, marker: '- ', text: '- Hai.', task: 'hai' },
    ]);
  });

  it('numbers across paragraphs and tasks, afresh in each section', () => {
    const sections: Section[] = [
      { list: 'number', paragraphs: ['Một.'], tasks: [{ id: 'b', text: 'Hai.' }, { id: 'c', text: 'Ba.' }] },
      { list: 'number', tasks: [{ id: 'd', text: 'Bốn.' }] },
    ];
    expect(items(sections).map((i) => i.text)).toEqual(['1. Một.', '2. Hai.', '3. Ba.', '1. Bốn.']);
  });

  it('prints nothing before an item of style none', () => {
    expect(items([{ list: 'none', paragraphs: ['Đoạn.'] }])).toEqual([{ type: 'item', level: 1, marker: '', text: 'Đoạn.' }]);
  });

  it('does not pass a style on to subsections', () => {
    const sections: Section[] = [{ heading: 'A', list: 'number', paragraphs: ['x'], sections: [{ heading: 'B', paragraphs: ['y'] }] }];
    expect(items(sections).map((i) => [i.level, i.text])).toEqual([[1, '1. x'], [2, '- y']]);
  });
});

describe('planOutline: closing part', () => {
  it('ends each recipient with ";" and the last with "."', () => {
    const blocks = planOutline(org, makePlan({ recipients: ['Ban TC-TG UBMTTQVN tỉnh', 'BTT UBMTTQVN các xã, TT', 'Lưu: VT'] }));
    expect(blocksOf(blocks, 'recipients')).toEqual([
      { type: 'recipients', heading: 'Nơi nhận:', lines: ['- Ban TC-TG UBMTTQVN tỉnh;', '- BTT UBMTTQVN các xã, TT;', '- Lưu: VT.'] },
    ]);
    expect(blocksOf(planOutline(org, makePlan()), 'recipients')[0]!.lines).toEqual(['- Lưu: VT.']);
  });

  it('signs with the authority and body upper-cased, the position from the organisation file', () => {
    expect(planOutline(org, makePlan()).at(-1)).toEqual({
      type: 'signature',
      authority: 'TM. BAN THƯỜNG TRỰC',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Trần Thị Đào',
    });
  });

  it('prints the position the plan gives, and no authority when the head signs', () => {
    const kt = makePlan({ signer: { authority: 'KT.', on: 'Chủ tịch', position: 'Phó Chủ tịch thường trực', person: 'pho-chu-tich' } });
    expect(outlineText(planOutline(org, kt).slice(-1))).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Trần Thị Đào']);
    const head = makePlan({ signer: { person: 'chu-tich' } });
    expect(planOutline(org, head).at(-1)).toEqual({ type: 'signature', position: 'CHỦ TỊCH', name: 'Nguyễn Văn A' });
  });

  it('refuses to print a signer the organisation file does not know', () => {
    expect(() => planOutline(org, makePlan({ signer: { person: 'nobody' } }))).toThrow(/nobody/);
  });

  it('prints the closing before the recipients', () => {
    const text = outlineText(planOutline(org, makePlan({ closing: 'Trên đây là kế hoạch./.' })));
    expect(text.slice(-6)).toEqual(['Trên đây là kế hoạch./.', 'Nơi nhận:', '- Lưu: VT.', 'TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'Trần Thị Đào']);
  });
});

describe('outlineText', () => {
  it('gives one string per printed line, the letterhead left column first', () => {
    expect(outlineText(planOutline(org, makePlan({ bases: [{ kind: 'Kế hoạch', number: 5, symbol: 'KH-UBND', title: 'về X' }] })))).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'XÃ PHÚ VINH',
      'BAN THƯỜNG TRỰC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 09/KH-MTTQ-BTT',
      'Phú Vinh, ngày 05 tháng 3 năm 2025',
      'KẾ HOẠCH',
      'Công tác thi đua, khen thưởng năm 2025',
      '- Căn cứ Kế hoạch số 05/KH-UBND về X.',
      'I. MỤC ĐÍCH',
      '- Đoạn một.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN THƯỜNG TRỰC',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Đào',
    ]);
  });
});
