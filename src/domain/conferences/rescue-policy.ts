/**
 * What happens when someone cannot come to a case conference (docs/protection.md). The order is fixed, because
 * the field keeps finding that meetings about concrete households are the first to be cancelled:
 *
 * 1. their discipline stays covered by another attendee: the conference goes on, they are asked for written input;
 * 2. a required discipline would be uncovered: a free deputy of that discipline (their registered deputy first,
 *    then colleagues of their organisation, then other organisations that have consent), written input, or a
 *    shorter or online meeting;
 * 3. only if none of that works: postpone, never cancel, within the team's maximum delay;
 * 4. cancelling outright only by the coordinator or a team coach, with a reason.
 *
 * Pure: the caller reads the conference and the candidates, and carries out the step.
 */

export type Rsvp = 'pending' | 'accepted' | 'declined' | 'tentative';

export interface RescueAttendee {
  id: string;
  role: 'required' | 'optional';
  /** The discipline they bring to this conference; null when none. */
  discipline: string | null;
  rsvp: Rsvp;
}

/** Why a conference is cancelled (the ledger counts them): the codes typed in chat and on the CLI. */
export const CANCEL_REASONS = [
  'ziekte',
  'crisis-elders',
  'capaciteit',
  'niet-meer-nodig',
  'huishouden-zegt-af',
  'anders',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Why someone cannot come: the same codes, less the ones only a conference as a whole has. */
export const DECLINE_REASONS = ['ziekte', 'crisis-elders', 'capaciteit', 'anders'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const isCancelReason = (value: string): value is CancelReason =>
  (CANCEL_REASONS as readonly string[]).includes(value);

export type DeclineStep =
  /** Nobody needs to stand in: the discipline (if any) is brought by someone else, or the person was optional. */
  | { kind: 'covered'; discipline: string | null; coveredBy: string[] }
  /** A required discipline is uncovered: the rescue offers deputies, written input, a shorter or online meeting. */
  | { kind: 'gap'; discipline: string };

/** Step 1 or 2 after `decliningId` declined (their own answer already counted as declined). */
export function stepAfterDecline(attendees: readonly RescueAttendee[], decliningId: string): DeclineStep {
  const person = attendees.find((a) => a.id === decliningId);
  const discipline = person?.discipline ?? null;
  const coveredBy = discipline
    ? attendees
        .filter((a) => a.id !== decliningId && a.discipline === discipline && a.rsvp !== 'declined')
        .map((a) => a.id)
    : [];
  if (!person || person.role === 'optional' || discipline === null || coveredBy.length > 0) {
    return { kind: 'covered', discipline, coveredBy };
  }
  return { kind: 'gap', discipline };
}

/** Required disciplines nobody brings any more: every one of them needs a rescue (quorum). */
export function uncoveredDisciplines(attendees: readonly RescueAttendee[]): string[] {
  const needed = new Set(
    attendees.flatMap((a) => (a.role === 'required' && a.discipline !== null ? [a.discipline] : [])),
  );
  const brought = new Set(
    attendees.flatMap((a) => (a.rsvp !== 'declined' && a.discipline !== null ? [a.discipline] : [])),
  );
  return [...needed].filter((d) => !brought.has(d)).sort();
}

/**
 * Required disciplines nobody has confirmed (accepted or tentative) yet: what the quorum check starts the rescue
 * for. A conference is complete when this is empty.
 */
export function unconfirmedDisciplines(attendees: readonly RescueAttendee[]): string[] {
  const needed = new Set(
    attendees.flatMap((a) => (a.role === 'required' && a.discipline !== null ? [a.discipline] : [])),
  );
  const confirmed = new Set(
    attendees.flatMap((a) =>
      (a.rsvp === 'accepted' || a.rsvp === 'tentative') && a.discipline !== null ? [a.discipline] : [],
    ),
  );
  return [...needed].filter((d) => !confirmed.has(d)).sort();
}

export interface DeputyCandidate {
  id: string;
  organisationId: string;
  disciplines: readonly string[];
  /** Free for the whole conference (contract hours, absences, other conferences). */
  free: boolean;
}

export interface DeputyContext {
  discipline: string;
  /** The registered deputy of the person who declined (from their absence), if any. */
  registeredDeputyId: string | null;
  decliningOrganisationId: string;
  /** Organisations that may take part for every household of the conference (consent). */
  consentedOrganisations: ReadonlySet<string>;
  /** Already invited: never offered again. */
  attendeeIds: ReadonlySet<string>;
}

export type DeputyKind = 'registered' | 'colleague' | 'other-organisation';

/** Free people of the discipline, in the order they are asked: registered deputy, colleagues, other organisations. */
export function deputiesInOrder(
  candidates: readonly DeputyCandidate[],
  context: DeputyContext,
): { id: string; kind: DeputyKind }[] {
  const eligible = candidates.filter(
    (c) =>
      c.free &&
      !context.attendeeIds.has(c.id) &&
      c.disciplines.includes(context.discipline) &&
      // Colleagues too: without the household's consent for their organisation nobody may stand in.
      context.consentedOrganisations.has(c.organisationId),
  );
  const kindOf = (c: DeputyCandidate): DeputyKind =>
    c.id === context.registeredDeputyId
      ? 'registered'
      : c.organisationId === context.decliningOrganisationId
        ? 'colleague'
        : 'other-organisation';
  const rank: Record<DeputyKind, number> = { registered: 0, colleague: 1, 'other-organisation': 2 };
  return eligible
    .map((c) => ({ id: c.id, kind: kindOf(c) }))
    .sort((a, b) => rank[a.kind] - rank[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Inside the freeze window nothing moves by itself, and every change is told to everyone invited. */
export function insideFreeze(startsAt: Date, now: Date, freezeHours: number): boolean {
  return startsAt.getTime() - now.getTime() < freezeHours * 3_600_000;
}

/** Minutes from `now` to the start (negative once it started): the ledger's lead time. */
export function leadMinutes(startsAt: Date, now: Date): number {
  return Math.round((startsAt.getTime() - now.getTime()) / 60_000);
}

export type ConferenceActor = { isCoordinator: boolean; isCoach: boolean; isOrganizer: boolean };

/** Cancelling outright is for the household's coordinator and the team's coaches only. */
export function mayCancel(actor: ConferenceActor): boolean {
  return actor.isCoordinator || actor.isCoach;
}

/** Rescue choices (deputy, online, postpone) are for the coordinator, the organiser and coaches. */
export function mayRescue(actor: ConferenceActor): boolean {
  return actor.isCoordinator || actor.isCoach || actor.isOrganizer;
}
