// recipients/*: Nơi nhận, as the data holds it (words only; "- " and ";" are printed) and its
// last line "Lưu: VT". Shipped repo + one change, --today 2024-06-20.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { dropLine, planFile, useRepos } from './repo.js';

const { check } = useRepos();

const recipient = '  - BTT UBMTTQVN các xã, TT';
const archive = '  - "Lưu: VT"';

describe('recipients/line-format: a dash or a final mark written in the data', () => {
  it('"- BTT UBMTTQVN các xã, TT;": a warning at the value, with the bare words as the fix', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', recipient, '  - "- BTT UBMTTQVN các xã, TT;"') });
    expect(r.found).toEqual([`${r.at(planFile, '"- BTT')} recipients/line-format`]);
    const d = r.one('recipients/line-format');
    expect(d.severity).toBe('warning');
    expect(d.path).toEqual(['recipients', 3]);
    expect(d.args).toMatchObject({ found: '- BTT UBMTTQVN các xã, TT;', expected: 'BTT UBMTTQVN các xã, TT' });
    expect(r.code).toBe(0);
  });

  it('a plain value ending with ";": recipients/line-format at its first letter', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', recipient, `${recipient};`) });
    expect(r.found).toEqual([`${r.at(planFile, 'BTT UBMTTQVN các xã, TT;')} recipients/line-format`]);
    expect(r.code).toBe(0);
  });

  it('passes: a comma and a closing bracket inside or at the end of a recipient', async () => {
    // The shipped "Hội đồng Thi đua - Khen thưởng huyện (PVN)" ends with ")"; "các xã, TT" has a comma.
    const r = await check({ plan: (t) => edit(t, 'recipients:', 'Ban TC-TG UBMTTQVN tỉnh', 'Ban TC-TG UBMTTQVN tỉnh (để b/c)') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('recipients/archive: the last line is "Lưu: VT"', () => {
  it('"Lưu VT" with no colon: an error at the value, the fix writes "Lưu: VT"', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', archive, '  - Lưu VT') });
    expect(r.found).toEqual([`${r.at(planFile, 'Lưu VT', 'recipients:')} recipients/archive`]);
    const d = r.one('recipients/archive');
    expect(d.severity).toBe('error');
    expect(d.args).toMatchObject({ problem: 'colon', found: 'Lưu VT', expected: 'Lưu: VT' });
    expect(d.hint).toContain('«Lưu: VT»');
    expect(r.code).toBe(1);
  });

  it('"Lưu VT." (as in the original document): recipients/archive, colon', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', archive, '  - Lưu VT.') });
    expect(r.found).toEqual([`${r.at(planFile, 'Lưu VT.', 'recipients:')} recipients/archive`]);
    expect(r.one('recipients/archive').args.problem).toBe('colon');
    expect(r.code).toBe(1);
  });

  it('"Lưu:VT", its colon present but no space after it: recipients/archive, without claiming the colon is missing', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', archive, '  - "Lưu:VT"') });
    expect(r.found).toEqual([`${r.at(planFile, '"Lưu:VT"', 'recipients:')} recipients/archive`]);
    const d = r.one('recipients/archive');
    expect(d.args.expected).toBe('Lưu: VT');
    // The line has its colon: "thiếu dấu hai chấm" (the colon is missing) would send the clerk looking for nothing.
    expect(d.message).not.toContain('thiếu dấu hai chấm');
    expect(r.code).toBe(1);
  });

  it('the archive line first: at that line, "not-last"', async () => {
    const r = await check({
      plan: (t) => edit(dropLine(t, archive), 'recipients:', '  - Ban TC-TG', `${archive}\n  - Ban TC-TG`),
    });
    expect(r.found).toEqual([`${r.at(planFile, '"Lưu: VT"', 'recipients:')} recipients/archive`]);
    const d = r.one('recipients/archive');
    expect(d.path).toEqual(['recipients', 0]);
    expect(d.args.problem).toBe('not-last');
    expect(r.code).toBe(1);
  });

  it('no archive line: at the "recipients" key, "missing"', async () => {
    const r = await check({ plan: (t) => dropLine(t, archive) });
    expect(r.found).toEqual([`${r.at(planFile, 'recipients:', '\nrecipients:')} recipients/archive`]);
    const d = r.one('recipients/archive');
    expect(d.args.problem).toBe('missing');
    expect(d.message).toBe('Nơi nhận thiếu dòng lưu trữ.');
    expect(r.code).toBe(1);
  });

  it('"Lưu: VT" typed in decomposed characters is still the archive line: only text/nfc', async () => {
    const nfd = 'Lưu: VT'.normalize('NFD');
    const r = await check({ plan: (t) => edit(t, 'recipients:', archive, `  - "${nfd}"`) });
    // Pasted from a PDF, the line looks right and is there: "Nơi nhận thiếu dòng lưu trữ" (missing) is not so.
    expect(r.found).toEqual([`${r.at(planFile, nfd.slice(0, 4), 'recipients:')} text/nfc`]);
    expect(r.code).toBe(1);
  });

  it('passes: "Lưu: VT, VP" (the drafting office archives a copy too), plain', async () => {
    const r = await check({ plan: (t) => edit(t, 'recipients:', archive, '  - "Lưu: VT, VP"') });
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });
});
