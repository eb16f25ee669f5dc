import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/app/roster/i18n/problem-text.ts';
import { readRoster } from '../../../src/app/roster/read-roster.ts';
import { validateRoster } from '../../../src/app/roster/validate-roster.ts';

// A professional's published busy calendar comes in through the roster import (JSON `busyCalendar`, CSV
// `busy_calendar`), so the planner can respect it.
function read(text: string, format: 'json' | 'csv') {
  const raw = readRoster([{ name: `file.${format}`, text, format }]);
  const validated = validateRoster(raw.raw);
  return { ...validated, problems: [...raw.problems, ...validated.problems] };
}

const base = { key: 'p-1', name: 'Test Persoon', organisation: 'Org', contractHours: 32 };

describe('the busy calendar of a professional in an import', () => {
  it('is read from JSON and from CSV, and is null when absent', () => {
    const url = 'https://outlook.office365.com/owa/calendar/abc/def/calendar.ics';
    const json = read(
      JSON.stringify({
        professionals: [
          { ...base, busyCalendar: url },
          { ...base, key: 'p-2' },
        ],
      }),
      'json',
    );
    expect(json.problems).toEqual([]);
    expect(json.roster.professionals.map((p) => p.value.busyCalendar)).toEqual([url, null]);

    const csv = read(
      `key,name,organisation,contract_hours,busy_calendar\np-1,Test Persoon,Org,32,/srv/calendars/p1.ics\n`,
      'csv',
    );
    expect(csv.problems).toEqual([]);
    expect(csv.roster.professionals[0]?.value.busyCalendar).toBe('/srv/calendars/p1.ics');
  });

  it('refuses something that is neither an address nor a path, naming the field', () => {
    const { problems } = read(
      JSON.stringify({ professionals: [{ ...base, busyCalendar: 'https://has a space/cal.ics' }] }),
      'json',
    );
    expect(problems.map((p) => formatProblem('en', p))).toEqual([expect.stringContaining('busyCalendar')]);
    expect(formatProblem('nl', problems[0]!)).toContain('gepubliceerde agenda');
  });

  it('takes a webcal:// address as written and a file:// URL as its path, and refuses other schemes', () => {
    const webcal = 'webcal://p06-caldav.icloud.com/published/2/abc';
    const calendars = [webcal, 'file:///srv/calendars/p%201.ics', 'FILE://localhost/srv/calendars/p2.ics'];
    const json = read(
      JSON.stringify({
        professionals: calendars.map((busyCalendar, i) => ({ ...base, key: `p-${i}`, busyCalendar })),
      }),
      'json',
    );
    expect(json.problems).toEqual([]);
    expect(json.roster.professionals.map((p) => p.value.busyCalendar)).toEqual([
      webcal,
      '/srv/calendars/p 1.ics',
      '/srv/calendars/p2.ics',
    ]);

    const refused = read(
      JSON.stringify({
        professionals: ['ftp://example.nl/cal.ics', 'file://fileserver/cal.ics'].map((busyCalendar, i) => ({
          ...base,
          key: `p-${i}`,
          busyCalendar,
        })),
      }),
      'json',
    );
    expect(refused.problems.map((p) => p.field)).toEqual([
      'professionals[0].busyCalendar',
      'professionals[1].busyCalendar',
    ]);
  });
});
