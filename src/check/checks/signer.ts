import type { Finding } from '../../diagnostics/diagnostic.js';
import type { RepoCheck, RepoFinding } from './context.js';

/** A deputy's position: "Phó Chủ tịch", "Phó Trưởng ban"... */
const isDeputy = (position: string) => /^phó\s/iu.test(position.normalize('NFC'));

/** Collective bodies a TM. signs for: a committee, a standing committee, a council... */
const isCollective = (name: string) =>
  /(?<!\p{L})(ban|ủy ban|uỷ ban|hội đồng|thường trực|đoàn chủ tịch|tổ)(?!\p{L})/iu.test(name.normalize('NFC'));

/**
 * The signing authority fits the signer (Nghị định 30/2020/NĐ-CP, Điều 13): TM. on behalf of a
 * collective body; KT. a deputy signing for the head; TL./TUQ. signing for the head by order or
 * delegation, never the head; with no authority, the head signs in person.
 */
export const checkSigner: RepoCheck = (repo) => {
  const found: RepoFinding[] = [];
  for (const loaded of repo.all) {
    if (loaded.kind !== 'ke-hoach' || !repo.checked.has(loaded.file.absolute)) continue;
    const { signer } = loaded.data;
    const person = repo.organisationOf(loaded)?.data.people?.find((p) => p.id === signer.person);
    if (!person) continue; // reported by the reference check
    const position = signer.position ?? person.position;
    const problem = authorityProblem(signer.authority, signer.on, position);
    if (problem) {
      const finding: Finding = {
        rule: 'signer/authority',
        path: ['signer', problem === 'tm-not-collective' ? 'on' : signer.authority ? 'authority' : 'person'],
        args: { problem, authority: signer.authority ?? '', on: signer.on ?? '', position },
      };
      found.push({ absolute: loaded.file.absolute, finding });
    }
  }
  return found;
};

export function authorityProblem(authority: string | undefined, on: string | undefined, position: string): string | undefined {
  if (!authority) return isDeputy(position) ? 'deputy-without-authority' : undefined;
  if (!on) return 'on-missing';
  switch (authority) {
    case 'TM.':
      return isCollective(on) ? undefined : 'tm-not-collective';
    case 'KT.':
      return isDeputy(position) ? undefined : 'kt-not-deputy';
    case 'TL.':
    case 'TUQ.':
      return on.normalize('NFC').toLocaleLowerCase('vi') === position.normalize('NFC').toLocaleLowerCase('vi') ? 'delegate-is-head' : undefined;
    default:
      return undefined;
  }
}
