import { commandWord } from '../../domain/commands.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Locale } from '../../domain/locale.ts';
import { createView, header, text, type View } from '../../views/view-model.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import type {
  BookingStore,
  ConferenceLocation,
  PlanningHousehold,
  PlanningStore,
  PublishedBusyReader,
} from '../ports/planning-store.ts';
import { earliestStart } from '../settings/team-settings.ts';
import { bookConference, mayBook } from './book-conference.ts';
import { translatePlanning as t } from './i18n/translate.ts';
import { messageView, proposalView, slotLabel } from './proposal-view.ts';
import { type ConferenceProposal, type Guests, planConference } from './propose-conference.ts';

export interface PlanningFeatureDeps {
  store: PlanningStore;
  booking: BookingStore;
  /** readPublishedBusy of src/infra/calendar/published-busy.ts; without it published calendars are not read. */
  readPublishedBusy?: PublishedBusyReader;
}

/** The place words after `plan <ref>`, in both languages. */
const LOCATION_WORDS: Readonly<Record<string, ConferenceLocation>> = {
  thuis: 'home',
  home: 'home',
  kantoor: 'office',
  office: 'office',
  online: 'online',
};

/**
 * Planning in chat: `plan <ref> [thuis|kantoor|online]` shows the proposal (privately only: which
 * disciplines are needed is care data), `plan.propose` shows it again for another place, and `plan.pick-slot`
 * books the conference and queues the invitations.
 */
export function planningFeature(deps: PlanningFeatureDeps): Feature {
  return {
    commands: { plan: (args, context) => planCommand(deps, args, context) },
    actions: {
      'plan.propose': async ({ householdId, location, guests }, context) => {
        const found = await memberHousehold(deps, householdId, context);
        if ('view' in found) return found.view;
        return showProposal(deps, found.household, location ?? 'office', context, { guests });
      },
      'plan.pick-slot': (payload, context) => pickSlot(deps, payload, context),
    },
  };
}

async function planCommand(
  deps: PlanningFeatureDeps,
  args: readonly string[],
  context: UseCaseContext,
): Promise<View> {
  const { locale } = context;
  const word = commandWord('plan', locale);
  const reference = args[0];
  if (reference === undefined) {
    throw new DomainError('missing-argument', { command: word, example: `${word} HH-2041` });
  }
  let location: ConferenceLocation = 'office';
  if (args[1] !== undefined) {
    const place = LOCATION_WORDS[args[1].toLowerCase()];
    if (!place) {
      return messageView(
        t(locale, 'unknown-location', { word: args[1], options: t(locale, 'location-words') }),
      );
    }
    location = place;
  }
  const actorId = context.actor.professionalId;
  if (!actorId) return messageView(t(locale, 'not-linked'));
  const teamIds = await deps.store.teamIdsOf(actorId);
  // Within the actor's teams only: someone outside the team learns nothing, not even that it exists.
  const household = (await deps.store.findHouseholds(reference))
    .filter((h) => teamIds.includes(h.teamId))
    .sort((a, b) => (a.teamId < b.teamId ? -1 : 1))[0];
  if (!household) throw new DomainError('unknown-household', { reference });
  return showProposal(deps, household, location, context);
}

async function showProposal(
  deps: PlanningFeatureDeps,
  household: PlanningHousehold,
  location: ConferenceLocation,
  context: UseCaseContext,
  options: { notice?: string; computed?: ConferenceProposal; guests?: Guests | undefined } = {},
): Promise<View> {
  const { notice, computed, guests } = options;
  const { locale } = context;
  if (!context.privateConversation) return privateOnly(household.reference, locale, notice);
  const proposal = computed ?? (await propose(deps, household, location, context, guests));
  const names = await deps.store.disciplineNames();
  return proposalView(proposal, { locale, timeZone: context.timeZone, names, ...(notice ? { notice } : {}) });
}

async function propose(
  deps: PlanningFeatureDeps,
  household: PlanningHousehold,
  location: ConferenceLocation,
  context: UseCaseContext,
  guests: Guests | undefined,
): Promise<ConferenceProposal> {
  const settings = await deps.store.settings(household.teamId);
  const { proposal } = await planConference({
    household,
    store: deps.store,
    settings,
    from: earliestStart(context.now, settings),
    timeZone: context.timeZone,
    location,
    ...(guests ? { guests } : {}),
    ...(deps.readPublishedBusy ? { readPublishedBusy: deps.readPublishedBusy } : {}),
  });
  return proposal;
}

/** In a shared conversation the household appears by reference only: no needs, no names. */
function privateOnly(reference: string, locale: Locale, notice?: string): View {
  const message = t(locale, 'shared.private-only', { reference, command: commandWord('plan', locale) });
  return notice ? createView(`${notice} ${message}`, [text(notice), text(message)]) : messageView(message);
}

/**
 * The household of a button, when the actor is a member of its team. Buttons can be forged: for anyone
 * outside the team, a household id answers exactly like an id that does not exist ("this button no longer
 * works"), so an id never turns into a reference, nor tells that the household exists.
 */
async function memberHousehold(
  deps: PlanningFeatureDeps,
  householdId: string,
  context: UseCaseContext,
): Promise<{ household: PlanningHousehold; teamIds: string[]; actorId: string } | { view: View }> {
  const actorId = context.actor.professionalId;
  if (!actorId) return { view: messageView(t(context.locale, 'not-linked')) };
  const household = await deps.store.householdById(householdId);
  const teamIds = await deps.store.teamIdsOf(actorId);
  if (!household || !teamIds.includes(household.teamId)) throw new DomainError('invalid-action-payload', {});
  return { household, teamIds, actorId };
}

async function pickSlot(
  deps: PlanningFeatureDeps,
  payload: { householdId: string; start: number; location: ConferenceLocation; guests?: Guests | undefined },
  context: UseCaseContext,
): Promise<View> {
  const { locale, timeZone } = context;
  const found = await memberHousehold(deps, payload.householdId, context);
  if ('view' in found) return found.view;
  const { household, teamIds, actorId } = found;
  if (!mayBook(household, actorId, teamIds)) {
    const people = await deps.store.candidates(household.teamId, { from: context.now, to: context.now });
    const name = people.find((p) => p.id === household.coordinatorId)?.name ?? '—';
    return messageView(t(locale, 'book.not-allowed', { reference: household.reference, name }));
  }
  const outcome = await bookConference({
    household,
    store: deps.store,
    booking: deps.booking,
    ...(deps.readPublishedBusy ? { readPublishedBusy: deps.readPublishedBusy } : {}),
    start: payload.start,
    location: payload.location,
    ...(payload.guests ? { guests: payload.guests } : {}),
    organizerId: actorId,
    now: context.now,
    timeZone,
  });
  switch (outcome.status) {
    case 'already-planned':
      return messageView(
        t(locale, 'book.already-planned', {
          reference: household.reference,
          when: slotLabel(outcome.conference.start, outcome.conference.end, locale, timeZone),
        }),
      );
    case 'taken':
      return showProposal(deps, household, payload.location, context, {
        notice: t(locale, 'book.taken'),
        computed: outcome.proposal,
      });
    case 'booked': {
      const title = t(locale, 'book.confirmed-title');
      const message = t(locale, 'book.confirmed', {
        reference: household.reference,
        when: slotLabel(outcome.conference.start, outcome.conference.end, locale, timeZone),
        location: t(locale, `location.${outcome.conference.location}`),
        count: outcome.attendees.length,
      });
      return createView(`${title}. ${message}`, [header(title), text(message)]);
    }
  }
}
