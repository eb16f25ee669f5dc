import type { TeamRole } from '../../../app/access/access-policy.ts';
import type { CalendarFeedStore } from '../../../app/calendar/calendar-feed-store.ts';
import { mayExportConference } from '../../../app/calendar/feed-access.ts';
import type { AccessChannel, AccessRecord } from '../../../app/ports/access-log.ts';
import type { Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { newFeedToken } from '../../calendar/calendar-feed.ts';
import { CodedError } from '../../coded-error.ts';
import { isTopLevelClient } from '../../jobs/sql-client.ts';
import { recordAccess, recordAccesses } from './access-log-repository.ts';

/*
 * The private calendar feed token of a professional (Professional.calendarFeedToken, unique; null = none or
 * revoked). Changes go into the access log (kind calendar-feed, details.action calendar-feed.issued|renewed|
 * revoked, the name earlier audit events had) without the token itself, in the change's own transaction.
 */
type Client = Prisma.TransactionClient | PrismaClient;

/** What newFeedToken() produces (32 base64url characters); anything else is not looked up at all. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

type FeedAuditAction = 'calendar-feed.issued' | 'calendar-feed.renewed' | 'calendar-feed.revoked';

/**
 * Logged as done by the professional themselves: through the chat command (its channel), or as a side effect
 * of their invitation being sent (no channel given: 'job').
 */
async function audit(
  client: Client,
  professionalId: string,
  action: FeedAuditAction,
  channel: AccessChannel = 'job',
): Promise<void> {
  await recordAccess(client, {
    actorId: professionalId,
    kind: 'calendar-feed',
    action: action === 'calendar-feed.issued' ? 'create' : 'change',
    channel,
    outcome: 'ok',
    subjectId: professionalId,
    details: { action },
  });
}

/**
 * Runs `work` in a transaction: the plain client's own, or the one the caller is already in. Prisma 7 gives
 * transaction clients a `$transaction` too (savepoints, which the embedded adapter lacks): tell them apart by
 * `$disconnect` (isTopLevelClient).
 */
function inTransaction<T>(client: Client, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return isTopLevelClient(client) ? client.$transaction(work) : work(client);
}

function unknownProfessional(): CodedError {
  return new CodedError('unknown-professional', 'No professional with this id');
}

/**
 * The professional's feed token, created when there is none. Race-safe: the token is only written where
 * the column is still null (one statement, so PostgreSQL's row lock decides), and everyone reads back the
 * one that won — two concurrent calls end with the same single token.
 */
export async function ensureFeedToken(
  client: Client,
  professionalId: string,
  channel?: AccessChannel,
): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await client.professional.findUnique({
      where: { id: professionalId },
      select: { calendarFeedToken: true },
    });
    if (!existing) throw unknownProfessional();
    if (existing.calendarFeedToken) return existing.calendarFeedToken;
    await inTransaction(client, async (tx) => {
      const written = await tx.professional.updateMany({
        where: { id: professionalId, calendarFeedToken: null },
        data: { calendarFeedToken: newFeedToken() },
      });
      if (written.count === 1) await audit(tx, professionalId, 'calendar-feed.issued', channel);
    });
    // Read back: ours, or the one a concurrent call wrote first. A revoke in between means another round.
  }
  throw new CodedError('calendar-feed-conflict', 'The feed token kept changing; try again');
}

/** A new token for the professional; the old feed and invitation links stop working at once. */
export async function renewFeedToken(
  client: Client,
  professionalId: string,
  channel?: AccessChannel,
): Promise<string> {
  const token = newFeedToken();
  await inTransaction(client, async (tx) => {
    const written = await tx.professional.updateMany({
      where: { id: professionalId },
      data: { calendarFeedToken: token },
    });
    if (written.count !== 1) throw unknownProfessional();
    await audit(tx, professionalId, 'calendar-feed.renewed', channel);
  });
  return token;
}

/** Removes the professional's token: the feed and invitation links answer 404 from now on. */
export async function revokeFeedToken(
  client: Client,
  professionalId: string,
  channel?: AccessChannel,
): Promise<void> {
  await inTransaction(client, async (tx) => {
    const written = await tx.professional.updateMany({
      where: { id: professionalId, calendarFeedToken: { not: null } },
      data: { calendarFeedToken: null },
    });
    if (written.count === 1) await audit(tx, professionalId, 'calendar-feed.revoked', channel);
  });
}

// ---------------------------------------------------------------- reading, for the HTTP routes

export type ConferenceStatusName = 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
export type LocationKind = 'home' | 'office' | 'online';
export type AttendanceResponse = 'pending' | 'accepted' | 'declined' | 'tentative';

export interface FeedOwner {
  id: string;
  /** The roster key, as rotation turns name their holder. */
  externalKey: string;
  name: string;
  locale: string | null;
}

/** The owner as the access rule needs them: their teams and roles there. */
interface FeedOwnerRow extends FeedOwner {
  memberships: { teamId: string; role: TeamRole }[];
}

export interface FeedConferenceRow {
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  endsAt: Date;
  location: LocationKind;
  status: ConferenceStatusName;
  /** Household references, sorted. */
  references: string[];
  /** The households, for the access log (each download is an export of their conference). */
  households: FeedHousehold[];
  /** The feed owner's own attendance. */
  role: 'required' | 'optional';
  rsvp: AttendanceResponse;
}

export interface FeedHousehold {
  id: string;
  teamId: string;
  reference: string;
}

export interface InviteRow extends FeedConferenceRow {
  owner: FeedOwner;
  organizer: { name: string; email: string | null } | null;
  attendees: {
    professionalId: string;
    name: string;
    email: string | null;
    role: 'required' | 'optional';
    rsvp: AttendanceResponse;
  }[];
}

/** The active professional who holds this token, or null (wrong shape, unknown, revoked, inactive). */
async function ownerOfToken(client: Client, token: string): Promise<FeedOwnerRow | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return client.professional.findFirst({
    where: { calendarFeedToken: token, active: true },
    select: {
      id: true,
      externalKey: true,
      name: true,
      locale: true,
      memberships: { select: { teamId: true, role: true } },
    },
  });
}

/** The access rule's question for a feed: may the owner still see every household of this conference? */
function exportable(owner: FeedOwnerRow, households: readonly FeedHouseholdRow[]): boolean {
  return mayExportConference(
    { professionalId: owner.id, teams: owner.memberships.map((m) => ({ id: m.teamId, role: m.role })) },
    households.map((h) => ({
      teamId: h.teamId,
      coordinatorId: h.coordinatorId,
      involvedIds: h.involvements.map((i) => i.professionalId),
    })),
  );
}

const feedHouseholdOf = ({ id, teamId, reference }: FeedHouseholdRow): FeedHousehold => ({
  id,
  teamId,
  reference,
});

const conferenceSelect = {
  icsUid: true,
  icsSequence: true,
  startsAt: true,
  endsAt: true,
  location: true,
  status: true,
  households: {
    select: {
      household: {
        select: {
          id: true,
          teamId: true,
          reference: true,
          coordinatorId: true,
          involvements: { select: { professionalId: true } },
        },
      },
    },
  },
} as const;

interface FeedHouseholdRow extends FeedHousehold {
  coordinatorId: string | null;
  involvements: { professionalId: string }[];
}

/**
 * The conferences the token's professional attends that start in the window (proposals left out: they
 * are not booked), oldest first; null when the token does not open a feed.
 */
export async function readFeedByToken(
  client: Client,
  token: string,
  window: { from: Date; to: Date },
): Promise<{ owner: FeedOwner; teamIds: string[]; conferences: FeedConferenceRow[] } | null> {
  const ownerRow = await ownerOfToken(client, token);
  if (!ownerRow) return null;
  const { memberships, ...owner } = ownerRow;
  const attended = await client.attendance.findMany({
    where: {
      professionalId: owner.id,
      conference: {
        status: { not: 'proposed' },
        startsAt: { gte: window.from, lt: window.to },
      },
    },
    select: { role: true, rsvp: true, conference: { select: conferenceSelect } },
    orderBy: [{ conference: { startsAt: 'asc' } }, { conferenceId: 'asc' }],
  });
  const rows = attended.filter((row) =>
    exportable(
      ownerRow,
      row.conference.households.map((h) => h.household),
    ),
  );
  return {
    owner,
    teamIds: memberships.map((m) => m.teamId),
    conferences: rows.map((row) => ({
      icsUid: row.conference.icsUid,
      icsSequence: row.conference.icsSequence,
      startsAt: row.conference.startsAt,
      endsAt: row.conference.endsAt,
      location: row.conference.location,
      status: row.conference.status,
      references: row.conference.households.map((h) => h.household.reference).sort(),
      households: row.conference.households.map((h) => feedHouseholdOf(h.household)),
      role: row.role,
      rsvp: row.rsvp,
    })),
  };
}

/**
 * One conference for its invitation, only when the token's professional attends it (and it is not a mere
 * proposal); null otherwise, so a stranger learns nothing about whether the conference exists.
 */
export async function readInviteByToken(
  client: Client,
  token: string,
  icsUid: string,
): Promise<InviteRow | null> {
  const ownerRow = await ownerOfToken(client, token);
  if (!ownerRow) return null;
  const { memberships: _teams, ...owner } = ownerRow;
  const conference = await client.caseConference.findFirst({
    where: {
      icsUid,
      status: { not: 'proposed' },
      attendances: { some: { professionalId: owner.id } },
    },
    select: {
      ...conferenceSelect,
      organizerId: true,
      attendances: {
        select: {
          professionalId: true,
          role: true,
          rsvp: true,
          professional: { select: { name: true, email: true } },
        },
        orderBy: [{ role: 'asc' }, { professional: { name: 'asc' } }],
      },
    },
  });
  if (!conference) return null;
  const own = conference.attendances.find((a) => a.professionalId === owner.id);
  if (!own) return null;
  // Someone no longer in the household's team gets the 404 of any other address.
  if (
    !exportable(
      ownerRow,
      conference.households.map((h) => h.household),
    )
  )
    return null;
  const organizer = conference.organizerId
    ? await client.professional.findUnique({
        where: { id: conference.organizerId },
        select: { name: true, email: true },
      })
    : null;
  return {
    icsUid: conference.icsUid,
    icsSequence: conference.icsSequence,
    startsAt: conference.startsAt,
    endsAt: conference.endsAt,
    location: conference.location,
    status: conference.status,
    references: conference.households.map((h) => h.household.reference).sort(),
    households: conference.households.map((h) => feedHouseholdOf(h.household)),
    role: own.role,
    rsvp: own.rsvp,
    owner,
    organizer,
    attendees: conference.attendances.map((a) => ({
      professionalId: a.professionalId,
      name: a.professional.name,
      email: a.professional.email,
      role: a.role,
      rsvp: a.rsvp,
    })),
  };
}

/**
 * A feed or invitation download is an export of the conferences of the households in it: one access-log entry
 * per household (with how many of its conferences the download held), as done by the token's holder.
 */
export async function recordCalendarExport(
  client: Client,
  ownerId: string,
  conferences: readonly Pick<FeedConferenceRow, 'households'>[],
): Promise<void> {
  const counted = new Map<string, { household: FeedHousehold; conferences: number }>();
  for (const household of conferences.flatMap((c) => c.households)) {
    const seen = counted.get(household.id);
    if (seen) seen.conferences += 1;
    else counted.set(household.id, { household, conferences: 1 });
  }
  await recordAccesses(
    client,
    [...counted.values()].map(
      ({ household, conferences: count }): AccessRecord => ({
        actorId: ownerId,
        householdId: household.id,
        teamId: household.teamId,
        reference: household.reference,
        kind: 'conference',
        action: 'export',
        channel: 'calendar-feed',
        outcome: 'ok',
        details: { conferences: count },
      }),
    ),
  );
}

/** The chat command's port on top of the functions above. */
export function createCalendarFeedStore(prisma: PrismaClient): CalendarFeedStore {
  return {
    async feedState(professionalId) {
      const row = await prisma.professional.findFirst({
        where: { id: professionalId, active: true },
        select: { calendarFeedToken: true },
      });
      if (!row) return null;
      if (row.calendarFeedToken) return { token: row.calendarFeedToken, revoked: false };
      // Only a revoke empties the column, so with no token any recorded revoke was the last change.
      // Entries copied from the earlier audit events carry the same details.action.
      const revoke = await prisma.accessLogEntry.findFirst({
        where: {
          kind: 'calendar-feed',
          subjectId: professionalId,
          details: { path: ['action'], equals: 'calendar-feed.revoked' },
        },
        select: { id: true },
      });
      return { token: null, revoked: revoke !== null };
    },
    ensureFeedToken: (professionalId, channel) => ensureFeedToken(prisma, professionalId, channel),
    renewFeedToken: (professionalId, channel) => renewFeedToken(prisma, professionalId, channel),
    revokeFeedToken: (professionalId, channel) => revokeFeedToken(prisma, professionalId, channel),
  };
}
