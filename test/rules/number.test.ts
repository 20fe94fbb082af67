// number/*: document numbers and symbols. Shipped repo + one change, --today 2024-06-20.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { planFile, useRepos } from './repo.js';

const { check } = useRepos();

describe('number/type-code: the symbol opens with the code of the document kind', () => {
  it('a Kế hoạch basis with symbol "CT-UBND": an error at the basis symbol', async () => {
    const r = await check({ plan: (t) => edit(t, 'number: 9\n', 'symbol: KH-UBND', 'symbol: CT-UBND') });
    expect(r.found).toEqual([`${r.at(planFile, 'CT-UBND', 'number: 9\n')} number/type-code`]);
    const d = r.one('number/type-code');
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['bases', 3, 'symbol']);
    expect(d.args).toMatchObject({ symbol: 'CT-UBND', code: 'CT', kind: 'Kế hoạch', expected: 'KH' });
    expect(r.code).toBe(1);
  });

  it('a Nghị quyết basis in Party style "QĐ/HU": number/type-code at the symbol', async () => {
    const r = await check({ plan: (t) => edit(t, 'number: 10\n', 'symbol: NQ/HU', 'symbol: QĐ/HU') });
    expect(r.found).toEqual([`${r.at(planFile, 'QĐ/HU')} number/type-code`]);
    expect(r.one('number/type-code').args).toMatchObject({ code: 'QĐ', expected: 'NQ' });
  });

  it('the plan\'s own symbol "BC-MTTQ-BTT": number/type-code at "symbol" (and its evidence now cites another 109)', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'symbol: KH-MTTQ-BTT', 'symbol: BC-MTTQ-BTT') });
    expect(r.found).toEqual([
      `${r.at(planFile, 'BC-MTTQ-BTT')} number/type-code`,
      // "Kế hoạch số 109/KH-MTTQ-BTT" as a task's evidence is no longer this plan.
      `${r.at(planFile, 'Kế hoạch số 109/KH-MTTQ-BTT', 'evidence: ')} number/duplicate`,
    ]);
    expect(r.one('number/type-code').args).toMatchObject({ code: 'BC', kind: 'Kế hoạch', expected: 'KH' });
    expect(r.code).toBe(1);
  });

  it('passes: a Quy định basis with the Party\'s code "QĐi", and a kind written in lower case', async () => {
    const r = await check({
      plan: (t) =>
        edit(
          edit(t, 'verb: Thực hiện', 'kind: Nghị quyết\n    number: 10\n    symbol: NQ/HU', 'kind: Quy định\n    number: 10\n    symbol: QĐi/HU'),
          'title: về việc phát động thi đua',
          'kind: Kế hoạch',
          'kind: kế hoạch',
        ),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('number/issuer-symbol: the symbol ends with the issuer\'s letters of the organisation', () => {
  it('the organisation\'s letters are "MTTQ-BTTT": an error at the plan\'s symbol', async () => {
    const r = await check({ org: (t) => edit(t, 'issuer:\n', 'symbol: MTTQ-BTT', 'symbol: MTTQ-BTTT') });
    expect(r.found).toEqual([`${r.at(planFile, 'KH-MTTQ-BTT', 'kind: ke-hoach')} number/issuer-symbol`]);
    const d = r.one('number/issuer-symbol');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ symbol: 'KH-MTTQ-BTT', found: 'MTTQ-BTT', expected: 'KH-MTTQ-BTTT' });
    expect(d.hint).toContain('KH-MTTQ-BTTT');
    expect(r.code).toBe(1);
  });

  it('the plan\'s symbol "KH-MTTQ": number/issuer-symbol at "symbol"', async () => {
    const r = await check({ plan: (t) => edit(t, 'kind: ke-hoach', 'symbol: KH-MTTQ-BTT', 'symbol: KH-MTTQ') });
    expect(r.found).toContain(`${r.at(planFile, 'KH-MTTQ', 'kind: ke-hoach')} number/issuer-symbol`);
    expect(r.code).toBe(1);
  });

  it('an office writing dots ("KH.MTTQ.BTTT"): the symbol suggested is written with dots too', async () => {
    // Its own documents cited as evidence are written with dots too.
    const r = await check({ plan: (t) => edit(t.split('/KH-MTTQ-BTT').join('/KH.MTTQ.BTT'), 'kind: ke-hoach', 'symbol: KH-MTTQ-BTT', 'symbol: KH.MTTQ.BTTT') });
    // (The evidence citing 109/KH.MTTQ.BTT is then another document of the same number: number/duplicate.)
    expect(r.found).toContain(`${r.at(planFile, 'KH.MTTQ.BTTT', 'kind: ke-hoach')} number/issuer-symbol`);
    expect(r.one('number/issuer-symbol').args).toMatchObject({ expected: 'KH.MTTQ.BTT' });
  });

  it('passes: the same letters with dots ("KH.MTTQ.BTT" for the organisation\'s MTTQ-BTT)', async () => {
    const r = await check({ plan: (t) => edit(t.split('/KH-MTTQ-BTT').join('/KH.MTTQ.BTT'), 'kind: ke-hoach', 'symbol: KH-MTTQ-BTT', 'symbol: KH.MTTQ.BTT') });
    expect(r.found).toEqual([]);
  });

  it('passes: organisation and plan changed together', async () => {
    const r = await check({
      org: (t) => edit(t, 'issuer:\n', 'symbol: MTTQ-BTT', 'symbol: MTTQ-HĐTĐKT'),
      plan: (t) =>
        edit(
          edit(t, 'kind: ke-hoach', 'symbol: KH-MTTQ-BTT', 'symbol: KH-MTTQ-HĐTĐKT'),
          'id: ke-hoach-huong-dan',
          'Kế hoạch số 109/KH-MTTQ-BTT',
          'Kế hoạch số 109/KH-MTTQ-HĐTĐKT',
        ),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('number/duplicate: two documents of one body with one number in one year', () => {
  it('the Quyết định of the evidence numbered 109, like the plan: an error at that evidence', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: phan-cong-cum-truong', 'Quyết định số 12/', 'Quyết định số 109/') });
    expect(r.found).toEqual([`${r.at(planFile, 'Quyết định số 109/QĐ-MTTQ-BTT')} number/duplicate`]);
    const d = r.one('number/duplicate');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ number: 109, symbol: 'QĐ-MTTQ-BTT', year: 2024, other: '109/KH-MTTQ-BTT' });
    expect(r.code).toBe(1);
  });

  it('two evidences of the body numbered 12: number/duplicate at the second', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: bao-cao-so-ket', 'Báo cáo số 142/', 'Báo cáo số 12/') });
    expect(r.found).toEqual([`${r.at(planFile, 'Báo cáo số 12/BC-MTTQ-BTT')} number/duplicate`]);
    expect(r.one('number/duplicate').args.other).toBe('12/QĐ-MTTQ-BTT');
    expect(r.code).toBe(1);
  });

  it('passes: the plan cited again as evidence, and another body\'s document with the same number', async () => {
    // The shipped plan cites "Kế hoạch số 109/KH-MTTQ-BTT" (itself) as evidence; add the UBND's 109.
    const r = await check({ plan: (t) => edit(t, 'id: phan-cong-cum-truong', 'Quyết định số 12/QĐ-MTTQ-BTT', 'Quyết định số 109/QĐ-UBND') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});
