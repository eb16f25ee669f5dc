import { addDays } from '../../domain/slots/zone-offsets.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { type Block, createView, header, type View } from '../../views/view-model.ts';
import type { DoorAnswer, HouseholdDoor } from '../access/household-door.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { formatDay, localDate } from '../format-when.ts';
import type { PeopleDirectory } from '../people/people-directory.ts';
import { personProblemText, resolvePerson } from '../people/resolve-person.ts';
import type { ActionBook, ActionProblem, LocatedActionProblem, RecordedMinutes } from './action-book.ts';
import { readActionLine } from './action-line.ts';
import { actionProblemText } from './action-problems.ts';
import type { ActionChange, ActionView } from './action-types.ts';
import {
  absenceBlocks,
  absenceRecordedView,
  absencesView,
  actionListBlocks,
  actionView,
  BLOCK_FIELD,
  BLOCK_FORM,
  blockFormView,
  bundleAnswerView,
  decisionView,
  householdActionBlocks,
  messageView,
  myActionsView,
  problemsView,
  REASSIGN_FIELD,
  REASSIGN_FORM,
  reassignFormView,
  sharedCountView,
  sharedRecordedView,
} from './action-views.ts';
import { countsText, featureText as t } from './i18n/feature-text.ts';
import { MINUTES_FORM, type MinutesSetup, minutesFormView, readMinutesForm } from './minutes-form.ts';
import type { MinutesConference, MinutesStore } from './minutes-store.ts';
import { readPeriod } from './read-period.ts';

export interface ActionsFeatureDeps {
  /** The use cases (src/app/actions/action-book.ts): every record and change goes through it. */
  book: ActionBook;
  /** To learn a household's team before resolving an owner within it. */
  door: HouseholdDoor;
  /** Who can be named (`@sanne`) and the members a reassigned action can go to. */
  people: PeopleDirectory;
  /** Conferences for `verslag` / `minutes`, the team's channels, a person's teams. */
  minutes: MinutesStore;
}

/** `verslag` looks back this many days for the person's latest conference. */
export const MINUTES_LOOKBACK_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Decisions, actions, minutes and absences from chat, on every channel:
 * `actie HH-2041 @sanne vrijdag …`, `besluit HH-2041 …`, `verslag`, `acties`, `afwezig 21-12 tot 3-1 @sanne`,
 * and the Done / Snooze / Blocked… / Reassign… / No longer stuck buttons with their forms. Every record and change
 * is the ActionBook's (which asks the household door); this feature parses, resolves people and words the answer.
 * A shared conversation sees only "HH-2041: 1 action recorded."; the details go privately to the case team.
 */
export function actionsFeature(deps: ActionsFeatureDeps): Feature {
  const { book, door, people, minutes } = deps;
  const today = (context: UseCaseContext) => localDate(context.now, context.timeZone);
  const problemText = (problem: ActionProblem, context: UseCaseContext) =>
    actionProblemText(problem, context.locale, context.timeZone);
  const problemAnswer = (problems: readonly ActionProblem[], context: UseCaseContext): View => {
    const first = problems[0];
    if (problems.length === 1 && first?.code === 'refused') return first.view;
    return problemsView(problems.map((problem) => problemText(problem, context)));
  };
  const unknownPerson = (context: UseCaseContext) => messageView(t(context.locale, 'unknown-person'));

  /** The household's team (for resolving the owner), or the door's refusal. */
  async function teamOf(reference: string, context: UseCaseContext): Promise<string | View> {
    const answers = await door.byReference(context, reference, { kind: 'actions', deed: 'record' });
    const usable = answers.find(
      (answer) => answer.granted || (answer.refusal === 'shared-conversation' && answer.household),
    );
    if (usable) return householdOf(usable)!.teamId;
    const refused = answers.find(
      (answer): answer is Extract<DoorAnswer, { granted: false }> => !answer.granted,
    );
    return messageView(refused?.message ?? t(context.locale, 'usage.action'));
  }

  async function nameOf(professionalId: string): Promise<string> {
    return (await people.byId(professionalId))?.name ?? '';
  }

  // --- actie / action ---------------------------------------------------------------------------------------

  async function recordAction(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const [reference, ...rest] = args;
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    if (reference === undefined || rest.length < 3) return messageView(t(locale, 'usage.action'));
    const line = readActionLine(rest.join(' '), { locale, today: today(context) });
    if (!line.ok)
      return line.problem === 'incomplete'
        ? messageView(t(locale, 'usage.action'))
        : messageView(line.message);
    const team = await teamOf(reference, context);
    if (typeof team !== 'string') return team;
    const owner = await resolvePerson(line.ownerWord, team, { people, mentions: context.mentions });
    if (!owner.ok) return messageView(personProblemText(owner, locale));
    const recorder = await nameOf(me);
    const outcome = await book.recordAction(
      { reference, ownerId: owner.person.id, due: line.due, description: line.description },
      context,
      async (recorded, outbox) => {
        for (const professionalId of recorded.caseTeamIds) {
          // The requester reads the answer itself when it is private.
          if (professionalId === me && context.privateConversation) continue;
          await outbox.toPerson({
            professionalId,
            view: actionView(recorded.action, {
              locale,
              today: today(context),
              viewerId: professionalId,
              notice: t(locale, 'action.announce', {
                name: recorder,
                reference: recorded.action.householdReference,
              }),
              ...(recorded.moved ? { moved: recorded.moved } : {}),
            }),
            idempotencyKey: `action-recorded:${recorded.action.id}:${professionalId}`,
          });
        }
      },
    );
    if (!outcome.ok) return problemAnswer(outcome.problems, context);
    const { action } = outcome;
    if (!context.privateConversation)
      return sharedRecordedView(action.householdReference, { decisions: 0, actions: 1 }, locale);
    const notice = outcome.alreadyRecorded
      ? t(locale, 'action.already-recorded')
      : t(locale, 'action.recorded', {
          reference: action.householdReference,
          owner: action.owner.name,
          dueOn: formatDueDay(action.dueOn, locale),
        });
    return actionView(action, {
      locale,
      today: today(context),
      viewerId: me,
      notice,
      ...(outcome.moved ? { moved: outcome.moved } : {}),
    });
  }

  // --- besluit / decision -----------------------------------------------------------------------------------

  async function recordDecision(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const [reference, ...rest] = args;
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    if (reference === undefined || rest.length === 0) return messageView(t(locale, 'usage.decision'));
    const recorder = await nameOf(me);
    const outcome = await book.recordDecision(
      { reference, text: rest.join(' ') },
      context,
      async ({ decision, caseTeamIds }, outbox) => {
        for (const professionalId of caseTeamIds) {
          if (professionalId === me && context.privateConversation) continue;
          const notice = t(locale, 'decision.announce', {
            name: recorder,
            reference: decision.householdReference,
          });
          await outbox.toPerson({
            professionalId,
            view: decisionView(decision, locale, notice),
            idempotencyKey: `decision-recorded:${decision.id}:${professionalId}`,
          });
        }
      },
    );
    if (!outcome.ok) return problemAnswer(outcome.problems, context);
    const { decision } = outcome;
    if (!context.privateConversation)
      return sharedRecordedView(decision.householdReference, { decisions: 1, actions: 0 }, locale);
    return decisionView(
      decision,
      locale,
      t(locale, 'decision.recorded', { reference: decision.householdReference }),
    );
  }

  // --- acties / actions -------------------------------------------------------------------------------------

  async function listMine(context: UseCaseContext): Promise<View> {
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    const actions = await book.myActions(me, today(context));
    return myActionsView(actions, {
      locale: context.locale,
      today: today(context),
      viewerId: me,
      shared: !context.privateConversation,
    });
  }

  /** App Home: the same list with buttons, and the person's coming absences. */
  async function home(context: UseCaseContext): Promise<{ summary: string; blocks: Block[] }> {
    const { locale } = context;
    const me = context.actor.professionalId;
    if (!me) return { summary: '', blocks: [] };
    const [actions, absences] = await Promise.all([
      book.myActions(me, today(context)),
      book.absencesOf(me, today(context)),
    ]);
    const title = t(locale, 'mine.title');
    const blocks: Block[] = [header(title)];
    if (actions.length === 0)
      blocks.push(...myActionsView([], { locale, today: today(context) }).blocks.slice(1));
    else blocks.push(...actionListBlocks(actions, { locale, today: today(context), viewerId: me }));
    blocks.push(...absenceBlocks(absences, locale, t(locale, 'home.absences')));
    const summary =
      actions.length === 0 ? t(locale, 'mine.none') : t(locale, 'mine.count', { count: actions.length });
    return { summary, blocks };
  }

  // --- afwezig / away ---------------------------------------------------------------------------------------

  async function away(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    if (args.length === 0) return absencesView(await book.absencesOf(me, today(context)), locale);
    const period = readPeriod(args.join(' '), { locale, today: today(context) });
    if (!period.ok) return messageView(period.message ?? t(locale, 'usage.away'));
    let deputyId: string | undefined;
    if (period.deputyWord !== undefined) {
      const deputy = await findColleague(period.deputyWord, me, context);
      if (!deputy.ok) return messageView(deputy.message);
      deputyId = deputy.id;
    }
    const outcome = await book.recordAbsence(
      { personId: me, from: period.from, to: period.to, ...(deputyId ? { deputyId } : {}) },
      context,
    );
    if (!outcome.ok) return problemAnswer(outcome.problems, context);
    return absenceRecordedView(outcome.absence, locale);
  }

  /** A colleague named in one of the person's teams (the first team that knows the name). */
  async function findColleague(
    word: string,
    me: string,
    context: UseCaseContext,
  ): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
    const teamIds = await minutes.teamIdsOf(me);
    let firstProblem: string | undefined;
    for (const teamId of teamIds) {
      const match = await resolvePerson(word, teamId, { people, mentions: context.mentions });
      if (match.ok) return { ok: true, id: match.person.id };
      firstProblem ??= personProblemText(match, context.locale);
    }
    return { ok: false, message: firstProblem ?? t(context.locale, 'unknown-person') };
  }

  // --- verslag / minutes ------------------------------------------------------------------------------------

  async function openMinutes(args: readonly string[], context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    if (!context.privateConversation) return messageView(t(locale, 'private-only'));
    if (args.length > 1) return messageView(t(locale, 'usage.minutes'));
    const [which] = args;
    let conference: MinutesConference | undefined;
    const window = {
      from: new Date(context.now.getTime() - (MINUTES_LOOKBACK_DAYS + 1) * DAY_MS),
      until: new Date(context.now.getTime() + DAY_MS),
    };
    if (which === undefined) {
      conference = await minutes.latestConference({ professionalId: me, ...window });
    } else if (UUID.test(which)) {
      conference = await minutes.conference(which);
      if (conference && !(await mayTakeMinutes(conference, context))) conference = undefined;
    } else {
      const answers = await door.byReference(context, which, { kind: 'actions', deed: 'record' });
      const granted = answers.flatMap((answer) => (answer.granted ? [answer.household.id] : []));
      if (granted.length === 0) {
        const refused = answers.find(
          (answer): answer is Extract<DoorAnswer, { granted: false }> => !answer.granted,
        );
        return messageView(refused?.message ?? t(locale, 'minutes.none'));
      }
      conference = await minutes.latestConference({ professionalId: me, ...window, householdIds: granted });
    }
    if (!conference) return messageView(t(locale, 'minutes.none'));
    return minutesFormView(minutesSetup(conference, context));
  }

  function minutesSetup(conference: MinutesConference, context: UseCaseContext): MinutesSetup {
    return { conference, locale: context.locale, timeZone: context.timeZone, today: today(context) };
  }

  /** An attendee, or someone who may record for one of its households. */
  async function mayTakeMinutes(conference: MinutesConference, context: UseCaseContext): Promise<boolean> {
    const me = context.actor.professionalId;
    if (conference.attendees.some((attendee) => attendee.id === me)) return true;
    for (const household of conference.households) {
      const answer = await door.byId(context, household.id, { kind: 'actions', deed: 'record' });
      if (answer.granted) return true;
    }
    return false;
  }

  async function submitMinutes(values: FormValues, subject: string, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    if (!context.privateConversation) return messageView(t(locale, 'private-only'));
    const conference = await minutes.conference(subject);
    if (!conference || !(await mayTakeMinutes(conference, context)))
      return messageView(actionProblemText({ code: 'unknown-conference' }, locale, context.timeZone));
    const setup = minutesSetup(conference, context);
    const read = await readMinutesForm(setup, values, async (word) => {
      const match = await resolvePerson(word, conference.teamId, { people });
      return match.ok
        ? { ok: true, id: match.person.id }
        : { ok: false, message: personProblemText(match, locale) };
    });
    if (!read.ok) return minutesFormView(setup, values, read.problems);
    const channels = await minutes.teamChannels(conference.teamId);
    const recorder = await nameOf(me);
    const outcome = await book.recordMinutes(read.minutes, context, async (recorded, outbox) => {
      await announceMinutes(recorded, outbox, { channels, recorder, context });
    });
    if (!outcome.ok)
      return minutesFormView(
        setup,
        values,
        outcome.problems.map((problem) => minutesProblemText(problem, read.lineNumbers, context)),
      );
    return minutesSummaryView(outcome.minutes, context);
  }

  function minutesProblemText(
    problem: LocatedActionProblem,
    lineNumbers: Map<string, number[]>,
    context: UseCaseContext,
  ): string {
    const text = problemText(problem, context);
    const line = problem.line;
    if (!line) return text;
    if (line.kind === 'action') {
      const number = lineNumbers.get(line.reference)?.[line.index] ?? line.index + 1;
      return t(context.locale, 'minutes.line', { reference: line.reference, line: number, problem: text });
    }
    if (line.kind === 'decision')
      return t(context.locale, 'minutes.decision-line', { reference: line.reference, problem: text });
    return t(context.locale, 'minutes.presence-problem', { problem: text });
  }

  async function announceMinutes(
    recorded: RecordedMinutes,
    outbox: Parameters<Parameters<ActionBook['recordMinutes']>[2] & {}>[1],
    options: {
      channels: { id: string; platform: 'slack' | 'teams' | 'tryout' }[];
      recorder: string;
      context: UseCaseContext;
    },
  ): Promise<void> {
    const { context } = options;
    const { locale } = context;
    const me = context.actor.professionalId;
    for (const household of recorded.households) {
      const counts = { decisions: household.decisions.length, actions: household.actions.length };
      if (counts.decisions + counts.actions === 0) continue;
      // A recording is named by its first decision or action: minutes taken again are announced again.
      const recordingId =
        household.decisions[0]?.id ?? household.actions[0]?.action.id ?? recorded.conferenceId;
      for (const professionalId of household.caseTeamIds) {
        if (professionalId === me) continue;
        await outbox.toPerson({
          professionalId,
          view: householdMinutesView(household, { locale, today: today(context), viewerId: professionalId }),
          idempotencyKey: `minutes:${recordingId}:${professionalId}`,
        });
      }
      for (const channel of options.channels) {
        await outbox.toConversation({
          platform: channel.platform,
          target: `channel:${channel.id}`,
          view: sharedCountView(household.reference, counts, locale),
          idempotencyKey: `minutes-count:${recordingId}:${channel.id}`,
        });
      }
    }
  }

  function minutesSummaryView(recorded: RecordedMinutes, context: UseCaseContext): View {
    const { locale } = context;
    const me = context.actor.professionalId;
    const intro = t(locale, 'minutes.recorded', {
      present: recorded.present.length,
      absent: recorded.absent.length,
    });
    const blocks: Block[] = [];
    for (const household of recorded.households)
      blocks.push(...householdMinutesView(household, { locale, today: today(context), viewerId: me }).blocks);
    return createView(
      [
        intro,
        ...recorded.households.map(
          (h) =>
            `${h.reference}: ${countsText(locale, { decisions: h.decisions.length, actions: h.actions.length })}`,
        ),
      ].join(' '),
      [messageView(intro).blocks[0]!, ...blocks],
    );
  }

  // --- buttons and their forms ------------------------------------------------------------------------------

  async function change(
    actionId: string,
    theChange: ActionChange,
    context: UseCaseContext,
    notice: (action: ActionView) => string,
    /** The other actions of the message pressed in (a bundled nudge): the answer shows those still open. */
    bundle: readonly string[] = [],
  ): Promise<View> {
    const me = context.actor.professionalId;
    if (!me) return unknownPerson(context);
    const outcome = await book.changeAction(actionId, theChange, context);
    if (bundle.length > 0) {
      const pressed = outcome.ok ? outcome.action : await shown(actionId, context);
      if (!isView(pressed)) {
        const said = outcome.ok
          ? notice(outcome.action)
          : outcome.problems.map((problem) => problemText(problem, context)).join(' ');
        return bundleAnswerView(said, pressed, await stillOpen(bundle, context), {
          locale: context.locale,
          today: today(context),
          viewerId: me,
          shared: !context.privateConversation,
        });
      }
    }
    if (!outcome.ok) return problemAnswer(outcome.problems, context);
    return actionView(outcome.action, {
      locale: context.locale,
      today: today(context),
      viewerId: me,
      shared: !context.privateConversation,
      notice: notice(outcome.action),
      ...(outcome.moved ? { moved: outcome.moved } : {}),
    });
  }

  /** Of these actions, the ones the person may see that are still open or blocked, in the given order. */
  async function stillOpen(ids: readonly string[], context: UseCaseContext): Promise<ActionView[]> {
    const found: ActionView[] = [];
    for (const id of ids) {
      const outcome = await book.showAction(id, context);
      if (outcome.ok && (outcome.action.status === 'open' || outcome.action.status === 'blocked'))
        found.push(outcome.action);
    }
    return found;
  }

  async function shown(actionId: string, context: UseCaseContext): Promise<ActionView | View> {
    if (!context.actor.professionalId) return unknownPerson(context);
    const outcome = await book.showAction(actionId, context);
    if (!outcome.ok) return problemAnswer(outcome.problems, context);
    return outcome.action;
  }

  async function blockForm(actionId: string, context: UseCaseContext): Promise<View> {
    const action = await shown(actionId, context);
    return isView(action) ? action : blockFormView(action, context.locale);
  }

  async function reassignForm(actionId: string, context: UseCaseContext): Promise<View> {
    const action = await shown(actionId, context);
    if (isView(action)) return action;
    return reassignFormView(action, await people.activeMembers(action.teamId), context.locale);
  }

  async function submitBlock(values: FormValues, actionId: string, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const reason = values[BLOCK_FIELD.reason]?.trim() ?? '';
    const blockedBy = values[BLOCK_FIELD.by]?.trim() || undefined;
    if (reason === '') {
      const action = await shown(actionId, context);
      if (isView(action)) return action;
      return blockFormView(action, locale, values, [
        t(locale, 'form.required', { field: t(locale, 'block.reason') }),
      ]);
    }
    return change(actionId, { kind: 'block', reason, ...(blockedBy ? { blockedBy } : {}) }, context, () =>
      t(locale, 'action.blocked'),
    );
  }

  async function submitReassign(
    values: FormValues,
    actionId: string,
    context: UseCaseContext,
  ): Promise<View> {
    const { locale } = context;
    const to = values[REASSIGN_FIELD.to]?.trim();
    const action = await shown(actionId, context);
    if (isView(action)) return action;
    const members = await people.activeMembers(action.teamId);
    const member = members.find((person) => person.id === to);
    if (!member)
      return reassignFormView(action, members, locale, [
        t(locale, to ? 'form.unknown-choice' : 'form.required', { field: t(locale, 'reassign.to') }),
      ]);
    return change(actionId, { kind: 'reassign', toProfessionalId: member.id }, context, () =>
      t(locale, 'action.reassigned', { name: member.name }),
    );
  }

  return {
    commands: {
      action: recordAction,
      decision: recordDecision,
      minutes: openMinutes,
      actions: (_args, context) => listMine(context),
      away,
    },
    actions: {
      [ActionIds.actionDone]: ({ actionItemId, bundle }, context) =>
        change(
          actionItemId,
          { kind: 'done' },
          context,
          () => t(context.locale, 'action.done-by-you'),
          bundle,
        ),
      [ActionIds.actionSnooze]: ({ actionItemId, days }, context) => {
        const until = addDays(today(context), days);
        return change(actionItemId, { kind: 'snooze', until }, context, () =>
          t(context.locale, 'action.snoozed', { date: formatDueDay(until, context.locale) }),
        );
      },
      [ActionIds.actionBlocked]: ({ actionItemId }, context) => blockForm(actionItemId, context),
      [ActionIds.actionUnblock]: ({ actionItemId }, context) =>
        change(actionItemId, { kind: 'unblock' }, context, () => t(context.locale, 'action.unblocked')),
      [ActionIds.actionReassign]: ({ actionItemId }, context) => reassignForm(actionItemId, context),
      // The minute-taker's button on the agenda (src/app/protection/agenda-views.ts).
      [ActionIds.conferenceMinutes]: ({ conferenceId }, context) => openMinutes([conferenceId], context),
    },
    forms: {
      [MINUTES_FORM]: submitMinutes,
      [BLOCK_FORM]: submitBlock,
      [REASSIGN_FORM]: submitReassign,
    },
    home,
  };
}

/**
 * The household view's part (case team, private conversation): the latest 5 decisions and the open actions with
 * their buttons. The household feature calls it after its door granted the details.
 */
export function householdActionsPart(book: ActionBook) {
  return async (
    householdId: string,
    options: { locale: UseCaseContext['locale']; today: string; viewerId?: string },
  ): Promise<Block[]> => {
    const part = await book.householdActions(householdId);
    const { locale } = options;
    return householdActionBlocks(part, options, {
      decisions: t(locale, 'household.decisions'),
      actions: t(locale, 'household.actions'),
      none: t(locale, 'household.none'),
    });
  };
}

function householdMinutesView(
  household: RecordedMinutes['households'][number],
  options: { locale: UseCaseContext['locale']; today: string; viewerId?: string },
): View {
  const { locale } = options;
  const title = t(locale, 'minutes.announce', { reference: household.reference });
  const blocks: Block[] = [header(title)];
  for (const decision of household.decisions) blocks.push(...decisionView(decision, locale).blocks.slice(1));
  blocks.push(
    ...actionListBlocks(
      household.actions.map((recorded) => recorded.action),
      { ...options, withOwner: true },
    ),
  );
  return createView(
    `${title}: ${countsText(locale, { decisions: household.decisions.length, actions: household.actions.length })}`,
    blocks,
  );
}

function householdOf(answer: DoorAnswer) {
  return answer.household;
}

function isView(value: ActionView | View): value is View {
  return 'blocks' in value;
}

function formatDueDay(date: string, locale: UseCaseContext['locale']): string {
  return formatDay(date, locale);
}
