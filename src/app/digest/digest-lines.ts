import type { DigestListSection, DigestSections, OwnerActions } from '../../domain/digest/digest-sections.ts';
import type { Locale } from '../../domain/locale.ts';
import { formatDate, formatInstant } from '../format-when.ts';
import { digestText as t } from './digest-text.ts';

/**
 * Each list section of the team digest as lines of text, households by reference only (the lines go to the team
 * channel). The message shows the first few of each; "show more" sends them all.
 */

/** References per line, so one busy owner does not make a line longer than a platform shows. */
const REFERENCES_PER_LINE = 12;

export function sectionLines(
  sections: DigestSections,
  section: DigestListSection,
  locale: Locale,
  timeZone: string,
): string[] {
  switch (section) {
    case 'conferences':
      return sections.conferences.map((c) => {
        const status =
          c.required.length === 0
            ? t(locale, 'conferences.no-required')
            : c.quorum
              ? t(locale, 'conferences.complete')
              : t(locale, 'conferences.missing', { disciplines: c.missing.join(', ') });
        const chair = c.chair ? ` · ${t(locale, 'conferences.chair', { name: c.chair })}` : '';
        return `${formatInstant(c.startsAt, locale, timeZone)} · *${c.references.join(', ')}* · ${status}${chair}`;
      });
    case 'due':
      return ownerLines(sections.due, (a) => `${a.reference} (${formatDate(a.dueOn, locale)})`);
    case 'overdue':
      // One entry per household, with how many of its actions are overdue when more than one.
      return sections.overdue.flatMap((owner) =>
        chunks(counted(owner.actions.map((a) => a.reference))).map((list) => `*${owner.ownerName}*: ${list}`),
      );
    case 'blocked':
      return sections.blocked.map((b) =>
        t(locale, 'blocked.item', { reference: b.reference, owner: b.ownerName, days: b.workingDays }),
      );
    case 'done':
      return sections.done.map((d) =>
        t(locale, 'done.item', { name: `*${d.name}*`, count: d.count, references: d.references.join(', ') }),
      );
    case 'attention':
      return [
        ...chunks(sections.attention.noConference.map((h) => h.reference)).map((references) =>
          t(locale, 'attention.stale', { references }),
        ),
        ...chunks(sections.attention.tooManyHelpers.map((h) => `${h.reference} (${h.helpers})`)).map(
          (references) => t(locale, 'attention.helpers', { references }),
        ),
      ];
    case 'rotation':
      return sections.rotation.flatMap((role) =>
        role.turns.map((turn) => {
          const reason = turn.reason ? ` (${t(locale, `rotation.reason.${turn.reason}`)})` : '';
          return `${role.role}: ${formatDate(turn.date, locale)} ${turn.memberName}${reason}`;
        }),
      );
  }
}

function ownerLines(
  owners: readonly OwnerActions[],
  item: (action: OwnerActions['actions'][number]) => string,
): string[] {
  return owners.flatMap((owner) =>
    chunks(owner.actions.map(item)).map((list) => `*${owner.ownerName}*: ${list}`),
  );
}

function counted(references: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const reference of references) counts.set(reference, (counts.get(reference) ?? 0) + 1);
  return [...counts].map(([reference, n]) => (n > 1 ? `${reference} ×${n}` : reference));
}

function chunks(items: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += REFERENCES_PER_LINE) {
    lines.push(items.slice(i, i + REFERENCES_PER_LINE).join(', '));
  }
  return lines;
}
