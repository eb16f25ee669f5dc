import { sortConsents } from '../../domain/consent/consent-state.ts';
import { acuteCallsFirstDiscipline } from '../../domain/expertise/acute-first.ts';
import {
  type DisciplineNeed,
  type OptionalRole,
  requiredDisciplines,
} from '../../domain/expertise/expertise-rules.ts';
import { type TooManyHelpersSuggestion, tooManyHelpers } from '../../domain/expertise/too-many-helpers.ts';
import { dutchPublicHolidays } from '../../domain/slots/dutch-holidays.ts';
import { type AttendeeAvailability, findSlots, type Slot } from '../../domain/slots/find-slots.ts';
import { addDays, localDateOf, localDayStart } from '../../domain/slots/zone-offsets.ts';
import { assembleTeam, type Gap } from '../../domain/team-assembly/assemble-team.ts';
import type {
  ConferenceKind,
  ConferenceLocation,
  HouseholdConference,
  PlanningCandidate,
  PlanningHousehold,
  PlanningReader,
  PublishedBusyReader,
} from '../ports/planning-store.ts';
import { earliestStart, type TeamSettings } from '../settings/team-settings.ts';

/** The optional roles that are staff (a discipline brings them); the resident and network are invited. */
export type StaffOptionalRole = Exclude<OptionalRole, 'resident' | 'network'>;

export interface ProposedAttendee {
  id: string;
  /** Roster key. */
  professional: string;
  name: string;
  role: 'coordinator' | 'required' | 'optional';
  /**
   * The discipline this person brings to the table, one they have (for an optional attendee: the one that
   * brings the role): Sander covers finances as income consultant, not as the debt counsellor the rule
   * names first.
   */
  discipline: string | null;
  /** Every discipline this person brings for a need (the first is `discipline`); empty for optional attendees. */
  covers: string[];
  /** The needs (the rule's first discipline, as in `required`) this person covers, in the order of `covers`. */
  needs: string[];
  optionalRole?: StaffOptionalRole;
  alreadyInvolved: boolean;
}

export interface ProposedSlot {
  start: number;
  end: number;
  /** Ids of the optional attendees who are free then. */
  optionalPresent: string[];
}

export interface ConferenceProposal {
  householdId: string;
  household: string;
  teamId: string;
  kind: ConferenceKind;
  location: ConferenceLocation;
  durationMinutes: number;
  horizonWorkingDays: number;
  required: string[];
  /** The coordinator first, then the required attendees, then the optional ones. */
  attendees: ProposedAttendee[];
  gaps: string[];
  gapDetails: Gap[];
  /** Organisations left out because their consent ended or was withdrawn, and since when: said in the proposal. */
  lapsedConsents: { organisation: string; reason: 'expired' | 'withdrawn'; on: string }[];
  /** Set when the household has too many helpers: a consolidation conference, and a coordinator if none. */
  tooManyHelpers?: {
    reason: 'no-coordinator' | 'too-many';
    /** How many professionals are involved. */
    involved: number;
    suggestions: TooManyHelpersSuggestion[];
    /** An involved professional with the lowest load, when the household has no coordinator. */
    suggestedCoordinator?: { id: string; name: string };
  };
  /** Attendees whose published calendar could not be read: slots may clash with it. */
  unreadableCalendars: { id: string; name: string }[];
  residentInvited: boolean;
  networkInvited: boolean;
  /** Up to three, spread over different days where possible, in date order. */
  slots: ProposedSlot[];
  /** The conference this one follows, when it is a follow-up: slots start from its date plus followUpWeeks. */
  followUpOf?: { start: number; followUpWeeks: number };
}

export interface PlanInput {
  household: PlanningHousehold;
  store: PlanningReader;
  settings: TeamSettings;
  /**
   * Now: slots start after the notice period, and for a household with an earlier conference not before that
   * conference's date plus the team's followUpWeeks (proposalStart).
   */
  now: Date;
  /** The first instant to look at instead (`casus plan --from`, tests): neither notice nor follow-up date. */
  from?: Date;
  timeZone: string;
  location?: ConferenceLocation;
  /** The coordinator's choice to invite the resident and their network; the team's optional roles otherwise. */
  guests?: Guests;
  readPublishedBusy?: PublishedBusyReader;
  /** A start to be checked as well (booking): the busy times are read up to it. */
  checkStart?: number;
  /**
   * Booking: `check` accepts any start from now on (a slot proposed yesterday may be inside the notice period
   * today, or before the follow-up date when the proposal was made for another reason, and is still bookable).
   */
  checkFromNow?: boolean;
  /** A conference being moved: its own time does not make its attendees busy. */
  moving?: string;
}

export interface Guests {
  resident: boolean;
  network: boolean;
}

export interface Plan {
  proposal: ConferenceProposal;
  /** Whether every required attendee is free for a conference starting then (on the slot grid, travel included). */
  check(start: number): { free: boolean; optionalPresent: string[] };
}

/** Slots looked at before spreading the best three over days. */
const SLOT_POOL = 5_000;
const PROPOSED_SLOTS = 3;

/**
 * Who must be at the table (scores → disciplines → the fewest people, within consent), who may join
 * (optional roles), and when they can be there (slots ranked by optional attendees present, then earliest,
 * spread over three days). Candidates are busy when absent, already in a conference, or busy in their
 * published calendar.
 */
export async function planConference(input: PlanInput): Promise<Plan> {
  const { household, store, settings, timeZone } = input;
  const location = input.location ?? 'office';
  const durationMinutes = settings.conferenceMinutes;
  const horizonWorkingDays = settings.horizonWorkingDays;
  const buffer = location === 'home' ? settings.travelBufferMinutes : 0;
  // A move keeps the follow-up rhythm of the conferences before the one being moved, not of itself.
  const others = input.moving
    ? { conferences: household.conferences.filter((c) => c.id !== input.moving) }
    : household;
  const start = input.from ? { from: input.from } : proposalStart(others, settings, input.now, timeZone);
  const fromMinute = Math.ceil(start.from.getTime() / 60_000);
  const windowStart = input.checkFromNow && input.now < start.from ? input.now : start.from;
  const checkFromMinute = Math.ceil(windowStart.getTime() / 60_000);
  const firstDay = localDateOf(checkFromMinute, timeZone);
  // Calendar days comfortably beyond the working-day horizon (weekends and holidays in between).
  let lastDay = addDays(localDateOf(fromMinute, timeZone), horizonWorkingDays * 2 + 14);
  if (input.checkStart !== undefined) {
    const checkDay = addDays(localDateOf(input.checkStart, timeZone), 1);
    if (checkDay > lastDay) lastDay = checkDay;
  }
  const window = { from: windowStart, to: new Date(`${addDays(lastDay, 1)}T12:00:00Z`) };
  const candidates = await store.candidates(
    household.teamId,
    window,
    input.moving ? { except: input.moving } : undefined,
  );
  // Consent that ended before today (in the scheduling time zone) or was withdrawn keeps its organisation out.
  const noticeMinute = Math.ceil((input.from ?? earliestStart(input.now, settings)).getTime() / 60_000);
  const consent = sortConsents(household.consents, localDateOf(noticeMinute, timeZone));
  const consented = consent.holding;
  const called = requiredDisciplines({
    scores: household.scores,
    hasChildren: household.hasChildren,
    rules: settings.expertiseRules,
  }).required;
  // Who could bring a discipline: the coordinator, or someone within consent with working days.
  const canBring = (code: string) =>
    candidates.some(
      (c) =>
        c.disciplines.includes(code) &&
        (c.id === household.coordinatorId || (consented.has(c.organisationId) && c.contract.length > 0)),
    );
  const needs: DisciplineNeed[] = settings.protection.acuteCallsFirstDiscipline
    ? acuteCallsFirstDiscipline({
        needs: called,
        scores: household.scores,
        hasChildren: household.hasChildren,
        canBring,
      })
    : called;
  const required = needs.map((n) => n.discipline);
  const involved = new Set(household.involvedIds);
  const load = (c: PlanningCandidate) => c.conferenceCount / Math.max(1, c.contractHours);
  const byKey = (a: PlanningCandidate, b: PlanningCandidate) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

  const assembly = assembleTeam({
    requiredDisciplines: required,
    coordinatorId: household.coordinatorId,
    consentedOrganisations: consented,
    candidates: candidates.map((c) => ({
      id: c.id,
      organisationId: c.organisationId,
      // A candidate with an alternative discipline of a need covers that need.
      disciplines: needs
        .filter(
          (n) =>
            c.disciplines.includes(n.discipline) || n.alternatives.some((a) => c.disciplines.includes(a)),
        )
        .map((n) => n.discipline),
      alreadyInvolved: involved.has(c.id),
      load: load(c),
      available: c.contract.length > 0,
    })),
  });

  const byId = new Map(candidates.map((c) => [c.id, c]));
  const needOf = new Map(needs.map((n) => [n.discipline, n]));
  const attendees: ProposedAttendee[] = assembly.attendees.map((a) => {
    const own = byId.get(a.id)?.disciplines ?? [];
    // The discipline the person has that covers the need: the first one when they have it, else an alternative.
    const brings = [
      ...new Set(
        a.covers.map((code) =>
          own.includes(code)
            ? code
            : (needOf.get(code)?.alternatives.find((alt) => own.includes(alt)) ?? code),
        ),
      ),
    ];
    return {
      id: a.id,
      professional: byId.get(a.id)?.key ?? a.id,
      name: byId.get(a.id)?.name ?? a.id,
      role: a.role,
      // A coordinator who covers no need still brings their own discipline to the table.
      discipline: brings[0] ?? (a.role === 'coordinator' ? (own[0] ?? null) : null),
      covers: brings,
      needs: a.covers,
      alreadyInvolved: a.alreadyInvolved,
    };
  });

  // Optional staff roles: one consent-permitted, available person each, preferring people already involved.
  const roles = settings.expertiseRules.optionalRoles;
  for (const role of roles) {
    if (role === 'resident' || role === 'network') continue;
    const codes = settings.optionalRoleDisciplines[role];
    const atTable = attendees.some((a) => byId.get(a.id)?.disciplines.some((d) => codes.includes(d)));
    if (atTable) continue;
    const pick = candidates
      .filter(
        (c) =>
          !attendees.some((a) => a.id === c.id) &&
          c.disciplines.some((d) => codes.includes(d)) &&
          consented.has(c.organisationId) &&
          c.contract.length > 0,
      )
      .sort(
        (a, b) => Number(involved.has(b.id)) - Number(involved.has(a.id)) || load(a) - load(b) || byKey(a, b),
      )[0];
    if (!pick) continue;
    attendees.push({
      id: pick.id,
      professional: pick.key,
      name: pick.name,
      role: 'optional',
      discipline: codes.find((code) => pick.disciplines.includes(code)) ?? null,
      covers: [],
      needs: [],
      optionalRole: role,
      alreadyInvolved: involved.has(pick.id),
    });
  }

  // Too many helpers: a consolidation conference, and a suggested coordinator when there is none.
  const helpers = tooManyHelpers({
    involvedCount: household.involvedIds.length,
    hasCoordinator: household.coordinatorId !== undefined,
    limits: settings.helperLimits,
  });
  let tooMany: ConferenceProposal['tooManyHelpers'];
  if (helpers.propose) {
    tooMany = {
      reason: helpers.reason,
      involved: household.involvedIds.length,
      suggestions: helpers.suggestions,
    };
    if (household.coordinatorId === undefined) {
      const suggested = candidates
        .filter((c) => involved.has(c.id))
        .sort((a, b) => load(a) - load(b) || byKey(a, b))[0];
      if (suggested) tooMany.suggestedCoordinator = { id: suggested.id, name: suggested.name };
    }
  }

  // Published calendars of everyone invited.
  const sources = attendees.flatMap((a) => {
    const url = byId.get(a.id)?.busyCalendarUrl;
    return url ? [{ professionalId: a.id, url }] : [];
  });
  let published: Awaited<ReturnType<PublishedBusyReader>> = { busy: new Map(), unreadable: [] };
  if (sources.length > 0 && input.readPublishedBusy) {
    try {
      published = await input.readPublishedBusy(sources, window);
    } catch {
      published = { busy: new Map(), unreadable: sources.map((s) => s.professionalId) };
    }
  }
  const availability = (a: ProposedAttendee): AttendeeAvailability => {
    const c = byId.get(a.id);
    return {
      id: a.id,
      contract: c?.contract ?? [],
      busy: [...(c?.busy ?? []), ...(published.busy.get(a.id) ?? [])],
    };
  };
  const requiredAvailability = attendees.filter((a) => a.role !== 'optional').map(availability);
  const optionalAvailability = attendees.filter((a) => a.role === 'optional').map(availability);
  const holidays = new Set<string>();
  for (let year = Number(firstDay.slice(0, 4)); year <= Number(lastDay.slice(0, 4)); year++) {
    for (const day of dutchPublicHolidays(year)) holidays.add(day);
  }
  const search = (from: number, horizon: number, limit: number): Slot[] =>
    findSlots({
      from,
      horizonWorkingDays: horizon,
      durationMinutes,
      timeZone,
      holidays,
      required: requiredAvailability,
      optional: optionalAvailability,
      travelBufferMinutes: buffer,
      limit,
    });

  const slots = spreadOverDays(search(fromMinute, horizonWorkingDays, SLOT_POOL), timeZone, PROPOSED_SLOTS);
  const optionalRoles = new Set<OptionalRole>(roles);

  return {
    proposal: {
      householdId: household.id,
      household: household.reference,
      teamId: household.teamId,
      // Too many helpers comes first: agreeing on one coordinator matters more than the next review.
      // A move keeps what the conference is.
      kind:
        household.conferences.find((c) => c.id === input.moving)?.kind ??
        (helpers.propose ? 'consolidation' : household.hadConference ? 'follow_up' : 'regular'),
      location,
      durationMinutes,
      horizonWorkingDays,
      required,
      attendees,
      gaps: assembly.gaps.map((g) => g.discipline),
      gapDetails: assembly.gaps,
      lapsedConsents: consent.lapsed.map((l) => ({
        organisation: l.consent.organisationName,
        reason: l.reason,
        on: l.on,
      })),
      ...(tooMany ? { tooManyHelpers: tooMany } : {}),
      unreadableCalendars: published.unreadable.map((id) => ({ id, name: byId.get(id)?.name ?? id })),
      residentInvited: input.guests?.resident ?? optionalRoles.has('resident'),
      networkInvited: input.guests?.network ?? optionalRoles.has('network'),
      slots,
      ...('followUpOf' in start && start.followUpOf
        ? { followUpOf: { start: start.followUpOf.start, followUpWeeks: settings.followUpWeeks } }
        : {}),
    },
    check(at) {
      if (!Number.isInteger(at) || at < checkFromMinute) return { free: false, optionalPresent: [] };
      const slot = search(at, 1, SLOT_POOL).find((s) => s.start === at);
      return slot
        ? { free: true, optionalPresent: slot.optionalPresent }
        : { free: false, optionalPresent: [] };
    },
  };
}

/**
 * When a proposal may start: after the notice period from now, and for a household with an earlier
 * conference (not cancelled) not before the day its follow-up is due (that conference's start plus the team's
 * followUpWeeks, from the start of that day in the scheduling zone). The latest conference counts, a
 * scheduled one still to come included: a second conference chosen on purpose is its follow-up.
 */
export function proposalStart(
  household: Pick<PlanningHousehold, 'conferences'>,
  settings: Pick<TeamSettings, 'noticeHours' | 'followUpWeeks'>,
  now: Date,
  timeZone: string,
): { from: Date; followUpOf?: HouseholdConference } {
  const notice = earliestStart(now, settings);
  const last = household.conferences.reduce<HouseholdConference | undefined>(
    (latest, c) => (c.status !== 'cancelled' && (!latest || c.start > latest.start) ? c : latest),
    undefined,
  );
  if (!last) return { from: notice };
  const dueDay = addDays(localDateOf(last.start, timeZone), settings.followUpWeeks * 7);
  const due = new Date(localDayStart(dueDay, timeZone) * 60_000);
  return { from: due > notice ? due : notice, followUpOf: last };
}

/**
 * The best slot of each of `count` different days (findSlots ranks by optional attendees present, then
 * start); when fewer days have slots, the next best slots of those days fill up. Shown in date order.
 */
export function spreadOverDays(ranked: readonly Slot[], timeZone: string, count: number): ProposedSlot[] {
  const days = new Set<string>();
  const picked = new Set<Slot>();
  for (const slot of ranked) {
    if (picked.size >= count) break;
    const day = localDateOf(slot.start, timeZone);
    if (days.has(day)) continue;
    days.add(day);
    picked.add(slot);
  }
  for (const slot of ranked) {
    if (picked.size >= count) break;
    picked.add(slot);
  }
  return [...picked]
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, optionalPresent: s.optionalPresent }));
}
