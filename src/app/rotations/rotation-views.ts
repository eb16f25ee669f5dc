import type { Locale } from '../../domain/locale.ts';
import type { ComputedTurn } from '../../domain/rotations/compute-turns.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  bold,
  button,
  buttons,
  createView,
  form,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDate } from '../format-when.ts';
import { type RotationMessageKey, rotationText as t } from './i18n/translate.ts';
import type { RotationPersonInfo, TeamRotations } from './rotation-store.ts';

export const ROTATION_SETUP_FORM = 'rotation-setup';
export const ROTATION_SWAP_FORM = 'rotation-swap';
/** At most this many Swap… buttons under the schedule (a person's own turns, soonest first). */
const MAX_SWAP_BUTTONS = 5;

export function messageView(
  locale: Locale,
  key: RotationMessageKey,
  params?: Record<string, string | number>,
): View {
  const message = t(locale, key, params);
  return createView(message, [text(message)]);
}

export function dateText(date: string, locale: Locale): string {
  return formatDate(date, locale);
}

/** The coming turns per role, mine in bold, with Swap… on my own turns and, for a coach, Set up a role. */
export function scheduleView(
  data: TeamRotations,
  turns: readonly ComputedTurn[],
  viewer: { id: string; coach: boolean; weeks: number },
  locale: Locale,
): View {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const title = t(locale, 'schedule.title', { team: data.team.name });
  if (data.rotations.length === 0) {
    return createView(title, [
      header(title),
      text(t(locale, 'schedule.none')),
      ...setupButton(viewer.coach, locale),
    ]);
  }
  const blocks: Block[] = [header(title)];
  for (const rotation of data.rotations) {
    const own = turns.filter((turn) => turn.rotationId === rotation.id);
    const items = own.map((turn) => ({
      text: turnLine(turn, people, viewer.id, locale),
    }));
    blocks.push(
      items.length > 0
        ? list(items, rotation.role)
        : list([{ text: t(locale, 'schedule.no-turns', { weeks: viewer.weeks }) }], rotation.role),
    );
  }
  const mine = turns.filter((turn) => turn.holderId === viewer.id).slice(0, MAX_SWAP_BUTTONS);
  const roleOf = new Map(data.rotations.map((r) => [r.id, r.role]));
  const swaps = mine.map((turn) =>
    button(
      'rotation.swap',
      t(locale, 'schedule.swap', {
        role: roleOf.get(turn.rotationId) ?? '',
        date: dateText(turn.date, locale),
      }),
      { value: encodeActionValue('rotation.swap', { rotationId: turn.rotationId, date: turn.date }) },
    ),
  );
  if (swaps.length > 0) blocks.push(buttons(swaps));
  blocks.push(...setupButton(viewer.coach, locale));
  return createView(title, blocks);
}

function setupButton(coach: boolean, locale: Locale) {
  if (!coach) return [];
  return [
    buttons([
      button('rotation.setup', t(locale, 'schedule.setup'), {
        value: encodeActionValue('rotation.setup', {}),
      }),
    ]),
  ];
}

function turnLine(
  turn: ComputedTurn,
  people: Map<string, RotationPersonInfo>,
  viewerId: string,
  locale: Locale,
): string {
  const date = dateText(turn.date, locale);
  const name =
    turn.holderId === null ? t(locale, 'schedule.nobody') : (people.get(turn.holderId)?.name ?? '?');
  const reason = turn.reason ? ` — ${t(locale, `reason.${turn.reason}`)}` : '';
  if (turn.holderId === viewerId) return bold(`${date}: ${name} ${t(locale, 'schedule.yours')}`) + reason;
  return `${date}: ${name}${reason}`;
}

/** The coach's form for one role; the members' and pinned person's options are the team's members. */
export function setupFormView(data: TeamRotations, locale: Locale, today: string): View {
  const members = data.people
    .filter((p) => data.team.memberIds.includes(p.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => ({ value: p.key, label: p.name }));
  const title = t(locale, 'form.title');
  return createView(title, [
    form({
      formId: ROTATION_SETUP_FORM,
      title,
      submitLabel: t(locale, 'form.submit'),
      fields: [
        { id: 'role', kind: 'text', label: t(locale, 'form.role'), required: true },
        {
          id: 'duty',
          kind: 'select',
          label: t(locale, 'form.duty'),
          required: false,
          options: (['none', 'chair', 'minute_taker'] as const).map((d) => ({
            value: d,
            label: t(locale, `form.duty.${d}`),
          })),
          initial: 'none',
        },
        {
          id: 'members',
          kind: 'multiselect',
          label: t(locale, 'form.members'),
          required: true,
          options: members,
        },
        {
          id: 'cadence',
          kind: 'select',
          label: t(locale, 'form.cadence'),
          required: true,
          options: (['each_conference', 'weeks', 'weekdays'] as const).map((c) => ({
            value: c,
            label: t(locale, `form.cadence.${c}`),
          })),
          initial: 'weeks',
        },
        {
          id: 'everyWeeks',
          kind: 'number',
          label: t(locale, 'form.every-weeks'),
          required: false,
          initial: 1,
          min: 1,
          max: 52,
        },
        {
          id: 'weekdays',
          kind: 'multiselect',
          label: t(locale, 'form.weekdays'),
          required: false,
          options: ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({
            value: String(d),
            label: t(locale, `weekday.${d}`),
          })),
        },
        { id: 'startsOn', kind: 'date', label: t(locale, 'form.starts-on'), required: true, initial: today },
        {
          id: 'pinned',
          kind: 'select',
          label: t(locale, 'form.pinned'),
          required: false,
          options: [{ value: 'none', label: t(locale, 'form.pinned.none') }, ...members],
          initial: 'none',
        },
      ],
    }),
  ]);
}

/** Pick whom to ask: the role's other members. */
export function swapFormView(data: TeamRotations, turn: ComputedTurn, askerId: string, locale: Locale): View {
  const rotation = data.rotations.find((r) => r.id === turn.rotationId);
  const people = new Map(data.people.map((p) => [p.id, p]));
  const options = (rotation?.memberIds ?? [])
    .filter((id) => id !== askerId && people.has(id))
    .map((id) => ({
      value: (people.get(id) as RotationPersonInfo).key,
      label: (people.get(id) as RotationPersonInfo).name,
    }));
  const title = t(locale, 'swap.pick.title', { role: turn.role, date: dateText(turn.date, locale) });
  return createView(title, [
    text(t(locale, 'swap.pick.text')),
    form({
      formId: `${ROTATION_SWAP_FORM}:${turn.rotationId}|${turn.date}`,
      title,
      submitLabel: t(locale, 'swap.pick.submit'),
      fields: [{ id: 'other', kind: 'select', label: t(locale, 'swap.pick.other'), required: true, options }],
    }),
  ]);
}

/** To the member asked: Accept / Decline. */
export function swapRequestView(
  swap: { id: string; role: string; date: string; askerName: string },
  locale: Locale,
): View {
  const date = dateText(swap.date, locale);
  const title = t(locale, 'swap.request.title', { role: swap.role, date });
  return createView(title, [
    header(title),
    text(t(locale, 'swap.request.text', { name: swap.askerName, role: swap.role, date })),
    buttons([
      button('rotation.swap-answer', t(locale, 'swap.accept'), {
        value: encodeActionValue('rotation.swap-answer', { swapId: swap.id, accept: true }),
        style: 'primary',
      }),
      button('rotation.swap-answer', t(locale, 'swap.decline'), {
        value: encodeActionValue('rotation.swap-answer', { swapId: swap.id, accept: false }),
      }),
    ]),
  ]);
}

/** The holder's announcement, a few working days before the turn. */
export function announcementView(turn: { role: string; date: string; team: string }, locale: Locale): View {
  const date = dateText(turn.date, locale);
  const title = t(locale, 'announce.title', { role: turn.role, date });
  return createView(title, [
    header(title),
    text(t(locale, 'announce.text', { role: turn.role, team: turn.team, date })),
  ]);
}
