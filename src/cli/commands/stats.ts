import { readProtectionStats } from '../../app/conferences/read-protection-stats.ts';
import { formatDay, localDate } from '../../app/format-when.ts';
import { BY_REASON_KEYS } from '../../domain/conferences/protection-stats.ts';
import { createConferenceLedgerReader } from '../../infra/conferences/conference-ledger-repository.ts';
import { type CliCommand, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { type ProtectionCliKey, protectionCliText } from '../i18n/protection-cli-text.ts';

export const DEFAULT_STATS_WEEKS = 12;

/**
 * `casus stats [--team <slug>] [--weeks N] [--json]`: the protection figures (docs/protection.md, "Figures:
 * casus stats") of the conferences planned in the last N weeks (default 12) — `{ team, weeks, conferences:
 * { planned, heldAsPlanned, heldWithDeputy, heldWithWrittenInput, postponed, postponedDaysMedian, cancelled },
 * byReason }`. Without --team, like `casus actions`, over every team (`team` is null). Counts only: no
 * household, person or free-text reason is shown.
 */
export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'command.stats.summary',
  usage: 'command.stats.usage',
  details: 'command.stats.details',
  helpParams: { weeks: DEFAULT_STATS_WEEKS },
  options: { team: { type: 'string' }, weeks: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run(context, { values }) {
    const say = (key: ProtectionCliKey, params?: Record<string, string | number>) =>
      protectionCliText(context.locale, key, params);
    let weeks = DEFAULT_STATS_WEEKS;
    if (values.weeks !== undefined) {
      const text = String(values.weeks).trim();
      weeks = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
      if (!(weeks >= 1 && weeks <= 520)) return usage('bad-weeks', say('bad-weeks', { value: text }));
    }
    const { db } = await context.database();
    let team: string | null = null;
    let teamId: string | undefined;
    if (typeof values.team === 'string') {
      team = values.team;
      teamId = (await db.prisma.team.findUnique({ where: { slug: team }, select: { id: true } }))?.id;
      if (teamId === undefined) return failure('unknown-team', say('unknown-team', { slug: team }));
    }
    const now = context.clock.now();
    const { conferences, byReason } = await readProtectionStats(
      { store: createConferenceLedgerReader(db.prisma) },
      { teamId, now, weeks },
    );

    const until = formatDay(localDate(now, context.config().scheduling.timeZone), context.locale);
    const rows: [string, string][] = [
      [say('stats.planned'), String(conferences.planned)],
      [say('stats.held-as-planned'), String(conferences.heldAsPlanned)],
      [say('stats.held-with-deputy'), String(conferences.heldWithDeputy)],
      [say('stats.held-with-written-input'), String(conferences.heldWithWrittenInput)],
      [
        say('stats.postponed'),
        conferences.postponedDaysMedian === null
          ? String(conferences.postponed)
          : say('stats.postponed-median', {
              count: conferences.postponed,
              days: conferences.postponedDaysMedian,
            }),
      ],
      [say('stats.cancelled'), String(conferences.cancelled)],
    ];
    const reasons = BY_REASON_KEYS.filter(
      (reason) => byReason[reason].declined + byReason[reason].cancelled > 0,
    ).map((reason): [string, string] => [
      say(`reason.${reason}`),
      `${byReason[reason].declined} / ${byReason[reason].cancelled}`,
    ]);
    return {
      exitCode: EXIT.ok,
      json: { team, weeks, conferences, byReason },
      lines: [
        team === null
          ? say('stats.heading.all', { weeks, until })
          : say('stats.heading.team', { team, weeks, until }),
        ...aligned(rows),
        ...(reasons.length === 0 ? [say('stats.no-reasons')] : [say('stats.reasons'), ...aligned(reasons)]),
      ],
    };
  },
};

function usage(code: string, message: string): CommandOutcome {
  return { exitCode: EXIT.usage, json: { error: { code, message } }, lines: [message] };
}

function aligned(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
}
