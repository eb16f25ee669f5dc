import type { HouseholdDoor } from '../access/household-door.ts';
import { channelOf, checkText, eventActor, householdByReference, isProblem } from './action-access.ts';
import type { ActionBook, ActionProblem, BookContext } from './action-book.ts';
import { checkActionLine } from './action-lines.ts';
import type { ActionReads, ActionUnitOfWork } from './action-store.ts';

export interface RecordDeps {
  door: HouseholdDoor;
  reads: ActionReads;
  work: ActionUnitOfWork;
}

/** A stored request, or undefined; also after a write that lost the race for its request key. */
async function earlierAction(reads: ActionReads, requestKey: string | undefined) {
  return requestKey ? reads.actionByRequestKey(requestKey) : undefined;
}

/**
 * One action, as `actie HH-2041 @sanne vrijdag …` or `casus action add` records it: the door (deed record), the
 * owner and co-owners active members of the household's team, the due date on the owner's working day, the
 * text; then the action, its first history line, the access-log entry and the announcement in one unit of
 * work. A request answered again (its requestKey) returns the first answer and writes nothing.
 */
export function recordAction(deps: RecordDeps): ActionBook['recordAction'] {
  const { door, reads, work } = deps;
  return async (input, context, announce) => {
    const earlier = await earlierAction(reads, context.requestKey);
    if (earlier) return { ok: true, action: earlier, alreadyRecorded: true };

    const household = await householdByReference(door, context, input.reference, 'actions', input.teamId);
    if (isProblem(household)) return { ok: false, problems: [household] };
    const problems: ActionProblem[] = [];
    const line = await checkActionLine(reads, household.teamId, input, context);
    if (Array.isArray(line)) problems.push(...line);
    if (input.conferenceId) {
      const conference = await reads.conference(input.conferenceId);
      if (!conference) problems.push({ code: 'unknown-conference' });
      else if (!conference.households.some((h) => h.id === household.id))
        problems.push({ code: 'household-not-in-conference', reference: household.reference });
    }
    if (input.decisionId) {
      const decision = await reads.decision(input.decisionId);
      if (!decision || decision.householdId !== household.id)
        problems.push({ code: 'unknown-decision', index: 0 });
    }
    if (problems.length > 0 || Array.isArray(line)) return { ok: false, problems };

    try {
      return await work.run(async ({ store, outbox, accessLog }) => {
        const action = await store.createAction(
          {
            householdId: household.id,
            ownerId: line.owner.id,
            coOwnerIds: line.coOwners.map((p) => p.id),
            description: line.description,
            domain: input.domain ?? null,
            dueOn: line.dueOn,
            conferenceId: input.conferenceId ?? null,
            decisionId: input.decisionId ?? null,
            recordedById: context.actor.professionalId ?? null,
            requestKey: context.requestKey ?? null,
            nextNudgeAt: context.now,
          },
          { kind: 'recorded', at: context.now, ...eventActor(context), dueOn: line.dueOn },
        );
        await accessLog.record(writeEntry(context, household, 'actions', 'create', action.id));
        const recorded = { action, alreadyRecorded: false, ...(line.moved ? { moved: line.moved } : {}) };
        if (announce)
          await announce({ ...recorded, caseTeamIds: await store.caseTeamIds(household.id) }, outbox);
        return { ok: true as const, ...recorded };
      });
    } catch (error) {
      const raced = await earlierAction(reads, context.requestKey);
      if (raced) return { ok: true, action: raced, alreadyRecorded: true };
      throw error;
    }
  };
}

/** One decision (`besluit HH-2041 …`): the door, the text; written, logged and announced in one unit of work. */
export function recordDecision(deps: RecordDeps): ActionBook['recordDecision'] {
  const { door, reads, work } = deps;
  const earlier = (key: string | undefined) => (key ? reads.decisionByRequestKey(key) : undefined);
  return async (input, context, announce) => {
    const found = await earlier(context.requestKey);
    if (found) return { ok: true, decision: found };
    const household = await householdByReference(door, context, input.reference, 'decisions', input.teamId);
    if (isProblem(household)) return { ok: false, problems: [household] };
    const problems: ActionProblem[] = [];
    const text = checkText(input.text);
    if (isProblem(text)) problems.push(text);
    if (input.conferenceId) {
      const conference = await reads.conference(input.conferenceId);
      if (!conference) problems.push({ code: 'unknown-conference' });
      else if (!conference.households.some((h) => h.id === household.id))
        problems.push({ code: 'household-not-in-conference', reference: household.reference });
    }
    if (problems.length > 0 || isProblem(text)) return { ok: false, problems };
    try {
      return await work.run(async ({ store, outbox, accessLog }) => {
        const decision = await store.createDecision({
          householdId: household.id,
          text,
          domain: input.domain ?? null,
          householdAgreed: input.householdAgreed ?? null,
          conferenceId: input.conferenceId ?? null,
          recordedById: context.actor.professionalId ?? null,
          requestKey: context.requestKey ?? null,
          createdAt: context.now,
        });
        await accessLog.record(writeEntry(context, household, 'decisions', 'create', decision.id));
        if (announce)
          await announce({ decision, caseTeamIds: await store.caseTeamIds(household.id) }, outbox);
        return { ok: true as const, decision };
      });
    } catch (error) {
      const raced = await earlier(context.requestKey);
      if (raced) return { ok: true, decision: raced };
      throw error;
    }
  };
}

/** The access-log entry of a write: kinds and ids, never the text. */
export function writeEntry(
  context: BookContext,
  household: { id: string; teamId: string; reference: string },
  kind: 'actions' | 'decisions' | 'conference',
  action: 'create' | 'change',
  subjectId: string,
  details?: Readonly<Record<string, string | number | boolean | string[]>>,
) {
  return {
    actorId: context.actor.professionalId ?? null,
    onBehalfOf: context.actor.onBehalfOf ?? null,
    householdId: household.id,
    teamId: household.teamId,
    reference: household.reference,
    kind,
    action,
    channel: channelOf(context),
    outcome: 'ok' as const,
    subjectId,
    ...(details ? { details } : {}),
    requestKey: context.requestKey ?? null,
    at: context.now,
  };
}
