import { type RotationSpec, type SpecProblem, specProblems } from '../../domain/rotations/rotation-spec.ts';
import type { AccessChannel } from '../ports/access-log.ts';
import type { ResolvedSpec, RotationUnitOfWork } from './rotation-store.ts';

export interface RotationActor {
  /** Professional.id; null for an operator at the CLI. */
  id: string | null;
  /** The operator's key or 'operator'. */
  onBehalfOf?: string;
  channel: AccessChannel;
}

export type SetRotationsResult =
  | { ok: true; roles: string[] }
  | { ok: false; problems: SpecProblem[] }
  | { ok: false; refused: 'not-a-coach' | 'unknown-team' };

/**
 * Sets a team's roles: exactly the given ones stay active (others are switched off, their history kept).
 * Members are roster keys of the team's members. Any problem writes nothing; a change is recorded in the
 * access log (kind settings, role names only). Only a coach of the team may do it in chat; the CLI operator may.
 */
export async function setRotations(
  work: RotationUnitOfWork,
  request: {
    teamId: string;
    specs: readonly RotationSpec[];
    actor: RotationActor;
    today: string;
    now: Date;
  },
): Promise<SetRotationsResult> {
  return work.run(async ({ store, accessLog }) => {
    const data = await store.read(request.teamId, request.today);
    if (!data) return { ok: false, refused: 'unknown-team' } as const;
    if (request.actor.id !== null && !data.team.coachIds.includes(request.actor.id)) {
      return { ok: false, refused: 'not-a-coach' } as const;
    }
    const keys = [...new Set(request.specs.flatMap((s) => [...(s.members ?? [])]))];
    const ids = await store.idsOfKeys(keys);
    const members = new Set(data.team.memberIds);
    const known = (key: string) => members.has(ids.get(key) ?? '');
    const problems = specProblems(request.specs, known);
    if (problems.length > 0) return { ok: false, problems } as const;
    const resolved: ResolvedSpec[] = request.specs.map(({ members: keysOf, pinned, ...spec }) => ({
      ...spec,
      role: spec.role.trim(),
      memberIds: keysOf.map((key) => ids.get(key) as string),
      pinnedId: pinned ? (ids.get(pinned) ?? null) : null,
    }));
    await store.replace(request.teamId, resolved, request.now);
    await accessLog.record({
      actorId: request.actor.id,
      onBehalfOf: request.actor.onBehalfOf ?? null,
      teamId: request.teamId,
      kind: 'settings',
      action: 'change',
      channel: request.actor.channel,
      outcome: 'ok',
      subjectId: request.teamId,
      details: { area: 'rotations', roles: resolved.map((r) => r.role) },
    });
    return { ok: true, roles: resolved.map((r) => r.role) } as const;
  });
}
