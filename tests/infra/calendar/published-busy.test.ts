import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCalendarTextCache,
  publishedCalendarCache,
  readPublishedBusy,
} from '../../../src/infra/calendar/published-busy.ts';
import { vtimezoneFor } from '../../../src/infra/calendar/vtimezone.ts';

const minute = (iso: string) => Date.parse(iso) / 60_000;

/** Monday 10:00–11:00 Amsterdam, weekly from 23 March 2026, six times, not on 30 March (EXDATE). */
const WEEKLY = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//published//EN',
  vtimezoneFor('Europe/Amsterdam'),
  'BEGIN:VEVENT',
  'UID:weekly-team-meeting@example.nl',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=Europe/Amsterdam:20260323T100000',
  'DTEND;TZID=Europe/Amsterdam:20260323T110000',
  'RRULE:FREQ=WEEKLY;COUNT=6',
  'EXDATE;TZID=Europe/Amsterdam:20260330T100000',
  'SUMMARY:Werkoverleg',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** One afternoon appointment on Tuesday 24 March 2026, 14:00–15:30 UTC. */
const SINGLE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//file//EN',
  'BEGIN:VEVENT',
  'UID:single@example.nl',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260324T140000Z',
  'DTEND:20260324T153000Z',
  'SUMMARY:Huisbezoek',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

const WINDOW = { from: new Date('2026-03-23T00:00:00Z'), to: new Date('2026-04-14T00:00:00Z') };

describe('readPublishedBusy', () => {
  let server: Server;
  let base: string;
  let dir: string;
  let filePath: string;
  const hits = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path.startsWith('/weekly.ics')) {
        res.writeHead(200, { 'content-type': 'text/calendar' });
        return res.end(WEEKLY);
      }
      if (path.startsWith('/slow/')) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, { 'content-type': 'text/calendar' });
          res.end(SINGLE);
        }, 40);
        return;
      }
      if (path.startsWith('/html')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>login</html>');
      }
      res.writeHead(500);
      res.end('server error');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'casus-busy-'));
    filePath = join(dir, 'agenda.ics');
    await writeFile(filePath, SINGLE);
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    hits.clear();
    publishedCalendarCache.clear();
  });

  it('expands recurring events without the EXDATE, reads files, and lists what failed', async () => {
    const result = await readPublishedBusy(
      [
        { professionalId: 'anna', url: `${base}/weekly.ics?secret=abc` },
        { professionalId: 'bram', url: `${base}/broken.ics` },
        { professionalId: 'chris', url: filePath },
        { professionalId: 'dewi', url: `${base}/html` },
        { professionalId: 'eva', url: join(dir, 'missing.ics') },
      ],
      WINDOW,
    );
    // 10:00 Amsterdam is 09:00Z in winter and 08:00Z from 29 March on; 30 March is excepted.
    expect(result.busy.get('anna')).toEqual([
      [minute('2026-03-23T09:00:00Z'), minute('2026-03-23T10:00:00Z')],
      [minute('2026-04-06T08:00:00Z'), minute('2026-04-06T09:00:00Z')],
      [minute('2026-04-13T08:00:00Z'), minute('2026-04-13T09:00:00Z')],
    ]);
    expect(result.busy.get('chris')).toEqual([
      [minute('2026-03-24T14:00:00Z'), minute('2026-03-24T15:30:00Z')],
    ]);
    expect(result.unreadable).toEqual(['bram', 'dewi', 'eva']);
    expect(result.busy.has('bram')).toBe(false);
  });

  it('reads a calendar once for the proposal and the booking check right after', async () => {
    const sources = [{ professionalId: 'anna', url: `${base}/weekly.ics` }];
    const first = await readPublishedBusy(sources, WINDOW);
    const second = await readPublishedBusy(sources, {
      from: new Date('2026-04-06T00:00:00Z'),
      to: new Date('2026-04-07T00:00:00Z'),
    });
    expect(hits.get('/weekly.ics')).toBe(1);
    expect(first.busy.get('anna')).toHaveLength(3);
    // The cached text is read again for the new window.
    expect(second.busy.get('anna')).toEqual([
      [minute('2026-04-06T08:00:00Z'), minute('2026-04-06T09:00:00Z')],
    ]);
  });

  it('reads again after five minutes, and retries a calendar that failed', async () => {
    let clock = Date.parse('2026-03-25T12:00:00Z');
    const cache = createCalendarTextCache({ now: () => clock });
    const sources = [
      { professionalId: 'anna', url: `${base}/weekly.ics` },
      { professionalId: 'bram', url: `${base}/broken.ics` },
    ];
    await readPublishedBusy(sources, WINDOW, { cache });
    clock += 4 * 60_000;
    await readPublishedBusy(sources, WINDOW, { cache });
    expect(hits.get('/weekly.ics')).toBe(1);
    expect(hits.get('/broken.ics')).toBe(2);
    clock += 2 * 60_000;
    const later = await readPublishedBusy(sources, WINDOW, { cache });
    expect(hits.get('/weekly.ics')).toBe(2);
    expect(later.unreadable).toEqual(['bram']);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('fetches a calendar shared by two people once, and at most four at a time', async () => {
    inFlight = 0;
    maxInFlight = 0;
    const sources = Array.from({ length: 10 }, (_, i) => ({
      professionalId: `p${i}`,
      url: `${base}/slow/${i}.ics`,
    }));
    sources.push({ professionalId: 'shared', url: `${base}/slow/0.ics` });
    const result = await readPublishedBusy(sources, WINDOW, { cache: createCalendarTextCache() });
    expect(maxInFlight).toBe(4);
    expect(hits.get('/slow/0.ics')).toBe(1);
    expect(result.busy.get('shared')).toEqual(result.busy.get('p0'));
    expect(result.busy.size).toBe(11);
    expect(result.unreadable).toEqual([]);
  });

  it('never puts the calendar address in what it returns', async () => {
    const result = await readPublishedBusy(
      [{ professionalId: 'bram', url: `${base}/broken.ics?token=s3cret` }],
      WINDOW,
    );
    expect(JSON.stringify({ ...result, busy: [...result.busy] })).not.toContain('s3cret');
  });
});
