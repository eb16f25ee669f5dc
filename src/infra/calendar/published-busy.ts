import {
  type BusyInterval,
  type BusyWindow,
  busyIntervalsFromIcs,
  readCalendarText,
} from './busy-calendar.ts';

/** How long a published calendar's text is reused: a proposal and the booking check right after share one read. */
const PUBLISHED_CALENDAR_TTL_MS = 5 * 60_000;
/** Published calendars read at the same time, so one slot search does not open dozens of connections. */
const PUBLISHED_CALENDAR_CONCURRENCY = 4;
const MAX_CACHED_CALENDARS = 500;

/**
 * The texts of published calendars read recently, by source (URL or file path), in memory only. A read in
 * progress is shared too, so two searches at once fetch a calendar once. Failed reads are not kept: the next
 * search tries again.
 */
export interface CalendarTextCache {
  /** The cached text of `source`, or the result of `read()` (kept for the TTL when it succeeds). */
  load(source: string, read: () => Promise<string>): Promise<string>;
  clear(): void;
  readonly size: number;
}

export function createCalendarTextCache(
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): CalendarTextCache {
  const ttlMs = options.ttlMs ?? PUBLISHED_CALENDAR_TTL_MS;
  const maxEntries = options.maxEntries ?? MAX_CACHED_CALENDARS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { text: Promise<string>; expiresAt: number }>();

  const prune = (at: number): void => {
    for (const [source, entry] of entries) if (entry.expiresAt <= at) entries.delete(source);
    // Maps iterate in insertion order: the oldest entries go first.
    for (const source of entries.keys()) {
      if (entries.size < maxEntries) break;
      entries.delete(source);
    }
  };

  return {
    load(source, read) {
      const at = now();
      const cached = entries.get(source);
      if (cached && cached.expiresAt > at) return cached.text;
      prune(at);
      const text = read();
      const entry = { text, expiresAt: at + ttlMs };
      entries.set(source, entry);
      text.catch(() => {
        if (entries.get(source) === entry) entries.delete(source);
      });
      return text;
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** The process-wide cache readPublishedBusy uses unless given another. */
export const publishedCalendarCache: CalendarTextCache = createCalendarTextCache();

export interface PublishedBusySource {
  professionalId: string;
  /** Professional.busyCalendarUrl: an https/http/webcal URL or a file path. A secret: never logged. */
  url: string;
}

export interface PublishedBusy {
  /** Busy intervals in epoch minutes [start, end), clipped to the window, per professional id. */
  busy: Map<string, [number, number][]>;
  /** Professionals whose calendar could not be read (unreachable, HTTP error, timeout, not iCalendar). */
  unreadable: string[];
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Busy times from the professionals' published calendars in the window, for the slot search. Each distinct
 * source is read once (at most four at a time, each with readBusyCalendar's 10 s timeout) and its text is
 * kept for five minutes; recurring events are expanded. A calendar that cannot be read does not fail the
 * search: its professional is listed in `unreadable` and has no entry in `busy`. Nothing is logged here,
 * and no error names a URL.
 */
export async function readPublishedBusy(
  sources: readonly PublishedBusySource[],
  window: BusyWindow,
  options: { cache?: CalendarTextCache; fetchImpl?: typeof fetch; concurrency?: number } = {},
): Promise<PublishedBusy> {
  const cache = options.cache ?? publishedCalendarCache;
  const fetchImpl = options.fetchImpl ?? fetch;
  const bySource = new Map<string, string[]>();
  for (const { professionalId, url } of sources) {
    const source = url.trim();
    const ids = bySource.get(source) ?? [];
    ids.push(professionalId);
    bySource.set(source, ids);
  }

  const busy = new Map<string, [number, number][]>();
  const unreadable = new Set<string>();
  await forEachLimited(
    [...bySource],
    options.concurrency ?? PUBLISHED_CALENDAR_CONCURRENCY,
    async ([source, ids]) => {
      let intervals: BusyInterval[];
      try {
        const text = await cache.load(source, () => readCalendarText(source, fetchImpl));
        intervals = busyIntervalsFromIcs(text, window);
      } catch {
        for (const id of ids) unreadable.add(id);
        return;
      }
      for (const id of ids) {
        const merged = [...(busy.get(id) ?? []), ...intervals];
        busy.set(
          id,
          merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]),
        );
      }
    },
  );
  // A professional with two sources, one unreadable: what was read still counts, and they are listed.
  return {
    busy,
    unreadable: [...new Set(sources.map((s) => s.professionalId))].filter((id) => unreadable.has(id)),
  };
}
