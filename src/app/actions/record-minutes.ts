import type { GrantedHousehold } from '../access/household-door.ts';
import { checkText, eventActor, householdById, isProblem } from './action-access.ts';
import type {
  ActionBook,
  LocatedActionProblem,
  Minutes,
  MinutesLine,
  RecordedMinutes,
} from './action-book.ts';
import { type CheckedActionLine, checkActionLine, personRef } from './action-lines.ts';
import type { ActionReads, StoredConference } from './action-store.ts';
import type { ActionView, DecisionView, PersonRef } from './action-types.ts';
import { type RecordDeps, writeEntry } from './record-action.ts';

/** The request key of one line of the minutes, so a re-answered request finds what it recorded. */
function lineKey(requestKey: string, household: number, kind: 'd' | 'a', index: number): string {
  return `${requestKey}:${household}:${kind}${index}`;
}

interface CheckedHousehold {
  household: GrantedHousehold;
  decisions: { text: string; line: Minutes['households'][number]['decisions'][number] }[];
  actions: { checked: CheckedActionLine; line: Minutes['households'][number]['actions'][number] }[];
}

async function people(reads: ActionReads, ids: readonly string[]): Promise<PersonRef[]> {
  const found = await Promise.all(ids.map((id) => reads.person(id)));
  return found.flatMap((p) => (p ? [personRef(p)] : [])).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A conference's minutes: presence and, per household, decisions and actions. Every line is checked first
 * (the door per household, dates, owners, texts, that the conference was about the household) and every
 * problem is returned at once; only then is all of it written in one unit of work with its history lines,
 * access-log entries and the announcement.
 */
export function recordMinutes(deps: RecordDeps): ActionBook['recordMinutes'] {
  const { door, reads, work } = deps;
  return async (input, context, announce) => {
    const conference = await reads.conference(input.conferenceId);
    if (!conference) return { ok: false, problems: [{ code: 'unknown-conference' }] };
    const problems: LocatedActionProblem[] = [];
    const at = (line: MinutesLine) => (problem: LocatedActionProblem) => problems.push({ ...problem, line });

    for (const [index, id] of input.present.entries()) {
      if (conference.attendeeIds.includes(id)) continue;
      const person = await reads.person(id);
      at({ reference: '', kind: 'presence', index })(
        person ? { code: 'not-an-attendee', person: personRef(person) } : { code: 'unknown-person', key: id },
      );
    }

    const checked: CheckedHousehold[] = [];
    for (const entry of input.households) {
      const target = matchHousehold(conference, entry.reference);
      if (!target) {
        at({ reference: entry.reference, kind: 'presence', index: 0 })({
          code: 'household-not-in-conference',
          reference: entry.reference,
        });
        continue;
      }
      const household = await householdById(
        door,
        context,
        { ...target, teamId: conference.teamId },
        'actions',
        { deed: 'record' },
      );
      if (isProblem(household)) {
        at({ reference: target.reference, kind: 'presence', index: 0 })(household);
        continue;
      }
      const result: CheckedHousehold = { household, decisions: [], actions: [] };
      for (const [index, line] of entry.decisions.entries()) {
        const text = checkText(line.text);
        if (isProblem(text)) at({ reference: target.reference, kind: 'decision', index })(text);
        else result.decisions.push({ text, line });
      }
      for (const [index, line] of entry.actions.entries()) {
        const report = at({ reference: target.reference, kind: 'action', index });
        if (line.decisionIndex !== undefined && !entry.decisions[line.decisionIndex])
          report({ code: 'unknown-decision', index: line.decisionIndex });
        const answer = await checkActionLine(reads, household.teamId, line, context);
        if (Array.isArray(answer)) answer.forEach(report);
        else result.actions.push({ checked: answer, line });
      }
      checked.push(result);
    }
    if (problems.length > 0) return { ok: false, problems };

    const requestKey = context.requestKey;
    if (requestKey) {
      const earlier = await earlierMinutes(reads, conference, input, checked, requestKey);
      if (earlier) return { ok: true, minutes: earlier };
    }
    const present = await people(reads, input.present);
    const absent = await people(
      reads,
      conference.attendeeIds.filter((id) => !input.present.includes(id)),
    );

    return work.run(async ({ store, outbox, accessLog }) => {
      const by = context.actor.professionalId ?? null;
      await store.recordPresence({
        conferenceId: conference.id,
        presentIds: input.present,
        byId: by,
        at: context.now,
      });
      const minutes: RecordedMinutes = { conferenceId: conference.id, present, absent, households: [] };
      for (const [h, { household, decisions, actions }] of checked.entries()) {
        const decisionViews: DecisionView[] = [];
        for (const [d, { text, line }] of decisions.entries()) {
          decisionViews.push(
            await store.createDecision({
              householdId: household.id,
              text,
              domain: line.domain ?? null,
              householdAgreed: line.householdAgreed ?? null,
              conferenceId: conference.id,
              recordedById: by,
              requestKey: requestKey ? lineKey(requestKey, h, 'd', d) : null,
              createdAt: context.now,
            }),
          );
        }
        const recorded = [];
        for (const [a, { checked: line, line: raw }] of actions.entries()) {
          const action = await store.createAction(
            {
              householdId: household.id,
              ownerId: line.owner.id,
              coOwnerIds: line.coOwners.map((p) => p.id),
              description: line.description,
              domain: raw.domain ?? null,
              dueOn: line.dueOn,
              conferenceId: conference.id,
              decisionId:
                raw.decisionIndex !== undefined ? (decisionViews[raw.decisionIndex]?.id ?? null) : null,
              recordedById: by,
              requestKey: requestKey ? lineKey(requestKey, h, 'a', a) : null,
              nextNudgeAt: context.now,
            },
            { kind: 'recorded', at: context.now, ...eventActor(context), dueOn: line.dueOn },
          );
          recorded.push({ action, alreadyRecorded: false, ...(line.moved ? { moved: line.moved } : {}) });
        }
        await accessLog.record(
          writeEntry(context, household, 'conference', 'change', conference.id, {
            minutes: true,
            decisions: decisionViews.length,
            actions: recorded.length,
          }),
        );
        minutes.households.push({
          householdId: household.id,
          reference: household.reference,
          caseTeamIds: await store.caseTeamIds(household.id),
          decisions: decisionViews,
          actions: recorded,
        });
      }
      if (announce) await announce(minutes, outbox);
      return { ok: true as const, minutes };
    });
  };
}

function matchHousehold(conference: StoredConference, reference: string) {
  const exact = conference.households.find((h) => h.reference === reference);
  return exact ?? conference.households.find((h) => h.reference.toLowerCase() === reference.toLowerCase());
}

/** What a first run of this request recorded, when it did; undefined when nothing of it is stored. */
async function earlierMinutes(
  reads: ActionReads,
  conference: StoredConference,
  input: Minutes,
  checked: CheckedHousehold[],
  requestKey: string,
): Promise<RecordedMinutes | undefined> {
  const households: RecordedMinutes['households'] = [];
  let found = false;
  for (const [h, { household, decisions, actions }] of checked.entries()) {
    const decisionViews: DecisionView[] = [];
    for (const d of decisions.keys()) {
      const decision = await reads.decisionByRequestKey(lineKey(requestKey, h, 'd', d));
      if (decision) decisionViews.push(decision);
    }
    const actionViews: ActionView[] = [];
    for (const a of actions.keys()) {
      const action = await reads.actionByRequestKey(lineKey(requestKey, h, 'a', a));
      if (action) actionViews.push(action);
    }
    if (decisionViews.length > 0 || actionViews.length > 0) found = true;
    households.push({
      householdId: household.id,
      reference: household.reference,
      caseTeamIds: await reads.caseTeamIds(household.id),
      decisions: decisionViews,
      actions: actionViews.map((action) => ({ action, alreadyRecorded: true })),
    });
  }
  if (!found) return undefined;
  return {
    conferenceId: conference.id,
    present: await people(reads, input.present),
    absent: await people(
      reads,
      conference.attendeeIds.filter((id) => !input.present.includes(id)),
    ),
    households,
  };
}
