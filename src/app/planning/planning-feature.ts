import { commandWord } from '../../domain/commands.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Locale } from '../../domain/locale.ts';
import { createView, header, text, type View } from '../../views/view-model.ts';
import type { DoorAnswer, GrantedHousehold, HouseholdDoor } from '../access/household-door.ts';
import { accessText } from '../access/i18n/access-text.ts';
import type { Feature, UseCaseContext } from '../feature.ts';
import type {
  BookingStore,
  ConferenceLocation,
  PlanningHousehold,
  PlanningStore,
  PublishedBusyReader,
} from '../ports/planning-store.ts';
import { bookConference, upcomingConferences } from './book-conference.ts';
import { translatePlanning as t } from './i18n/translate.ts';
import { messageView, proposalView, slotLabel } from './proposal-view.ts';
import { type ConferenceProposal, type Guests, planConference } from './propose-conference.ts';
import { closedPlanView, scheduledView, secondChoiceView } from './scheduled-views.ts';

export interface PlanningFeatureDeps {
  store: PlanningStore;
  /** Decides and logs who may see the proposal and book (src/app/access/household-door.ts). */
  door: HouseholdDoor;
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
      'plan.propose': async ({ householdId, location, guests, another, moves }, context) => {
        const answer = await deps.door.byId(context, householdId, { kind: 'proposal' });
        const found = await planningHousehold(deps, answer, context);
        if ('view' in found) return found.view;
        return showProposal(deps, found, location ?? 'office', context, { guests, another, moves });
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
  // Within the actor's teams only, and the details only for the case team: the door decides and logs.
  const answers = await deps.door.byReference(context, reference, { kind: 'proposal' });
  const found = await planningHousehold(
    deps,
    answers.find((answer) => answer.granted) ?? answers[0]!,
    context,
  );
  if ('view' in found) return found.view;
  return showProposal(deps, found, location, context);
}

interface Intent {
  notice?: string;
  computed?: ConferenceProposal;
  guests?: Guests | undefined;
  /** The person chose a second conference while one is still to come. */
  another?: boolean | undefined;
  /** The scheduled conference being moved. */
  moves?: string | undefined;
}

/**
 * What `plan` shows: a closed plan (with Reopen), a conference still to come (with Move, Details and a
 * deliberate second one), or the proposal, marked as a move or a chosen second conference.
 */
async function showProposal(
  deps: PlanningFeatureDeps,
  found: { household: PlanningHousehold; granted: GrantedHousehold },
  location: ConferenceLocation,
  context: UseCaseContext,
  intent: Intent = {},
): Promise<View> {
  const { household, granted } = found;
  const { notice, computed, guests } = intent;
  const { locale, timeZone } = context;
  if (!context.privateConversation) return privateOnly(household.reference, locale, notice);
  if (household.planClosedAt)
    return closedPlanView(household, household.planClosedAt, {
      locale,
      timeZone,
      mayReopen: granted.decision.may('close-plan'),
    });
  const upcoming = upcomingConferences(household, context.now);
  const moving = intent.moves === undefined ? undefined : upcoming.find((c) => c.id === intent.moves);
  let shownNotice = notice;
  if (intent.moves !== undefined && !moving)
    shownNotice = [notice, t(locale, 'move.gone')].filter(Boolean).join(' ');
  if (upcoming.length > 0 && !moving && !intent.another)
    return scheduledView(household, upcoming, {
      locale,
      timeZone,
      ...(shownNotice ? { notice: shownNotice } : {}),
    });
  const proposal = computed ?? (await propose(deps, household, location, context, guests, moving?.id));
  const names = await deps.store.disciplineNames();
  const mode = moving
    ? { moves: moving }
    : upcoming[0]
      ? { another: upcoming[upcoming.length - 1]! }
      : undefined;
  return proposalView(proposal, {
    locale,
    timeZone,
    names,
    ...(shownNotice ? { notice: shownNotice } : {}),
    ...(mode ? { mode } : {}),
  });
}

async function propose(
  deps: PlanningFeatureDeps,
  household: PlanningHousehold,
  location: ConferenceLocation,
  context: UseCaseContext,
  guests: Guests | undefined,
  moving: string | undefined,
): Promise<ConferenceProposal> {
  const settings = await deps.store.settings(household.teamId);
  const { proposal } = await planConference({
    household,
    store: deps.store,
    settings,
    now: context.now,
    timeZone: context.timeZone,
    location,
    ...(moving ? { moving } : {}),
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
 * The household the door let through, with what planning needs of it; or the refusal. A team member outside
 * the case team gets the reference and the coordinator to ask; anyone outside the team the same answer as
 * for a household (or a forged button's id) that does not exist.
 */
async function planningHousehold(
  deps: PlanningFeatureDeps,
  answer: DoorAnswer,
  context: UseCaseContext,
): Promise<{ household: PlanningHousehold; granted: GrantedHousehold } | { view: View }> {
  if (!answer.granted) {
    if (answer.refusal === 'shared-conversation' && answer.household)
      return { view: privateOnly(answer.household.reference, context.locale) };
    if (answer.refusal === 'not-allowed' && answer.household) {
      const { reference, coordinator } = answer.household;
      return {
        view: messageView(
          t(context.locale, 'book.not-allowed', { reference, name: coordinator?.name ?? '—' }),
        ),
      };
    }
    return { view: messageView(answer.message) };
  }
  const household = await deps.store.householdById(answer.household.id);
  // Removed between the door and this read: as gone as it now is.
  if (!household) return { view: messageView(accessText(context.locale, 'not-found-button')) };
  return { household, granted: answer.household };
}

async function pickSlot(
  deps: PlanningFeatureDeps,
  payload: {
    householdId: string;
    start: number;
    location: ConferenceLocation;
    guests?: Guests | undefined;
    another?: boolean | undefined;
    moves?: string | undefined;
  },
  context: UseCaseContext,
): Promise<View> {
  const { locale, timeZone } = context;
  const answer = await deps.door.byId(context, payload.householdId, { kind: 'conference', deed: 'book' });
  const found = await planningHousehold(deps, answer, context);
  if ('view' in found) return found.view;
  const { household } = found;
  // Granted a deed, the door has placed the person: the organiser is who pressed.
  const organizerId = context.actor.professionalId!;
  const outcome = await bookConference({
    household,
    store: deps.store,
    booking: deps.booking,
    ...(deps.readPublishedBusy ? { readPublishedBusy: deps.readPublishedBusy } : {}),
    start: payload.start,
    location: payload.location,
    ...(payload.guests ? { guests: payload.guests } : {}),
    ...(payload.another ? { another: true } : {}),
    ...(payload.moves ? { moves: payload.moves } : {}),
    organizerId,
    now: context.now,
    timeZone,
    channel: context.actor.channel,
    requestKey: context.requestKey,
  });
  const when = (c: { start: number; end: number }) => slotLabel(c.start, c.end, locale, timeZone);
  switch (outcome.status) {
    case 'already-planned':
      return messageView(
        t(locale, 'book.already-planned', { reference: household.reference, when: when(outcome.conference) }),
      );
    case 'taken':
      return showProposal(deps, found, payload.location, context, {
        notice: t(locale, 'book.taken'),
        computed: outcome.proposal,
        guests: payload.guests,
        another: payload.another,
        moves: payload.moves,
      });
    case 'plan-closed':
      return closedPlanView(household, outcome.closedAt, {
        locale,
        timeZone,
        mayReopen: found.granted.decision.may('close-plan'),
      });
    case 'needs-choice': {
      const settings = await deps.store.settings(household.teamId);
      return secondChoiceView(household, outcome.upcoming, payload, {
        locale,
        timeZone,
        durationMinutes: settings.conferenceMinutes,
      });
    }
    case 'move-gone': {
      const fresh = (await deps.store.householdById(household.id)) ?? household;
      return showProposal(deps, { ...found, household: fresh }, payload.location, context, {
        notice: t(locale, 'move.gone'),
      });
    }
    case 'moved': {
      const title = t(locale, 'book.moved-title');
      const message = t(locale, 'book.moved', {
        reference: household.reference,
        old: when(outcome.from),
        when: when(outcome.conference),
        location: t(locale, `location.${outcome.conference.location}`),
        count: outcome.attendees.length,
      });
      return createView(`${title}. ${message}`, [header(title), text(message)]);
    }
    case 'booked': {
      const title = t(locale, 'book.confirmed-title');
      const message = t(locale, 'book.confirmed', {
        reference: household.reference,
        when: when(outcome.conference),
        location: t(locale, `location.${outcome.conference.location}`),
        count: outcome.attendees.length,
      });
      return createView(`${title}. ${message}`, [header(title), text(message)]);
    }
  }
}
