import { dutchHolidaysAround } from '../../domain/actions/working-day.ts';
import { blockedWorkingDays } from '../../domain/actions/working-day-count.ts';
import { dayNumber } from '../../domain/slots/zone-offsets.ts';
import { createView, text } from '../../views/view-model.ts';
import type { DoorAnswer, GrantedHousehold, HouseholdDoor } from '../access/household-door.ts';
import { refusalView } from '../access/household-door.ts';
import { accessText } from '../access/i18n/access-text.ts';
import { localDate } from '../format-when.ts';
import type { AccessChannel, AccessKind } from '../ports/access-log.ts';
import type { ActionProblem, BookContext, ListedAction } from './action-book.ts';
import { MAX_ACTION_TEXT } from './action-problems.ts';
import type { NewActionEvent } from './action-store.ts';
import type { ActionView } from './action-types.ts';
import { MAX_DAYS_AHEAD } from './read-due-date.ts';

/**
 * What the actions' use cases share: who is asking (operator or professional), opening a household through the
 * door for a write, and the checks every line gets (texts, dates).
 */

/** The operator at the command line without --as: no professional, on behalf of 'operator', channel cli. */
export function isOperator(context: BookContext): boolean {
  return (
    context.actor.professionalId === undefined &&
    context.actor.onBehalfOf === 'operator' &&
    context.actor.channel === 'cli'
  );
}

export function todayOf(context: BookContext): string {
  return localDate(context.now, context.timeZone);
}

export function channelOf(context: BookContext): AccessChannel {
  return context.actor.channel ?? 'tryout';
}

/** Who did it, for an action's history. */
export function eventActor(context: BookContext): Pick<NewActionEvent, 'actorId' | 'onBehalfOf' | 'channel'> {
  return {
    actorId: context.actor.professionalId ?? null,
    onBehalfOf: context.actor.onBehalfOf ?? null,
    channel: channelOf(context),
  };
}

export function refusedProblem(answer: Extract<DoorAnswer, { granted: false }>): ActionProblem {
  return { code: 'refused', view: refusalView(answer), message: answer.message };
}

function notFoundProblem(context: BookContext, reference: string): ActionProblem {
  const message = accessText(context.locale, 'not-found', { reference });
  return { code: 'refused', view: createView(message, [text(message)]), message };
}

/**
 * A refusal the write may still go through: someone who may record, asking in a shared conversation (the
 * answer there shows only the reference), or the action's owner or co-owner (`owner`) outside the case team.
 */
function usable(answer: DoorAnswer, owner: boolean): GrantedHousehold | undefined {
  if (answer.granted) return answer.household;
  const household = answer.household;
  if (!household) return undefined;
  if (answer.refusal === 'shared-conversation' && household.decision.may('record')) return household;
  if (owner && answer.refusal !== 'not-found') return household;
  return undefined;
}

/** The household a write names by reference, through the door with deed 'record'; or why not. */
export async function householdByReference(
  door: HouseholdDoor,
  context: BookContext,
  reference: string,
  kind: AccessKind,
  teamId?: string,
): Promise<GrantedHousehold | ActionProblem> {
  const ask = { kind, deed: 'record' as const, ...(teamId ? { teamId } : {}) };
  if (isOperator(context)) {
    const found = await door.asOperator(reference, ask);
    if (found.length === 0) return notFoundProblem(context, reference);
    if (found.length > 1) return { code: 'ambiguous-household', reference };
    return found[0]!;
  }
  const answers = await door.byReference(context, reference, ask);
  const households = answers.flatMap((answer) => usable(answer, false) ?? []);
  if (households.length > 1) return { code: 'ambiguous-household', reference };
  if (households.length === 1) return households[0]!;
  const refusal = answers.find((answer) => !answer.granted);
  return refusal && !refusal.granted ? refusedProblem(refusal) : notFoundProblem(context, reference);
}

/**
 * The household of something already recorded (an action, a conference), through the door by id. `ownerIds`:
 * who may change it even outside the case team (the action's owner and co-owners).
 */
export async function householdById(
  door: HouseholdDoor,
  context: BookContext,
  household: { id: string; reference: string; teamId: string },
  kind: AccessKind,
  options: { deed?: 'record'; ownerIds?: readonly string[] } = {},
): Promise<GrantedHousehold | ActionProblem> {
  if (isOperator(context)) {
    const found = await door.asOperator(household.reference, {
      kind,
      teamId: household.teamId,
      ...(options.deed ? { deed: options.deed } : {}),
    });
    const match = found.find((h) => h.id === household.id);
    return match ?? notFoundProblem(context, household.reference);
  }
  const answer = await door.byId(context, household.id, {
    kind,
    ...(options.deed ? { deed: options.deed } : {}),
  });
  const owner =
    context.actor.professionalId !== undefined &&
    (options.ownerIds ?? []).includes(context.actor.professionalId);
  if (!options.deed) {
    // A read of details: the case team, or the owner, and only in a private conversation.
    if (answer.granted) return answer.household;
    if (owner && context.privateConversation && answer.household && answer.refusal !== 'not-found')
      return answer.household;
    return refusedProblem(answer);
  }
  const found = usable(answer, owner);
  if (found) return found;
  return answer.granted ? answer.household : refusedProblem(answer);
}

/** Told apart from a household, person or text: only a problem has a `code`. */
export function isProblem<T>(value: T | ActionProblem): value is ActionProblem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** An action's or decision's text: not empty, at most MAX_ACTION_TEXT characters. */
export function checkText(value: string): string | ActionProblem {
  const trimmed = value.trim();
  if (trimmed === '') return { code: 'empty-text' };
  if (trimmed.length > MAX_ACTION_TEXT) return { code: 'text-too-long', max: MAX_ACTION_TEXT };
  return trimmed;
}

/** Days after today a date may lie (a snooze, an absence, a due date): a year, as for due dates in words. */
export { MAX_DAYS_AHEAD };

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    dayNumber(value);
  } catch {
    return false;
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The action with the office working days it has been blocked on `today`. */
export function listed(action: ActionView, today: string): ListedAction {
  const blockedDays =
    action.status === 'blocked' && action.blockedSince
      ? blockedWorkingDays(action.blockedSince, today, dutchHolidaysAround(today))
      : 0;
  return { ...action, blockedDays };
}

/** Overdue first, then by due date (then by when recorded, by id for a stable order). */
export function byUrgency(today: string) {
  return (a: ListedAction, b: ListedAction): number => {
    const overdueA = a.dueOn < today ? 0 : 1;
    const overdueB = b.dueOn < today ? 0 : 1;
    if (overdueA !== overdueB) return overdueA - overdueB;
    if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
