import { offsetMinutesAt } from '../../domain/slots/zone-offsets.ts';

/** An epoch minute as ISO-8601 local time with its UTC offset, e.g. 2026-12-01T09:00:00+01:00. */
export function isoWithOffset(epochMinute: number, timeZone: string): string {
  const offset = offsetMinutesAt(epochMinute, timeZone);
  const local = new Date((epochMinute + offset) * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
