import { type MovedDueDate, toWorkingDay } from '../../domain/actions/working-day.ts';
import { addDays } from '../../domain/slots/zone-offsets.ts';
import { checkText, daysBetween, isIsoDate, isProblem, MAX_DAYS_AHEAD, todayOf } from './action-access.ts';
import type { ActionProblem, BookContext } from './action-book.ts';
import type { ActionReads, StoredPerson } from './action-store.ts';
import type { PersonRef } from './action-types.ts';
import { readDueDate } from './read-due-date.ts';

/** An action line checked: its owner, co-owners, due date (on the owner's working day) and text. */
export interface CheckedActionLine {
  owner: StoredPerson;
  coOwners: StoredPerson[];
  dueOn: string;
  moved?: MovedDueDate;
  description: string;
}

export function personRef(person: { id: string; key: string; name: string }): PersonRef {
  return { id: person.id, key: person.key, name: person.name };
}

/** An active professional who is a member of the team, or the problem owner-not-in-team / unknown-person. */
export async function teamMember(
  reads: ActionReads,
  personId: string,
  teamId: string,
): Promise<StoredPerson | ActionProblem> {
  const person = await reads.person(personId);
  if (!person) return { code: 'unknown-person', key: personId };
  if (!person.active || !person.teams.some((team) => team.id === teamId))
    return { code: 'owner-not-in-team', person: personRef(person) };
  return person;
}

/**
 * A due date from words or an ISO date, on the owner's working day (moved there when it is not one, never to
 * before today), or a due-date problem.
 */
export function dueDateFor(
  words: string,
  owner: StoredPerson,
  context: BookContext,
): { dueOn: string; moved?: MovedDueDate } | ActionProblem {
  const today = todayOf(context);
  const trimmed = words.trim();
  let said: string;
  if (isIsoDate(trimmed)) {
    const ahead = daysBetween(today, trimmed);
    if (ahead < 0) return { code: 'due-date', problem: 'in-the-past', words, dueOn: trimmed };
    if (ahead > MAX_DAYS_AHEAD) return { code: 'due-date', problem: 'too-far-ahead', words, dueOn: trimmed };
    said = trimmed;
  } else {
    const read = readDueDate(trimmed, { locale: context.locale, today });
    if (!read.ok) {
      return {
        code: 'due-date',
        problem: read.problem,
        words,
        ...(read.problem === 'ambiguous' ? { candidates: read.candidates } : {}),
        ...(read.problem === 'in-the-past' || read.problem === 'too-far-ahead' ? { dueOn: read.dueOn } : {}),
      };
    }
    said = read.dueOn;
  }
  const working = toWorkingDay(said, { contractWeekdays: owner.contractWeekdays, notBefore: today });
  return working.movedFrom === undefined
    ? { dueOn: working.dueOn }
    : { dueOn: working.dueOn, moved: working };
}

/** A local date to snooze until: from today on, within a year. */
export function checkSnooze(until: string, context: BookContext): ActionProblem | undefined {
  const today = todayOf(context);
  if (!isIsoDate(until) || until < today) return { code: 'snooze-date', problem: 'in-the-past' };
  if (until > addDays(today, MAX_DAYS_AHEAD)) return { code: 'snooze-date', problem: 'too-far-ahead' };
  return undefined;
}

/** Every check of one action line; all problems at once. */
export async function checkActionLine(
  reads: ActionReads,
  teamId: string,
  line: { ownerId: string; coOwnerIds?: string[]; due: string; description: string },
  context: BookContext,
): Promise<CheckedActionLine | ActionProblem[]> {
  const problems: ActionProblem[] = [];
  const owner = await teamMember(reads, line.ownerId, teamId);
  if (isProblem(owner)) problems.push(owner);
  const coOwners: StoredPerson[] = [];
  for (const id of new Set(line.coOwnerIds ?? [])) {
    if (id === line.ownerId) continue;
    const coOwner = await teamMember(reads, id, teamId);
    if (isProblem(coOwner)) problems.push(coOwner);
    else coOwners.push(coOwner);
  }
  const description = checkText(line.description);
  if (isProblem(description)) problems.push(description);
  let due: { dueOn: string; moved?: MovedDueDate } | undefined;
  if (!isProblem(owner)) {
    const answer = dueDateFor(line.due, owner, context);
    if (isProblem(answer)) problems.push(answer);
    else due = answer;
  }
  if (problems.length > 0 || isProblem(owner) || isProblem(description) || !due) return problems;
  return { owner, coOwners, description, ...due };
}
