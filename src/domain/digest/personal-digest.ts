import { addDays, localDateOf } from '../slots/zone-offsets.ts';
import type { DigestInput, DigestPerson } from './digest-input.ts';
import type { DigestConference, DigestSections, RotationRole } from './digest-sections.ts';

/**
 * One person's share of the weekly digest, sent by direct message (so an action's description may be shown):
 * the conferences they are invited to this week, their actions due this week and overdue, and their turns.
 */

export interface PersonalAction {
  id: string;
  reference: string;
  dueOn: string;
  status: 'open' | 'blocked';
  description: string;
}

export interface PersonalTurn {
  role: string;
  date: string;
  reason?: 'absent' | 'swap' | 'override';
}

export interface PersonalDigest {
  professionalId: string;
  conferences: DigestConference[];
  due: PersonalAction[];
  overdue: PersonalAction[];
  turns: PersonalTurn[];
}

export function personalDigest(
  input: Pick<DigestInput, 'now' | 'zone' | 'weekOf' | 'actions'>,
  sections: Pick<DigestSections, 'conferences' | 'rotation'>,
  person: DigestPerson,
): PersonalDigest {
  const today = localDateOf(Math.floor(input.now.getTime() / 60_000), input.zone);
  const weekEnd = addDays(input.weekOf, 6);
  const mine = input.actions
    .filter((a) => a.ownerId === person.id && (a.status === 'open' || a.status === 'blocked'))
    .map((a) => ({
      id: a.id,
      reference: a.reference,
      dueOn: a.dueOn,
      status: a.status as 'open' | 'blocked',
      description: a.description,
      snoozed: a.snoozedUntil !== null && a.snoozedUntil > today,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
  const strip = ({ snoozed: _snoozed, ...action }: (typeof mine)[number]): PersonalAction => action;
  return {
    professionalId: person.id,
    conferences: sections.conferences.filter((c) => c.attendeeIds.includes(person.id)),
    due: mine.filter((a) => a.dueOn >= today && a.dueOn <= weekEnd).map(strip),
    overdue: mine.filter((a) => a.dueOn < today && !a.snoozed).map(strip),
    turns: turnsOf(sections.rotation, person.key),
  };
}

function turnsOf(rotation: readonly RotationRole[], member: string): PersonalTurn[] {
  return rotation
    .flatMap((role) =>
      role.turns
        .filter((t) => t.member === member)
        .map((t) => ({ role: role.role, date: t.date, ...(t.reason ? { reason: t.reason } : {}) })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.role.localeCompare(b.role));
}

/** Whether there is anything to tell the person: an empty personal digest is not sent. */
export function hasNews(digest: PersonalDigest): boolean {
  return digest.conferences.length + digest.due.length + digest.overdue.length + digest.turns.length > 0;
}
