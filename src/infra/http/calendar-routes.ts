import type { ServerResponse } from 'node:http';
import { calendarText } from '../../app/calendar/i18n/translate.ts';
import { readRotationSchedule } from '../../app/rotations/rotation-turns.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { conferenceFeedIcs, type FeedConference, type FeedTurn } from '../calendar/calendar-feed.ts';
import { conferenceInviteIcs } from '../calendar/conference-invite.ts';
import { AMSTERDAM } from '../calendar/vtimezone.ts';
import {
  type FeedConferenceRow,
  type FeedOwner,
  type InviteRow,
  readFeedByToken,
  readInviteByToken,
  recordCalendarExport,
} from '../db/repositories/calendar-feed-repository.ts';
import { rotationStoreOf } from '../db/repositories/rotation-repository.ts';
import type { Route } from './http-server.ts';

const CALENDAR_PREFIX = '/calendar/';
const DAY_MS = 24 * 60 * 60_000;
/** The feed covers 30 days back (so last week's conference stays visible) to a year ahead. */
const FEED_DAYS_BACK = 30;
const FEED_DAYS_AHEAD = 365;
/** Rotation turns: from 30 days back, 26 weeks ahead (a rotation changes more often than a year holds). */
const TURN_WEEKS = 30;

export interface CalendarRouteOptions {
  /** Config.server.publicUrl; names the fallback organizer of an invitation without one. */
  publicUrl: string;
  /** The language for professionals without one of their own (Config LOCALE); Dutch when unset. */
  locale?: Locale;
  /** The request's instant (tests); the system clock otherwise. */
  now?: () => Date;
}

/**
 * The private calendar addresses (see src/app/calendar/calendar-links.ts):
 *
 * - `GET /calendar/<token>.ics`: the token holder's conferences as a subscribable feed.
 * - `GET /calendar/<token>/<icsUid>.ics`: one conference's invitation (METHOD:REQUEST, or CANCEL once it is
 *   cancelled) to download, only for a conference the token holder attends.
 *
 * Anything else under /calendar/ (unknown or revoked token, not an attendee, a proposal, a malformed path)
 * is the same short 404, so a guess learns nothing. Answers are never cached or sent on as a Referer, and
 * nothing here logs: the path is the secret.
 */
export function calendarRoutes(prisma: PrismaClient, options: CalendarRouteOptions): Route[] {
  const now = options.now ?? (() => new Date());
  const localeOf = (owner: FeedOwner): Locale =>
    isLocale(owner.locale) ? owner.locale : (options.locale ?? 'nl');

  return [
    {
      method: 'GET',
      path: CALENDAR_PREFIX,
      prefix: true,
      async handler(req, res) {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const target = parseCalendarPath(path.slice(CALENDAR_PREFIX.length));
        if (!target) return notFound(res);

        if (target.kind === 'feed') {
          const at = now().getTime();
          const feed = await readFeedByToken(prisma, target.token, {
            from: new Date(at - FEED_DAYS_BACK * DAY_MS),
            to: new Date(at + FEED_DAYS_AHEAD * DAY_MS),
          });
          if (!feed) return notFound(res);
          // Logged before the answer goes out: what is sent was logged (NEN 7513).
          await recordCalendarExport(prisma, feed.owner.id, feed.conferences);
          const locale = localeOf(feed.owner);
          const ics = conferenceFeedIcs({
            name: calendarText(locale, 'feed.name'),
            conferences: feed.conferences.map((c) => feedEvent(c, locale)),
            turns: await turnsOf(
              prisma,
              feed.owner,
              feed.teamIds,
              new Date(at - FEED_DAYS_BACK * DAY_MS),
              locale,
            ),
            stamp: new Date(at),
          });
          return sendCalendar(res, ics);
        }

        const invite = await readInviteByToken(prisma, target.token, target.icsUid);
        if (!invite) return notFound(res);
        await recordCalendarExport(prisma, invite.owner.id, [invite]);
        const ics = inviteIcs(invite, localeOf(invite.owner), `noreply@${hostOf(options.publicUrl)}`, now());
        return sendCalendar(res, ics, `casusoverleg${fileSuffix(invite.references)}.ics`);
      },
    },
  ];
}

/** The owner's rotation turns in every team they belong to: who chairs, takes minutes, has intake duty. */
async function turnsOf(
  prisma: PrismaClient,
  owner: FeedOwner,
  teamIds: readonly string[],
  from: Date,
  locale: Locale,
): Promise<FeedTurn[]> {
  const schedule = readRotationSchedule(rotationStoreOf(prisma, { timeZone: AMSTERDAM }));
  const turns: FeedTurn[] = [];
  for (const teamId of teamIds) {
    const { rotations } = await schedule({ teamId, from: isoDay(from), weeks: TURN_WEEKS });
    for (const rotation of rotations) {
      for (const turn of rotation.turns.filter((t) => t.member === owner.externalKey)) {
        turns.push({
          uid: `turn-${teamId}-${encodeURIComponent(rotation.role)}-${turn.date}@casus`,
          date: turn.date,
          summary: calendarText(locale, 'feed.turn', { role: rotation.role }),
        });
      }
    }
  }
  return turns;
}

/** The local date of an instant, 'YYYY-MM-DD'. */
function isoDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AMSTERDAM }).format(at);
}

type CalendarTarget = { kind: 'feed'; token: string } | { kind: 'invite'; token: string; icsUid: string };

/** `<token>.ics` or `<token>/<icsUid, percent-encoded>.ics`; undefined for anything else. */
function parseCalendarPath(rest: string): CalendarTarget | undefined {
  const feed = /^([A-Za-z0-9_-]+)\.ics$/.exec(rest);
  if (feed?.[1]) return { kind: 'feed', token: feed[1] };
  const invite = /^([A-Za-z0-9_-]+)\/([^/]+)\.ics$/.exec(rest);
  if (!invite?.[1] || !invite[2]) return undefined;
  try {
    return { kind: 'invite', token: invite[1], icsUid: decodeURIComponent(invite[2]) };
  } catch {
    return undefined;
  }
}

const SECRET_PATH_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex, nofollow',
} as const;

function notFound(res: ServerResponse): void {
  const body = 'Not found\n';
  res.writeHead(404, {
    ...SECRET_PATH_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendCalendar(res: ServerResponse, ics: string, attachmentName?: string): void {
  res.writeHead(200, {
    ...SECRET_PATH_HEADERS,
    'content-type': 'text/calendar; charset=utf-8',
    'content-length': Buffer.byteLength(ics),
    ...(attachmentName ? { 'content-disposition': `attachment; filename="${attachmentName}"` } : {}),
  });
  res.end(ics);
}

/** `-HH-2041` (references joined by '-'), limited to characters safe in a file name. */
function fileSuffix(references: readonly string[]): string {
  const joined = references.join('-').replace(/[^A-Za-z0-9_-]/g, '');
  return joined ? `-${joined.slice(0, 80)}` : '';
}

/** Only references: a subscribed calendar is not the place for care data. */
function summaryOf(references: readonly string[]): string {
  return references.length > 0 ? `Casusoverleg ${references.join(', ')}` : 'Casusoverleg';
}

function descriptionOf(row: FeedConferenceRow, locale: Locale): string {
  const t = (key: Parameters<typeof calendarText>[1]) => calendarText(locale, key);
  const lines: string[] = [];
  if (row.status === 'postponed') lines.push(t('feed.status.postponed'));
  if (row.status === 'cancelled') lines.push(t('feed.status.cancelled'));
  lines.push(t(`feed.role.${row.role}`), t(`feed.rsvp.${row.rsvp}`), t('feed.details'));
  return lines.join('\n');
}

function feedEvent(row: FeedConferenceRow, locale: Locale): FeedConference {
  return {
    uid: row.icsUid,
    sequence: row.icsSequence,
    start: row.startsAt,
    end: row.endsAt,
    summary: summaryOf(row.references),
    location: calendarText(locale, `feed.location.${row.location}`),
    status: row.status === 'cancelled' ? 'cancelled' : row.status === 'postponed' ? 'tentative' : 'scheduled',
    description: descriptionOf(row, locale),
    // Declined: still shown (the person may change their mind), but not as busy time.
    free: row.rsvp === 'declined',
  };
}

function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

/** `noReply`: the organizer's address when they have none of their own. */
function inviteIcs(invite: InviteRow, locale: Locale, noReply: string, stamp: Date): string {
  const organizer = {
    name: invite.organizer?.name ?? 'casus',
    email: invite.organizer?.email || noReply,
  };
  return conferenceInviteIcs({
    uid: invite.icsUid,
    sequence: invite.icsSequence,
    start: invite.startsAt,
    end: invite.endsAt,
    timeZone: AMSTERDAM,
    summary: summaryOf(invite.references),
    location: calendarText(locale, `feed.location.${invite.location}`),
    description: descriptionOf(invite, locale),
    organizer,
    attendees: invite.attendees.map((a) => ({
      name: a.name,
      // Everyone invited is on the invitation; someone without an e-mail address gets one that cannot
      // receive mail (RFC 2606 reserves .invalid), so calendars show them without mailing anyone.
      email: a.email || `${a.professionalId}@attendee.casus.invalid`,
      required: a.role === 'required',
      response: a.rsvp,
    })),
    method: invite.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
    tentative: invite.status === 'postponed',
    stamp,
  });
}
