import type { InvitationDetails, RsvpState } from '../../app/conferences/conference-views.ts';
import type { MessagePlatform } from '../../app/ports/messenger.ts';
import type { ConferenceLocation, DisciplineName } from '../../app/ports/planning-store.ts';
import { isLocale, type Locale } from '../../domain/locale.ts';
import type { Prisma } from '../../generated/prisma/client.ts';

export interface SnapshotAttendee {
  professionalId: string;
  name: string;
  /** Professional.locale when it is one casus speaks. */
  locale?: Locale;
  role: 'required' | 'optional';
  discipline?: DisciplineName;
  rsvp: RsvpState;
  /** Every platform the person has an identity on, sorted: where a direct message reaches them. */
  platforms: MessagePlatform[];
}

/** One conference with what invitations, answers and follow-ups need, read in one go. */
export interface ConferenceSnapshot {
  id: string;
  teamId: string;
  startsAt: Date;
  endsAt: Date;
  location: ConferenceLocation;
  status: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  icsUid: string;
  icsSequence: number;
  organizerId: string | null;
  residentInvited: boolean;
  networkInvited: boolean;
  /** Sorted by reference. */
  households: { id: string; reference: string; coordinatorId: string | null; planClosedAt: Date | null }[];
  /** Sorted by name. */
  attendees: SnapshotAttendee[];
}

export async function loadConferenceSnapshot(
  tx: Prisma.TransactionClient,
  conferenceId: string,
): Promise<ConferenceSnapshot | undefined> {
  const row = await tx.caseConference.findUnique({
    where: { id: conferenceId },
    select: {
      id: true,
      teamId: true,
      startsAt: true,
      endsAt: true,
      location: true,
      status: true,
      icsUid: true,
      icsSequence: true,
      organizerId: true,
      residentInvited: true,
      networkInvited: true,
      households: {
        select: {
          household: { select: { id: true, reference: true, coordinatorId: true, planClosedAt: true } },
        },
      },
      attendances: {
        select: {
          professionalId: true,
          role: true,
          disciplineCode: true,
          rsvp: true,
          professional: {
            select: { name: true, locale: true, identities: { select: { platform: true } } },
          },
        },
      },
    },
  });
  if (!row) return undefined;
  const codes = row.attendances.flatMap((a) => (a.disciplineCode ? [a.disciplineCode] : []));
  const disciplines = new Map(
    (
      await tx.discipline.findMany({
        where: { code: { in: codes } },
        select: { code: true, nameNl: true, nameEn: true },
      })
    ).map((d) => [d.code, { nl: d.nameNl, en: d.nameEn }]),
  );
  const { households, attendances, ...conference } = row;
  return {
    ...conference,
    households: households.map((h) => h.household).sort((a, b) => a.reference.localeCompare(b.reference)),
    attendees: attendances
      .map((a): SnapshotAttendee => {
        const locale = a.professional.locale;
        const discipline = a.disciplineCode
          ? (disciplines.get(a.disciplineCode) ?? { nl: a.disciplineCode, en: a.disciplineCode })
          : undefined;
        return {
          professionalId: a.professionalId,
          name: a.professional.name,
          ...(isLocale(locale) ? { locale } : {}),
          role: a.role,
          ...(discipline ? { discipline } : {}),
          rsvp: a.rsvp,
          platforms: [...new Set(a.professional.identities.map((i) => i.platform))].sort(),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name) || a.professionalId.localeCompare(b.professionalId)),
  };
}

export const referencesOf = (snapshot: ConferenceSnapshot): string[] =>
  snapshot.households.map((h) => h.reference);

/** One attendee's invitation as their direct message shows it. */
export function invitationDetails(
  snapshot: ConferenceSnapshot,
  attendee: SnapshotAttendee,
  calendarUrl: string,
): InvitationDetails {
  return {
    conferenceId: snapshot.id,
    references: referencesOf(snapshot),
    startsAt: snapshot.startsAt,
    endsAt: snapshot.endsAt,
    location: snapshot.location,
    sequence: snapshot.icsSequence,
    role: attendee.role,
    coordinator: snapshot.households.some((h) => h.coordinatorId === attendee.professionalId),
    ...(attendee.discipline ? { discipline: attendee.discipline } : {}),
    others: snapshot.attendees
      .filter((a) => a.professionalId !== attendee.professionalId && a.rsvp !== 'declined')
      .map((a) => a.name),
    residentInvited: snapshot.residentInvited,
    networkInvited: snapshot.networkInvited,
    calendarUrl,
    rsvp: attendee.rsvp,
  };
}

/** Every platform the professional can get a direct message on, sorted. */
export async function platformsOf(
  tx: Prisma.TransactionClient,
  professionalId: string,
): Promise<MessagePlatform[]> {
  const rows = await tx.platformIdentity.findMany({
    where: { professionalId },
    select: { platform: true },
    distinct: ['platform'],
  });
  return rows.map((r) => r.platform).sort();
}
