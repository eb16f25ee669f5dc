import type { ConferenceSnapshot, SnapshotAttendee } from '../../app/conferences/conference-snapshot.ts';
import type { MessagePlatform } from '../../app/ports/messenger.ts';
import { isLocale } from '../../domain/locale.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isoDate } from '../db/repositories/roster-snapshot-reader.ts';

export {
  type ConferenceSnapshot,
  invitationDetails,
  referencesOf,
  type SnapshotAttendee,
} from '../../app/conferences/conference-snapshot.ts';

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
          household: {
            select: {
              id: true,
              reference: true,
              coordinatorId: true,
              planClosedAt: true,
              consents: {
                select: { organisationId: true, givenOn: true, validUntil: true, withdrawnOn: true },
              },
            },
          },
        },
      },
      attendances: {
        select: {
          professionalId: true,
          role: true,
          disciplineCode: true,
          rsvp: true,
          professional: {
            select: {
              name: true,
              locale: true,
              organisationId: true,
              identities: { select: { platform: true } },
            },
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
    households: households
      .map(({ household: { consents, ...household } }) => ({
        ...household,
        consents: consents.map((c) => ({
          organisationId: c.organisationId,
          givenOn: isoDate(c.givenOn),
          validUntil: c.validUntil ? isoDate(c.validUntil) : null,
          withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
        })),
      }))
      .sort((a, b) => a.reference.localeCompare(b.reference)),
    attendees: attendances
      .map((a): SnapshotAttendee => {
        const locale = a.professional.locale;
        const discipline = a.disciplineCode
          ? (disciplines.get(a.disciplineCode) ?? { nl: a.disciplineCode, en: a.disciplineCode })
          : undefined;
        return {
          professionalId: a.professionalId,
          name: a.professional.name,
          organisationId: a.professional.organisationId,
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

/** Every platform the professional can get a direct message on, sorted. */
/** platformsOf for many people in one query: each id maps to its sorted platforms (none: not in the map). */
export async function platformsOfEach(
  tx: Prisma.TransactionClient,
  professionalIds: readonly string[],
): Promise<Map<string, MessagePlatform[]>> {
  const rows = await tx.platformIdentity.findMany({
    where: { professionalId: { in: [...new Set(professionalIds)] } },
    select: { professionalId: true, platform: true },
    distinct: ['professionalId', 'platform'],
  });
  const byPerson = new Map<string, MessagePlatform[]>();
  for (const row of rows) {
    const list = byPerson.get(row.professionalId) ?? [];
    list.push(row.platform);
    byPerson.set(row.professionalId, list);
  }
  for (const list of byPerson.values()) list.sort();
  return byPerson;
}

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
