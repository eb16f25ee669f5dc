import type {
  ClosePlanRequest,
  HouseholdDetails,
  HouseholdStore,
  PersonRef,
  RevisionVia,
  SaveHouseholdResult,
  StoredScore,
} from '../../../app/households/household-store.ts';
import type { AccessAction, AccessChannel } from '../../../app/ports/access-log.ts';
import type { LifeDomain } from '../../../domain/life-domains.ts';
import {
  type Prisma,
  type PrismaClient,
  Prisma as PrismaNamespace,
} from '../../../generated/prisma/client.ts';
import { recordAccess, recordAccesses } from './access-log-repository.ts';
import { writeConsents } from './consent-writes.ts';
import { latestRevision, recordRevision } from './household-revisions.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

const REVISIONS_SHOWN = 5;
/** Upcoming and recent conferences in the household view: the latest by start. */
const CONFERENCES_SHOWN = 6;
/** Config.scheduling.timeZone's default, for stores built without options (tests). */
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const personSelect = {
  id: true,
  name: true,
  organisation: { select: { id: true, name: true } },
} satisfies Prisma.ProfessionalSelect;

const detailsInclude = {
  team: { select: { name: true } },
  coordinator: { select: personSelect },
  involvements: { select: { professional: { select: personSelect } }, orderBy: { since: 'asc' } },
  consents: { include: { organisation: { select: { name: true } }, recordedBy: { select: { name: true } } } },
  scores: { orderBy: { scoredOn: 'asc' } },
  revisions: { orderBy: { revision: 'desc' }, take: REVISIONS_SHOWN },
  conferences: {
    orderBy: { conference: { startsAt: 'desc' } },
    take: CONFERENCES_SHOWN,
    select: {
      conference: {
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          location: true,
          status: true,
          kind: true,
          attendances: {
            orderBy: [{ role: 'asc' }, { professional: { name: 'asc' } }],
            select: { role: true, rsvp: true, professional: { select: { name: true } } },
          },
        },
      },
    },
  },
} satisfies Prisma.HouseholdInclude;

type HouseholdRow = Prisma.HouseholdGetPayload<{ include: typeof detailsInclude }>;
type PersonRow = Prisma.ProfessionalGetPayload<{ select: typeof personSelect }>;

/** Thrown inside a transaction to roll it back with a result for the user. */
class Refused extends Error {
  constructor(readonly result: Exclude<SaveHouseholdResult, { status: 'saved' }>) {
    super(result.status);
  }
}

export interface HouseholdStoreOptions {
  /** The scheduling time zone, for a save that does not name one: consent reminders go out in its morning. */
  timeZone: string;
}

export function createHouseholdStore(
  prisma: PrismaClient,
  options: HouseholdStoreOptions = { timeZone: DEFAULT_TIME_ZONE },
): HouseholdStore {
  async function details(rows: HouseholdRow[]): Promise<HouseholdDetails[]> {
    const authorIds = [
      ...new Set(rows.flatMap((row) => row.revisions.flatMap((r) => (r.changedById ? [r.changedById] : [])))),
    ];
    const authors =
      authorIds.length === 0
        ? []
        : await prisma.professional.findMany({
            where: { id: { in: authorIds } },
            select: { id: true, name: true },
          });
    const nameOf = new Map(authors.map((a) => [a.id, a.name]));
    return rows.map((row) => toDetails(row, nameOf));
  }

  return {
    async teamsOf(professionalId) {
      const rows = await prisma.teamMembership.findMany({
        where: { professionalId },
        select: { role: true, team: { select: { id: true, name: true } } },
        orderBy: { team: { name: 'asc' } },
      });
      return rows.map((row) => ({ id: row.team.id, name: row.team.name, role: row.role }));
    },

    async listInvolved(professionalId) {
      const rows = await prisma.household.findMany({
        where: {
          OR: [{ coordinatorId: professionalId }, { involvements: { some: { professionalId } } }],
        },
        select: { id: true, reference: true, coordinatorId: true, team: { select: { name: true } } },
        orderBy: { reference: 'asc' },
      });
      return rows.map((row) => ({
        id: row.id,
        reference: row.reference,
        teamName: row.team.name,
        coordinating: row.coordinatorId === professionalId,
      }));
    },

    async findByReference(teamIds, reference) {
      if (teamIds.length === 0) return [];
      const rows = await prisma.household.findMany({
        where: { teamId: { in: [...teamIds] }, reference: { equals: reference, mode: 'insensitive' } },
        include: detailsInclude,
      });
      // An exact match wins over one that differs in case only.
      const exact = rows.filter((row) => row.reference === reference);
      return details(exact.length > 0 ? exact : rows);
    },

    async findById(householdId) {
      const row = await prisma.household.findUnique({ where: { id: householdId }, include: detailsInclude });
      return row ? (await details([row]))[0] : undefined;
    },

    async rosters(teamIds) {
      const rows = await prisma.teamMembership.findMany({
        where: { teamId: { in: [...teamIds] }, professional: { active: true } },
        select: { teamId: true, professional: { select: personSelect } },
        orderBy: { professional: { name: 'asc' } },
      });
      return teamIds.map((teamId) => ({
        teamId,
        members: rows.filter((row) => row.teamId === teamId).map((row) => toPerson(row.professional)),
      }));
    },

    async referenceRule(teamId) {
      return (await loadTeamSettings(prisma, teamId)).householdReference;
    },

    async teamReferences(teamId) {
      const rows = await prisma.household.findMany({ where: { teamId }, select: { reference: true } });
      return rows.map((row) => row.reference);
    },

    async referencesStartingWith(prefix) {
      const rows = await prisma.household.findMany({
        where: { reference: { startsWith: prefix, mode: 'insensitive' } },
        select: { reference: true },
      });
      return rows.map((row) => row.reference);
    },

    async savedByRequest(requestKey) {
      return (
        (await prisma.householdRevision.findUnique({
          where: { requestKey },
          select: { householdId: true, revision: true },
        })) ?? undefined
      );
    },

    save: (request) =>
      guarded(() =>
        prisma.$transaction(async (tx) => {
          const earlier = await savedEarlier(tx, request.requestKey);
          if (earlier) return earlier;
          const { values, actorId, now, today } = request;
          let householdId = request.householdId;
          if (householdId !== undefined && (await latestRevision(tx, householdId)) !== request.baseRevision)
            throw new Refused({ status: 'conflict' });
          const clash = await tx.household.findFirst({
            where: {
              teamId: values.teamId,
              reference: { equals: values.reference, mode: 'insensitive' },
              ...(householdId ? { id: { not: householdId } } : {}),
            },
            select: { id: true },
          });
          if (clash) throw new Refused({ status: 'reference-taken' });

          const fields = {
            reference: values.reference,
            hasChildren: values.hasChildren,
            ikWil: values.ikWil,
            ikKan: values.ikKan,
            ikHebNodig: values.ikHebNodig,
            coordinatorId: values.coordinatorId,
          };
          if (householdId === undefined) {
            householdId = (
              await tx.household.create({ data: { teamId: values.teamId, ...fields }, select: { id: true } })
            ).id;
          } else {
            await tx.household.update({ where: { id: householdId }, data: fields });
          }

          await tx.householdInvolvement.deleteMany({
            where: { householdId, professionalId: { notIn: values.involvedIds } },
          });
          await tx.householdInvolvement.createMany({
            data: values.involvedIds.map((professionalId) => ({ householdId: householdId!, professionalId })),
            skipDuplicates: true,
          });

          const scoredOn = dateColumn(request.scoredOn);
          for (const { domain, score } of request.scoreWrites) {
            await tx.domainScore.upsert({
              where: { householdId_domain_scoredOn: { householdId, domain, scoredOn } },
              create: { householdId, domain, score, scoredOn },
              update: { score },
            });
          }

          // The access log (NEN 7513) is written in this transaction: the change and its entries commit together.
          const about = chatAccess(request, householdId, values.teamId, values.reference);
          // Consent: recorded, renewed (new dates) or withdrawn, each with its access-log entry and reminder.
          const wanted = new Map(
            values.consentOrganisationIds.map((id) => [id, values.consentTerms?.[id]] as const),
          );
          await writeConsents(tx, {
            householdId,
            teamId: values.teamId,
            wanted,
            recordedById: actorId,
            today,
            now,
            timeZone: request.timeZone ?? options.timeZone,
            access: about,
          });

          const revision = await recordRevision(tx, householdId, {
            changedAt: now,
            changedById: actorId,
            via: 'chat',
            changed: request.changed,
            revision: request.baseRevision + 1,
            ...(request.requestKey ? { requestKey: request.requestKey } : {}),
          });
          const action: AccessAction = request.householdId === undefined ? 'create' : 'change';
          const scoreFields = request.changed.filter((field) => field.startsWith('scores.'));
          await recordAccesses(tx, [
            { ...about, kind: 'details', action, details: { changed: request.changed, revision } },
            ...(scoreFields.length > 0
              ? [{ ...about, kind: 'scores' as const, action, details: { changed: scoreFields, revision } }]
              : []),
          ]);
          return { status: 'saved' as const, householdId, revision };
        }),
      ),

    closePlan: (request) => setPlanClosed(prisma, request, request.now),
    reopenPlan: (request) => setPlanClosed(prisma, request, null),
  };
}

/** Closes (at `closedAt`) or reopens (null) the plan, with a revision and an access-log entry. */
function setPlanClosed(
  prisma: PrismaClient,
  request: ClosePlanRequest,
  closedAt: Date | null,
): Promise<SaveHouseholdResult> {
  const changed = [closedAt ? 'planClosedAt' : 'planReopened'];
  return guarded(() =>
    prisma.$transaction(async (tx) => {
      const earlier = await savedEarlier(tx, request.requestKey);
      if (earlier) return earlier;
      const { householdId, actorId, now } = request;
      if ((await latestRevision(tx, householdId)) !== request.baseRevision)
        throw new Refused({ status: 'conflict' });
      const { reference, teamId } = await tx.household.update({
        where: { id: householdId },
        data: { planClosedAt: closedAt },
        select: { reference: true, teamId: true },
      });
      const revision = await recordRevision(tx, householdId, {
        changedAt: now,
        changedById: actorId,
        via: 'chat',
        changed,
        revision: request.baseRevision + 1,
        ...(request.requestKey ? { requestKey: request.requestKey } : {}),
      });
      await recordAccess(tx, {
        ...chatAccess(request, householdId, teamId, reference),
        kind: 'details',
        action: 'change',
        details: { changed, revision },
      });
      return { status: 'saved' as const, householdId, revision };
    }),
  );
}

/**
 * A refused change, or a unique clash with a concurrent writer (the same revision number, or the same
 * reference created at the same moment): the transaction rolled back, so nothing was written.
 */
async function guarded(run: () => Promise<SaveHouseholdResult>): Promise<SaveHouseholdResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.result;
    if (error instanceof PrismaNamespace.PrismaClientKnownRequestError && error.code === 'P2002') {
      return JSON.stringify(error.meta ?? {}).includes('reference')
        ? { status: 'reference-taken' }
        : { status: 'conflict' };
    }
    throw error;
  }
}

/** Who, when, through which channel and for which chat request: what every entry of a chat write shares. */
function chatAccess(
  request: { actorId: string; now: Date; channel?: AccessChannel; requestKey?: string },
  householdId: string,
  teamId: string,
  reference: string,
) {
  return {
    actorId: request.actorId,
    // Every channel names itself on the actor; a caller without one (a router test) is the try-out.
    channel: request.channel ?? 'tryout',
    outcome: 'ok' as const,
    householdId,
    teamId,
    reference,
    at: request.now,
    requestKey: request.requestKey ?? null,
  };
}

function toPerson(row: PersonRow): PersonRef {
  return {
    id: row.id,
    name: row.name,
    organisationId: row.organisation.id,
    organisationName: row.organisation.name,
  };
}

function toDetails(row: HouseholdRow, nameOf: Map<string, string>): HouseholdDetails {
  const scores: Partial<Record<LifeDomain, StoredScore>> = {};
  // Ordered by date, so the latest score of each domain wins.
  for (const s of row.scores) scores[s.domain] = { score: s.score, scoredOn: isoDate(s.scoredOn) };
  return {
    id: row.id,
    teamId: row.teamId,
    teamName: row.team.name,
    reference: row.reference,
    hasChildren: row.hasChildren,
    ikWil: row.ikWil,
    ikKan: row.ikKan,
    ikHebNodig: row.ikHebNodig,
    coordinator: row.coordinator ? toPerson(row.coordinator) : null,
    involved: row.involvements.map((i) => toPerson(i.professional)),
    consents: row.consents
      .map((c) => ({
        organisationId: c.organisationId,
        organisationName: c.organisation.name,
        id: c.id,
        givenOn: isoDate(c.givenOn),
        validUntil: c.validUntil ? isoDate(c.validUntil) : null,
        withdrawnOn: c.withdrawnOn ? isoDate(c.withdrawnOn) : null,
        recordedByName: c.recordedBy?.name ?? null,
      }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl')),
    scores,
    planClosedAt: row.planClosedAt,
    conferences: row.conferences.map(({ conference: c }) => ({
      id: c.id,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      location: c.location,
      status: c.status,
      kind: c.kind,
      attendees: c.attendances.map((a) => ({ name: a.professional.name, role: a.role, answer: a.rsvp })),
    })),
    revision: row.revisions[0]?.revision ?? 0,
    revisions: row.revisions.map((r) => ({
      revision: r.revision,
      changedAt: r.changedAt,
      changedByName: r.changedById ? (nameOf.get(r.changedById) ?? null) : null,
      via: toVia(r.via),
      changed: r.changed,
    })),
  };
}

function toVia(via: string): RevisionVia {
  return via === 'chat' || via === 'seed' ? via : 'import';
}

/**
 * The change this chat request already made, when a crash made the channel run it again: answered as saved, not
 * made twice. A second run racing the first fails on the unique requestKey and rolls back.
 */
async function savedEarlier(tx: Prisma.TransactionClient, requestKey: string | undefined) {
  if (!requestKey) return undefined;
  const row = await tx.householdRevision.findUnique({
    where: { requestKey },
    select: { householdId: true, revision: true },
  });
  return row ? { status: 'saved' as const, ...row } : undefined;
}
