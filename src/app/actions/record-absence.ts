import { addDays, localDayStart } from '../../domain/slots/zone-offsets.ts';
import { channelOf, daysBetween, isIsoDate, isOperator, MAX_DAYS_AHEAD, todayOf } from './action-access.ts';
import type { ActionBook, ActionProblem } from './action-book.ts';
import type { ActionReads, ActionUnitOfWork } from './action-store.ts';

/** Why these dates are no absence, or undefined: from ≤ to, not over, at most a year. */
export function checkAbsenceDates(from: string, to: string, today: string): ActionProblem | undefined {
  if (!isIsoDate(from) || !isIsoDate(to) || to < from)
    return { code: 'absence-dates', problem: 'end-before-start' };
  if (to < today) return { code: 'absence-dates', problem: 'in-the-past' };
  if (daysBetween(from, to) >= MAX_DAYS_AHEAD) return { code: 'absence-dates', problem: 'too-long' };
  return undefined;
}

/**
 * Leave for a person, local dates inclusive, with an optional deputy. The person themself, a coach or
 * administrator of one of their teams, or the operator records it. Stored with its local dates and as the
 * instants the planner reads (start of `from` to the start of the day after `to`, in the zone); the person's
 * open actions are handed to the nudge sweep again at once, so their deputy gets the reminders.
 */
export function recordAbsence(deps: {
  reads: ActionReads;
  work: ActionUnitOfWork;
}): ActionBook['recordAbsence'] {
  const { reads, work } = deps;
  return async (input, context) => {
    const problems: ActionProblem[] = [];
    const person = await reads.person(input.personId);
    if (!person?.active) return { ok: false, problems: [{ code: 'unknown-person', key: input.personId }] };
    const actorId = context.actor.professionalId;
    if (!isOperator(context) && actorId !== person.id) {
      const actor = actorId ? await reads.person(actorId) : undefined;
      const leads = new Set(
        (actor?.teams ?? []).filter((t) => t.role === 'coach' || t.role === 'admin').map((t) => t.id),
      );
      if (!person.teams.some((team) => leads.has(team.id)))
        return { ok: false, problems: [{ code: 'absence-not-allowed' }] };
    }
    const dates = checkAbsenceDates(input.from, input.to, todayOf(context));
    if (dates) problems.push(dates);
    if (input.deputyId !== undefined) {
      if (input.deputyId === person.id) problems.push({ code: 'deputy-is-self' });
      else {
        const deputy = await reads.person(input.deputyId);
        if (!deputy?.active) problems.push({ code: 'unknown-person', key: input.deputyId });
      }
    }
    if (problems.length > 0) return { ok: false, problems };

    const minute = 60_000;
    return work.run(async ({ store, accessLog }) => {
      const absence = await store.createAbsence({
        professionalId: person.id,
        from: input.from,
        to: input.to,
        startsAt: new Date(localDayStart(input.from, context.timeZone) * minute),
        endsAt: new Date(localDayStart(addDays(input.to, 1), context.timeZone) * minute),
        deputyId: input.deputyId ?? null,
      });
      await store.wakeActionsOf(person.id, context.now);
      await accessLog.record({
        actorId: actorId ?? null,
        onBehalfOf: context.actor.onBehalfOf ?? null,
        kind: 'roster',
        action: 'create',
        channel: channelOf(context),
        outcome: 'ok',
        subjectId: person.id,
        details: { absence: absence.id },
        requestKey: context.requestKey ?? null,
        at: context.now,
      });
      return { ok: true as const, absence };
    });
  };
}
