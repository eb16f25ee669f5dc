import { accessLogText, whoOf, wordsOf } from '../../app/access/i18n/access-log-text.ts';
import { formatInstant } from '../../app/format-when.ts';
import type { AccessLogLine } from '../../app/ports/access-log.ts';
import type { Locale } from '../../domain/locale.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { createAccessLogReader, recordAccess } from '../../infra/db/repositories/access-log-repository.ts';
import { type CliCommand, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { auditText } from '../i18n/audit-text.ts';

/**
 * `casus audit <ref> [--team <slug>] [--since YYYY-MM-DD] [--json]`: a household's access log (NEN 7513), oldest
 * first: who viewed, changed or exported what, when, through which channel, and the outcome. What a resident may
 * ask for. Reading the log is itself logged (kind access-log, channel cli, on behalf of the operator), after
 * the read, so the listing shows what was there before this look.
 */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'command.audit.summary',
  usage: 'command.audit.usage',
  details: 'command.audit.details',
  options: { team: { type: 'string' }, since: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const { locale } = context;
    const t = (key: Parameters<typeof auditText>[1], params?: Record<string, string | number>) =>
      auditText(locale, key, params);
    const reference = positionals[0] ?? '';
    const since = typeof values.since === 'string' ? parseDay(values.since) : undefined;
    if (since === null) {
      return {
        exitCode: EXIT.usage,
        json: { error: { code: 'bad-since', message: t('bad-since', { value: String(values.since) }) } },
        lines: [t('bad-since', { value: String(values.since) })],
      };
    }
    const { db } = await context.database();
    const found = await findHousehold(db.prisma, reference, values.team, t);
    if ('exitCode' in found) return found;

    const timeZone = context.config().scheduling.timeZone;
    const entries = await createAccessLogReader(db.prisma).entriesFor(found.id, since);
    await recordAccess(db.prisma, {
      actorId: null,
      onBehalfOf: 'operator',
      householdId: found.id,
      teamId: found.teamId,
      reference: found.reference,
      kind: 'access-log',
      action: 'view',
      channel: 'cli',
      outcome: 'ok',
      ...(since ? { details: { since: values.since as string } } : {}),
    });
    return {
      exitCode: EXIT.ok,
      json: {
        household: found.reference,
        team: found.teamSlug,
        entries: entries.map((line) => ({
          at: line.at.toISOString(),
          actor: line.actor,
          onBehalfOf: line.onBehalfOf,
          kind: line.kind,
          action: line.action,
          channel: line.channel,
          outcome: line.outcome,
        })),
      },
      lines: [
        t(since ? 'heading-since' : 'heading', {
          reference: found.reference,
          team: found.teamSlug,
          since: String(values.since),
        }),
        ...(entries.length === 0 ? [t('empty')] : table(entries, locale, timeZone)),
      ],
    };
  },
};

interface FoundHousehold {
  id: string;
  reference: string;
  teamId: string;
  teamSlug: string;
}

/** The one household with this reference (in --team when given), or why not; as `casus plan` finds it. */
async function findHousehold(
  prisma: PrismaClient,
  reference: string,
  team: string | boolean | undefined,
  t: (key: Parameters<typeof auditText>[1], params?: Record<string, string | number>) => string,
): Promise<FoundHousehold | CommandOutcome> {
  const slug = typeof team === 'string' ? team : undefined;
  if (slug !== undefined && !(await prisma.team.findUnique({ where: { slug }, select: { id: true } })))
    return failure('unknown-team', t('unknown-team', { slug }));
  const rows = await prisma.household.findMany({
    where: {
      reference: { equals: reference, mode: 'insensitive' },
      ...(slug !== undefined ? { team: { slug } } : {}),
    },
    select: { id: true, reference: true, teamId: true, team: { select: { slug: true } } },
    orderBy: { team: { slug: 'asc' } },
  });
  // An exact match wins over one that differs in case only, as in chat.
  const exact = rows.filter((row) => row.reference === reference);
  const matches = exact.length > 0 ? exact : rows;
  if (matches.length === 0) {
    // A reference asked for and not found is logged too: someone looked.
    await recordAccess(prisma, {
      actorId: null,
      onBehalfOf: 'operator',
      reference,
      kind: 'access-log',
      action: 'refused',
      channel: 'cli',
      outcome: 'not-found',
    });
    return failure('unknown-household', t('unknown-household', { reference }));
  }
  if (matches.length > 1) {
    // Nothing of either household is shown, so nothing is logged as seen.
    const teams = matches.map((row) => row.team.slug).join(', ');
    return failure('ambiguous-household', t('ambiguous-household', { reference, teams }), undefined, {
      teams: matches.map((row) => row.team.slug),
    });
  }
  const [row] = matches;
  return { id: row!.id, reference: row!.reference, teamId: row!.teamId, teamSlug: row!.team.slug };
}

/** YYYY-MM-DD as the start of that day (UTC); null when it is not a real date. */
function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value ? null : day;
}

/** The entries as aligned columns: when, who, what, through which channel, outcome. */
function table(entries: readonly AccessLogLine[], locale: Locale, timeZone: string): string[] {
  const head = (['column.when', 'column.who', 'column.what', 'column.how', 'column.outcome'] as const).map(
    (key) => accessLogText(locale, key),
  );
  const rows = entries.map((line) => {
    const words = wordsOf(locale, line);
    return [
      formatInstant(line.at, locale, timeZone),
      whoOf(locale, line),
      `${words.kind} ${words.action}`,
      words.channel,
      words.outcome,
    ];
  });
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const format = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`;
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}
