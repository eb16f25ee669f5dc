import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { officeWorkdays, shiftWorkdays, workdaysAfter } from '../../domain/actions/working-day-count.ts';
import {
  type CancelReason,
  type ConferenceActor,
  type DeclineReason,
  type DeputyKind,
  deputiesInOrder,
  insideFreeze,
  leadMinutes,
  mayCancel,
  mayRescue,
  stepAfterDecline,
  unconfirmedDisciplines,
} from '../../domain/conferences/rescue-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import { findSlots } from '../../domain/slots/find-slots.ts';
import { addDays, localDateOf, localDayStart } from '../../domain/slots/zone-offsets.ts';
import type { AccessChannel } from '../ports/access-log.ts';
import type { PlanningCandidate } from '../ports/planning-store.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import { quorumCheckKey } from './check-quorum.ts';
import { agendaKey } from './conference-agenda.ts';
import type {
  GuardedAttendee,
  GuardedConference,
  ProtectionStore,
  ProtectionUnitOfWork,
} from './protection-store.ts';
import { type NoticeKind, protectionNoticeView, rescueRequestView } from './protection-views.ts';

export interface ProtectConferenceDeps {
  work: ProtectionUnitOfWork;
  defaultLocale: Locale;
  timeZone: string;
}

/** Who asks: a professional, or an administrator on the CLI (no person). */
export interface Requester {
  professionalId: string | null;
  channel: AccessChannel;
}

export type Refusal =
  | { kind: 'not-found' }
  | { kind: 'not-invited' }
  | { kind: 'cancelled' }
  | { kind: 'past'; startsAt: Date }
  | { kind: 'not-allowed'; needs: 'coordinator-or-coach' | 'coordinator-organizer-or-coach' };

export interface PersonRef {
  id: string;
  name: string;
}

export type DeclineResult =
  | Refusal
  | {
      kind: 'covered';
      conference: ConferenceFacts;
      discipline: string | null;
      coveredBy: PersonRef[];
      frozen: boolean;
      /** Already declined before: nothing changed. */
      unchanged: boolean;
    }
  | {
      kind: 'gap';
      conference: ConferenceFacts;
      discipline: string;
      deputies: (PersonRef & { key: string; kind: DeputyKind })[];
      /** Who was asked to choose (coordinator, organiser, coaches). */
      asked: PersonRef[];
      frozen: boolean;
      unchanged: boolean;
    };

export type RescueChoice =
  | { kind: 'deputy'; deputyId: string; forId: string }
  | { kind: 'online' }
  | { kind: 'postpone' };

export type RescueResult =
  | Refusal
  | { kind: 'stale' }
  | { kind: 'deputy-unavailable' }
  | { kind: 'no-slot'; latest: Date }
  | { kind: 'deputy-added'; conference: ConferenceFacts; deputy: PersonRef }
  | { kind: 'made-online'; conference: ConferenceFacts }
  | { kind: 'postponed'; conference: ConferenceFacts; from: Date; delayWorkingDays: number };

export type CancelResult =
  | Refusal
  | { kind: 'cancelled-now'; conference: ConferenceFacts; reason: CancelReason; planClosed: boolean };

export type WrittenInputResult = Refusal | { kind: 'saved'; conference: ConferenceFacts };

/** What an answer names about the conference: references, never care details. */
export interface ConferenceFacts {
  id: string;
  references: string[];
  startsAt: Date;
  endsAt: Date;
  location: GuardedConference['location'];
  version: number;
}

const facts = (c: GuardedConference): ConferenceFacts => ({
  id: c.id,
  references: c.households.map((h) => h.reference),
  startsAt: c.startsAt,
  endsAt: c.endsAt,
  location: c.location,
  version: c.version,
});

/**
 * The protection of a booked conference (docs/protection.md): a decline starts the rescue in the policy's order
 * (domain/conferences/rescue-policy.ts); the coordinator, organiser or a coach picks a deputy, an online or
 * shorter meeting, or a postponement; only the coordinator or a coach cancels, with a reason. Every step runs
 * under the conference's row lock and is written to its ledger (ConferenceEvent) and the access log.
 */
export function protectConference(deps: ProtectConferenceDeps) {
  const { defaultLocale, timeZone } = deps;

  /** Opens the conference under its lock and refuses what can no longer change. */
  async function open(
    store: ProtectionStore,
    conferenceId: string,
    now: Date,
  ): Promise<GuardedConference | Refusal> {
    const conference = await store.lock(conferenceId, now);
    if (!conference) return { kind: 'not-found' };
    if (conference.status === 'cancelled') return { kind: 'cancelled' };
    if (conference.status === 'held' || conference.startsAt.getTime() <= now.getTime())
      return { kind: 'past', startsAt: conference.startsAt };
    return conference;
  }

  async function actorOf(store: ProtectionStore, conference: GuardedConference, id: string | null) {
    const coaches = id ? await store.coachIds(conference.teamId) : [];
    return {
      isCoordinator: !!id && conference.households.some((h) => h.coordinatorId === id),
      isCoach: !!id && coaches.includes(id),
      isOrganizer: !!id && conference.organizerId === id,
    } satisfies ConferenceActor;
  }

  async function logChange(
    ports: WorkPorts,
    conference: GuardedConference,
    requester: Requester,
    now: Date,
    details: Record<string, string | number | boolean>,
  ) {
    for (const household of conference.households) {
      await ports.accessLog.record({
        at: now,
        actorId: requester.professionalId,
        householdId: household.id,
        teamId: conference.teamId,
        reference: household.reference,
        kind: 'conference',
        action: 'change',
        channel: requester.channel,
        outcome: 'ok',
        subjectId: conference.id,
        details,
      });
    }
  }

  /** A private notice to each of these people, in their language, once per key. */
  async function tell(
    ports: WorkPorts & { store: ProtectionStore },
    ids: readonly string[],
    key: string,
    notice: (locale: Locale) => ReturnType<typeof protectionNoticeView>,
  ): Promise<PersonRef[]> {
    const told: PersonRef[] = [];
    for (const person of await ports.store.people([...new Set(ids)])) {
      const queued = await ports.outbox.toPerson({
        professionalId: person.id,
        view: notice(person.locale ?? defaultLocale),
        idempotencyKey: `${key}:${person.id}`,
      });
      if (queued > 0) told.push({ id: person.id, name: person.name });
    }
    return told;
  }

  const everyoneInvited = (c: GuardedConference) => c.attendees.map((a) => a.id);
  // Who is asked to choose: the organiser and the coordinators (coaches may choose too, but are not messaged),
  // never the person who cannot come.
  const decidersOf = (c: GuardedConference, absentId: string) =>
    [
      ...(c.organizerId ? [c.organizerId] : []),
      ...c.households.flatMap((h) => (h.coordinatorId ? [h.coordinatorId] : [])),
    ].filter((id) => id !== absentId);

  /** The rescue's options (deputies, shorter and online, postpone, cancel…) to the deciders, once per key. */
  const askToRescue = (
    ports: WorkPorts & { store: ProtectionStore },
    request: {
      conference: GuardedConference;
      absent: GuardedAttendee;
      discipline: string;
      unconfirmed: boolean;
    },
    deputies: (PersonRef & { kind: DeputyKind })[],
    frozen: boolean,
    key: string,
  ) =>
    tell(ports, decidersOf(request.conference, request.absent.id), key, (locale) =>
      rescueRequestView(
        {
          conference: facts(request.conference),
          declined: { id: request.absent.id, name: request.absent.name },
          unconfirmed: request.unconfirmed,
          discipline: request.discipline,
          disciplineName: request.absent.disciplineName,
          deputies,
          frozen,
        },
        { locale, timeZone },
      ),
    );

  return {
    /** Someone cannot come: their answer is recorded with the reason and the rescue's first step is taken. */
    decline: (input: {
      conferenceId: string;
      professionalId: string;
      reason?: string | null;
      now: Date;
      channel: AccessChannel;
      /**
       * The invitation's Decline button recorded the answer and told the organiser and coordinators already
       * (answer-invitation.ts): only the ledger and the rescue's step remain.
       */
      alreadyRecorded?: boolean;
    }): Promise<DeclineResult> =>
      deps.work.run(async (ports) => {
        const { store } = ports;
        const { conferenceId, professionalId, now } = input;
        const opened = await open(store, conferenceId, now);
        if ('kind' in opened) return opened;
        const conference = opened;
        const person = conference.attendees.find((a) => a.id === professionalId);
        if (!person) return { kind: 'not-invited' };
        const recorded = input.alreadyRecorded === true;
        const unchanged = !recorded && person.rsvp === 'declined';
        const settings = await store.settings(conference.teamId);
        const frozen = insideFreeze(conference.startsAt, now, settings.protection.freezeHours);
        const lead = leadMinutes(conference.startsAt, now);
        const attendees = conference.attendees.map((a) => ({
          ...a,
          rsvp: a.id === professionalId ? ('declined' as const) : a.rsvp,
        }));
        const step = stepAfterDecline(attendees, professionalId);
        const base = { conference: facts(conference), frozen, unchanged };
        const nameOf = (id: string) => conference.attendees.find((a) => a.id === id)?.name ?? id;

        if (!unchanged && !recorded) {
          await store.setAnswer({
            conferenceId,
            professionalId,
            rsvp: 'declined',
            reason: input.reason ?? null,
            now,
          });
        }
        if (!unchanged) {
          await store.recordEvent({
            conferenceId,
            kind: 'declined',
            actorId: professionalId,
            professionalId,
            disciplineCode: person.discipline,
            reason: input.reason ?? null,
            leadMinutes: lead,
            at: now,
          });
        }
        if (!unchanged && !recorded) {
          await logChange(ports, conference, { professionalId, channel: input.channel }, now, {
            rsvp: 'declined',
            previous: person.rsvp,
          });
        }
        const key = `protect:${conferenceId}:declined:${professionalId}:${now.getTime()}`;
        const references = conference.households.map((h) => h.reference);

        if (step.kind === 'covered') {
          const coveredBy = step.coveredBy.map((id) => ({ id, name: nameOf(id) }));
          if (!unchanged) {
            await store.recordEvent({
              conferenceId,
              kind: 'covered',
              actorId: null,
              professionalId,
              disciplineCode: step.discipline,
              leadMinutes: lead,
              at: now,
            });
            // The person is asked for written input; the deciders (and inside the freeze everyone) hear it goes on.
            await tell(ports, [professionalId], `${key}:input`, (locale) =>
              protectionNoticeView(
                'ask-input',
                { references, conference, name: person.name },
                { locale, timeZone },
              ),
            );
            // The invitation's Decline told the organiser and coordinators already; inside the freeze, everyone.
            const audience = frozen
              ? everyoneInvited(conference)
              : recorded
                ? []
                : decidersOf(conference, professionalId);
            await tell(
              ports,
              audience.filter((id) => id !== professionalId),
              `${key}:covered`,
              (locale) =>
                protectionNoticeView(
                  'covered',
                  { references, conference, name: person.name, names: coveredBy.map((p) => p.name) },
                  { locale, timeZone },
                ),
            );
          }
          return { kind: 'covered', ...base, discipline: step.discipline, coveredBy };
        }

        // A required discipline is uncovered: free deputies in order, asked of the deciders with the other options.
        const deputies = await freeDeputies(store, conference, person, step.discipline, timeZone);
        const askedIds = decidersOf(conference, professionalId);
        let asked: PersonRef[] = [];
        if (!unchanged) {
          await store.recordEvent({
            conferenceId,
            kind: 'rescue_started',
            actorId: null,
            professionalId,
            disciplineCode: step.discipline,
            leadMinutes: lead,
            at: now,
          });
          await tell(ports, [professionalId], `${key}:input`, (locale) =>
            protectionNoticeView(
              'ask-input',
              { references, conference, name: person.name },
              { locale, timeZone },
            ),
          );
          asked = await askToRescue(
            ports,
            { conference, absent: person, discipline: step.discipline, unconfirmed: false },
            deputies,
            frozen,
            `${key}:rescue`,
          );
          if (frozen) {
            await tell(
              ports,
              everyoneInvited(conference).filter((id) => id !== professionalId && !askedIds.includes(id)),
              `${key}:frozen`,
              (locale) =>
                protectionNoticeView(
                  'declined-frozen',
                  { references, conference, name: person.name },
                  { locale, timeZone },
                ),
            );
          }
        }
        return { kind: 'gap', ...base, discipline: step.discipline, deputies, asked };
      }),

    /** The coordinator, organiser or a coach picks a rescue step. */
    rescue: (input: {
      conferenceId: string;
      choice: RescueChoice;
      requester: Requester;
      /** The version the choice was offered on; a choice on an older state is refused as stale. */
      version?: number;
      now: Date;
    }): Promise<RescueResult> =>
      deps.work.run(async (ports) => {
        const { store } = ports;
        const { conferenceId, choice, requester, now } = input;
        const opened = await open(store, conferenceId, now);
        if ('kind' in opened) return opened;
        const conference = opened;
        if (requester.professionalId !== null || requester.channel !== 'cli') {
          if (!mayRescue(await actorOf(store, conference, requester.professionalId)))
            return { kind: 'not-allowed', needs: 'coordinator-organizer-or-coach' };
        }
        if (input.version !== undefined && input.version !== conference.version && choice.kind !== 'deputy')
          return { kind: 'stale' };
        const settings = await store.settings(conference.teamId);
        const frozen = insideFreeze(conference.startsAt, now, settings.protection.freezeHours);
        const lead = leadMinutes(conference.startsAt, now);
        const references = conference.households.map((h) => h.reference);
        const event = { conferenceId, actorId: requester.professionalId, leadMinutes: lead, at: now };

        if (choice.kind === 'deputy') {
          const absent = conference.attendees.find((a) => a.id === choice.forId);
          if (!absent?.discipline) return { kind: 'deputy-unavailable' };
          const free = await freeDeputies(store, conference, absent, absent.discipline, timeZone);
          const deputy = free.find((d) => d.id === choice.deputyId);
          if (!deputy) return { kind: 'deputy-unavailable' };
          await store.addDeputy({
            conferenceId,
            deputyId: deputy.id,
            forId: absent.id,
            discipline: absent.discipline,
          });
          await store.recordEvent({
            ...event,
            kind: 'deputy_added',
            professionalId: deputy.id,
            disciplineCode: absent.discipline,
          });
          await logChange(ports, conference, requester, now, { deputy: deputy.key, for: absent.key });
          // Same SEQUENCE: only the deputy has no invitation under it yet, so only they get one.
          await store.queueInvitations(conferenceId, now);
          if (frozen) {
            await tell(
              ports,
              everyoneInvited(conference),
              `protect:${conferenceId}:deputy:${deputy.id}`,
              (locale) =>
                protectionNoticeView(
                  'deputy-frozen',
                  { references, conference, name: absent.name, names: [deputy.name] },
                  { locale, timeZone },
                ),
            );
          }
          return {
            kind: 'deputy-added',
            conference: facts(conference),
            deputy: { id: deputy.id, name: deputy.name },
          };
        }

        if (choice.kind === 'online') {
          await store.change(conferenceId, { location: 'online', shortened: true });
          await store.recordEvent({ ...event, kind: 'made_online' });
          await logChange(ports, conference, requester, now, { location: 'online' });
          await store.queueInvitations(conferenceId, now);
          return {
            kind: 'made-online',
            conference: { ...facts(conference), location: 'online', version: conference.version + 1 },
          };
        }

        // Postpone: the earliest slot for every required attendee within the team's maximum delay.
        const slot = await laterSlot(store, conference, settings, timeZone);
        if (slot.kind === 'none') return { kind: 'no-slot', latest: slot.latest };
        const delay = workingDaysBetween(conference.startsAt, slot.start, timeZone);
        await store.change(conferenceId, {
          startsAt: slot.start,
          endsAt: slot.end,
          plannedStartsAt: conference.plannedStartsAt,
        });
        await store.resetAnswers(conferenceId, []);
        await ports.scheduler.cancel(quorumCheckKey(conferenceId, conference.startsAt));
        await ports.scheduler.cancel(agendaKey(conferenceId, conference.startsAt));
        await store.recordEvent({ ...event, kind: 'postponed', delayDays: delay });
        await logChange(ports, conference, requester, now, { postponedTo: slot.start.toISOString() });
        await store.queueInvitations(conferenceId, now);
        return {
          kind: 'postponed',
          conference: {
            ...facts(conference),
            startsAt: slot.start,
            endsAt: slot.end,
            version: conference.version + 1,
          },
          from: conference.startsAt,
          delayWorkingDays: delay,
        };
      }),

    /** Cancels outright: the coordinator or a coach only, with a reason; "niet-meer-nodig" closes the plan. */
    cancel: (input: {
      conferenceId: string;
      reason: CancelReason;
      requester: Requester;
      now: Date;
    }): Promise<CancelResult> =>
      deps.work.run(async (ports) => {
        const { store } = ports;
        const { conferenceId, reason, requester, now } = input;
        const opened = await open(store, conferenceId, now);
        if ('kind' in opened) return opened;
        const conference = opened;
        if (!mayCancel(await actorOf(store, conference, requester.professionalId)))
          return { kind: 'not-allowed', needs: 'coordinator-or-coach' };
        await store.change(conferenceId, {
          status: 'cancelled',
          cancelReason: reason,
          ...(requester.professionalId ? { cancelledById: requester.professionalId } : {}),
        });
        await store.recordEvent({
          conferenceId,
          kind: 'cancelled',
          actorId: requester.professionalId,
          reason,
          leadMinutes: leadMinutes(conference.startsAt, now),
          at: now,
        });
        await logChange(ports, conference, requester, now, { status: 'cancelled', reason });
        const planClosed = reason === 'niet-meer-nodig';
        if (planClosed)
          for (const household of conference.households) await store.closePlan(household.id, now);
        const references = conference.households.map((h) => h.reference);
        await tell(ports, everyoneInvited(conference), `protect:${conferenceId}:cancelled`, (locale) =>
          protectionNoticeView('cancelled', { references, conference, reason }, { locale, timeZone }),
        );
        return { kind: 'cancelled-now', conference: facts(conference), reason, planClosed };
      }),

    /**
     * The quorum check (check-quorum.ts), two working days and two hours before: every required discipline
     * nobody confirmed gets the rescue, and whoever of it has not answered is asked to.
     */
    checkQuorum: (input: { conferenceId: string; now: Date; startsAt?: Date }): Promise<{ gaps: string[] }> =>
      deps.work.run(async (ports) => {
        const { store } = ports;
        const { conferenceId, now } = input;
        const opened = await open(store, conferenceId, now);
        if ('kind' in opened || opened.status !== 'scheduled') return { gaps: [] };
        // Scheduled for a time the conference no longer has (it was postponed): the new time has its own check.
        if (input.startsAt && input.startsAt.getTime() !== opened.startsAt.getTime()) return { gaps: [] };
        const conference = opened;
        for (const household of conference.households) {
          await ports.accessLog.record({
            at: now,
            actorId: null,
            onBehalfOf: 'job:conference.quorum',
            householdId: household.id,
            teamId: conference.teamId,
            reference: household.reference,
            kind: 'conference',
            action: 'view',
            channel: 'job',
            outcome: 'ok',
            subjectId: conferenceId,
          });
        }
        const gaps = unconfirmedDisciplines(conference.attendees);
        const settings = await store.settings(conference.teamId);
        const frozen = insideFreeze(conference.startsAt, now, settings.protection.freezeHours);
        const references = conference.households.map((h) => h.reference);
        const key = `quorum:${conferenceId}:${conference.startsAt.toISOString()}`;
        for (const discipline of gaps) {
          const ofDiscipline = conference.attendees.filter(
            (a) => a.role === 'required' && a.discipline === discipline,
          );
          const absent = ofDiscipline.find((a) => a.rsvp === 'declined') ?? ofDiscipline[0];
          if (!absent) continue;
          const waiting = ofDiscipline.filter((a) => a.rsvp === 'pending');
          await tell(
            ports,
            waiting.map((a) => a.id),
            `${key}:answer`,
            (locale) =>
              protectionNoticeView('answer-please', { references, conference }, { locale, timeZone }),
          );
          const deputies = await freeDeputies(store, conference, absent, discipline, timeZone);
          const deciderIds = decidersOf(conference, absent.id);
          const told = await askToRescue(
            ports,
            { conference, absent, discipline, unconfirmed: absent.rsvp !== 'declined' },
            deputies,
            frozen,
            `${key}:${discipline}`,
          );
          // Once per check: a retried job finds its messages queued (nothing new told) and writes no second line.
          if (told.length > 0 || deciderIds.length === 0) {
            await store.recordEvent({
              conferenceId,
              kind: 'rescue_started',
              actorId: null,
              professionalId: absent.id,
              disciplineCode: discipline,
              leadMinutes: leadMinutes(conference.startsAt, now),
              at: now,
            });
          }
        }
        return { gaps };
      }),

    /** The household's next conference that has not started, for a command that names the household. */
    nextConference: (input: {
      reference: string;
      requester: Requester;
      now: Date;
    }): Promise<string | undefined> =>
      deps.work.run(({ store }) =>
        store.nextConferenceOf(input.reference, input.requester.professionalId, input.now),
      ),

    /** What a button may offer the person: the references, whether they attend, and whether they may cancel. */
    inspect: (input: {
      conferenceId: string;
      requester: Requester;
      now: Date;
    }): Promise<Refusal | { kind: 'open'; references: string[]; isAttendee: boolean; mayCancel: boolean }> =>
      deps.work.run(async ({ store }) => {
        const opened = await open(store, input.conferenceId, input.now);
        if ('kind' in opened) return opened;
        const id = input.requester.professionalId;
        return {
          kind: 'open',
          references: opened.households.map((h) => h.reference),
          isAttendee: !!id && opened.attendees.some((a) => a.id === id),
          mayCancel: mayCancel(await actorOf(store, opened, id)),
        };
      }),

    /** Why someone declined, given after the fact: the answer and its ledger line get the reason. */
    declineReason: (input: {
      conferenceId: string;
      professionalId: string;
      reason: DeclineReason;
      now: Date;
    }): Promise<Refusal | { kind: 'saved' } | { kind: 'not-declined' }> =>
      deps.work.run(async ({ store }) => {
        const conference = await store.lock(input.conferenceId, input.now);
        if (!conference) return { kind: 'not-found' };
        const person = conference.attendees.find((a) => a.id === input.professionalId);
        if (!person) return { kind: 'not-invited' };
        if (person.rsvp !== 'declined') return { kind: 'not-declined' };
        await store.setDeclineReason(input);
        return { kind: 'saved' };
      }),

    /** Written input from an attendee who cannot come, attached to the agenda. */
    writtenInput: (input: {
      conferenceId: string;
      professionalId: string;
      text: string;
      now: Date;
      channel: AccessChannel;
    }): Promise<WrittenInputResult> =>
      deps.work.run(async (ports) => {
        const { store } = ports;
        const opened = await open(store, input.conferenceId, input.now);
        if ('kind' in opened) return opened;
        const conference = opened;
        if (!conference.attendees.some((a) => a.id === input.professionalId)) return { kind: 'not-invited' };
        await store.saveWrittenInput({
          conferenceId: conference.id,
          professionalId: input.professionalId,
          text: input.text,
        });
        await store.recordEvent({
          conferenceId: conference.id,
          kind: 'written_input',
          actorId: input.professionalId,
          professionalId: input.professionalId,
          leadMinutes: leadMinutes(conference.startsAt, input.now),
          at: input.now,
        });
        await logChange(
          ports,
          conference,
          { professionalId: input.professionalId, channel: input.channel },
          input.now,
          {
            writtenInput: true,
          },
        );
        return { kind: 'saved', conference: facts(conference) };
      }),
  };
}

export type ConferenceProtection = ReturnType<typeof protectConference>;
export type { NoticeKind };

/** Free team members of the discipline for the conference's time, in the policy's order, with names and keys. */
async function freeDeputies(
  store: ProtectionStore,
  conference: GuardedConference,
  absent: GuardedConference['attendees'][number],
  discipline: string,
  timeZone: string,
): Promise<(PersonRef & { key: string; kind: DeputyKind })[]> {
  const start = Math.floor(conference.startsAt.getTime() / 60_000);
  const end = Math.ceil(conference.endsAt.getTime() / 60_000);
  const candidates = await store.candidates(conference.teamId, {
    from: new Date(conference.startsAt.getTime() - 86_400_000),
    to: new Date(conference.endsAt.getTime() + 86_400_000),
  });
  const registered = await store.registeredDeputy(absent.id, conference.startsAt);
  const consented = conference.households
    .map((h) => new Set(h.consentedOrganisations))
    .reduce<Set<string> | null>((all, set) => {
      if (!all) return set;
      for (const organisation of all) if (!set.has(organisation)) all.delete(organisation);
      return all;
    }, null);
  const holidays = holidaysAround(conference.startsAt, timeZone);
  // Free for the whole conference: the slot search itself, asked about this one start.
  const freeAt = (c: PlanningCandidate) =>
    findSlots({
      from: start,
      horizonWorkingDays: 1,
      durationMinutes: end - start,
      timeZone,
      holidays,
      required: [{ id: c.id, contract: c.contract, busy: c.busy }],
      limit: 1,
    })[0]?.start === start;
  const ordered = deputiesInOrder(
    candidates.map((c) => ({
      id: c.id,
      organisationId: c.organisationId,
      disciplines: c.disciplines,
      free: freeAt(c),
    })),
    {
      discipline,
      registeredDeputyId: registered,
      decliningOrganisationId: absent.organisationId,
      consentedOrganisations: consented ?? new Set(),
      attendeeIds: new Set(conference.attendees.map((a) => a.id)),
    },
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return ordered.map((d) => ({
    id: d.id,
    kind: d.kind,
    name: byId.get(d.id)?.name ?? d.id,
    key: byId.get(d.id)?.key ?? d.id,
  }));
}

/** Dutch public holidays around the local day of `at` (the year before, of and after it). */
function holidaysAround(at: Date, timeZone: string): Set<string> {
  return dutchHolidaysAround(localDateOf(Math.floor(at.getTime() / 60_000), timeZone));
}

/** The earliest later slot in which every required attendee (deputies included) can come, within the maximum delay. */
async function laterSlot(
  store: ProtectionStore,
  conference: GuardedConference,
  settings: Awaited<ReturnType<ProtectionStore['settings']>>,
  timeZone: string,
): Promise<{ kind: 'slot'; start: Date; end: Date } | { kind: 'none'; latest: Date }> {
  const duration = Math.round((conference.endsAt.getTime() - conference.startsAt.getTime()) / 60_000);
  const plannedDay = localDateOf(Math.floor(conference.plannedStartsAt.getTime() / 60_000), timeZone);
  const holidays = holidaysAround(conference.plannedStartsAt, timeZone);
  const works = officeWorkdays(holidays);
  // The last day allowed: maxDelay working days after the planned day.
  const lastDay = shiftWorkdays(plannedDay, settings.protection.maxDelayWorkingDays, works) ?? plannedDay;
  const latest = new Date(localDayStart(addDays(lastDay, 1), timeZone) * 60_000);
  // From the next day on: whoever could not come that day (ill, a crisis elsewhere) cannot come later that day either.
  const startDay = localDateOf(Math.floor(conference.startsAt.getTime() / 60_000), timeZone);
  const from = localDayStart(addDays(startDay, 1), timeZone);
  const horizon = workdaysAfter(startDay, lastDay, works);
  if (horizon === 0) return { kind: 'none', latest };
  const candidates = await store.candidates(conference.teamId, { from: conference.startsAt, to: latest });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const ownStart = Math.floor(conference.startsAt.getTime() / 60_000);
  const ownEnd = Math.ceil(conference.endsAt.getTime() / 60_000);
  const required = conference.attendees
    .filter(
      (a) =>
        a.role === 'required' &&
        !(a.rsvp === 'declined' && a.deputyForId === null && isStoodInFor(conference, a.id)),
    )
    .map((a) => {
      const c = byId.get(a.id);
      return {
        id: a.id,
        contract: c?.contract ?? [],
        // This conference itself no longer makes them busy.
        busy: (c?.busy ?? []).filter(([s, e]) => !(s === ownStart && e === ownEnd)),
      };
    });
  const slots = findSlots({
    from,
    horizonWorkingDays: horizon,
    durationMinutes: duration,
    timeZone,
    holidays,
    required,
    limit: 1,
  });
  const first = slots[0];
  if (!first || first.start * 60_000 >= latest.getTime()) return { kind: 'none', latest };
  return { kind: 'slot', start: new Date(first.start * 60_000), end: new Date(first.end * 60_000) };
}

/** Someone a deputy stands in for is not needed at the new time. */
function isStoodInFor(conference: GuardedConference, id: string): boolean {
  return conference.attendees.some((a) => a.deputyForId === id);
}

/** Working days after the local day of `from` up to the local day of `to` (Monday to Friday, not public holidays). */
export function workingDaysBetween(from: Date, to: Date, timeZone: string): number {
  const day = (at: Date) => localDateOf(Math.floor(at.getTime() / 60_000), timeZone);
  return workdaysAfter(day(from), day(to), officeWorkdays(holidaysAround(from, timeZone)));
}
