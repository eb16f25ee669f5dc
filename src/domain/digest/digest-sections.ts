import { dutchHolidaysAround } from '../actions/working-day.ts';
import { blockedWorkingDays } from '../actions/working-day-count.ts';
import { type ConferenceFigures, protectionStats } from '../conferences/protection-stats.ts';
import { unconfirmedDisciplines } from '../conferences/rescue-policy.ts';
import { tooManyHelpers } from '../expertise/too-many-helpers.ts';
import { addDays, localDateOf, localDayStart } from '../slots/zone-offsets.ts';
import type { DigestActionRow, DigestConferenceRow, DigestInput, DigestPerson } from './digest-input.ts';

/**
 * The sections of a team's weekly digest (issue 12, docs/digest.md), from plain rows. Pure. Households appear by
 * reference only: nothing here carries an action's description or any other care detail, so every section may
 * be shown in the team channel.
 */

/** A household with no conference for longer than this needs the team's attention. */
export const STALE_AFTER_WEEKS = 8;

export interface DigestConference {
  id: string;
  startsAt: Date;
  /** Local 'YYYY-MM-DD'. */
  date: string;
  references: string[];
  /** Required disciplines, and which of them someone confirmed (accepted or tentative). */
  required: string[];
  confirmed: string[];
  missing: string[];
  /** Every required discipline confirmed. */
  quorum: boolean;
  chair: string | null;
  minuteTaker: string | null;
  /** Who is invited (Professional ids), for the personal digest. */
  attendeeIds: string[];
}

export interface DigestActionItem {
  id: string;
  reference: string;
  dueOn: string;
  status: 'open' | 'blocked';
}

export interface OwnerActions {
  ownerId: string;
  owner: string;
  ownerName: string;
  actions: DigestActionItem[];
}

export interface BlockedItem {
  id: string;
  reference: string;
  ownerId: string;
  owner: string;
  ownerName: string;
  blockedSince: string;
  workingDays: number;
}

export interface DoneByPerson {
  personId: string;
  person: string;
  name: string;
  count: number;
  references: string[];
}

export interface ProtectionSection extends ConferenceFigures {
  /** The week counted: last week, Monday to Sunday. */
  from: string;
  to: string;
}

export interface AttentionSection {
  noConference: { reference: string; lastConferenceOn: string | null }[];
  tooManyHelpers: { reference: string; helpers: number; reason: 'no-coordinator' | 'too-many' }[];
}

/** This week's turns, as the rotation schedule gives them (src/app/rotations/rotation-schedule.ts). */
export interface RotationRole {
  role: string;
  duty?: 'chair' | 'minute_taker';
  turns: { date: string; member: string; memberName: string; reason?: 'absent' | 'swap' | 'override' }[];
}

/** The sections that are lists, so may be cut short in a message and shown in full on request. */
export const DIGEST_LIST_SECTIONS = [
  'conferences',
  'due',
  'overdue',
  'blocked',
  'done',
  'attention',
  'rotation',
] as const;
export type DigestListSection = (typeof DIGEST_LIST_SECTIONS)[number];

export interface DigestSections {
  conferences: DigestConference[];
  due: OwnerActions[];
  overdue: OwnerActions[];
  blocked: BlockedItem[];
  done: DoneByPerson[];
  protection: ProtectionSection;
  attention: AttentionSection;
  rotation: RotationRole[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function buildDigest(input: DigestInput, rotation: readonly RotationRole[]): DigestSections {
  const today = localDateOf(Math.floor(input.now.getTime() / 60_000), input.zone);
  const weekEnd = addDays(input.weekOf, 6);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const open = input.actions.filter((a) => a.status === 'open' || a.status === 'blocked');
  const snoozed = (a: DigestActionRow) => a.snoozedUntil !== null && a.snoozedUntil > today;
  return {
    conferences: thisWeeksConferences(input, people, weekEnd),
    due: byOwner(
      open.filter((a) => a.dueOn >= today && a.dueOn <= weekEnd),
      people,
    ),
    overdue: byOwner(
      open.filter((a) => a.dueOn < today && !snoozed(a)),
      people,
    ),
    blocked: blockedTooLong(input, people, today),
    done: doneLastWeek(input, people),
    protection: protectionOfLastWeek(input),
    attention: attention(input),
    rotation: rotation.map((role) => ({ ...role, turns: role.turns.filter((t) => t.date <= weekEnd) })),
  };
}

function thisWeeksConferences(
  input: DigestInput,
  people: ReadonlyMap<string, DigestPerson>,
  weekEnd: string,
): DigestConference[] {
  const nameOf = (id: string | null) => (id === null ? null : (people.get(id)?.name ?? null));
  return input.conferences
    .map((c) => ({ c, date: localDateOf(Math.floor(c.startsAt.getTime() / 60_000), input.zone) }))
    .filter(({ c, date }) => (c.status === 'scheduled' || c.status === 'held') && date >= input.weekOf)
    .filter(({ date }) => date <= weekEnd)
    .sort((a, b) => a.c.startsAt.getTime() - b.c.startsAt.getTime())
    .map(({ c, date }) => quorumOf(c, date, nameOf));
}

function quorumOf(
  c: DigestConferenceRow,
  date: string,
  nameOf: (id: string | null) => string | null,
): DigestConference {
  const required = [
    ...new Set(
      c.attendees.flatMap((a) => (a.role === 'required' && a.discipline !== null ? [a.discipline] : [])),
    ),
  ].sort();
  const missing = unconfirmedDisciplines(
    c.attendees.map((a) => ({ id: a.professionalId, role: a.role, discipline: a.discipline, rsvp: a.rsvp })),
  );
  return {
    id: c.id,
    startsAt: c.startsAt,
    date,
    references: [...c.references].sort(),
    required,
    confirmed: required.filter((d) => !missing.includes(d)),
    missing,
    quorum: missing.length === 0,
    chair: nameOf(c.chairId),
    minuteTaker: nameOf(c.minuteTakerId),
    attendeeIds: c.attendees.map((a) => a.professionalId).sort(),
  };
}

function byOwner(
  actions: readonly DigestActionRow[],
  people: ReadonlyMap<string, DigestPerson>,
): OwnerActions[] {
  const groups = new Map<string, DigestActionRow[]>();
  for (const action of actions) groups.set(action.ownerId, [...(groups.get(action.ownerId) ?? []), action]);
  return [...groups]
    .map(([ownerId, list]) => ({
      ownerId,
      owner: people.get(ownerId)?.key ?? ownerId,
      ownerName: people.get(ownerId)?.name ?? '?',
      actions: list
        .map((a) => ({
          id: a.id,
          reference: a.reference,
          dueOn: a.dueOn,
          status: a.status as 'open' | 'blocked',
        }))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference)),
    }))
    .sort((a, b) => a.ownerName.localeCompare(b.ownerName) || a.ownerId.localeCompare(b.ownerId));
}

function blockedTooLong(
  input: DigestInput,
  people: ReadonlyMap<string, DigestPerson>,
  today: string,
): BlockedItem[] {
  const holidays = dutchHolidaysAround(today);
  return input.actions
    .flatMap((a): BlockedItem[] => {
      if (a.status !== 'blocked' || a.blockedSince === null) return [];
      const workingDays = blockedWorkingDays(a.blockedSince, today, holidays);
      if (workingDays <= input.settings.blockedEscalationWorkingDays) return [];
      const owner = people.get(a.ownerId);
      return [
        {
          id: a.id,
          reference: a.reference,
          ownerId: a.ownerId,
          owner: owner?.key ?? a.ownerId,
          ownerName: owner?.name ?? '?',
          blockedSince: a.blockedSince,
          workingDays,
        },
      ];
    })
    .sort((a, b) => b.workingDays - a.workingDays || a.reference.localeCompare(b.reference));
}

/** Local midnight that starts `dateIso`, as an instant. */
const startOf = (dateIso: string, zone: string) => new Date(localDayStart(dateIso, zone) * 60_000);

function doneLastWeek(input: DigestInput, people: ReadonlyMap<string, DigestPerson>): DoneByPerson[] {
  const from = startOf(addDays(input.weekOf, -7), input.zone).getTime();
  const to = startOf(input.weekOf, input.zone).getTime();
  const groups = new Map<string, DigestActionRow[]>();
  for (const a of input.actions) {
    const at = a.doneAt?.getTime();
    if (a.status !== 'done' || at === undefined || at < from || at >= to) continue;
    const who = a.doneById ?? a.ownerId;
    groups.set(who, [...(groups.get(who) ?? []), a]);
  }
  return [...groups]
    .map(([personId, list]) => ({
      personId,
      person: people.get(personId)?.key ?? personId,
      name: people.get(personId)?.name ?? '?',
      count: list.length,
      references: [...new Set(list.map((a) => a.reference))].sort(),
    }))
    .sort((a, b) => b.count - a.count || byName(a, b));
}

function protectionOfLastWeek(input: DigestInput): ProtectionSection {
  const { conferences } = protectionStats(input.conferences, input.events, {
    now: startOf(input.weekOf, input.zone),
    weeks: 1,
  });
  return { from: addDays(input.weekOf, -7), to: addDays(input.weekOf, -1), ...conferences };
}

function attention(input: DigestInput): AttentionSection {
  const staleBefore = input.now.getTime() - STALE_AFTER_WEEKS * 7 * 86_400_000;
  const dateOf = (at: Date) => localDateOf(Math.floor(at.getTime() / 60_000), input.zone);
  const active = input.households.filter((h) => !h.planClosed);
  return {
    noConference: active
      .filter((h) => (h.lastConferenceAt ?? h.createdAt).getTime() < staleBefore)
      .map((h) => ({
        reference: h.reference,
        lastConferenceOn: h.lastConferenceAt ? dateOf(h.lastConferenceAt) : null,
      }))
      .sort(
        (a, b) =>
          (a.lastConferenceOn ?? '').localeCompare(b.lastConferenceOn ?? '') ||
          a.reference.localeCompare(b.reference),
      ),
    tooManyHelpers: active
      .flatMap((h) => {
        const result = tooManyHelpers({
          involvedCount: h.helpers,
          hasCoordinator: h.hasCoordinator,
          limits: input.settings.helperLimits,
        });
        return result.propose ? [{ reference: h.reference, helpers: h.helpers, reason: result.reason }] : [];
      })
      .sort((a, b) => b.helpers - a.helpers || a.reference.localeCompare(b.reference)),
  };
}
