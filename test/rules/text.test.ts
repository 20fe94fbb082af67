// text/*, at the CLI level only (the rules themselves are unit-tested in test/text/): a problem
// typed into the shipped plan is reported at its exact line:column of the file, inside plain and
// folded (`>-`) scalars alike. --today 2024-06-20, --format json.
import { describe, expect, it } from 'vitest';
import { edit, shipped } from '../helpers/fixtures.js';
import { orgFile, planFile, useRepos } from './repo.js';

const { check } = useRepos();

describe('text/nfc: a word typed in decomposed characters', () => {
  it('"và" of a basis title as a + combining grave: an error at the word, exit 1', async () => {
    const nfd = 'và'.normalize('NFD');
    const r = await check({ plan: (t) => edit(t, 'kind: Chương trình', 'phối hợp và', `phối hợp ${nfd}`) });
    expect(nfd).toHaveLength(3);
    expect(r.found).toEqual([`${r.at(planFile, nfd, 'kind: Chương trình')} text/nfc`]);
    const d = r.one('text/nfc');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ found: nfd, expected: 'và' });
    expect(d.endColumn! - d.column!).toBe(3);
    expect(r.code).toBe(1);
  });

  it('"Việt" decomposed on the second line of a folded paragraph: at that line and column', async () => {
    const nfd = 'Việt'.normalize('NFD');
    const r = await check({ plan: (t) => edit(t, 'id: chao-mung-dai-hoi', 'MTTQ\n              Việt Nam', `MTTQ\n              ${nfd} Nam`) });
    expect(r.found).toEqual([`${r.at(planFile, nfd, 'id: chao-mung-dai-hoi')} text/nfc`]);
    expect(r.one('text/nfc').column).toBe(15);
    expect(r.code).toBe(1);
  });
});

describe('text/tone-mark: "Vịêt"', () => {
  it('in a one-line plain text: an error at the word', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: bao-cao-cham-diem', 'MTTQ Việt Nam', 'MTTQ Vịêt Nam') });
    expect(r.found).toEqual([`${r.at(planFile, 'Vịêt', 'id: bao-cao-cham-diem')} text/tone-mark`]);
    const d = r.one('text/tone-mark');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ found: 'Vịêt', expected: 'Việt' });
    expect(r.code).toBe(1);
  });

  it('at the start of a continuation line of a folded text', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: chao-mung-dai-hoi', 'MTTQ\n              Việt Nam', 'MTTQ\n              Vịêt Nam') });
    expect(r.found).toEqual([`${r.at(planFile, 'Vịêt', 'id: chao-mung-dai-hoi')} text/tone-mark`]);
    expect(r.one('text/tone-mark').column).toBe(15);
    expect(r.code).toBe(1);
  });
});

describe('text/known-name: "MTQ"', () => {
  it('in the folded intro of the plan: an error at "MTQ"', async () => {
    const r = await check({ plan: (t) => edit(t, 'intro: >-', 'Ủy ban MTTQ', 'Ủy ban MTQ') });
    expect(r.found).toEqual([`${r.at(planFile, 'MTQ', 'intro: >-')} text/known-name`]);
    const d = r.one('text/known-name');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ found: 'MTQ', expected: 'MTTQ' });
    expect(r.code).toBe(1);
  });

  it('in the organisation\'s name: at to-chuc.yaml', async () => {
    const r = await check({ org: (t) => edit(t, 'kind: to-chuc', 'name: Ủy ban MTTQ', 'name: Ủy ban MTQ') });
    expect(r.found).toEqual([`${r.at(orgFile, 'MTQ', 'kind: to-chuc')} text/known-name`]);
    expect(r.code).toBe(1);
  });
});

describe('text/spacing: a double space', () => {
  it('inside a folded paragraph: a warning at the blanks, exit 0', async () => {
    const r = await check({ plan: (t) => edit(t, 'Nâng cao hơn nữa nhận thức', 'đua, khen thưởng.', 'đua,  khen thưởng.') });
    expect(r.found).toEqual([`${r.at(planFile, '  khen thưởng.', 'Nâng cao hơn nữa')} text/spacing`]);
    const d = r.one('text/spacing');
    expect(d.severity).toBe('warning');
    expect(d.args.kind).toBe('double');
    expect(d.endColumn! - d.column!).toBe(2);
    expect(r.code).toBe(0);
  });

  it('in a double-quoted value: text/spacing at the blanks', async () => {
    const r = await check({
      plan: (t) => edit(t, '\nrecipients:', '  - BTT Ủy ban MTTQ Việt Nam huyện', '  - "BTT Ủy ban MTTQ Việt Nam  huyện"'),
    });
    expect(r.found).toEqual([`${r.at(planFile, '  huyện"', '\nrecipients:')} text/spacing`]);
    expect(r.code).toBe(0);
  });
});

describe('text/quotes: an unbalanced “', () => {
  it('a quotation that is never closed: a warning at its “', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: trien-khai-phong-trao', 'ưu tiên dùng hàng Việt Nam”', 'ưu tiên dùng hàng Việt Nam') });
    expect(r.found).toEqual([`${r.at(planFile, '“Người Việt Nam')} text/quotes`]);
    const d = r.one('text/quotes');
    expect(d.severity).toBe('warning');
    expect(d.args).toMatchObject({ found: '“', expected: '”' });
    expect(r.code).toBe(0);
  });

  it('a ” with no “ in a one-line text: at the ”', async () => {
    const r = await check({ plan: (t) => edit(t, 'id: dang-ky-thi-dua', 'năm 2024 gửi', 'năm 2024” gửi') });
    expect(r.found).toEqual([`${r.at(planFile, '”', 'id: dang-ky-thi-dua')} text/quotes`]);
    expect(r.one('text/quotes').args).toMatchObject({ found: '”', expected: '“' });
    expect(r.code).toBe(0);
  });

  it('passes: a quotation that wraps across two lines of a folded scalar, as the shipped plan has', async () => {
    // The shipped plan's Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân\n tộc” wraps so.
    expect(shipped('ke-hoach')).toMatch(/text: >-\n\s+Hướng dẫn xét chọn.*“Vì sự nghiệp Đại đoàn kết dân\n\s+tộc”/);
    const r = await check({
      plan: (t) =>
        edit(
          t,
          'id: dang-ky-thi-dua',
          'text: Đăng ký nội dung thi đua năm 2024 gửi Hội đồng Thi đua - Khen thưởng huyện.',
          'text: >-\n              Đăng ký nội dung thi đua năm 2024 gửi “Hội đồng Thi đua -\n              Khen thưởng huyện”.',
        ),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('passes: a quotation wrapping across three lines, with a bracket wrapping too', async () => {
    const r = await check({
      plan: (t) =>
        edit(
          t,
          'id: dang-ky-thi-dua',
          'text: Đăng ký nội dung thi đua năm 2024 gửi Hội đồng Thi đua - Khen thưởng huyện.',
          'text: >-\n              Đăng ký “nội dung thi đua\n              năm 2024 (gửi Hội đồng\n              Thi đua - Khen thưởng huyện)”.',
        ),
    });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});
