import { documentNumber, shortDate } from '../model/format.js';
import type { Basis } from '../model/types.js';

/**
 * "10-NQ/HU" for a Party document, whose symbol already holds a "/" (the Party's own rules join
 * the number with "-"); "19/NQ-HĐND" for a state or Front document.
 */
export function citedNumber(number: number, symbol: string | undefined): string {
  const padded = documentNumber(number);
  if (!symbol) return padded;
  return `${padded}${symbol.includes('/') ? '-' : '/'}${symbol}`;
}

/**
 * The body of a basis line, without dash and end mark:
 * "Căn cứ Nghị quyết số 19/NQ-HĐND, ngày 21/12/2023 của Hội đồng nhân dân huyện về ...".
 * A document without a number is cited by its name alone ("Căn cứ Chương trình phối hợp ..."):
 * its `title` is then the whole name, so issuer and date, if kept in the data, are not printed.
 */
export function basisText(basis: Basis): string {
  const verb = basis.verb ?? 'Căn cứ';
  if (basis.number === undefined) return `${verb} ${basis.kind} ${basis.title}`;
  let text = `${verb} ${basis.kind} số ${citedNumber(basis.number, basis.symbol)}`;
  if (basis.date) text += `, ngày ${shortDate(basis.date)}`;
  if (basis.issuer) text += ` của ${basis.issuer}`;
  return `${text} ${basis.title}`;
}

/** "- {text};", and "- {text}." for the last basis (Nghị định 30/2020/NĐ-CP). */
export function basisLine(basis: Basis, last: boolean): string {
  return `- ${basisText(basis)}${last ? '.' : ';'}`;
}
