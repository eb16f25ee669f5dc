import type { HouseholdDoor } from '../access/household-door.ts';
import { localDate } from '../format-when.ts';
import type { Clock } from '../ports/clock.ts';
import { byUrgency, householdById, isProblem, listed } from './action-access.ts';
import type { ActionBook } from './action-book.ts';
import type { ActionReads, ActionUnitOfWork } from './action-store.ts';
import { changeAction } from './change-action.ts';
import { recordAbsence } from './record-absence.ts';
import { recordAction, recordDecision } from './record-action.ts';
import { recordMinutes } from './record-minutes.ts';

export interface ActionBookDeps {
  /** Every household touch goes through it (deed 'record' for writes). */
  door: HouseholdDoor;
  /** Reads outside a transaction. */
  reads: ActionReads;
  /** Writes: the store and the outbox, scheduler and access log on one transaction. */
  work: ActionUnitOfWork;
  /** For the household view's blocked days (the one use case not handed a day). */
  clock: Clock;
  /** The zone local dates are in (Config.scheduling.timeZone). */
  timeZone: string;
}

/** The ActionBook over a store and the door: the use cases of decisions, actions and absences. */
export function createActionBook(deps: ActionBookDeps): ActionBook {
  const { door, reads } = deps;
  return {
    recordAction: recordAction(deps),
    recordDecision: recordDecision(deps),
    recordMinutes: recordMinutes(deps),
    changeAction: changeAction(deps),
    recordAbsence: recordAbsence(deps),

    async showAction(actionId, context) {
      const action = await reads.action(actionId);
      if (!action) return { ok: false, problems: [{ code: 'unknown-action' }] };
      const household = await householdById(
        door,
        context,
        { id: action.householdId, reference: action.householdReference, teamId: action.teamId },
        'actions',
        { ownerIds: [action.owner.id, ...action.coOwners.map((p) => p.id)] },
      );
      if (isProblem(household)) return { ok: false, problems: [household] };
      return { ok: true, action, history: await reads.history(action.id) };
    },

    async myActions(professionalId, today) {
      const actions = await reads.actions({ personId: professionalId, statuses: ['open', 'blocked'] });
      return actions.map((a) => listed(a, today)).sort(byUrgency(today));
    },

    async listActions(filter) {
      const actions = await reads.actions({
        statuses: ['open', 'blocked'],
        ...(filter.teamId ? { teamId: filter.teamId } : {}),
        ...(filter.ownerId ? { ownerId: filter.ownerId } : {}),
        ...(filter.overdue ? { dueBefore: filter.today } : {}),
      });
      return actions.map((a) => listed(a, filter.today)).sort(byUrgency(filter.today));
    },

    async householdActions(householdId) {
      const [decisions, actions] = await Promise.all([
        reads.decisionsOf(householdId),
        reads.actions({ householdId, statuses: ['open', 'blocked'] }),
      ]);
      const today = localDate(deps.clock.now(), deps.timeZone);
      return {
        decisions,
        openActions: actions.map((a) => listed(a, today)).sort(byUrgency(today)),
      };
    },

    absencesOf: (personId, from) => reads.absencesOf(personId, from),
  };
}
