import type { MovedDueDate } from '../../domain/actions/working-day.ts';
import { checkText, eventActor, householdById, isProblem, todayOf } from './action-access.ts';
import type { ActionBook, ActionProblem, BookContext } from './action-book.ts';
import { checkSnooze, dueDateFor, teamMember } from './action-lines.ts';
import type { ActionPatch, NewActionEvent } from './action-store.ts';
import type { ActionChange, ActionView } from './action-types.ts';
import type { RecordDeps } from './record-action.ts';
import { writeEntry } from './record-action.ts';

interface Planned {
  patch: ActionPatch;
  event: Omit<NewActionEvent, 'at' | 'actorId' | 'onBehalfOf' | 'channel'>;
  moved?: MovedDueDate;
}

/** Why a done or cancelled action cannot change any more. */
function finished(action: ActionView): ActionProblem | undefined {
  if (action.status === 'done')
    return { code: 'already-done', by: action.doneBy, at: action.doneAt ?? new Date(0) };
  if (action.status === 'cancelled') return { code: 'already-cancelled', reason: action.cancelReason };
  return undefined;
}

/**
 * What a change does to the action (columns and its history line), or why it cannot. Every change of an open or
 * blocked action sets nextNudgeAt to now, so the nudge sweep looks at it again at once and sets the next time
 * itself; done and cancelled clear it (no more nudges).
 */
async function plan(
  deps: RecordDeps,
  action: ActionView,
  change: ActionChange,
  context: BookContext,
): Promise<Planned | ActionProblem> {
  const now = context.now;
  switch (change.kind) {
    case 'done':
      return {
        patch: {
          status: 'done',
          doneAt: now,
          doneById: context.actor.professionalId ?? null,
          nextNudgeAt: null,
        },
        event: { kind: 'done' },
      };
    case 'cancel': {
      const reason = checkText(change.reason);
      if (isProblem(reason)) return reason;
      return {
        patch: { status: 'cancelled', cancelReason: reason, nextNudgeAt: null },
        event: { kind: 'cancelled', reason },
      };
    }
    case 'block': {
      const reason = checkText(change.reason);
      if (isProblem(reason)) return reason;
      const blockedBy = change.blockedBy?.trim() ? change.blockedBy.trim().slice(0, 200) : null;
      return {
        patch: {
          status: 'blocked',
          blockedNote: reason,
          blockedBy,
          // Blocked again for another reason: the wait still counts from the first day.
          blockedSince:
            action.status === 'blocked' && action.blockedSince ? action.blockedSince : todayOf(context),
          nextNudgeAt: now,
        },
        event: { kind: 'blocked', reason, blockedBy },
      };
    }
    case 'unblock':
      if (action.status !== 'blocked') return { code: 'not-blocked' };
      return {
        patch: { status: 'open', blockedNote: null, blockedBy: null, blockedSince: null, nextNudgeAt: now },
        event: { kind: 'unblocked' },
      };
    case 'snooze': {
      const problem = checkSnooze(change.until, context);
      if (problem) return problem;
      return {
        patch: { snoozedUntil: change.until, nextNudgeAt: now },
        event: { kind: 'snoozed', untilOn: change.until },
      };
    }
    case 'reassign': {
      if (change.toProfessionalId === action.owner.id) return { code: 'same-owner' };
      const to = await teamMember(deps.reads, change.toProfessionalId, action.teamId);
      if (isProblem(to)) return to;
      return {
        patch: { ownerId: to.id, nextNudgeAt: now },
        event: { kind: 'reassigned', fromOwnerId: action.owner.id, toOwnerId: to.id },
      };
    }
    case 'move-due': {
      const owner = await deps.reads.person(action.owner.id);
      if (!owner) return { code: 'owner-not-in-team', person: action.owner };
      const due = dueDateFor(change.dueOn, owner, context);
      if (isProblem(due)) return due;
      return {
        patch: { dueOn: due.dueOn, nextNudgeAt: now },
        event: { kind: 'due-moved', dueOn: due.dueOn },
        ...(due.moved ? { moved: due.moved } : {}),
      };
    }
  }
}

/**
 * Done, cancel, block, unblock, snooze, reassign, move the due date. Anyone the door lets record for the
 * household may change its actions (in a shared conversation too), and the owner and co-owners always. The
 * write happens only if the action still has the version read (an atomic update on id and version): of two
 * presses at once, one changes it and the other is told what happened ("already done by …").
 */
export function changeAction(deps: RecordDeps): ActionBook['changeAction'] {
  const { door, reads, work } = deps;
  return async (actionId, change, context, expectedVersion) => {
    const action = await reads.action(actionId);
    if (!action) return { ok: false, problems: [{ code: 'unknown-action' }] };
    const household = await householdById(
      door,
      context,
      { id: action.householdId, reference: action.householdReference, teamId: action.teamId },
      'actions',
      { deed: 'record', ownerIds: [action.owner.id, ...action.coOwners.map((p) => p.id)] },
    );
    if (isProblem(household)) return { ok: false, problems: [household] };
    const done = finished(action);
    if (done) return { ok: false, problems: [done] };
    if (expectedVersion !== undefined && expectedVersion !== action.version)
      return { ok: false, problems: [{ code: 'conflict', action }] };
    const planned = await plan(deps, action, change, context);
    if (isProblem(planned)) return { ok: false, problems: [planned] };

    const changed = await work.run(async ({ store, accessLog }) => {
      const after = await store.changeAction(action.id, action.version, planned.patch, {
        ...planned.event,
        at: context.now,
        ...eventActor(context),
      });
      if (after)
        await accessLog.record(
          writeEntry(context, household, 'actions', 'change', action.id, { change: change.kind }),
        );
      return after;
    });
    if (!changed) {
      // Someone else changed it between our read and our write: say what they did.
      const now = await reads.action(actionId);
      const problem = now ? (finished(now) ?? { code: 'conflict' as const, action: now }) : undefined;
      return { ok: false, problems: [problem ?? { code: 'unknown-action' }] };
    }
    return { ok: true, action: changed, ...(planned.moved ? { moved: planned.moved } : {}) };
  };
}
