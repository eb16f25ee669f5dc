import { dueOf, turnNow } from './change-turn.ts';
import type { RotationUnitOfWork } from './rotation-store.ts';
import type { RotationActor } from './set-rotations.ts';

export type OverrideResult =
  | { kind: 'done'; role: string; date: string; name: string }
  | { kind: 'not-a-coach' | 'unknown-role'; role: string }
  | { kind: 'no-turn'; role: string; date: string }
  | { kind: 'not-a-member'; name: string };

/**
 * A coach (or the operator) gives one turn to someone else (reason `override`). The new holder is announced by
 * the next announcement run (announcedAt is cleared), so they hear of it like of any turn.
 */
export async function overrideTurn(
  work: RotationUnitOfWork,
  request: { teamId: string; role: string; date: string; memberKey: string; actor: RotationActor },
): Promise<OverrideResult> {
  return work.run(async ({ store, accessLog }) => {
    const data = await store.read(request.teamId, request.date);
    if (!data) return { kind: 'unknown-role', role: request.role } as const;
    if (request.actor.id !== null && !data.team.coachIds.includes(request.actor.id)) {
      return { kind: 'not-a-coach', role: request.role } as const;
    }
    const rotation = data.rotations.find((r) => r.role.toLowerCase() === request.role.trim().toLowerCase());
    if (!rotation) return { kind: 'unknown-role', role: request.role } as const;
    const found = await turnNow(store, {
      teamId: request.teamId,
      rotationId: rotation.id,
      date: request.date,
    });
    if (!found) return { kind: 'no-turn', role: rotation.role, date: request.date } as const;
    const person = found.data.people.find((p) => p.key === request.memberKey);
    if (!person || !found.data.team.memberIds.includes(person.id)) {
      return { kind: 'not-a-member', name: request.memberKey } as const;
    }
    await store.setTurn({
      rotationId: rotation.id,
      date: request.date,
      holderId: person.id,
      reason: 'override',
      swappedFromId: dueOf(found.turn),
      announcedAt: null,
    });
    await accessLog.record({
      actorId: request.actor.id,
      onBehalfOf: request.actor.onBehalfOf ?? null,
      teamId: request.teamId,
      kind: 'settings',
      action: 'change',
      channel: request.actor.channel,
      outcome: 'ok',
      subjectId: rotation.id,
      details: { area: 'rotations', step: 'override', role: rotation.role, date: request.date },
    });
    return { kind: 'done', role: rotation.role, date: request.date, name: person.name } as const;
  });
}
