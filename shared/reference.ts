// A request's human reference, EH-24-00123: "EH", the two-digit year of receipt on the hub's calendar,
// and the request's number in that year, zero-padded to five digits (wider past 99,999). Read aloud
// on the phone and typed into search, so parsing forgives case, spaces and missing dashes.
import { MS_PER_DAY, wallDayNumber } from './time/wallDay';

/** The full year of receipt on the hub's wall-clock calendar. */
export function referenceYear(receivedAt: number, timeZone: string): number {
  return new Date(wallDayNumber(receivedAt, timeZone) * MS_PER_DAY).getUTCFullYear();
}

export function formatReference(year: number, number: number): string {
  return `EH-${String(year % 100).padStart(2, '0')}-${String(number).padStart(5, '0')}`;
}

/** "eh2400123", "EH 24 123", "eh-24-00123" all name EH-24-00123; anything else is not a reference. */
export function parseReference(text: string): string | null {
  const match = /^EH-?(\d{2})-?(\d{1,9})$/.exec(text.toUpperCase().replace(/\s+/g, ''));
  if (!match) return null;
  const number = Number(match[2]);
  return number === 0 ? null : formatReference(Number(match[1]), number);
}
