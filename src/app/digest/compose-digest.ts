import type { DigestInput } from '../../domain/digest/digest-input.ts';
import { buildDigest, type DigestSections } from '../../domain/digest/digest-sections.ts';
import { type DigestWeek, digestWeekAt } from '../../domain/digest/digest-week.ts';
import type { ReadRotationSchedule } from '../rotations/rotation-schedule.ts';
import type { DigestRead, DigestStore, DigestTeam } from './digest-store.ts';

export interface ComposeDigestDeps {
  store: DigestStore;
  /** This week's turns (the rotations feature); injected so the digest depends only on its shape. */
  readRotation: ReadRotationSchedule;
  /** The team's zone (Config.scheduling.timeZone): what "this week" is. */
  timeZone: string;
}

export interface ComposedDigest {
  team: DigestTeam;
  week: DigestWeek;
  sections: DigestSections;
  /** The rows it was built from: the personal digests are cut from them. */
  input: DigestInput;
  read: DigestRead;
}

/** The digest of the week `now` lies in, as it stands at `now`; undefined when the team is gone. */
export async function composeDigest(
  deps: ComposeDigestDeps,
  team: DigestTeam,
  now: Date,
): Promise<ComposedDigest | undefined> {
  const week = digestWeekAt(now, team.digest, deps.timeZone);
  const [read, schedule] = await Promise.all([
    deps.store.read(team.id, { now, weekOf: week.weekOf, zone: deps.timeZone }),
    deps.readRotation({ teamId: team.id, from: week.weekOf, weeks: 1 }),
  ]);
  if (!read) return undefined;
  const input: DigestInput = { ...read, now, zone: deps.timeZone, weekOf: week.weekOf };
  return { team, week, sections: buildDigest(input, schedule.rotations), input, read };
}

/** Until the rotations feature is wired in (src/timed-work.ts, src/features.ts), the digest shows no turns. */
export const noRotations: ReadRotationSchedule = async () => ({ team: '', rotations: [] });
