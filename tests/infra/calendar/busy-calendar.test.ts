import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busyIntervalsFromIcs, readBusyCalendar } from '../../../src/infra/calendar/busy-calendar.ts';
import { CodedError } from '../../../src/infra/coded-error.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/calendar/${name}`, import.meta.url));
const outlook = readFileSync(fixture('outlook-weekly.ics'), 'utf8');
const google = readFileSync(fixture('google-mixed.ics'), 'utf8');

/** Four weeks, Monday 16 March to Monday 13 April 2026 (summer time starts 29 March). */
const window = { from: new Date('2026-03-16T00:00:00Z'), to: new Date('2026-04-13T00:00:00Z') };
const min = (iso: string): number => Date.parse(iso) / 60_000;
const span = (from: string, to: string): [number, number] => [min(from), min(to)];

describe('busyIntervalsFromIcs', () => {
  it('expands a weekly Outlook series over four weeks without the EXDATE, across the DST change', () => {
    const busy = busyIntervalsFromIcs(outlook, window);
    expect(busy).toEqual([
      span('2026-03-23T09:00:00Z', '2026-03-23T10:00:00Z'),
      span('2026-03-30T08:00:00Z', '2026-03-30T09:00:00Z'),
      span('2026-03-31T22:00:00Z', '2026-04-01T22:00:00Z'), // all-day 1 April, Amsterdam day
      span('2026-04-06T08:00:00Z', '2026-04-06T09:00:00Z'),
    ]);
    expect(busy).not.toContainEqual(span('2026-03-16T09:00:00Z', '2026-03-16T10:00:00Z'));
  });

  it('ignores a transparent (free) event', () => {
    const busy = busyIntervalsFromIcs(outlook, window);
    expect(busy.some(([s]) => s === min('2026-03-18T12:00:00Z'))).toBe(false);
  });

  it('reads TZID and UTC events, ignores cancelled and transparent all-day ones and those outside the window', () => {
    expect(busyIntervalsFromIcs(google, window)).toEqual([
      span('2026-03-25T13:30:00Z', '2026-03-25T15:00:00Z'),
      span('2026-04-02T12:00:00Z', '2026-04-02T12:30:00Z'),
    ]);
  });

  it('clips intervals to the window', () => {
    const busy = busyIntervalsFromIcs(outlook, {
      from: new Date('2026-03-23T09:30:00Z'),
      to: new Date('2026-03-30T08:15:00Z'),
    });
    expect(busy).toEqual([
      span('2026-03-23T09:30:00Z', '2026-03-23T10:00:00Z'),
      span('2026-03-30T08:00:00Z', '2026-03-30T08:15:00Z'),
    ]);
  });

  it('stops expanding an endless rule after a bounded number of occurrences', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:every-minute',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20260101T000000Z',
      'DTEND:20260101T000030Z',
      'RRULE:FREQ=MINUTELY',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const started = Date.now();
    const busy = busyIntervalsFromIcs(ics, {
      from: new Date('2027-01-01T00:00:00Z'),
      to: new Date('2027-01-02T00:00:00Z'),
    });
    expect(busy).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('throws a coded error for text that is not a calendar', () => {
    expect(() => busyIntervalsFromIcs('<html>login</html>', window)).toThrow(
      expect.objectContaining({ code: 'calendar-invalid' }),
    );
  });
});

describe('readBusyCalendar', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/agenda.ics') {
        res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
        res.end(google);
      } else if (req.url === '/login') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(readFileSync(fixture('not-a-calendar.txt'), 'utf8'));
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads a calendar file', async () => {
    expect(await readBusyCalendar(fixture('outlook-weekly.ics'), window)).toEqual(
      busyIntervalsFromIcs(outlook, window),
    );
  });

  it('reads a calendar file given as a file:// URL', async () => {
    expect(await readBusyCalendar(pathToFileURL(fixture('outlook-weekly.ics')).href, window)).toEqual(
      busyIntervalsFromIcs(outlook, window),
    );
  });

  it('fetches a webcal:// address over https', async () => {
    const asked: string[] = [];
    const fake: typeof fetch = async (url) => {
      asked.push(String(url));
      return new Response(google, { status: 200 });
    };
    await readBusyCalendar('webcal://calendar.example.nl/published/x.ics', window, fake);
    expect(asked).toEqual(['https://calendar.example.nl/published/x.ics']);
  });

  it('reads a calendar over HTTP', async () => {
    expect(await readBusyCalendar(`${base}/agenda.ics`, window)).toEqual([
      span('2026-03-25T13:30:00Z', '2026-03-25T15:00:00Z'),
      span('2026-04-02T12:00:00Z', '2026-04-02T12:30:00Z'),
    ]);
  });

  it('gives calendar-unreachable with the status for a 404, without the secret path', async () => {
    const error = await readBusyCalendar(`${base}/private/secret-token/basic.ics`, window).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code: 'calendar-unreachable', params: { status: 404 } });
    expect((error as Error).message).not.toContain('secret-token');
  });

  it('gives calendar-invalid for a page that is not a calendar', async () => {
    await expect(readBusyCalendar(`${base}/login`, window)).rejects.toMatchObject({
      code: 'calendar-invalid',
    });
  });

  it('gives calendar-invalid for a file that is not a calendar', async () => {
    await expect(readBusyCalendar(fixture('not-a-calendar.txt'), window)).rejects.toMatchObject({
      code: 'calendar-invalid',
    });
  });

  it('gives calendar-unreachable for a missing file and for a failing fetch', async () => {
    await expect(readBusyCalendar(fixture('missing.ics'), window)).rejects.toMatchObject({
      code: 'calendar-unreachable',
    });
    const failing: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    await expect(
      readBusyCalendar('https://calendar.example.nl/x.ics', window, failing),
    ).rejects.toMatchObject({
      code: 'calendar-unreachable',
    });
  });

  it('passes a 10 second abort signal to fetch', async () => {
    let signal: AbortSignal | null | undefined;
    const fake: typeof fetch = async (_url, init) => {
      signal = init?.signal;
      return new Response(google, { status: 200 });
    };
    await readBusyCalendar('webcal://calendar.example.nl/x.ics', window, fake);
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal?.aborted).toBe(false);
  });
});
