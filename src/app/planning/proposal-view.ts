import type { Locale } from '../../domain/locale.ts';
import { addDays, localDateOf } from '../../domain/slots/zone-offsets.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  bold,
  button,
  buttons,
  context,
  createView,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatDay, formatTimeRange } from '../format-when.ts';
import type { BookedConference, ConferenceLocation, DisciplineName } from '../ports/planning-store.ts';
import { translatePlanning as t } from './i18n/translate.ts';
import type { ConferenceProposal } from './propose-conference.ts';

export const LOCATIONS: readonly ConferenceLocation[] = ['office', 'home', 'online'];

const dateOf = (epochMinute: number) => new Date(epochMinute * 60_000);

export function slotLabel(start: number, end: number, locale: Locale, timeZone: string): string {
  return formatTimeRange(dateOf(start), dateOf(end), locale, timeZone);
}

export function disciplineLabel(
  code: string | null,
  names: ReadonlyMap<string, DisciplineName>,
  locale: Locale,
): string {
  if (code === null) return t(locale, 'proposal.no-discipline');
  return names.get(code)?.[locale] ?? code;
}

/**
 * The proposal, for the requester alone (it names disciplines, which reveal needs): who comes and why,
 * gaps with what to do, warnings, the slots as buttons and the other places as buttons.
 */
export function proposalView(
  proposal: ConferenceProposal,
  options: {
    locale: Locale;
    timeZone: string;
    names: ReadonlyMap<string, DisciplineName>;
    notice?: string;
    /** The scheduled conference this proposal moves (Verplaatsen), or the one a chosen second one follows. */
    mode?: { moves: BookedConference } | { another: BookedConference };
  },
): View {
  const guests = { resident: proposal.residentInvited, network: proposal.networkInvited };
  const { locale, timeZone, names, mode } = options;
  // Carried by every button, so a move stays a move and a chosen second conference stays chosen.
  const intent =
    mode && 'moves' in mode ? { moves: mode.moves.id } : mode && 'another' in mode ? { another: true } : {};
  const title = t(
    locale,
    proposal.kind === 'consolidation'
      ? 'proposal.title-consolidation'
      : proposal.kind === 'follow_up'
        ? 'proposal.title-follow-up'
        : 'proposal.title',
    { reference: proposal.household },
  );
  const blocks: Block[] = [];
  if (options.notice) blocks.push(text(options.notice));
  blocks.push(header(title));
  if (mode && 'moves' in mode) {
    blocks.push(
      text(
        t(locale, 'proposal.moving', { when: slotLabel(mode.moves.start, mode.moves.end, locale, timeZone) }),
      ),
    );
  } else if (mode && 'another' in mode) {
    blocks.push(
      text(
        t(locale, 'proposal.second', {
          reference: proposal.household,
          when: slotLabel(mode.another.start, mode.another.end, locale, timeZone),
        }),
      ),
    );
  }
  if (proposal.followUpOf && !(mode && 'moves' in mode)) {
    const { start, followUpWeeks } = proposal.followUpOf;
    blocks.push(
      context(
        t(locale, 'proposal.follow-up-from', {
          weeks: followUpWeeks,
          last: formatDay(localDateOf(start, timeZone), locale),
          from: formatDay(addDays(localDateOf(start, timeZone), followUpWeeks * 7), locale),
        }),
      ),
    );
  }
  blocks.push(
    text(
      t(locale, 'proposal.summary', {
        minutes: proposal.durationMinutes,
        location: t(locale, `location.${proposal.location}`),
      }),
    ),
  );
  blocks.push(
    text(
      proposal.required.length === 0
        ? t(locale, 'proposal.required-none')
        : t(locale, 'proposal.required', {
            disciplines: proposal.required.map((code) => disciplineLabel(code, names, locale)).join(', '),
          }),
    ),
  );

  if (proposal.tooManyHelpers) {
    const { reason, involved, suggestedCoordinator } = proposal.tooManyHelpers;
    blocks.push(text(t(locale, `too-many.${reason}`, { count: involved })));
    if (suggestedCoordinator)
      blocks.push(text(t(locale, 'too-many.suggested-coordinator', { name: suggestedCoordinator.name })));
  }

  blocks.push(
    list(
      proposal.attendees.map((a) => ({
        text: `${bold(a.name)} · ${coveredLabel(a, names, locale)}`,
        meta: [
          t(locale, `role.${a.role}`),
          a.optionalRole ? t(locale, `optional-role.${a.optionalRole}`) : undefined,
          t(locale, a.alreadyInvolved ? 'attendee.involved' : 'attendee.new'),
        ]
          .filter((part) => part !== undefined)
          .join(' · '),
      })),
      t(locale, 'proposal.attendees'),
    ),
  );

  if (proposal.gapDetails.length > 0) {
    blocks.push(
      list(
        proposal.gapDetails.map((gap) => ({
          text: t(locale, `gap.${gap.suggestion}`, {
            discipline: disciplineLabel(gap.discipline, names, locale),
          }),
        })),
        t(locale, 'proposal.gaps'),
      ),
    );
  }

  if (proposal.lapsedConsents.length > 0) {
    blocks.push(
      list(
        proposal.lapsedConsents.map((lapsed) => ({
          text: t(locale, `consent.${lapsed.reason}`, {
            organisation: lapsed.organisation,
            date: formatDay(lapsed.on, locale),
          }),
        })),
        t(locale, 'proposal.left-out'),
      ),
    );
  }

  if (proposal.residentInvited || proposal.networkInvited) {
    const key =
      proposal.residentInvited && proposal.networkInvited
        ? 'invited.both'
        : proposal.residentInvited
          ? 'invited.resident'
          : 'invited.network';
    blocks.push(text(t(locale, key)));
  }

  if (proposal.unreadableCalendars.length > 0) {
    blocks.push(
      context(
        t(locale, 'calendars.unreadable', {
          names: proposal.unreadableCalendars.map((p) => p.name).join(', '),
        }),
      ),
    );
  }

  if (proposal.slots.length === 0) {
    blocks.push(text(t(locale, 'slots.none', { days: proposal.horizonWorkingDays })));
  } else {
    blocks.push(header(t(locale, 'slots.title')));
    blocks.push(
      buttons(
        proposal.slots.map((slot, index) =>
          button(ActionIds.planPickSlot, slotLabel(slot.start, slot.end, locale, timeZone), {
            value: encodeActionValue('plan.pick-slot', {
              householdId: proposal.householdId,
              start: slot.start,
              location: proposal.location,
              guests,
              ...intent,
            }),
            ...(index === 0 ? { style: 'primary' as const } : {}),
          }),
        ),
      ),
    );
  }
  blocks.push(context(t(locale, 'slots.other-location')));
  const again = (location: ConferenceLocation, invited: typeof guests) =>
    encodeActionValue('plan.propose', {
      householdId: proposal.householdId,
      location,
      guests: invited,
      ...intent,
    });
  blocks.push(
    buttons([
      ...LOCATIONS.filter((l) => l !== proposal.location).map((location) =>
        button(ActionIds.planPropose, t(locale, `location-button.${location}`), {
          value: again(location, guests),
        }),
      ),
      // The resident and their network join by the coordinator's choice; the slots stay the same.
      button(
        ActionIds.planPropose,
        t(locale, guests.resident ? 'guests.resident-off' : 'guests.resident-on'),
        {
          value: again(proposal.location, { ...guests, resident: !guests.resident }),
        },
      ),
      button(ActionIds.planPropose, t(locale, guests.network ? 'guests.network-off' : 'guests.network-on'), {
        value: again(proposal.location, { ...guests, network: !guests.network }),
      }),
    ]),
  );

  const fallback = [
    title,
    ...proposal.slots.map((s) => slotLabel(s.start, s.end, locale, timeZone)),
    proposal.slots.length === 0 ? t(locale, 'slots.none', { days: proposal.horizonWorkingDays }) : '',
  ]
    .filter(Boolean)
    .join('. ');
  return createView(fallback, blocks);
}

export function messageView(message: string): View {
  return createView(message, [text(message)]);
}

/** What an attendee brings: every required discipline they cover, or their optional role's discipline. */
function coveredLabel(
  attendee: Pick<ConferenceProposal['attendees'][number], 'discipline' | 'covers'>,
  names: ReadonlyMap<string, DisciplineName>,
  locale: Locale,
): string {
  const codes = attendee.covers.length > 0 ? attendee.covers : [attendee.discipline];
  return codes.map((code) => disciplineLabel(code, names, locale)).join(', ');
}
