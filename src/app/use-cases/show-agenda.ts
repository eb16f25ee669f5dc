import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  bold,
  button,
  buttons,
  createView,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import type { Actor } from '../actor.ts';
import { formatDate, formatTimeRange, localDate } from '../format-when.ts';
import { translate } from '../i18n/translate.ts';
import type { AgendaStore } from '../ports/agenda-store.ts';

/** How much a Home tab or an answer shows; the rest is for the full lists of later commands. */
const LIMIT = 20;

export interface AgendaInput {
  locale: Locale;
  actor: Actor;
  agenda: AgendaStore;
  now: Date;
  timeZone: string;
  /**
   * The actions area's part of Home (the person's actions with their buttons, and coming absences), instead of the
   * plain list of open actions; given by the feature that owns actions.
   */
  actionsSection?: () => Promise<{ summary: string; blocks: Block[] }>;
  /** A team coach's part (src/app/team-view/), after the person's own; empty for anyone else. */
  teamSection?: () => Promise<{ summary: string; blocks: Block[] }>;
}

/** The person's own overview (Slack's App Home): upcoming conferences and open actions. */
export async function showHome(input: AgendaInput): Promise<View> {
  const { locale, actor } = input;
  const title = translate(locale, 'home.title');
  if (!actor.professionalId) return unknownPerson(locale, title);
  const [conferences, actions, team] = await Promise.all([
    conferenceBlocks(input),
    input.actionsSection ? input.actionsSection() : actionBlocks(input),
    input.teamSection ? input.teamSection() : { summary: '', blocks: [] },
  ]);
  const fallback = [`${title}.`, conferences.summary, actions.summary, team.summary]
    .filter(Boolean)
    .join(' ');
  return createView(fallback, [
    header(title),
    ...conferences.blocks,
    ...actions.blocks,
    ...team.blocks,
    helpButton(locale),
  ]);
}

/** The `acties` / `actions` command: the person's open actions. */
export async function showMyActions(input: AgendaInput): Promise<View> {
  const { locale, actor } = input;
  const title = translate(locale, 'home.actions');
  if (!actor.professionalId) return unknownPerson(locale, title);
  const actions = await actionBlocks(input);
  return createView(`${title}. ${actions.summary}`, actions.blocks);
}

async function conferenceBlocks({ locale, actor, agenda, now, timeZone }: AgendaInput) {
  const rows = await agenda.upcomingConferences(actor.professionalId!, now, LIMIT);
  const title = translate(locale, 'home.conferences');
  if (rows.length === 0) {
    const none = translate(locale, 'home.no-conferences');
    return { summary: none, blocks: [header(title), text(none)] as Block[] };
  }
  const items = rows.map((c) => ({
    text: `${bold(formatTimeRange(c.startsAt, c.endsAt, locale, timeZone))} · ${c.households.join(', ')}`,
    meta: translate(locale, `location.${c.location}`),
  }));
  return {
    summary: translate(locale, 'home.conferences-count', { count: rows.length }),
    blocks: [list(items, title)] as Block[],
  };
}

async function actionBlocks({ locale, actor, agenda, now, timeZone }: AgendaInput) {
  const rows = await agenda.openActions(actor.professionalId!, LIMIT);
  const title = translate(locale, 'home.actions');
  if (rows.length === 0) {
    const none = translate(locale, 'home.no-actions');
    return { summary: none, blocks: [header(title), text(none)] as Block[] };
  }
  const today = localDate(now, timeZone);
  const items = rows.map((a) => ({
    text: `${bold(a.householdReference)}: ${a.description}`,
    meta: [
      translate(locale, 'action.due', { date: formatDate(a.dueOn, locale) }),
      a.dueOn < today ? translate(locale, 'action.overdue') : undefined,
      a.blocked ? translate(locale, 'action.blocked') : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return {
    summary: translate(locale, 'home.actions-count', { count: rows.length }),
    blocks: [list(items, title)] as Block[],
  };
}

function unknownPerson(locale: Locale, title: string): View {
  const message = translate(locale, 'home.unknown-person');
  return createView(`${title}. ${message}`, [header(title), text(message), helpButton(locale)]);
}

function helpButton(locale: Locale): Block {
  return buttons([
    button(ActionIds.helpShow, translate(locale, 'help.button'), {
      value: encodeActionValue(ActionIds.helpShow, {}),
    }),
  ]);
}
