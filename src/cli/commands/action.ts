import type { ActionBook, BookContext, LocatedActionProblem } from '../../app/actions/action-book.ts';
import { actionProblemText } from '../../app/actions/action-problems.ts';
import type { ActionChange, ActionView } from '../../app/actions/action-types.ts';
import { dueDateMovedNote } from '../../app/actions/i18n/action-text.ts';
import { readDueDate } from '../../app/actions/read-due-date.ts';
import { localDate } from '../../app/format-when.ts';
import { isLifeDomain, LIFE_DOMAINS } from '../../domain/life-domains.ts';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import {
  createDatabaseActionBook,
  professionalIdByKey,
} from '../../infra/db/repositories/action-repository.ts';
import { type CliCommand, type CliContext, type CommandOutcome, EXIT, failure } from '../cli-command.ts';
import { type ActionCliKey, actionCliText } from '../i18n/action-cli-text.ts';

/** What the action commands share: the book, who acts (--as or the operator), and answers. */
export interface ActionCli {
  book: ActionBook;
  prisma: PrismaClient;
  context: BookContext;
  timeZone: string;
  today: string;
  say(key: ActionCliKey, params?: Record<string, string | number>): string;
}

/** The book and the request's context: as the --as professional through the door, else as the operator. */
export async function openActionCli(
  context: CliContext,
  as: string | boolean | undefined,
): Promise<ActionCli | CommandOutcome> {
  const { db } = await context.database();
  const timeZone = context.config().scheduling.timeZone;
  const now = context.clock.now();
  const say = (key: ActionCliKey, params?: Record<string, string | number>) =>
    actionCliText(context.locale, key, params);
  let actor: BookContext['actor'] = { channel: 'cli', onBehalfOf: 'operator' };
  if (typeof as === 'string') {
    const professionalId = await professionalIdByKey(db.prisma, as);
    if (!professionalId) return failure('unknown-professional', say('unknown-professional', { key: as }));
    actor = { professionalId, channel: 'cli', onBehalfOf: 'operator' };
  }
  return {
    book: createDatabaseActionBook(db.prisma, { timeZone, clock: context.clock }),
    prisma: db.prisma,
    context: { actor, privateConversation: true, locale: context.locale, now, timeZone },
    timeZone,
    today: localDate(now, timeZone),
    say,
  };
}

export function usage(code: string, message: string): CommandOutcome {
  return { exitCode: EXIT.usage, json: { error: { code, message } }, lines: [message] };
}

/** The use case's problems as the command's failure: every one, worded as in chat; codes for scripts. */
export function problemsOutcome(
  cli: Pick<ActionCli, 'context' | 'timeZone'>,
  problems: readonly LocatedActionProblem[],
): CommandOutcome {
  const messages = problems.map((p) => actionProblemText(p, cli.context.locale, cli.timeZone));
  const first = problems[0];
  return {
    exitCode: EXIT.failure,
    json: {
      error: { code: first?.code ?? 'failed', message: messages.join(' ') },
      problems: problems.map((p, i) => ({
        code: p.code,
        message: messages[i],
        ...(p.line ? { line: p.line } : {}),
      })),
    },
    lines: messages,
  };
}

/** The documented JSON of one action: household by reference, owner by key. */
export function actionJson(action: ActionView) {
  return {
    id: action.id,
    household: action.householdReference,
    owner: action.owner.key,
    dueOn: action.dueOn,
    status: action.status,
    version: action.version,
  };
}

/** A professional's id by roster key, or a failure naming the key. */
async function idOf(cli: ActionCli, key: string): Promise<string | CommandOutcome> {
  const id = await professionalIdByKey(cli.prisma, key);
  return id ?? failure('unknown-professional', cli.say('unknown-professional', { key }));
}

const VERBS = ['add', 'done', 'cancel', 'block', 'unblock', 'snooze', 'reassign'] as const;
type Verb = (typeof VERBS)[number];

/** --until as a date: ISO, or words ("over 3 dagen", "maandag") in the CLI's language. */
function untilDate(cli: ActionCli, words: string): string | CommandOutcome {
  if (/^\d{4}-\d{2}-\d{2}$/.test(words.trim())) return words.trim();
  const read = readDueDate(words, { locale: cli.context.locale, today: cli.today });
  if (read.ok) return read.dueOn;
  const problem = actionProblemText(
    {
      code: 'due-date',
      problem: read.problem,
      words,
      ...(read.problem === 'ambiguous' ? { candidates: read.candidates } : {}),
      ...(read.problem === 'in-the-past' || read.problem === 'too-far-ahead' ? { dueOn: read.dueOn } : {}),
    },
    cli.context.locale,
  );
  return usage('bad-until', cli.say('bad-until', { problem }));
}

/**
 * `casus action add <ref> --owner <key> --due <date or words> --text "…" [--domain <code>] [--team <slug>]
 * [--as <key>]` and `casus action done|cancel|block|unblock|snooze|reassign <id> [--reason …] [--by …]
 * [--until …] [--to <key>] [--as <key>]`: the same use cases as the chat, through the same door.
 */
export const actionCommand: CliCommand = {
  name: 'action',
  summary: 'command.action.summary',
  usage: 'command.action.usage',
  details: 'command.action.details',
  options: {
    owner: { type: 'string' },
    due: { type: 'string' },
    text: { type: 'string' },
    domain: { type: 'string' },
    team: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    until: { type: 'string' },
    to: { type: 'string' },
    as: { type: 'string' },
  },
  positionals: { min: 2, max: 2 },
  async run(context, { values, positionals }) {
    const say = (key: ActionCliKey, params?: Record<string, string | number>) =>
      actionCliText(context.locale, key, params);
    const [verbText = '', subject = ''] = positionals;
    if (!(VERBS as readonly string[]).includes(verbText))
      return usage('bad-verb', say('bad-verb', { verb: verbText }));
    const verb = verbText as Verb;
    const need = (option: string) => {
      const value = values[option];
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
    };
    const required: Record<Verb, string[]> = {
      add: ['owner', 'due', 'text'],
      done: [],
      cancel: ['reason'],
      block: ['reason'],
      unblock: [],
      snooze: ['until'],
      reassign: ['to'],
    };
    for (const option of required[verb])
      if (need(option) === undefined)
        return usage('missing-option', say('missing-option', { option: `--${option}`, verb }));
    const domain = need('domain');
    if (domain !== undefined && !isLifeDomain(domain))
      return usage('bad-domain', say('bad-domain', { value: domain, domains: LIFE_DOMAINS.join(', ') }));

    const cli = await openActionCli(context, values.as);
    if ('exitCode' in cli) return cli;

    if (verb === 'add') {
      const ownerId = await idOf(cli, need('owner')!);
      if (typeof ownerId !== 'string') return ownerId;
      let teamId: string | undefined;
      const slug = need('team');
      if (slug !== undefined) {
        teamId = (await cli.prisma.team.findUnique({ where: { slug }, select: { id: true } }))?.id;
        if (!teamId) return failure('unknown-team', say('unknown-team', { slug }));
      }
      const outcome = await cli.book.recordAction(
        {
          reference: subject,
          ownerId,
          due: need('due')!,
          description: need('text')!,
          ...(domain !== undefined && isLifeDomain(domain) ? { domain } : {}),
          ...(teamId ? { teamId } : {}),
        },
        cli.context,
      );
      if (!outcome.ok) return problemsOutcome(cli, outcome.problems);
      const { action, moved } = outcome;
      return {
        exitCode: EXIT.ok,
        json: {
          action: actionJson(action),
          ...(moved ? { moved: { from: moved.movedFrom, reason: moved.reason } } : {}),
        },
        lines: [
          say('recorded', {
            reference: action.householdReference,
            owner: action.owner.name,
            dueOn: action.dueOn,
            id: action.id,
          }),
          ...(moved ? [dueDateMovedNote(context.locale, moved, action.owner.name)] : []),
        ],
      };
    }

    let change: ActionChange;
    switch (verb) {
      case 'done':
        change = { kind: 'done' };
        break;
      case 'cancel':
        change = { kind: 'cancel', reason: need('reason')! };
        break;
      case 'block': {
        const by = need('by');
        change = { kind: 'block', reason: need('reason')!, ...(by ? { blockedBy: by } : {}) };
        break;
      }
      case 'unblock':
        change = { kind: 'unblock' };
        break;
      case 'snooze': {
        const until = untilDate(cli, need('until')!);
        if (typeof until !== 'string') return until;
        change = { kind: 'snooze', until };
        break;
      }
      case 'reassign': {
        const to = await idOf(cli, need('to')!);
        if (typeof to !== 'string') return to;
        change = { kind: 'reassign', toProfessionalId: to };
        break;
      }
    }
    const outcome = await cli.book.changeAction(subject, change, cli.context);
    if (!outcome.ok) return problemsOutcome(cli, outcome.problems);
    const { action } = outcome;
    return {
      exitCode: EXIT.ok,
      json: { action: actionJson(action) },
      lines: [
        say('changed', {
          id: action.id,
          reference: action.householdReference,
          status: say(`status.${action.status}`),
          owner: action.owner.name,
          dueOn: action.dueOn,
        }),
      ],
    };
  },
};
