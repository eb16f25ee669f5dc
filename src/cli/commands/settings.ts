import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeSettingsProblem } from '../../app/settings/settings-problems.ts';
import {
  DEFAULT_TEAM_SETTINGS,
  parseTeamSettings,
  type SettingsProblem,
} from '../../app/settings/team-settings.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { recordAccess } from '../../infra/db/repositories/access-log-repository.ts';
import { type CliCommand, type CliContext, EXIT, failure, UsageError } from '../cli-command.ts';

/**
 * `casus settings <team> [--set <file> | --reset]`: shows a team's settings (expertise rules, optional
 * roles, helper limits, follow-up interval, conference length, horizon, travel buffer, notice, household
 * reference rule) or replaces them with a JSON file. A file with any problem changes nothing and every
 * problem is listed by its path.
 */
export const settingsCommand: CliCommand = {
  name: 'settings',
  summary: 'command.settings.summary',
  usage: 'command.settings.usage',
  details: 'command.settings.details',
  options: { set: { type: 'string' }, reset: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const { t } = context;
    const slug = positionals[0] ?? '';
    const file = typeof values.set === 'string' ? values.set : undefined;
    if (file !== undefined && values.reset === true) throw new UsageError('settings.set-and-reset');

    let stored: Record<string, unknown> | undefined;
    if (file !== undefined) {
      const read = await readSettingsFile(context, file);
      if (!read.ok) return read.outcome;
      stored = read.json;
    } else if (values.reset === true) {
      stored = {};
    }

    const { db } = await context.database();
    const team = await db.prisma.team.findUnique({ where: { slug }, select: { id: true, settings: true } });
    if (!team) return failure('unknown-team', t('settings.unknown-team', { slug }));

    const current = stored ?? (team.settings as Record<string, unknown>);
    const parsed = parseTeamSettings(current);
    if (stored !== undefined) {
      if (!parsed.ok) return invalidOutcome(context, file ?? '', parsed.problems);
      const settings = stored;
      await db.prisma.$transaction(async (tx) => {
        await tx.team.update({
          where: { id: team.id },
          data: { settings: settings as Prisma.InputJsonValue },
        });
        // Setting names only: the values are the team's, not care data, but the log keeps to names.
        await recordAccess(tx, {
          actorId: null,
          onBehalfOf: 'operator',
          teamId: team.id,
          kind: 'settings',
          action: 'change',
          channel: 'cli',
          outcome: 'ok',
          subjectId: team.id,
          details: { team: slug, keys: Object.keys(settings), reset: values.reset === true },
        });
      });
    }

    const effective = parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS;
    const customised = Object.keys(current ?? {});
    const heading =
      stored === undefined
        ? t('settings.current', { slug })
        : t(values.reset === true ? 'settings.reset' : 'settings.saved', { slug });
    return {
      exitCode: EXIT.ok,
      json: { team: slug, customised, settings: effective, ...(parsed.ok ? {} : { storedInvalid: true }) },
      lines: [
        heading,
        ...(parsed.ok ? [] : [t('settings.stored-invalid')]),
        t('settings.customised', { keys: customised.join(', ') || t('settings.none') }),
        JSON.stringify(effective, null, 2),
      ],
    };
  },
};

type ReadResult =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; outcome: ReturnType<typeof failure> };

async function readSettingsFile(context: CliContext, file: string): Promise<ReadResult> {
  const { t } = context;
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, file), 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('settings.no-such-file') : String(error);
    return {
      ok: false,
      outcome: failure('file-unreadable', t('settings.file-unreadable', { file, reason })),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, outcome: failure('not-json', t('settings.not-json', { file, reason })) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, outcome: failure('not-an-object', t('settings.not-an-object', { file })) };
  }
  return { ok: true, json: json as Record<string, unknown> };
}

function invalidOutcome(context: CliContext, file: string, problems: SettingsProblem[]) {
  const { t } = context;
  const message = t('settings.invalid', { file, count: problems.length });
  const described = problems.map((p) => ({ ...p, message: describeSettingsProblem(context.locale, p) }));
  return failure(
    'invalid-settings',
    message,
    [message, ...described.map((p) => `  ${p.path || '(root)'}: ${p.message}`)],
    { problems: described },
  );
}
