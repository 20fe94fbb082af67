// signer/authority: TM., KT., TL., TUQ. fit the signer (Nghị định 30/2020/NĐ-CP, Điều 13).
// The shipped plan is signed "TM. Ban Thường trực" by a Phó Chủ tịch. --today 2024-06-20.
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixtures.js';
import { dropLine, planFile, useRepos, type Change } from './repo.js';

const { check } = useRepos();

/** The signer's lines of the plan, changed. */
const signer = (from: string, to: string): Change => (t) => edit(t, '\nsigner:', from, to);
/** The one person of the organisation is the Chủ tịch. */
const head: Change = (t) => edit(t, 'id: duong-thi-kim-phu', 'position: Phó Chủ tịch', 'position: Chủ tịch');

describe('signer/authority', () => {
  it('TM. on behalf of "Chủ tịch", a person: an error at "on", tm-not-collective', async () => {
    const r = await check({ plan: signer('on: Ban Thường trực', 'on: Chủ tịch') });
    expect(r.found).toEqual([`${r.at(planFile, 'Chủ tịch', '\nsigner:')} signer/authority`]);
    const d = r.one('signer/authority');
    expect(d.severity).toBe('error');
    expect(d.path).toEqual(['signer', 'on']);
    expect(d.args).toMatchObject({ problem: 'tm-not-collective', authority: 'TM.', on: 'Chủ tịch' });
    expect(r.code).toBe(1);
  });

  it('KT. signed by the Chủ tịch himself: at "authority", kt-not-deputy', async () => {
    const r = await check({ org: head, plan: (t) => signer('on: Ban Thường trực', 'on: Chủ tịch')(signer('authority: TM.', 'authority: KT.')(t)) });
    expect(r.found).toEqual([`${r.at(planFile, 'KT.', '\nsigner:')} signer/authority`]);
    expect(r.one('signer/authority').args).toMatchObject({ problem: 'kt-not-deputy', position: 'Chủ tịch' });
    expect(r.code).toBe(1);
  });

  it('TM. with no "on": at "authority", on-missing', async () => {
    const r = await check({ plan: (t) => dropLine(t, '  on: Ban Thường trực') });
    expect(r.found).toEqual([`${r.at(planFile, 'TM.', '\nsigner:')} signer/authority`]);
    expect(r.one('signer/authority').args.problem).toBe('on-missing');
    expect(r.code).toBe(1);
  });

  it('a Phó Chủ tịch signing with no authority: at "person", deputy-without-authority', async () => {
    const r = await check({ plan: (t) => dropLine(t, '  authority: TM.') });
    expect(r.found).toEqual([`${r.at(planFile, 'duong-thi-kim-phu', '\nsigner:')} signer/authority`]);
    const d = r.one('signer/authority');
    expect(d.path).toEqual(['signer', 'person']);
    expect(d.args).toMatchObject({ problem: 'deputy-without-authority', position: 'Phó Chủ tịch' });
    expect(r.code).toBe(1);
  });

  it.each(['TL.', 'TUQ.'])('%s on behalf of the Chủ tịch, signed by the Chủ tịch: at "authority", delegate-is-head', async (authority) => {
    const r = await check({ org: head, plan: (t) => signer('on: Ban Thường trực', 'on: Chủ tịch')(signer('authority: TM.', `authority: ${authority}`)(t)) });
    expect(r.found).toEqual([`${r.at(planFile, authority, '\nsigner:')} signer/authority`]);
    expect(r.one('signer/authority').args).toMatchObject({ problem: 'delegate-is-head', authority, on: 'Chủ tịch' });
    expect(r.code).toBe(1);
  });

  it('a position given in the plan is the one judged: "Phó Chủ tịch" printed, no authority', async () => {
    const r = await check({ org: head, plan: (t) => signer('  authority: TM.\n  on: Ban Thường trực\n', '  position: Phó Chủ tịch\n')(t) });
    expect(r.found).toEqual([`${r.at(planFile, 'duong-thi-kim-phu', '\nsigner:')} signer/authority`]);
    expect(r.one('signer/authority').args.problem).toBe('deputy-without-authority');
    expect(r.code).toBe(1);
  });

  describe('passes', () => {
    it.each<[string, { org?: Change; plan?: Change }]>([
      ['KT. Chủ tịch, signed by a Phó Chủ tịch', { plan: (t) => signer('on: Ban Thường trực', 'on: Chủ tịch')(signer('authority: TM.', 'authority: KT.')(t)) }],
      ['TM. Ủy ban MTTQ Việt Nam huyện', { plan: signer('on: Ban Thường trực', 'on: Ủy ban MTTQ Việt Nam huyện') }],
      ['the Chủ tịch in person, with no authority', { org: head, plan: signer('  authority: TM.\n  on: Ban Thường trực\n', '') }],
      [
        'TL. Chủ tịch, signed by the Chánh Văn phòng',
        { plan: signer('  authority: TM.\n  on: Ban Thường trực\n', '  authority: TL.\n  on: Chủ tịch\n  position: Chánh Văn phòng\n') },
      ],
    ])('%s', async (_name, c) => {
      const r = await check(c);
      expect(r.found).toEqual([]);
      expect(r.code).toBe(0);
    });
  });
});
