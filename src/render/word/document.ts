import { Document, Paragraph, type Table } from 'docx';
import type { Block, LetterheadBlock, RecipientsBlock, SignatureBlock } from '../blocks.js';
import type { Layout } from '../layout.js';
import { bodyParagraphs } from './body.js';
import { dataTable } from './data-table.js';
import { letterheadTable } from './letterhead.js';
import { pageSection } from './page.js';
import { signingTable } from './signing.js';
import { halfPoints } from './units.js';

export interface DocumentMeta {
  /** The document's own title: type and summary ("Kế hoạch 109/KH-MTTQ-BTT: ..."). */
  title: string;
  /** Who issues it, written as the document's author. */
  creator: string;
  draft: boolean;
}

function only<T extends Block['type']>(blocks: readonly Block[], type: T): Extract<Block, { type: T }> {
  const found = blocks.find((b) => b.type === type);
  if (!found) throw new Error(`the outline has no "${type}" block`);
  return found as Extract<Block, { type: T }>;
}

/** An empty paragraph after a table, so the next paragraph does not touch its grid. */
const spacer = () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });

/** A paragraph ending in ":" right before a landscape table: it belongs on the table's page. */
function announces(block: Block, next: Block | undefined): boolean {
  return next?.type === 'table' && next.landscape && (block.type === 'item' || block.type === 'intro') && block.text.trimEnd().endsWith(':');
}

/** Blocks laid out together in the two-column head and the two-column closing. */
const headAndClosing = new Set<Block['type']>(['letterhead', 'number', 'place-date', 'recipients', 'signature']);

/**
 * Whether a paragraph goes on the page of what follows: the last one before the signature ("Trên
 * đây là ...": the signature never stands alone on a page), and one ending in ":" before the table
 * it announces ("Kết quả thực hiện từng nhiệm vụ:" is never left at the foot of a page).
 */
function keptWithNext(block: Block, next: Block | undefined): boolean {
  if (next === undefined || next.type === 'recipients' || next.type === 'signature') return true;
  return next.type === 'table' && (block.type === 'item' || block.type === 'intro') && block.text.trimEnd().endsWith(':');
}

/**
 * A whole document from its outline: the letterhead table, the body paragraphs in order, the
 * closing table. Times New Roman is set on the default style, which fills all four font slots
 * (ascii, hAnsi, eastAsia, cs), so no theme font ever takes over a Vietnamese letter.
 */
export function wordDocument(blocks: readonly Block[], layout: Layout, meta: DocumentMeta): Document {
  const letterhead: LetterheadBlock = only(blocks, 'letterhead');
  const recipients: RecipientsBlock = only(blocks, 'recipients');
  const signature: SignatureBlock = only(blocks, 'signature');
  // Runs of content by orientation: a wide table gets landscape pages of its own.
  const runs: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  const add = (landscape: boolean, ...children: (Paragraph | Table)[]) => {
    const last = runs.at(-1);
    if (last && last.landscape === landscape) last.children.push(...children);
    else runs.push({ landscape, children });
  };
  add(false, letterheadTable(letterhead, only(blocks, 'number').text, only(blocks, 'place-date').text, layout));
  blocks.forEach((block, i) => {
    if (headAndClosing.has(block.type)) return;
    if (block.type === 'table') add(block.landscape, dataTable(block, layout), ...(block.landscape ? [] : [spacer()]));
    // The sentence that announces a wide table ("Điểm của từng đơn vị:") turns the page with it.
    else add(announces(block, blocks[i + 1]), ...bodyParagraphs(block, layout, keptWithNext(block, blocks[i + 1])));
  });
  add(false, signingTable(recipients, signature, layout));
  return new Document({
    title: meta.title,
    creator: meta.creator,
    lastModifiedBy: meta.creator,
    styles: {
      default: {
        document: {
          run: { font: layout.font, size: halfPoints(layout.sizes.body), color: '000000' },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: runs.map((run, i) => ({
      ...pageSection(layout, { draft: meta.draft, first: i === 0, landscape: run.landscape }),
      children: run.children,
    })),
  });
}
