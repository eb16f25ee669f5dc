import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  fields,
  header,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatTimeRange } from '../format-when.ts';
import type { ConferenceLocation, DisciplineName } from '../ports/planning-store.ts';
import { conferenceText as t } from './conference-text.ts';

export type AttendeeRole = 'required' | 'optional';
export type RsvpState = 'pending' | 'accepted' | 'declined' | 'tentative';

/** Everything one person's invitation shows. Only ever sent in a direct message to that person. */
export interface InvitationDetails {
  conferenceId: string;
  /** Pseudonymous household references, sorted. */
  references: readonly string[];
  startsAt: Date;
  endsAt: Date;
  location: ConferenceLocation;
  /** iCalendar SEQUENCE: above 0 the conference changed since the first invitation. */
  sequence: number;
  role: AttendeeRole;
  /** They coordinate (regisseur) one of the households: said first, as in the proposal. */
  coordinator?: boolean;
  /** The discipline this person covers at the table, if any. */
  discipline?: DisciplineName;
  /** Names of the other attendees who have not declined. */
  others: readonly string[];
  residentInvited: boolean;
  networkInvited: boolean;
  /** The person's own invitation (.ics) link. */
  calendarUrl: string;
  rsvp: RsvpState;
}

export interface ViewSettings {
  locale: Locale;
  timeZone: string;
}

const referencesText = (references: readonly string[]) => references.join(', ');

function roleText(locale: Locale, role: AttendeeRole, discipline?: DisciplineName): string {
  const roleName = t(locale, role === 'required' ? 'role.required' : 'role.optional');
  return discipline
    ? t(locale, 'role.with-discipline', { role: roleName, discipline: discipline[locale] })
    : roleName;
}

function residentText(locale: Locale, resident: boolean, network: boolean): string {
  if (resident && network) return t(locale, 'resident.both');
  if (resident) return t(locale, 'resident.resident');
  if (network) return t(locale, 'resident.network');
  return t(locale, 'resident.none');
}

/**
 * The invitation in a direct message: when, where, the person's role, who else comes, the calendar link and
 * Accept / Decline. After an answer the same view comes back with the answer and the other button, so
 * changing your mind is one press. `notice` replaces the default line about the answer.
 */
export function invitationView(details: InvitationDetails, settings: ViewSettings, notice?: string): View {
  const { locale, timeZone } = settings;
  const reference = referencesText(details.references);
  const title = t(locale, details.sequence > 0 ? 'invite.title-changed' : 'invite.title', { reference });
  const when = formatTimeRange(details.startsAt, details.endsAt, locale, timeZone);
  const where = t(locale, `location.${details.location}`);
  const value = { conferenceId: details.conferenceId };
  const accept = (label: string) =>
    button(ActionIds.conferenceAccept, label, {
      value: encodeActionValue(ActionIds.conferenceAccept, value),
      style: 'primary',
    });
  const decline = (label: string) =>
    button(ActionIds.conferenceDecline, label, {
      value: encodeActionValue(ActionIds.conferenceDecline, value),
      style: 'danger',
    });

  const status =
    notice ??
    (details.rsvp === 'accepted'
      ? t(locale, 'rsvp.accepted')
      : details.rsvp === 'declined'
        ? t(locale, 'rsvp.declined')
        : undefined);
  const choices =
    details.rsvp === 'accepted'
      ? [decline(t(locale, 'button.decline-after-all'))]
      : details.rsvp === 'declined'
        ? [accept(t(locale, 'button.accept-after-all'))]
        : [accept(t(locale, 'button.accept')), decline(t(locale, 'button.decline'))];

  const blocks: Block[] = [
    header(title),
    fields([
      { label: t(locale, 'field.when'), value: when },
      { label: t(locale, 'field.where'), value: where },
      {
        label: t(locale, 'field.role'),
        value: details.coordinator
          ? t(locale, 'role.coordinator-and', { role: roleText(locale, details.role, details.discipline) })
          : roleText(locale, details.role, details.discipline),
      },
      {
        label: t(locale, 'field.others'),
        value: details.others.length > 0 ? details.others.join(', ') : t(locale, 'others.none'),
      },
      {
        label: t(locale, 'field.resident'),
        value: residentText(locale, details.residentInvited, details.networkInvited),
      },
    ]),
    text(t(locale, 'calendar.link', { url: details.calendarUrl })),
    ...(status ? [text(status)] : []),
    buttons(choices),
  ];
  const fallback = t(locale, 'invite.fallback', { title, when, where });
  return createView(status ? `${status} ${fallback}` : fallback, blocks);
}

/**
 * The team channel's announcement. *Channel text*: the reference, the time and the kind of place only —
 * no attendees (their disciplines would reveal the household's needs) and nothing the resident said.
 */
export function announcementView(
  conference: { references: readonly string[]; startsAt: Date; endsAt: Date; location: ConferenceLocation },
  settings: ViewSettings,
): View {
  const { locale, timeZone } = settings;
  const message = t(locale, 'announce.text', {
    reference: referencesText(conference.references),
    when: formatTimeRange(conference.startsAt, conference.endsAt, locale, timeZone),
    where: t(locale, `announce.location.${conference.location}`),
  });
  return createView(message, [header(t(locale, 'announce.title')), text(message)]);
}

/** To the organiser and coordinator: someone cannot come. A direct message, so their role may be named. */
export function declinedNoticeView(
  notice: {
    name: string;
    references: readonly string[];
    startsAt: Date;
    endsAt: Date;
    role: AttendeeRole;
    discipline?: DisciplineName;
  },
  settings: ViewSettings,
): View {
  const { locale, timeZone } = settings;
  const reference = referencesText(notice.references);
  const message = t(locale, 'declined.text', {
    name: notice.name,
    reference,
    when: formatTimeRange(notice.startsAt, notice.endsAt, locale, timeZone),
  });
  return createView(message, [
    header(t(locale, 'declined.title', { reference })),
    text(message),
    fields([
      { label: t(locale, 'field.their-role'), value: roleText(locale, notice.role, notice.discipline) },
    ]),
  ]);
}

/** To the coordinator, the set interval after a conference: plan the follow-up (one press). */
export function followUpReminderView(
  reminder: { householdId: string; reference: string; weeks: number },
  locale: Locale,
): View {
  const message = t(locale, 'follow-up.text', { reference: reminder.reference, weeks: reminder.weeks });
  return createView(message, [
    header(t(locale, 'follow-up.title', { reference: reminder.reference })),
    text(message),
    buttons([
      button(ActionIds.planPropose, t(locale, 'follow-up.button'), {
        value: encodeActionValue(ActionIds.planPropose, { householdId: reminder.householdId }),
        style: 'primary',
      }),
    ]),
    context(t(locale, 'follow-up.hint')),
  ]);
}

export type RefusalReason = 'not-linked' | 'not-invited' | 'cancelled' | 'postponed';

/** Why an answer to an invitation cannot be taken. */
export function refusalView(
  reason: RefusalReason | { past: { startsAt: Date; endsAt: Date } },
  settings: ViewSettings,
): View {
  const { locale, timeZone } = settings;
  const message =
    typeof reason === 'string'
      ? t(locale, `refuse.${reason}`)
      : t(locale, 'refuse.past', {
          when: formatTimeRange(reason.past.startsAt, reason.past.endsAt, locale, timeZone),
        });
  return createView(message, [text(message)]);
}
