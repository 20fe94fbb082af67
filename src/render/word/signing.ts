import { AlignmentType, type Table } from 'docx';
import type { RecipientsBlock, SignatureBlock } from '../blocks.js';
import { textWidth, type Layout } from '../layout.js';
import { twoColumns } from './columns.js';
import { paragraph, type Look } from './text.js';
import { twips } from './units.js';

/** A recipient too long for its line continues under its words, not under the dash. */
const hanging = { indent: { left: twips(2.5), hanging: twips(2.5) } };

/** Room for the signature and the seal between the position and the name, pt (about 25 mm). */
export const signatureRoom = 72;

/** Share of the width the recipients take, left; the signature takes the rest. */
export const recipientsShare = 0.45;

export interface SigningLooks {
  recipientsHeading: Look;
  recipient: Look;
  authority: Look;
  name: Look;
}

export function signingLooks(layout: Layout): SigningLooks {
  const { recipientsHeading, recipients, heading } = layout.sizes;
  const centred = { alignment: AlignmentType.CENTER, size: heading, bold: true } as const;
  return {
    // Both columns start with the same space, so "Nơi nhận:" stands on the authority's line.
    recipientsHeading: { alignment: AlignmentType.LEFT, size: recipientsHeading, bold: true, italic: true, before: 12 },
    recipient: { alignment: AlignmentType.LEFT, size: recipients },
    authority: { ...centred, before: 12 },
    name: { ...centred, before: signatureRoom },
  };
}

/**
 * The closing of the document, as one borderless table so nothing can drift apart: left "Nơi
 * nhận:" and the recipients; right the authority, the position, room to sign and seal, the name.
 */
export function signingTable(recipients: RecipientsBlock, signature: SignatureBlock, layout: Layout): Table {
  const looks = signingLooks(layout);
  const total = textWidth(layout);
  const left = Math.round(total * recipientsShare * 10) / 10;
  const heads = [...(signature.authority ? [signature.authority] : []), signature.position];
  return twoColumns(
    [left, Math.round((total - left) * 10) / 10],
    [
      [
        [paragraph(recipients.heading, looks.recipientsHeading), ...recipients.lines.map((line) => paragraph(line, looks.recipient, hanging))],
        [
          ...heads.map((line, i) => paragraph(line, i === 0 ? looks.authority : { ...looks.authority, before: 0 })),
          paragraph(signature.name, looks.name),
        ],
      ],
    ],
  );
}
