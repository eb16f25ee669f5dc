import {
  householdKey,
  identityKey,
  type PlatformName,
  type TeamRole,
} from '../../../app/roster/roster-model.ts';
import type {
  RosterKeys,
  RosterSnapshot,
  StoredHousehold,
  StoredProfessional,
} from '../../../app/roster/roster-store.ts';
import { DEFAULT_TEAM_SETTINGS, parseTeamSettings } from '../../../app/settings/team-settings.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';

/** Reads what the database holds for the keys an import names, as plain values keyed by natural keys. */
export async function readRosterSnapshot(
  tx: Prisma.TransactionClient,
  keys: RosterKeys,
): Promise<RosterSnapshot> {
  const [teams, organisations, disciplines, professionals, households, identities] = await Promise.all([
    tx.team.findMany({
      where: { slug: { in: keys.teamSlugs } },
      select: { id: true, slug: true, name: true, settings: true },
    }),
    tx.organisation.findMany({ where: { name: { in: keys.organisationNames } } }),
    tx.discipline.findMany({ where: { code: { in: keys.disciplineCodes } } }),
    readProfessionals(tx, keys.professionalKeys),
    readHouseholds(tx, keys.households),
    tx.platformIdentity.findMany({
      where: { externalUserId: { in: keys.identities.map((i) => i.userId) } },
      select: {
        platform: true,
        workspace: true,
        externalUserId: true,
        professional: { select: { externalKey: true } },
      },
    }),
  ]);
  return {
    teams: new Map(
      teams.map(({ settings, ...team }) => [
        team.slug,
        { ...team, referenceRule: referenceRuleOf(settings) },
      ]),
    ),
    organisations: new Map(organisations.map((o) => [o.name, o])),
    disciplines: new Map(disciplines.map((d) => [d.code, d])),
    professionals: new Map(professionals.map((p) => [p.key, p])),
    households: new Map(households.map((h) => [householdKey(h.team, h.reference), h])),
    identityOwners: new Map(
      identities.map((i) => [
        identityKey({ platform: i.platform, workspace: i.workspace, userId: i.externalUserId }),
        i.professional.externalKey,
      ]),
    ),
  };
}

/** As loadTeamSettings: stored settings that no longer parse give the defaults. */
function referenceRuleOf(settings: unknown) {
  const parsed = parseTeamSettings(settings ?? {});
  return (parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS).householdReference;
}

async function readProfessionals(
  tx: Prisma.TransactionClient,
  keys: string[],
): Promise<StoredProfessional[]> {
  const rows = await tx.professional.findMany({
    where: { externalKey: { in: keys } },
    include: {
      organisation: { select: { name: true } },
      memberships: { select: { role: true, team: { select: { slug: true } } } },
      disciplines: { select: { discipline: { select: { code: true } } } },
      contractDays: true,
      identities: true,
      absences: {
        where: { fromOn: { not: null }, toOn: { not: null } },
        select: { fromOn: true, toOn: true, deputy: { select: { externalKey: true } } },
      },
    },
  });
  return rows.map((p) => ({
    id: p.id,
    key: p.externalKey,
    name: p.name,
    email: p.email,
    organisation: p.organisation.name,
    contractHours: p.contractHours.toNumber(),
    busyCalendar: p.busyCalendarUrl,
    memberships: p.memberships.map((m) => ({ team: m.team.slug, role: m.role as TeamRole })),
    disciplines: p.disciplines.map((d) => d.discipline.code),
    days: p.contractDays.map((d) => ({
      weekday: d.weekday,
      startMinute: d.startMinute,
      endMinute: d.endMinute,
    })),
    identities: p.identities.map((i) => ({
      platform: i.platform as PlatformName,
      workspace: i.workspace,
      userId: i.externalUserId,
    })),
    absences: p.absences.map((a) => ({
      from: isoDate(a.fromOn!),
      to: isoDate(a.toOn!),
      deputy: a.deputy?.externalKey ?? null,
    })),
  }));
}

async function readHouseholds(
  tx: Prisma.TransactionClient,
  wanted: { team: string; reference: string }[],
): Promise<StoredHousehold[]> {
  if (wanted.length === 0) return [];
  const keys = new Set(wanted.map((w) => householdKey(w.team, w.reference)));
  // Two IN lists and an exact filter here: simpler (and as fast) as one OR per household.
  const rows = await tx.household.findMany({
    where: {
      reference: { in: [...new Set(wanted.map((w) => w.reference))] },
      team: { slug: { in: [...new Set(wanted.map((w) => w.team))] } },
    },
    include: {
      team: { select: { slug: true } },
      coordinator: { select: { externalKey: true } },
      involvements: { select: { professional: { select: { externalKey: true } } } },
      scores: true,
      consents: { include: { organisation: { select: { name: true } } } },
    },
  });
  return rows
    .filter((h) => keys.has(householdKey(h.team.slug, h.reference)))
    .map((h) => ({
      id: h.id,
      team: h.team.slug,
      reference: h.reference,
      hasChildren: h.hasChildren,
      coordinator: h.coordinator?.externalKey ?? null,
      involved: h.involvements.map((i) => i.professional.externalKey),
      scores: h.scores.map((s) => ({ domain: s.domain, score: s.score, scoredOn: isoDate(s.scoredOn) })),
      consents: h.consents.map((c) => ({
        organisation: c.organisation.name,
        givenOn: isoDate(c.givenOn),
        validUntil: c.validUntil ? isoDate(c.validUntil) : null,
        withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
      })),
    }));
}

/** @db.Date columns come back as midnight UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dateColumn(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00.000Z`);
}
