import type { ComputedTurn } from '../../domain/rotations/compute-turns.ts';
import { addDays } from '../../domain/slots/zone-offsets.ts';
import type { RotationStore, TeamRotations } from './rotation-store.ts';
import { turnsOf } from './rotation-turns.ts';

/** One turn as it stands now, with what the rule needs around it; undefined when there is no such turn. */
export async function turnNow(
  store: RotationStore,
  query: { teamId: string; rotationId: string; date: string },
): Promise<{ data: TeamRotations; turn: ComputedTurn } | undefined> {
  const data = await store.read(query.teamId, addDays(query.date, 1));
  if (!data) return undefined;
  const turn = turnsOf(data, query.date, 1).find(
    (t) => t.rotationId === query.rotationId && t.date === query.date,
  );
  return turn ? { data, turn } : undefined;
}

/** Who the turn was first meant for: kept through swaps and overrides, so a second change still says so. */
export function dueOf(turn: ComputedTurn): string | null {
  return turn.dueId ?? turn.holderId;
}
