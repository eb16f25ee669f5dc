import { composeDigest } from '../../app/digest/compose-digest.ts';
import type { DigestTeam } from '../../app/digest/digest-store.ts';
import { formatInstant } from '../../app/format-when.ts';
import { readRotationSchedule } from '../../app/rotations/rotation-turns.ts';
import { createDigestStore } from '../../infra/db/repositories/digest-repository.ts';
import { rotationStoreOf } from '../../infra/db/repositories/rotation-repository.ts';
import { type CliCommand, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { type DigestCliKey, digestCliText } from '../i18n/digest-cli-text.ts';

/**
 * `casus digest [--team <slug>] [--at <ISO time>] [--json]`: the team's weekly digest of the week `--at` (default
 * now) lies in, as it stands at that moment — `{ team, week, plannedAt, sent, sections: { conferences, due,
 * overdue, blocked, done, protection, attention, rotation } }`. A preview: nothing is written or sent. Households
 * by reference only, as in the team channel.
 */
export const digestCommand: CliCommand = {
  name: 'digest',
  summary: 'command.digest.summary',
  usage: 'command.digest.usage',
  details: 'command.digest.details',
  options: { team: { type: 'string' }, at: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const say = (key: DigestCliKey, params?: Record<string, string | number>) =>
      digestCliText(context.locale, key, params);
    const at = typeof values.at === 'string' ? parseMoment(values.at) : context.clock.now();
    if (at === null) return usage('bad-at', say('bad-at', { value: String(values.at) }));
    const { timeZone } = context.config().scheduling;
    const { db } = await context.database();
    const store = createDigestStore(db.prisma);
    let team: DigestTeam | undefined;
    if (typeof values.team === 'string') {
      team = await store.teamBySlug(values.team);
      if (!team) return failure('unknown-team', say('unknown-team', { slug: values.team }));
    } else {
      const teams = await store.teams();
      if (teams.length === 0) return failure('no-team', say('no-team'));
      if (teams.length > 1) {
        return usage('which-team', say('which-team', { slugs: teams.map((t) => t.slug).join(', ') }));
      }
      team = teams[0] as DigestTeam;
    }
    const readRotation = readRotationSchedule(rotationStoreOf(db.prisma, { timeZone }));
    const composed = await composeDigest({ store, readRotation, timeZone }, team, at);
    if (!composed) return failure('unknown-team', say('unknown-team', { slug: team.slug }));
    const { week, sections } = composed;
    const sent = (await store.sentTeams(week.weekOf)).has(team.id);
    const actions = (owners: readonly { actions: readonly unknown[] }[]) =>
      owners.reduce((sum, owner) => sum + owner.actions.length, 0);
    const p = sections.protection;
    return {
      exitCode: EXIT.ok,
      json: {
        team: team.slug,
        week: week.isoWeek,
        weekOf: week.weekOf,
        plannedAt: week.plannedAt.toISOString(),
        sent,
        sections,
      },
      lines: [
        say('heading', {
          team: team.slug,
          week: week.isoWeek,
          planned: formatInstant(week.plannedAt, context.locale, timeZone),
          sent: say(sent ? 'sent.yes' : 'sent.no'),
        }),
        say('conferences', {
          count: sections.conferences.length,
          incomplete: sections.conferences.filter((c) => !c.quorum).length,
        }),
        say('due', { count: actions(sections.due), owners: sections.due.length }),
        say('overdue', { count: actions(sections.overdue), owners: sections.overdue.length }),
        say('blocked', { count: sections.blocked.length }),
        say('done', {
          count: sections.done.reduce((sum, d) => sum + d.count, 0),
          people: sections.done.length,
        }),
        say('protection', {
          planned: p.planned,
          held: p.heldAsPlanned,
          deputy: p.heldWithDeputy,
          written: p.heldWithWrittenInput,
          postponed: p.postponed,
          cancelled: p.cancelled,
        }),
        say('attention', {
          stale: sections.attention.noConference.length,
          helpers: sections.attention.tooManyHelpers.length,
        }),
        say('rotation', { count: sections.rotation.reduce((sum, r) => sum + r.turns.length, 0) }),
      ],
    };
  },
};

function usage(code: string, message: string): CommandOutcome {
  return { exitCode: EXIT.usage, json: { error: { code, message } }, lines: [message] };
}

function parseMoment(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const moment = new Date(withZone);
  return Number.isNaN(moment.getTime()) ? null : moment;
}
