import {
  DIGEST_LIST_SECTIONS,
  type DigestListSection,
  type DigestSections,
} from '../../domain/digest/digest-sections.ts';
import type { DigestWeek } from '../../domain/digest/digest-week.ts';
import type { PersonalDigest } from '../../domain/digest/personal-digest.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  divider,
  fields,
  header,
  section,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDate, formatInstant } from '../format-when.ts';
import { sectionLines } from './digest-lines.ts';
import { digestText as t } from './digest-text.ts';

/** Lines a section shows in the digest itself; the rest is one "show more" away. */
export const SECTION_LIMIT = 8;
/** Characters per text block of a full list: below every platform's text limit (Teams: 2,000). */
const TEXT_CHUNK = 1_800;

export interface DigestViewOptions {
  locale: Locale;
  timeZone: string;
  /** Shown on request (`overzicht`): says so in the title. */
  preview?: boolean;
  /** Sent after its planned time: says so. */
  late?: boolean;
}

export interface TeamDigestModel {
  team: { id: string; name: string };
  week: DigestWeek;
  sections: DigestSections;
}

const weekNumber = (week: DigestWeek) => String(Number(week.isoWeek.slice(6)));

const TITLES: Record<Exclude<DigestListSection, 'blocked'>, 'conferences.title' | `${string}.title`> = {
  conferences: 'conferences.title',
  due: 'due.title',
  overdue: 'overdue.title',
  done: 'done.title',
  attention: 'attention.title',
  rotation: 'rotation.title',
};

function titleOf(name: DigestListSection, locale: Locale, blockedDays: number) {
  if (name === 'blocked') return t(locale, 'blocked.title', { days: blockedDays });
  return t(locale, TITLES[name] as Parameters<typeof t>[1]);
}

/** The team's digest for its channel: every section, each cut to SECTION_LIMIT lines with "show more". */
export function teamDigestView(
  model: TeamDigestModel,
  options: DigestViewOptions & { blockedDays: number },
): View {
  const { locale, timeZone } = options;
  const { sections, week, team } = model;
  const params = { team: team.name, week: weekNumber(week) };
  const blocks: Block[] = [header(t(locale, options.preview ? 'title.preview' : 'title', params))];
  if (options.late) {
    blocks.push(context(t(locale, 'late', { planned: formatInstant(week.plannedAt, locale, timeZone) })));
  }
  const cut: DigestListSection[] = [];
  for (const name of DIGEST_LIST_SECTIONS) {
    const lines = sectionLines(sections, name, locale, timeZone);
    blocks.push(section(shown(lines, locale, name), titleOf(name, locale, options.blockedDays)));
    if (lines.length > SECTION_LIMIT) cut.push(name);
    if (name === 'done') blocks.push(...protectionBlocks(sections, locale));
  }
  if (cut.length > 0) {
    blocks.push(
      buttons(
        cut.map((name) =>
          button(ActionIds.digestMore, t(locale, 'more.button', { section: t(locale, `section.${name}`) }), {
            value: encodeActionValue(ActionIds.digestMore, { teamId: team.id, section: name }),
          }),
        ),
      ),
    );
  }
  const fallback = t(locale, 'fallback', {
    ...params,
    conferences: sections.conferences.length,
    due: count(sections.due),
    overdue: count(sections.overdue),
  });
  return createView(fallback, blocks);
}

const count = (owners: readonly { actions: readonly unknown[] }[]) =>
  owners.reduce((sum, owner) => sum + owner.actions.length, 0);

function shown(lines: readonly string[], locale: Locale, name: DigestListSection): string {
  if (lines.length === 0) return noneText(locale, name);
  const head = lines.slice(0, SECTION_LIMIT);
  if (lines.length > SECTION_LIMIT) head.push(t(locale, 'more', { count: lines.length - SECTION_LIMIT }));
  return head.join('\n');
}

function noneText(locale: Locale, name: DigestListSection): string {
  return t(locale, `${name}.none` as Parameters<typeof t>[1]);
}

function protectionBlocks(sections: DigestSections, locale: Locale): Block[] {
  const p = sections.protection;
  return [
    text(
      `*${t(locale, 'protection.title', { from: formatDate(p.from, locale), to: formatDate(p.to, locale) })}*`,
    ),
    fields([
      { label: t(locale, 'protection.planned'), value: String(p.planned) },
      { label: t(locale, 'protection.held'), value: String(p.heldAsPlanned) },
      { label: t(locale, 'protection.deputy'), value: String(p.heldWithDeputy) },
      { label: t(locale, 'protection.written'), value: String(p.heldWithWrittenInput) },
      { label: t(locale, 'protection.postponed'), value: String(p.postponed) },
      { label: t(locale, 'protection.cancelled'), value: String(p.cancelled) },
    ]),
  ];
}

/** One section in full, answered privately: the lines in text blocks that each platform can show. */
export function sectionView(
  model: TeamDigestModel,
  name: DigestListSection,
  options: DigestViewOptions & { blockedDays: number },
): View {
  const { locale, timeZone } = options;
  const title = t(locale, 'more.title', {
    section: titleOf(name, locale, options.blockedDays),
    week: weekNumber(model.week),
    team: model.team.name,
  });
  const lines = sectionLines(model.sections, name, locale, timeZone);
  const body = lines.length === 0 ? [noneText(locale, name)] : lines;
  return createView(title, [header(title), ...textChunks(body).map((chunk) => text(chunk))]);
}

function textChunks(lines: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current !== '' && current.length + line.length + 1 > TEXT_CHUNK) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** A person's own digest, by direct message: what they do may be shown here (it is theirs alone). */
export function personalDigestView(
  digest: PersonalDigest,
  week: DigestWeek,
  options: DigestViewOptions,
): View {
  const { locale, timeZone } = options;
  const params = { week: weekNumber(week) };
  const blocks: Block[] = [header(t(locale, 'personal.title', params))];
  if (options.late) {
    blocks.push(context(t(locale, 'late', { planned: formatInstant(week.plannedAt, locale, timeZone) })));
  }
  const add = (title: Parameters<typeof t>[1], lines: string[]) => {
    if (lines.length === 0) return;
    const head = lines.slice(0, SECTION_LIMIT);
    if (lines.length > SECTION_LIMIT) head.push(t(locale, 'more', { count: lines.length - SECTION_LIMIT }));
    blocks.push(section(head.join('\n'), t(locale, title)));
  };
  add(
    'personal.conferences',
    digest.conferences.map(
      (c) => `${formatInstant(c.startsAt, locale, timeZone)} · *${c.references.join(', ')}*`,
    ),
  );
  const action = (a: PersonalDigest['due'][number]) =>
    `*${a.reference}* (${formatDate(a.dueOn, locale)}): ${a.description}`;
  add('personal.due', digest.due.map(action));
  add('personal.overdue', digest.overdue.map(action));
  add(
    'personal.turns',
    digest.turns.map((turn) => `${formatDate(turn.date, locale)}: ${turn.role}`),
  );
  if (blocks.length === (options.late ? 2 : 1)) blocks.push(text(t(locale, 'personal.nothing')));
  blocks.push(buttons([button(ActionIds.digestOptOut, t(locale, 'personal.opt-out'))]));
  const fallback = t(locale, 'personal.fallback', {
    ...params,
    conferences: digest.conferences.length,
    due: digest.due.length,
    overdue: digest.overdue.length,
  });
  return createView(fallback, blocks);
}

/** The personal digest switched off, with the way back in. */
export function optedOutView(locale: Locale): View {
  const message = t(locale, 'personal.opt-out.done');
  return createView(message, [
    text(message),
    buttons([button(ActionIds.digestOptIn, t(locale, 'personal.opt-in'))]),
  ]);
}

export function optedInView(locale: Locale): View {
  const message = t(locale, 'personal.opt-in.done');
  return createView(message, [
    text(message),
    buttons([button(ActionIds.digestOptOut, t(locale, 'personal.opt-out'))]),
  ]);
}

/** One line as the whole answer. */
export function noticeView(message: string): View {
  return createView(message, [text(message)]);
}

/** The personal digest above the team's preview, for `overzicht` in a direct message. */
export function combinedView(personal: View, team: View): View {
  return createView(`${personal.fallbackText}\n${team.fallbackText}`, [
    ...personal.blocks,
    divider(),
    ...team.blocks,
  ]);
}
