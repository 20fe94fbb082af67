/**
 * Word measures lengths in twentieths of a point (twips) and font sizes in half-points.
 * 1 mm = 1440 / 25.4 twips, which is not a whole number: 15 mm is 850.39 twips, and 850 reads
 * back as 14.99 mm, under a legal minimum. A bounded length is rounded toward the inside of
 * its bounds so that it reads back within them.
 */
export const twipsPerMm = 1440 / 25.4;

export function twips(mm: number): number {
  return Math.round(mm * twipsPerMm);
}

/** `mm` in twips, rounded so that the result, read back in mm, stays within [min, max]. */
export function twipsWithin(mm: number, min: number, max: number): number {
  const exact = mm * twipsPerMm;
  let value = Math.round(exact);
  if (value / twipsPerMm < min) value = Math.ceil(min * twipsPerMm);
  if (value / twipsPerMm > max) value = Math.floor(max * twipsPerMm);
  return value;
}

export const halfPoints = (pt: number) => Math.round(pt * 2);

/** Paragraph spacing is in twips too: 6 pt = 120. */
export const pointsToTwips = (pt: number) => Math.round(pt * 20);
