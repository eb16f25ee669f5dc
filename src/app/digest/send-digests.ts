import { digestDue } from '../../domain/digest/digest-week.ts';
import { hasNews, personalDigest } from '../../domain/digest/personal-digest.ts';
import type { Locale } from '../../domain/locale.ts';
import type { AccessRecord } from '../ports/access-log.ts';
import type { Scheduler } from '../ports/scheduler.ts';
import type { TimedUseCase } from '../timed-use-case.ts';
import { type ComposeDigestDeps, type ComposedDigest, composeDigest } from './compose-digest.ts';
import type { DigestTeam, DigestUnitOfWork } from './digest-store.ts';
import { personalDigestView, teamDigestView } from './digest-views.ts';

/** The timed use case's name (and job name). */
export const DIGEST_SWEEP = 'digest.sweep';

/** The sweep runs every quarter of an hour; a team's digest goes out at the first sweep after its time. */
export const DIGEST_SWEEP_EVERY_MINUTES = 15;

/** One job per slot: with several instances, exactly one runs the sweep of a quarter hour. */
export const digestSweepKey = (at: Date) => `${DIGEST_SWEEP}:${at.toISOString()}`;

/** The outbox keys: one team digest per team and ISO week (per channel), one personal digest per person. */
export const teamDigestKey = (teamId: string, isoWeek: string) => `digest:${teamId}:${isoWeek}:team`;
export const personalDigestKey = (teamId: string, isoWeek: string, professionalId: string) =>
  `digest:${teamId}:${isoWeek}:${professionalId}`;

export type DigestSweepInput = Record<string, never>;

const JOB = `job:${DIGEST_SWEEP}`;

export function nextDigestSweepAt(now: Date): Date {
  const every = DIGEST_SWEEP_EVERY_MINUTES * 60_000;
  return new Date((Math.floor(now.getTime() / every) + 1) * every);
}

/** Schedules the sweep of the first slot after `now` (idempotent per slot): at start-up and by every sweep. */
export function scheduleDigestSweep(scheduler: Scheduler, now: Date): Promise<boolean> {
  const at = nextDigestSweepAt(now);
  const input: DigestSweepInput = {};
  return scheduler.schedule({ useCase: DIGEST_SWEEP, key: digestSweepKey(at), at, input });
}

export interface SendDigestsDeps extends ComposeDigestDeps {
  work: DigestUnitOfWork;
  /** The language of the team channel's digest, and of people without a locale of their own. */
  defaultLocale: Locale;
}

export interface SentDigest {
  team: string;
  isoWeek: string;
  late: boolean;
  channels: number;
  personal: number;
}

/**
 * Sends every team's digest of the current week whose time has come and that was not sent yet. Each team's
 * Digest rows are written in the same transaction as their outbox messages, and a row that exists already
 * (another instance, a rerun) makes that transaction send nothing: exactly once per team and ISO week. Only the
 * current week is ever looked at, so after a long outage a team gets this week's digest, late, never two.
 */
export async function sweepDigests(deps: SendDigestsDeps, now: Date): Promise<SentDigest[]> {
  const teams = await deps.store.teams();
  const due = teams.flatMap((team) => {
    const answer = digestDue(now, team.digest, deps.timeZone);
    return answer.due ? [{ team, weekOf: answer.week.weekOf, late: answer.late }] : [];
  });
  if (due.length === 0) return [];
  const sent: SentDigest[] = [];
  const weeks = [...new Set(due.map((d) => d.weekOf))];
  const already = new Set<string>();
  for (const weekOf of weeks)
    for (const id of await deps.store.sentTeams(weekOf)) already.add(`${id}:${weekOf}`);
  for (const { team, weekOf, late } of due) {
    if (already.has(`${team.id}:${weekOf}`)) continue;
    const result = await sendTeamDigest(deps, team, now, late);
    if (result) sent.push(result);
  }
  return sent;
}

/** One team's digest (and its members' personal ones) in one transaction; undefined when already sent. */
export async function sendTeamDigest(
  deps: SendDigestsDeps,
  team: DigestTeam,
  now: Date,
  late: boolean,
): Promise<SentDigest | undefined> {
  const composed = await composeDigest(deps, team, now);
  if (!composed) return undefined;
  const { week, read } = composed;
  const base = { teamId: team.id, weekOf: week.weekOf, isoWeek: week.isoWeek, late };
  const teamKey = teamDigestKey(team.id, week.isoWeek);
  const view = teamDigestView(composed, {
    locale: deps.defaultLocale,
    timeZone: deps.timeZone,
    late,
    blockedDays: read.settings.blockedEscalationWorkingDays,
  });
  return deps.work.run(async ({ outbox, accessLog, writes }) => {
    const claimed = await writes.claim({
      ...base,
      recipient: 'team',
      professionalId: null,
      outboxKey: teamKey,
    });
    if (!claimed) return undefined;
    for (const channel of read.channels) {
      await outbox.toConversation({
        platform: channel.platform,
        target: `channel:${channel.id}`,
        view,
        idempotencyKey: `${teamKey}:${channel.id}`,
      });
    }
    await accessLog.record(teamRead(composed, now));
    let personal = 0;
    if (team.digest.personal) {
      for (const member of read.members) {
        if (member.optedOut) continue;
        const digest = personalDigest(composed.input, composed.sections, member);
        if (!hasNews(digest)) continue;
        const key = personalDigestKey(team.id, week.isoWeek, member.id);
        if (
          !(await writes.claim({ ...base, recipient: member.id, professionalId: member.id, outboxKey: key }))
        )
          continue;
        const locale = member.locale ?? deps.defaultLocale;
        await outbox.toPerson({
          professionalId: member.id,
          view: personalDigestView(digest, week, { locale, timeZone: deps.timeZone, late }),
          idempotencyKey: key,
        });
        for (const record of personalReads(composed, digest.due.concat(digest.overdue), member.key, now)) {
          await accessLog.record(record);
        }
        personal++;
      }
    }
    return { team: team.slug, isoWeek: week.isoWeek, late, channels: read.channels.length, personal };
  });
}

/**
 * The `digest.sweep` job: schedules the next slot's sweep first (so a failing sweep does not end the chain),
 * then sweeps.
 */
export function sendDigests(deps: SendDigestsDeps): TimedUseCase<DigestSweepInput> {
  return async (_input, { now }) => {
    await deps.work.run(({ scheduler }) => scheduleDigestSweep(scheduler, now));
    await sweepDigests(deps, now);
  };
}

/** The team digest shows references only: one entry for the team, with how many households it named. */
function teamRead(composed: ComposedDigest, now: Date): AccessRecord {
  return {
    actorId: null,
    onBehalfOf: JOB,
    teamId: composed.team.id,
    subjectId: composed.team.id,
    kind: 'actions',
    action: 'view',
    channel: 'job',
    outcome: 'reference-only',
    details: { week: composed.week.isoWeek, households: composed.read.householdIds.size },
    at: now,
  };
}

/** A personal digest shows what to do: one entry per household, with whom it told. */
function personalReads(
  composed: ComposedDigest,
  actions: readonly { id: string; reference: string }[],
  told: string,
  now: Date,
): AccessRecord[] {
  const byReference = new Map<string, string[]>();
  for (const action of actions) {
    byReference.set(action.reference, [...(byReference.get(action.reference) ?? []), action.id]);
  }
  return [...byReference].map(([reference, ids]) => ({
    actorId: null,
    onBehalfOf: JOB,
    householdId: composed.read.householdIds.get(reference) ?? null,
    teamId: composed.team.id,
    reference,
    kind: 'actions',
    action: 'view',
    channel: 'job',
    outcome: 'ok',
    details: { actions: ids, told: [told], week: composed.week.isoWeek },
    at: now,
  }));
}
