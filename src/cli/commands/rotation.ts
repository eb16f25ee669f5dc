import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { localDate } from '../../app/format-when.ts';
import { overrideTurn } from '../../app/rotations/override-turn.ts';
import { problemText } from '../../app/rotations/rotation-problems.ts';
import { readRotationSchedule } from '../../app/rotations/rotation-turns.ts';
import { setRotations } from '../../app/rotations/set-rotations.ts';
import type { RotationSpec } from '../../domain/rotations/rotation-spec.ts';
import {
  createRotationUnitOfWork,
  rotationStoreOf,
} from '../../infra/db/repositories/rotation-repository.ts';
import { type CliCommand, type CliContext, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { type RotationCliKey, rotationCliText } from '../i18n/rotation-cli-text.ts';

export const DEFAULT_ROTATION_WEEKS = 4;

/** The file of `casus rotation set` (docs/rotations.md): types here, meaning in domain/rotations/rotation-spec.ts. */
const fileSchema = z.object({
  team: z.string().optional(),
  rotations: z.array(
    z.object({
      role: z.string(),
      duty: z.enum(['chair', 'minute_taker']).nullable().optional(),
      cadence: z.enum(['each_conference', 'weeks', 'weekdays']),
      everyWeeks: z.number().optional(),
      weekdays: z.array(z.number()).optional(),
      startsOn: z.string(),
      members: z.array(z.string()),
      pinned: z.string().nullable().optional(),
    }),
  ),
});

/**
 * `casus rotation show [--team <slug>] [--weeks N] [--from YYYY-MM-DD] [--json]`: the coming turns per role —
 * `{ team, rotations: [{ role, duty?, turns: [{ date, member, memberName, reason? }] }] }`.
 * `casus rotation set --file <file.json> [--team <slug>]`: the team's roles become the file's; any problem
 * saves nothing (exit 1) and every problem is named.
 * `casus rotation override --role <role> --date YYYY-MM-DD --member <key> [--team <slug>]`: the coach's
 * override of one turn, for the operator (reason "override").
 */
export const rotationCommand: CliCommand = {
  name: 'rotation',
  summary: 'command.rotation.summary',
  usage: 'command.rotation.usage',
  details: 'command.rotation.details',
  helpParams: { weeks: DEFAULT_ROTATION_WEEKS },
  options: {
    team: { type: 'string' },
    weeks: { type: 'string' },
    from: { type: 'string' },
    file: { type: 'string' },
    role: { type: 'string' },
    date: { type: 'string' },
    member: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run(context, { values, positionals }) {
    const say = (key: RotationCliKey, params?: Record<string, string | number>) =>
      rotationCliText(context.locale, key, params);
    const action = positionals[0];
    if (action === 'show') return show(context, values, say);
    if (action === 'set') return set(context, values, say);
    if (action === 'override') return override(context, values, say);
    return usage('unknown-action', say('unknown-action', { action: String(action) }));
  },
};

type Say = (key: RotationCliKey, params?: Record<string, string | number>) => string;
type Values = Record<string, string | boolean | undefined>;

async function show(context: CliContext, values: Values, say: Say): Promise<CommandOutcome> {
  let weeks = DEFAULT_ROTATION_WEEKS;
  if (values.weeks !== undefined) {
    const text = String(values.weeks).trim();
    weeks = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
    if (!(weeks >= 1 && weeks <= 52)) return usage('bad-weeks', say('bad-weeks', { value: text }));
  }
  const timeZone = context.config().scheduling.timeZone;
  const from = typeof values.from === 'string' ? values.from : localDate(context.clock.now(), timeZone);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return usage('bad-from', say('bad-from', { value: from }));
  const { db } = await context.database();
  const team = await pickTeam(context, values, say);
  if ('outcome' in team) return team.outcome;
  const schedule = await readRotationSchedule(rotationStoreOf(db.prisma, { timeZone }))({
    teamId: team.id,
    from,
    weeks,
  });
  const lines = [say('heading', { team: team.slug, weeks, from })];
  if (schedule.rotations.length === 0) lines.push(say('none', { team: team.slug }));
  for (const role of schedule.rotations) {
    lines.push(say('role', { role: role.role }));
    if (role.turns.length === 0) lines.push(say('no-turns'));
    for (const turn of role.turns) {
      const reason = turn.reason ? say(`reason.${turn.reason}`) : '';
      lines.push(say('turn', { date: turn.date, name: turn.memberName, key: turn.member, reason }));
    }
  }
  return { exitCode: EXIT.ok, json: { ...schedule, from, weeks }, lines };
}

async function set(context: CliContext, values: Values, say: Say): Promise<CommandOutcome> {
  const file = typeof values.file === 'string' ? values.file : undefined;
  if (file === undefined) return usage('file-needed', say('file-needed'));
  let json: unknown;
  try {
    const text = await readFile(resolve(context.cwd, file), 'utf8');
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure('not-json', say('not-json', { file, reason }));
    }
  } catch (error) {
    return failure('file-unreadable', say('file-unreadable', { file, reason: (error as Error).message }));
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.') || '(root)',
      message: issue.message,
    }));
    return invalid(file, problems, say);
  }
  const fromFile = parsed.data.team;
  const team = await pickTeam(context, { ...values, team: values.team ?? fromFile }, say);
  if ('outcome' in team) return team.outcome;
  const { db } = await context.database();
  const timeZone = context.config().scheduling.timeZone;
  const result = await setRotations(createRotationUnitOfWork(db.prisma, { timeZone }), {
    teamId: team.id,
    specs: parsed.data.rotations as RotationSpec[],
    actor: { id: null, onBehalfOf: 'operator', channel: 'cli' },
    today: localDate(context.clock.now(), timeZone),
    now: context.clock.now(),
  });
  if (!result.ok) {
    if ('refused' in result) return failure('unknown-team', say('unknown-team', { slug: team.slug }));
    const problems = result.problems.map((p) => ({
      path: p.code,
      code: p.code,
      message: problemText(context.locale, p),
    }));
    return invalid(file, problems, say);
  }
  return {
    exitCode: EXIT.ok,
    json: { team: team.slug, roles: result.roles },
    lines: [say('saved', { team: team.slug, roles: result.roles.join(', ') || '—' })],
  };
}

async function override(context: CliContext, values: Values, say: Say): Promise<CommandOutcome> {
  const role = typeof values.role === 'string' ? values.role : '';
  const date = typeof values.date === 'string' ? values.date : '';
  const member = typeof values.member === 'string' ? values.member : '';
  if (!role || !member || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    return usage('override-needs', say('override-needs'));
  const team = await pickTeam(context, values, say);
  if ('outcome' in team) return team.outcome;
  const { db } = await context.database();
  const timeZone = context.config().scheduling.timeZone;
  const result = await overrideTurn(createRotationUnitOfWork(db.prisma, { timeZone }), {
    teamId: team.id,
    role,
    date,
    memberKey: member,
    actor: { id: null, onBehalfOf: 'operator', channel: 'cli' },
  });
  if (result.kind === 'done') {
    return {
      exitCode: EXIT.ok,
      json: { team: team.slug, role: result.role, date, member },
      lines: [say('overridden', { name: result.name, role: result.role, date })],
    };
  }
  if (result.kind === 'not-a-member')
    return failure('not-a-member', say('override.not-a-member', { member }));
  if (result.kind === 'no-turn') return failure('no-turn', say('override.no-turn', { role, date }));
  return failure('unknown-role', say('override.unknown-role', { role }));
}

function invalid(file: string, problems: { path: string; message: string }[], say: Say): CommandOutcome {
  const message =
    problems.length === 1
      ? say('invalid.one', { file })
      : say('invalid.other', { file, count: problems.length });
  return failure('invalid-rotations', message, [message, ...problems.map((p) => `  ${p.message}`)], {
    problems,
  });
}

async function pickTeam(
  context: CliContext,
  values: Values,
  say: Say,
): Promise<{ id: string; slug: string } | { outcome: CommandOutcome }> {
  const { db } = await context.database();
  if (typeof values.team === 'string') {
    const team = await db.prisma.team.findUnique({
      where: { slug: values.team },
      select: { id: true, slug: true },
    });
    return team ?? { outcome: failure('unknown-team', say('unknown-team', { slug: values.team })) };
  }
  const teams = await db.prisma.team.findMany({
    select: { id: true, slug: true },
    orderBy: { slug: 'asc' },
    take: 20,
  });
  if (teams.length === 1) return teams[0] as { id: string; slug: string };
  if (teams.length === 0) return { outcome: failure('no-team', say('no-team')) };
  return { outcome: usage('which-team', say('which-team', { slugs: teams.map((t) => t.slug).join(', ') })) };
}

function usage(code: string, message: string): CommandOutcome {
  return { exitCode: EXIT.usage, json: { error: { code, message } }, lines: [message] };
}
