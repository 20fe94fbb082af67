import { documentNumber, longDate, upper } from '../model/format.js';
import type { Organisation, Plan, Signer } from '../model/types.js';
import { basisLine } from './basis.js';
import type { Block, SignatureBlock } from './blocks.js';
import { sectionBlocks } from './sections.js';

export type { Block } from './blocks.js';

/** Nghị định 30/2020/NĐ-CP, used when the organisation file does not set its own. */
export const defaultNationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const defaultMotto = 'Độc lập - Tự do - Hạnh phúc';

/** The document type name printed above the summary, by kind of file. */
export const documentTitles: Record<Plan['kind'], string> = {
  'ke-hoach': 'KẾ HOẠCH',
};

/** YAML block scalars ("|-") keep the line breaks the writer wants printed. */
export const lines = (text: string) => text.split('\n');

function signature(org: Organisation, signer: Signer): SignatureBlock {
  const person = org.people?.find((p) => p.id === signer.person);
  if (!person) {
    // `plan check` reports the dangling reference; a signed document must not print an id.
    throw new Error(`signer.person "${signer.person}" is not in the people of organisation "${org.id}"`);
  }
  const authority = [signer.authority, signer.on && upper(signer.on)].filter(Boolean).join(' ');
  return {
    type: 'signature',
    ...(authority ? { authority } : {}),
    position: upper(signer.position ?? person.position),
    name: person.name,
  };
}

/** What the head and the closing of any signed document need: its number, date, place, signer. */
export interface Issued {
  number: number;
  symbol: string;
  date: string;
  place?: string | undefined;
  recipients: readonly string[];
  signer: Signer;
}

/** The letterhead, "Số: ...", and the place and date: the head of every document. */
export function headBlocks(org: Organisation, doc: Issued): Block[] {
  return [
    {
      type: 'letterhead',
      parent: lines(org.letterhead.parent),
      issuer: org.letterhead.issuer,
      nationalTitle: org.letterhead.nationalTitle ?? defaultNationalTitle,
      motto: org.letterhead.motto ?? defaultMotto,
    },
    { type: 'number', text: `Số: ${documentNumber(doc.number)}/${doc.symbol}` },
    { type: 'place-date', text: `${doc.place ?? org.place}, ${longDate(doc.date)}` },
  ];
}

/** "Nơi nhận:" with "- X;" lines, the last "- X.", and the signature: the end of every document. */
export function closingBlocks(org: Organisation, doc: Issued): Block[] {
  const { recipients } = doc;
  return [
    {
      type: 'recipients',
      heading: 'Nơi nhận:',
      lines: recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`),
    },
    signature(org, doc.signer),
  ];
}

/** The plan as the ordered blocks of its printed document, each with its exact text. */
export function planOutline(org: Organisation, plan: Plan): Block[] {
  const bases = plan.bases ?? [];
  return [
    ...headBlocks(org, plan),
    { type: 'title', text: documentTitles[plan.kind] },
    { type: 'summary', lines: lines(plan.summary) },
    ...bases.map((basis, i): Block => ({ type: 'basis', text: basisLine(basis, i === bases.length - 1) })),
    ...(plan.intro ? [{ type: 'intro', text: plan.intro } as const] : []),
    ...sectionBlocks(plan.sections, plan.numbering),
    ...(plan.closing ? [{ type: 'closing', text: plan.closing } as const] : []),
    ...closingBlocks(org, plan),
  ];
}

/** One string per printed line or paragraph, block by block; the letterhead left column first. */
export function outlineText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'letterhead':
        return [...block.parent, block.issuer, block.nationalTitle, block.motto];
      case 'summary':
        return block.lines;
      case 'recipients':
        return [block.heading, ...block.lines];
      case 'signature':
        return [...(block.authority ? [block.authority] : []), block.position, block.name];
      case 'table':
        // Headings, then each row's cells: what a reader of the printed table reads.
        return [...block.columns.map((c) => c.title), ...block.rows.flat()];
      default:
        return [block.text];
    }
  });
}
