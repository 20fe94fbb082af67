// score/*: the scoring scheme (huong-dan-cham-diem.yaml) on its own, and the units' score sheets
// (cham-diem.yaml) against it and the organisation. Each case is a temp repo holding the shipped
// district (plans/2024/dinh-quan/) with its scheme and sheets, one of them changed. --today 2024-06-20.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run.js';
import { dropLine, replaceAll, useRepos } from './repo.js';

const { check } = useRepos();

const schemeFile = 'plans/2024/dinh-quan/huong-dan-cham-diem.yaml';
const sheetsFile = 'plans/2024/dinh-quan/cham-diem.yaml';
const shippedText = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The text with the first `from` replaced by `to`, failing when there is none. */
function replaceFirst(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The shipped district with its scoring files, the scheme and the sheets changed as told. */
const scoring = (change: { scheme?: (t: string) => string; sheets?: (t: string) => string } = {}) =>
  check({
    extra: {
      [schemeFile]: (change.scheme ?? ((t) => t))(shippedText(schemeFile)),
      [sheetsFile]: (change.sheets ?? ((t) => t))(shippedText(sheetsFile)),
    },
  });

const firstSheetTotals = '    totals: { self: 93.5, cluster: 90.5, final: 90.25 }';

describe('passes', () => {
  it('the shipped scheme and sheets: no finding, exit 0', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('score/scheme-sum: a scheme whose maxima add up', () => {
  it("sub-criterion 1.1 of section I worth 3.5: criterion 1 (max 6) no longer adds up", async () => {
    const r = await scoring({ scheme: (t) => replaceFirst(t, 'max: 3\n            scoring: { method: per-item, perItem: 0.25', 'max: 3.5\n            scoring: { method: per-item, perItem: 0.25') });
    expect(r.found).toEqual([`${r.at(schemeFile, '6', 'id: i-1\n')} score/scheme-sum`]);
    expect(r.one('score/scheme-sum').args).toMatchObject({ expected: 6.5, found: 6, what: 'criterion' });
    expect(r.code).toBe(1);
  });

  it('total 101: the sections (95) plus the bonus cap (5) make 100', async () => {
    const r = await scoring({ scheme: (t) => replaceAll(t, 'total: 100', 'total: 101') });
    expect(r.found).toEqual([`${r.at(schemeFile, '101', 'total: ')} score/scheme-sum`]);
    expect(r.one('score/scheme-sum').args).toMatchObject({ expected: 100, found: 101, what: 'total' });
  });

  it('passes: the shipped scheme', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/above-max: a score within 0 and its maximum', () => {
  it('i-1-1 (max 3) scored 3.5 by the council: at that score (and the stated final total no longer adds up)', async () => {
    // With its reason: a score changed without one is score/no-reason, another case.
    const r = await scoring({
      sheets: (t) => replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', "i-1-1: { self: 3, cluster: 3, final: 3.5, reason: 'Hội đồng cộng thêm.' }"),
    });
    expect(r.found).toEqual([`${r.at(sheetsFile, '3.5', 'i-1-1: ')} score/above-max`, `${r.at(sheetsFile, '90.25', firstSheetTotals)} score/stated-total`]);
    expect(r.one('score/above-max').args).toMatchObject({ id: 'i-1-1', stage: 'final', value: 3.5, max: 3 });
    expect(r.code).toBe(1);
  });

  it('a negative self-score: the schema reports it (schema/range), not twice', async () => {
    const r = await scoring({
      sheets: (t) => dropLine(replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', 'i-1-1: { self: -1, cluster: 3, final: 3 }'), firstSheetTotals),
    });
    expect(r.found).toEqual([`${r.at(sheetsFile, '-1,', 'i-1-1: ')} schema/range`]);
  });

  it('passes: a score equal to its maximum', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/missing-criterion: every leaf criterion scored', () => {
  it("the first sheet without i-3 (and without stated totals): at its scores", async () => {
    const r = await scoring({ sheets: (t) => dropLine(dropLine(t, '      i-3: { self: 3.25, cluster: 3.25, final: 3.25 }', '- unit: tt-dinh-quan'), firstSheetTotals) });
    expect(r.found).toEqual([`${r.at(sheetsFile, 'scores', '- unit: tt-dinh-quan')} score/missing-criterion`]);
    expect(r.one('score/missing-criterion').args).toMatchObject({ unit: 'tt-dinh-quan', ids: ['i-3'] });
  });

  it('passes: every sheet scores every leaf', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/unknown-criterion: scores only for the criteria of the scheme', () => {
  it('i-3 written i-9: unknown at its key, and i-3 missing', async () => {
    const r = await scoring({ sheets: (t) => dropLine(replaceFirst(t, '      i-3: {', '      i-9: {'), firstSheetTotals) });
    expect(r.found).toEqual([
      `${r.at(sheetsFile, 'scores', '- unit: tt-dinh-quan')} score/missing-criterion`,
      `${r.at(sheetsFile, 'i-9')} score/unknown-criterion`,
    ]);
    expect(r.one('score/unknown-criterion').args).toMatchObject({ id: 'i-9' });
  });

  it('a bonus item the scheme lacks: at its item', async () => {
    const r = await scoring({ sheets: (t) => replaceFirst(t, 'item: nhiem-vu-dot-xuat', 'item: nhiem-vu-khac') });
    expect(r.found).toContain(`${r.at(sheetsFile, 'nhiem-vu-khac')} score/unknown-criterion`);
  });

  it('passes: the shipped sheets', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/unknown-unit: sheets for the units of the organisation', () => {
  it('a sheet for tt-dinh-quan-cu: at its unit', async () => {
    const r = await scoring({ sheets: (t) => replaceFirst(t, '- unit: tt-dinh-quan', '- unit: tt-dinh-quan-cu') });
    // tt-dinh-quan itself has no sheet now: that is said too.
    expect(r.found).toEqual([`${r.at(sheetsFile, 'sheets:')} score/missing-sheet`, `${r.at(sheetsFile, 'tt-dinh-quan-cu')} score/unknown-unit`]);
    expect(r.one('score/unknown-unit').args).toMatchObject({ id: 'tt-dinh-quan-cu', body: 'dinh-quan', year: 2024 });
  });

  it('passes: the shipped units', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/bonus-cap: the bonus within its cap', () => {
  it('a self bonus of 6 (cap 5): at the bonus', async () => {
    const r = await scoring({
      sheets: (t) =>
        replaceFirst(t, firstSheetTotals, '      - item: mo-hinh-moi\n        self: 2\n      - item: khen-thuong-chuyen-de\n        self: 1\n    totals: { self: 95.5, cluster: 90.5, final: 90.25 }'),
    });
    expect(r.found).toEqual([`${r.at(sheetsFile, 'bonus', '- unit: tt-dinh-quan')} score/bonus-cap`]);
    expect(r.one('score/bonus-cap').args).toMatchObject({ stage: 'self', found: 6, cap: 5 });
  });

  it('passes: the shipped bonuses', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/stated-total: a stated total is the exact sum', () => {
  it('self total 93.25 where the sum is 93.5: at that total', async () => {
    const r = await scoring({ sheets: (t) => replaceFirst(t, 'totals: { self: 93.5,', 'totals: { self: 93.25,') });
    expect(r.found).toEqual([`${r.at(sheetsFile, '93.25')} score/stated-total`]);
    expect(r.one('score/stated-total').args).toMatchObject({ unit: 'tt-dinh-quan', stage: 'self', found: 93.25, expected: 93.5 });
  });

  it('passes: the shipped totals', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/no-scheme: sheets name an existing scheme', () => {
  it('the sheets name the scheme of 2023: at "scheme"', async () => {
    const r = await scoring({ sheets: (t) => replaceAll(t, 'scheme: { body: dinh-quan, year: 2024 }', 'scheme: { body: dinh-quan, year: 2023 }') });
    expect(r.found).toEqual([`${r.at(sheetsFile, '{', 'scheme: ')} score/no-scheme`]);
    expect(r.one('score/no-scheme').args).toMatchObject({ body: 'dinh-quan', year: 2023 });
  });

  it('passes: the shipped scheme reference', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

/** The sheets file cut into its head (up to "sheets:") and one block per unit. */
function sheetBlocks(text: string): { head: string; blocks: string[] } {
  const at = text.indexOf('\nsheets:\n') + '\nsheets:\n'.length;
  const body = text.slice(at);
  const starts = [...body.matchAll(/^ {2}- unit: /gm)].map((m) => m.index);
  // A block begins at the comment lines just before its "- unit:".
  const begin = (i: number) => {
    let b = starts[i]!;
    while (b > 0) {
      const prev = body.lastIndexOf('\n', b - 2) + 1;
      if (!/^ {2}#/.test(body.slice(prev, b))) break;
      b = prev;
    }
    return b;
  };
  const blocks = starts.map((_, i) => body.slice(begin(i), i + 1 < starts.length ? begin(i + 1) : body.length));
  return { head: text.slice(0, at), blocks: [body.slice(0, begin(0)) + blocks[0]!, ...blocks.slice(1)] };
}

describe('score/duplicate-sheet and score/missing-sheet: one sheet per unit, across the files of one scheme', () => {
  const { head, blocks } = sheetBlocks(shippedText(sheetsFile));

  it('the shipped sheets cut into blocks give back the file (the cases below rest on it)', () => {
    expect(blocks).toHaveLength(14);
    expect(head + blocks.join('')).toBe(shippedText(sheetsFile));
  });

  it('a unit scored twice in one file: at the second sheet\'s unit, naming the first', async () => {
    const r = await scoring({ sheets: (t) => `${t}${blocks[1]!}` });
    const second = `${sheetsFile}:${shippedText(sheetsFile).split('\n').length + blocks[1]!.split('\n').findIndex((l) => l.startsWith('  - unit:'))}:11`;
    expect(r.found).toEqual([`${second} score/duplicate-sheet`]);
    expect(r.one('score/duplicate-sheet')).toMatchObject({ severity: 'error', args: { unit: 'gia-canh', first: 2, other: '' } });
    expect(r.one('score/duplicate-sheet').message).toContain('«gia-canh» có hai phiếu chấm trong tệp này (phiếu thứ 2');
    expect(r.code).toBe(1);
  });

  it('a unit scored in two files of the same scheme: at both sheets, each naming the other file', async () => {
    const other = 'plans/2024/dinh-quan/cham-diem-them.yaml';
    const r = await scoring({ sheets: (t) => t });
    const again = await check({
      extra: { [schemeFile]: shippedText(schemeFile), [sheetsFile]: shippedText(sheetsFile), [other]: head + blocks[2]! },
    });
    expect(r.found).toEqual([]);
    expect(again.found).toEqual([`${again.at(other, 'la-nga')} score/duplicate-sheet`, `${again.at(sheetsFile, 'la-nga')} score/duplicate-sheet`]);
    const [inOther, inShipped] = again.report.diagnostics;
    expect(inOther!.args).toMatchObject({ unit: 'la-nga', other: '2024/dinh-quan/cham-diem.yaml' });
    expect(inShipped!.args).toMatchObject({ unit: 'la-nga', other: '2024/dinh-quan/cham-diem-them.yaml' });
    expect(inShipped!.message).toBe('Đơn vị «la-nga» cũng có phiếu chấm trong 2024/dinh-quan/cham-diem-them.yaml: đơn vị sẽ bị tính điểm và khen thưởng hai lần.');
  });

  it('a unit of the organisation without a sheet: at "sheets", naming it, so the ranking is not short a unit', async () => {
    const r = await scoring({ sheets: () => head + blocks.slice(0, 13).join('') });
    expect(r.found).toEqual([`${sheetsFile}:${head.split('\n').length - 1}:1 score/missing-sheet`]);
    const last = /- unit: (\S+)/.exec(blocks[13]!)![1];
    expect(r.one('score/missing-sheet').args).toMatchObject({ ids: [last], count: 14, body: 'dinh-quan', year: 2024 });
    expect(r.one('score/missing-sheet').message).toBe(`Chưa có phiếu chấm của 1/14 đơn vị của «dinh-quan» năm 2024: «${last}»; các đơn vị này sẽ không có trong bảng xếp hạng.`);
  });

  it('passes: one file per unit (each commune sends its own), none missing, none twice', async () => {
    const perUnit = Object.fromEntries(blocks.map((b, i) => [`plans/2024/dinh-quan/cham-diem-${String(i + 1).padStart(2, '0')}.yaml`, head + b]));
    const r = await check({ extra: { [schemeFile]: shippedText(schemeFile), ...perUnit } });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('score/unscored: a scoring report of a stage that is not complete', () => {
  const reportFile = 'plans/2024/dinh-quan/bao-cao-cham-diem.yaml';
  const withReport = (sheets: (t: string) => string, report: (t: string) => string = (t) => t) =>
    check({
      extra: { [schemeFile]: shippedText(schemeFile), [sheetsFile]: sheets(shippedText(sheetsFile)), [reportFile]: report(shippedText(reportFile)) },
    });
  // The council's score of i-1-1 of the first sheet not given yet (and its stated final total with it).
  const unscoredFinal = (t: string) =>
    replaceFirst(replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', 'i-1-1: { self: 3, cluster: 3 }'), firstSheetTotals, '    totals: { self: 93.5, cluster: 90.5 }');

  it('a criterion without its final points: at the report\'s "stage", naming the unit and the criterion', async () => {
    const r = await withReport(unscoredFinal);
    expect(r.found).toEqual([`${r.at(reportFile, 'final', '\nstage: ')} score/unscored`]);
    expect(r.one('score/unscored').args).toMatchObject({ stage: 'final', noSheet: [], partialUnits: ['tt-dinh-quan'], partialCriteria: ['i-1-1'], scored: 'yes' });
    expect(r.one('score/unscored').message).toBe(
      'Vòng chấm «Hội đồng chấm» chưa xong: 1 phiếu còn tiêu chí chưa có điểm Hội đồng chấm («tt-dinh-quan»: i-1-1). Điểm còn thiếu đang được tính là 0, nên báo cáo chưa phải kết quả để ký.',
    );
  });

  it('a report of the self-scores: that stage is complete, the final one is not asked for', async () => {
    const r = await withReport(unscoredFinal, (t) => replaceFirst(t, '\nstage: final', '\nstage: self'));
    expect(r.found).toEqual([]);
  });

  it('passes: the shipped report and sheets', async () => {
    const r = await withReport((t) => t);
    expect(r.found).toEqual([]);
  });
});

describe('score/method: points a criterion\'s way of scoring can give', () => {
  it('a yes/no criterion (i-2-2, max 2) scored 1 by the cluster: at that score', async () => {
    const r = await scoring({
      sheets: (t) =>
        replaceFirst(
          t,
          "i-2-2: { self: 2, cluster: 0, final: 0,",
          "i-2-2: { self: 2, cluster: 1, final: 0,",
        ).replace('totals: { self: 93.5, cluster: 90.5, final: 90.25 }', 'totals: { self: 93.5, cluster: 91.5, final: 90.25 }'),
    });
    expect(r.found).toEqual([`${r.at(sheetsFile, '1', 'i-2-2: { self: 2, cluster: ')} score/method`]);
    expect(r.one('score/method').args).toMatchObject({ id: 'i-2-2', stage: 'cluster', value: 1, method: 'yes-no', allowed: ['0', '2'] });
    expect(r.one('score/method').message).toBe('Điểm cụm chấm của «i-2-2» là 1, không phải số điểm mà cách cho điểm có/không cho được (0; 2).');
  });

  it('passes: the shipped sheets follow every method (yes/no, steps, items)', async () => {
    const r = await scoring();
    expect(r.found).toEqual([]);
  });
});

describe('score/achieved: the points of the step the recorded achievement reaches', () => {
  // ii-1-1 of the first sheet: percent with steps 90 → 4, 85 → 3, 80 → 2, 70 → 1.
  const withAchieved = (achieved: number) => (t: string) => {
    const at = t.indexOf('ii-1-1: {');
    return `${t.slice(0, at)}ii-1-1: { achieved: ${achieved}, ${t.slice(at + 'ii-1-1: { '.length)}`;
  };

  it('87,5% achieved (step 85: 3 points) but 4 given at the final stage: at the final score', async () => {
    const r = await scoring({ sheets: withAchieved(87.5) });
    expect(r.found).toEqual([`${r.at(sheetsFile, '4 }', 'ii-1-1: { achieved')} score/achieved`]);
    expect(r.one('score/achieved').args).toMatchObject({ id: 'ii-1-1', stage: 'final', achieved: 87.5, expected: 3, value: 4 });
  });

  it('passes: 92% achieved and 4 points', async () => {
    const r = await scoring({ sheets: withAchieved(92) });
    expect(r.found).toEqual([]);
  });
});

describe('score/no-reason: a score changed between stages says why', () => {
  it('i-1-2 of the first sheet (self 3, cluster 2,75, final 3) without its note: at the final score', async () => {
    const r = await scoring({
      sheets: (t) => replaceFirst(t, "i-1-2: { self: 3, cluster: 2.75, final: 3, note: 'Cụm chấm thấp hơn; Hội đồng giữ điểm đơn vị tự chấm sau khi xem minh chứng bổ sung.' }", 'i-1-2: { self: 3, cluster: 2.75, final: 3 }'),
    });
    expect(r.found).toEqual([`${r.at(sheetsFile, '3 }', 'i-1-2: { self: 3, cluster: 2.75, final: ')} score/no-reason`]);
    expect(r.one('score/no-reason').args).toMatchObject({ unit: 'tt-dinh-quan', id: 'i-1-2', stages: 'self 3, cluster 2.75, final 3' });
    expect(r.one('score/no-reason').message).toBe('Điểm «i-1-2» của «tt-dinh-quan» khác nhau giữa các lần chấm (tự chấm 3, cụm chấm 2,75, Hội đồng 3) mà không ghi lý do.');
  });

  it('passes: the reason written apart from the unit\'s explanation, with evidence on a bonus item', async () => {
    const r = await scoring({
      sheets: (t) =>
        replaceFirst(
          t,
          "i-1-2: { self: 3, cluster: 2.75, final: 3, note: 'Cụm chấm thấp hơn; Hội đồng giữ điểm đơn vị tự chấm sau khi xem minh chứng bổ sung.' }",
          "i-1-2: { self: 3, cluster: 2.75, final: 3, explanation: 'Đã gửi minh chứng bổ sung.', reason: 'Hội đồng giữ điểm tự chấm.', evidence: 'Công văn số 12' }",
        ),
    });
    expect(r.found).toEqual([]);
  });
});

describe('a recorded decision on a tie names units and an award that exist', () => {
  const decisions = (award: string, unit: string) => (t: string) =>
    replaceFirst(t, '\nsheets:\n', `\ndecisions:\n  - { award: ${award}, units: [${unit}], note: 'Biên bản họp Hội đồng ngày 10/12/2024' }\nsheets:\n`);

  it('an unknown unit (score/unknown-unit) and an unknown award (score/unknown-criterion), each at its place', async () => {
    const r = await scoring({ sheets: decisions('co-thi-dau', 'phu-vinh-cu') });
    expect(r.found).toEqual([`${r.at(sheetsFile, 'co-thi-dau')} score/unknown-criterion`, `${r.at(sheetsFile, 'phu-vinh-cu')} score/unknown-unit`]);
    expect(r.one('score/unknown-criterion').message).toBe('Hướng dẫn chấm điểm không có hình thức khen thưởng «co-thi-dau».');
  });

  it('passes: a decision for co-thi-dua naming phu-vinh', async () => {
    const r = await scoring({ sheets: decisions('co-thi-dua', 'phu-vinh') });
    expect(r.found).toEqual([]);
  });
});

// Stages as data: a province whose Bans each score their field, then the provincial committee's result
// put together from them. The shipped scheme, with these stages in place of the default three.
const provincialStages = [
  'stages:',
  '  - { id: self, name: Đơn vị tự chấm }',
  '  - { id: ban-to-chuc, name: Ban Tổ chức - Tuyên giáo, scores: [dai-doan-ket, van-dong-phong-trao, mo-hinh-moi, vuot-chi-tieu-quy] }',
  '  - { id: ban-dan-chu, name: Ban Dân chủ - Pháp luật, scores: [giam-sat-phan-bien, xay-dung-dang-chinh-quyen, to-chuc-hoat-dong, khen-thuong-chuyen-de, nhiem-vu-dot-xuat, bao-cao-cham, khong-bao-cao, vang-hoi-nghi, vi-pham-ky-luat] }',
  '  - { id: tinh, name: Ủy ban MTTQ tỉnh, from: [ban-to-chuc, ban-dan-chu] }',
  'tieBreak: [total, selfTotal, name]',
].join('\n');
const withStages = (t: string, stages = provincialStages) => replaceFirst(t, 'tieBreak: [total, selfTotal, name]', stages);
/** The shipped sheets with their self-scores only (no cluster, no final, no stated totals). */
const selfOnly = (t: string) =>
  t.replace(/\{ self: ([0-9.]+), cluster: [0-9.]+, final: [0-9.]+(, note: ('[^']*'))? \}/g, '{ self: $1$2 }').replace(/\n    totals: \{[^}]*\}/g, '').replace(/\n +(cluster|final): [0-9.]+(?=\n)/g, '');

describe('score/unknown-stage: a stage the guide has', () => {
  it('a sheet giving "fianl" points: named, with the stage it may mean', async () => {
    const r = await scoring({ sheets: (t) => replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', 'i-1-1: { self: 3, cluster: 3, fianl: 3 }') });
    // Its 3 points count nowhere: the council's stated total no longer adds up either.
    expect(r.found).toEqual([`${r.at(sheetsFile, 'fianl', 'i-1-1: ')} score/unknown-stage`, `${r.at(sheetsFile, '90.25', firstSheetTotals)} score/stated-total`]);
    expect(r.one('score/unknown-stage').args).toMatchObject({ stage: 'fianl', where: 'sheet', suggestion: 'final', stages: ['self', 'cluster', 'final'] });
    expect(r.one('score/unknown-stage').message).toMatch(/\. Có phải «final»\?$/);
    expect(r.code).toBe(1);
  });

  it('"official" and a stage "from" that the guide does not have', async () => {
    const r = await scoring({
      scheme: (t) => withStages(t, provincialStages.replace('from: [ban-to-chuc, ban-dan-chu]', 'from: [ban-to-chuc, ban-dan-chuu]') + '\nofficial: tinhh'),
      sheets: selfOnly,
    });
    expect(r.found).toEqual([
      `${r.at(schemeFile, 'ban-dan-chuu')} score/unknown-stage`,
      `${r.at(schemeFile, 'tinhh')} score/unknown-stage`,
      // the Ban's part is then scored by nobody in the committee's result
      `${r.at(schemeFile, 'from', '  - { id: tinh, name: Ủy ban MTTQ tỉnh, ')} score/stage-coverage`,
    ].sort());
  });

  it('a tie-break on the cluster total when the guide has no cluster stage', async () => {
    const r = await scoring({ scheme: (t) => withStages(t, provincialStages.replace('tieBreak: [total, selfTotal, name]', 'tieBreak: [total, clusterTotal, name]')), sheets: selfOnly });
    expect(r.found).toEqual([`${r.at(schemeFile, 'clusterTotal')} score/unknown-stage`]);
    expect(r.one('score/unknown-stage').args).toMatchObject({ where: 'tie-break', stage: 'cluster' });
  });

  it("the default stages' points after the guide names its own: once per stage and file, with how many more", async () => {
    const r = await scoring({ scheme: (t) => withStages(t) });
    const found = r.all('score/unknown-stage');
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.args.stage}`)).toEqual([
      `${r.at(sheetsFile, 'cluster', 'i-1-1: { self: 3, ')} cluster`,
      `${r.at(sheetsFile, 'final', 'i-1-1: { self: 3, cluster: 3, ')} final`,
    ]);
    expect(found[0]!.args.more).toBeGreaterThan(100);
    expect(found[0]!.message).toMatch(/và [0-9]+ chỗ khác trong tệp/);
  });

  it('a misspelt field in words ("notes"): not taken for a stage, named as an unknown field with the one it may be', async () => {
    const report = 'plans/2024/dinh-quan/bao-cao-cham-diem.yaml';
    const sheets = replaceFirst(shippedText(sheetsFile), 'i-1-1: { self: 3, cluster: 3, final: 3 }', "i-1-1: { self: 3, cluster: 3, final: 3, notes: 'Ghi chú' }");
    const r = await check({ extra: { [schemeFile]: shippedText(schemeFile), [sheetsFile]: sheets, [report]: shippedText(report) } });
    // The file fails its schema: the scoring report waits for it rather than call every unit unscored.
    expect(r.found).toEqual([`${r.at(sheetsFile, 'notes', 'i-1-1: ')} schema/unknown-property`]);
    expect(r.one('schema/unknown-property').args).toMatchObject({ property: 'notes', suggestion: 'note', field: 'i-1-1' });
    expect(r.one('schema/unknown-property').message).toBe('Trường «notes» không có trong mẫu của «Điểm một tiêu chí» (i-1-1).');
  });

  it('a scoring report of a stage the guide does not have', async () => {
    const report = 'plans/2024/dinh-quan/bao-cao-cham-diem.yaml';
    const r = await check({
      extra: { [schemeFile]: shippedText(schemeFile), [sheetsFile]: shippedText(sheetsFile), [report]: replaceFirst(shippedText(report), '\nstage: final', '\nstage: hoi-dong') },
    });
    expect(r.found).toEqual([`${r.at(report, 'hoi-dong')} score/unknown-stage`]);
    expect(r.one('score/unknown-stage').args).toMatchObject({ where: 'report', stage: 'hoi-dong' });
  });

  it('passes: a guide with its own stages, and sheets that score them', async () => {
    const r = await scoring({ scheme: (t) => withStages(t), sheets: selfOnly });
    expect(r.found).toEqual([]);
  });
});

describe('score/stage-scope: points a stage gives for what it scores', () => {
  const oneUnit = (t: string, line: string) => replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', line);
  it("a Ban scoring outside its field, and points under the committee's result that is put together", async () => {
    const r = await scoring({
      scheme: (t) => withStages(t),
      sheets: (t) => selfOnly(oneUnit(t, 'i-1-1: { self: 3, ban-dan-chu: 3, tinh: 3 }')),
    });
    expect(r.found).toEqual([
      `${r.at(sheetsFile, 'ban-dan-chu', 'i-1-1: { self: 3, ')} score/stage-scope`,
      `${r.at(sheetsFile, 'tinh', 'i-1-1: { self: 3, ban-dan-chu: 3, ')} score/stage-scope`,
    ]);
    expect(r.all('score/stage-scope').map((f) => f.args.case)).toEqual(['outside', 'assembled']);
    expect(r.all('score/stage-scope')[0]!.message).toBe('Lần chấm «ban-dan-chu» không chấm «i-1-1» (hướng dẫn giao cho lần chấm khác): điểm này không được tính.');
  });

  it("a scoring report of one Ban's part: it would classify and award a part of the guide", async () => {
    const report = 'plans/2024/dinh-quan/bao-cao-cham-diem.yaml';
    const r = await check({
      extra: {
        [schemeFile]: withStages(shippedText(schemeFile)),
        [sheetsFile]: selfOnly(shippedText(sheetsFile)),
        [report]: replaceFirst(shippedText(report), '\nstage: final', '\nstage: ban-to-chuc'),
      },
    });
    expect(r.found).toEqual([`${r.at(report, 'ban-to-chuc')} score/stage-scope`]);
    expect(r.one('score/stage-scope').args).toMatchObject({ case: 'report', stage: 'ban-to-chuc', from: ['self', 'tinh'] });
  });

  it('passes: each Ban scores its own field', async () => {
    const r = await scoring({ scheme: (t) => withStages(t), sheets: (t) => selfOnly(oneUnit(t, 'i-1-1: { self: 3, ban-to-chuc: 3 }')) });
    expect(r.found).toEqual([]);
  });
});

describe("score/stage-coverage: a stage put together from others takes each part from exactly one", () => {
  it('two Bans both scoring section I, and the bonus for new models scored by none', async () => {
    const stages = provincialStages
      .replace('scores: [dai-doan-ket, van-dong-phong-trao, mo-hinh-moi, vuot-chi-tieu-quy]', 'scores: [dai-doan-ket, van-dong-phong-trao, vuot-chi-tieu-quy]')
      .replace('scores: [giam-sat-phan-bien,', 'scores: [i-1, giam-sat-phan-bien,');
    const r = await scoring({ scheme: (t) => withStages(t, stages) });
    const coverage = r.one('score/stage-coverage');
    expect(`${coverage.file}:${coverage.line}:${coverage.column}`).toBe(r.at(schemeFile, 'from', '  - { id: tinh, name: Ủy ban MTTQ tỉnh, '));
    expect(coverage.args).toMatchObject({ stage: 'tinh', missing: ['mo-hinh-moi'], twice: ['i-1-1 (ban-to-chuc, ban-dan-chu)', 'i-1-2 (ban-to-chuc, ban-dan-chu)'] });
    expect(coverage.message).toContain('«mo-hinh-moi»');
    expect(r.found).toContain(`${r.at(schemeFile, 'from', '  - { id: tinh, name: Ủy ban MTTQ tỉnh, ')} score/stage-coverage`);
  });

  it('a part that is not in the guide', async () => {
    const r = await scoring({ scheme: (t) => withStages(t, provincialStages.replace('vuot-chi-tieu-quy]', 'vuot-chi-tieu-quy, phan-6]')) });
    expect(r.found).toContain(`${r.at(schemeFile, 'phan-6')} score/unknown-criterion`);
    expect(r.one('score/unknown-criterion').args).toMatchObject({ id: 'phan-6', what: 'part' });
  });

  it('passes: the Bans share the guide between them', async () => {
    const r = await scoring({ scheme: (t) => withStages(t) });
    expect(r.all('score/stage-coverage')).toEqual([]);
  });
});

describe("score/step: points on the guide's step", () => {
  it('a self-score of 1.3 under a guide in quarters (its default): at the value, with the nearest steps', async () => {
    // i-3 is graded by the council: any points within its maximum, on the step.
    const r = await scoring({ sheets: (t) => replaceFirst(t, 'i-3: { self: 3.25, cluster: 3.25, final: 3.25 }', "i-3: { self: 3.3, cluster: 3.25, final: 3.25, reason: 'Cụm chấm lại.' }") });
    expect(r.found).toEqual([`${r.at(sheetsFile, '3.3', 'i-3: ')} score/step`, `${r.at(sheetsFile, '93.5', firstSheetTotals)} score/stated-total`]);
    const d = r.one('score/step');
    expect(d.args).toMatchObject({ what: 'score', id: 'i-3', stage: 'self', value: 3.3, step: 0.25, below: 3.25, above: 3.5, stated: 'no' });
    expect(d.message).toBe('Điểm đơn vị tự chấm của «i-3» là 3,3, không theo bước 0,25 điểm của hướng dẫn chấm điểm.');
    expect(d.hint).toBe('Làm tròn thành 3,25 hoặc 3,5. Hướng dẫn cho điểm lẻ tới 0,1 điểm thì ghi "step: 0.1" trong tệp hướng dẫn chấm điểm.');
  });

  it('a guide in half points ("step: 0.5") whose criterion is worth 2.75', async () => {
    const r = await scoring({ scheme: (t) => replaceFirst(t, 'total: 100', 'total: 100\nstep: 0.5') });
    const steps = r.all('score/step');
    expect(steps.length).toBeGreaterThan(1); // the shipped guide and sheets are in quarters
    const guide = steps.filter((d) => d.file === schemeFile);
    expect(guide.length).toBeGreaterThan(0);
    expect(guide[0]!.args).toMatchObject({ what: 'guide', step: 0.5, stated: 'yes' });
    expect(r.found).toContain(`${guide[0]!.file}:${guide[0]!.line}:${guide[0]!.column} score/step`);
  });

  it('passes: a guide in twentieths ("step: 0.05", quarters are on it) and a self-score of 3,3 on a graded criterion', async () => {
    const r = await scoring({
      scheme: (t) => replaceFirst(t, 'total: 100', 'total: 100\nstep: 0.05'),
      sheets: (t) =>
        replaceFirst(
          replaceFirst(t, 'i-3: { self: 3.25, cluster: 3.25, final: 3.25 }', "i-3: { self: 3.3, cluster: 3.25, final: 3.25, reason: 'Cụm chấm lại.' }"),
          firstSheetTotals,
          '    totals: { self: 93.55, cluster: 90.5, final: 90.25 }',
        ),
    });
    // The self total adds up exactly (93,5 + 0,05), no float drift.
    expect(r.found).toEqual([]);
  });
});
