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
    const r = await scoring({ sheets: (t) => replaceFirst(t, 'i-1-1: { self: 3, cluster: 3, final: 3 }', 'i-1-1: { self: 3, cluster: 3, final: 3.5 }') });
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
    expect(r.found).toEqual([`${r.at(sheetsFile, 'tt-dinh-quan-cu')} score/unknown-unit`]);
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
