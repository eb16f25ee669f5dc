import { createHouseholdDoor } from '../../../app/access/household-door.ts';
import type { ActionBook } from '../../../app/actions/action-book.ts';
import { createActionBook } from '../../../app/actions/action-book-impl.ts';
import type { ActionReads, ActionStore, ActionUnitOfWork } from '../../../app/actions/action-store.ts';
import type {
  ActionEventView,
  ActionView,
  DecisionView,
  ActionEventKind as EventKind,
  PersonRef,
} from '../../../app/actions/action-types.ts';
import { type Clock, systemClock } from '../../../app/ports/clock.ts';
import type { LifeDomain } from '../../../domain/life-domains.ts';
import type { ActionEventKind, Prisma, PrismaClient } from '../../../generated/prisma/client.ts';
import { workPortsOf } from '../../work/prisma-unit-of-work.ts';
import { absenceReads, absenceWrites } from './absence-repository.ts';
import { createAccessLog } from './access-log-repository.ts';
import { createHouseholdDirectory } from './household-directory-repository.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';

type Client = PrismaClient | Prisma.TransactionClient;

const personSelect = { id: true, externalKey: true, name: true } as const;

const actionSelect = {
  id: true,
  householdId: true,
  household: { select: { reference: true, teamId: true } },
  owner: { select: personSelect },
  coOwners: { select: { professional: { select: personSelect } } },
  description: true,
  domain: true,
  dueOn: true,
  status: true,
  blockedSince: true,
  blockedBy: true,
  blockedNote: true,
  snoozedUntil: true,
  doneAt: true,
  doneById: true,
  cancelReason: true,
  decisionId: true,
  conferenceId: true,
  version: true,
} satisfies Prisma.ActionSelect;

type ActionRow = Prisma.ActionGetPayload<{ select: typeof actionSelect }>;

const decisionSelect = {
  id: true,
  householdId: true,
  household: { select: { reference: true } },
  text: true,
  domain: true,
  householdAgreed: true,
  conferenceId: true,
  recordedById: true,
  createdAt: true,
} satisfies Prisma.DecisionSelect;

type DecisionRow = Prisma.DecisionGetPayload<{ select: typeof decisionSelect }>;

export function toPerson(row: { id: string; externalKey: string; name: string }): PersonRef {
  return { id: row.id, key: row.externalKey, name: row.name };
}

/** People by id, for the ids an action or event row holds without a relation. */
async function peopleById(client: Client, ids: readonly (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await client.professional.findMany({ where: { id: { in: wanted } }, select: personSelect });
  return new Map(rows.map((row) => [row.id, toPerson(row)]));
}

async function toActions(client: Client, rows: readonly ActionRow[]): Promise<ActionView[]> {
  const doneBy = await peopleById(
    client,
    rows.map((r) => r.doneById),
  );
  return rows.map((row) => ({
    id: row.id,
    householdId: row.householdId,
    householdReference: row.household.reference,
    teamId: row.household.teamId,
    owner: toPerson(row.owner),
    coOwners: row.coOwners.map((c) => toPerson(c.professional)).sort((a, b) => a.name.localeCompare(b.name)),
    description: row.description,
    domain: row.domain as LifeDomain | null,
    dueOn: isoDate(row.dueOn),
    status: row.status,
    blockedSince: row.blockedSince ? isoDate(row.blockedSince) : null,
    blockedBy: row.blockedBy,
    blockedNote: row.blockedNote,
    snoozedUntil: row.snoozedUntil ? isoDate(row.snoozedUntil) : null,
    doneAt: row.doneAt,
    doneBy: row.doneById ? (doneBy.get(row.doneById) ?? null) : null,
    cancelReason: row.cancelReason,
    decisionId: row.decisionId,
    conferenceId: row.conferenceId,
    version: row.version,
  }));
}

async function toDecisions(client: Client, rows: readonly DecisionRow[]): Promise<DecisionView[]> {
  const by = await peopleById(
    client,
    rows.map((r) => r.recordedById),
  );
  return rows.map((row) => ({
    id: row.id,
    householdId: row.householdId,
    householdReference: row.household.reference,
    text: row.text,
    domain: row.domain as LifeDomain | null,
    householdAgreed: row.householdAgreed,
    conferenceId: row.conferenceId,
    recordedBy: row.recordedById ? (by.get(row.recordedById) ?? null) : null,
    createdAt: row.createdAt,
  }));
}

const toEventKind = (kind: EventKind): ActionEventKind => (kind === 'due-moved' ? 'due_moved' : kind);
const fromEventKind = (kind: ActionEventKind): EventKind => (kind === 'due_moved' ? 'due-moved' : kind);

async function oneAction(
  client: Client,
  where: Prisma.ActionWhereUniqueInput,
): Promise<ActionView | undefined> {
  const row = await client.action.findUnique({ where, select: actionSelect });
  return row ? (await toActions(client, [row]))[0] : undefined;
}

async function oneDecision(client: Client, where: Prisma.DecisionWhereUniqueInput) {
  const row = await client.decision.findUnique({ where, select: decisionSelect });
  return row ? (await toDecisions(client, [row]))[0] : undefined;
}

/** The ActionBook's reads on a client (the plain one, or a transaction's). Storage only. */
export function actionReads(client: Client): ActionReads {
  return {
    ...absenceReads(client),

    action: (id) => oneAction(client, { id }),
    actionByRequestKey: (requestKey) => oneAction(client, { requestKey }),
    decision: (id) => oneDecision(client, { id }),
    decisionByRequestKey: (requestKey) => oneDecision(client, { requestKey }),

    async history(actionId) {
      const rows = await client.actionEvent.findMany({
        where: { actionId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      const people = await peopleById(
        client,
        rows.flatMap((r) => [r.actorId, r.fromOwnerId, r.toOwnerId]),
      );
      const ref = (id: string | null) => (id ? (people.get(id) ?? null) : null);
      return rows.map(
        (row): ActionEventView => ({
          at: row.at,
          kind: fromEventKind(row.kind),
          actor: ref(row.actorId),
          onBehalfOf: row.onBehalfOf,
          reason: row.reason,
          blockedBy: row.blockedBy,
          fromOwner: ref(row.fromOwnerId),
          toOwner: ref(row.toOwnerId),
          dueOn: row.dueOn ? isoDate(row.dueOn) : null,
          untilOn: row.untilOn ? isoDate(row.untilOn) : null,
        }),
      );
    },

    async conference(conferenceId) {
      const row = await client.caseConference.findUnique({
        where: { id: conferenceId },
        select: {
          id: true,
          teamId: true,
          minutesAt: true,
          households: { select: { household: { select: { id: true, reference: true } } } },
          attendances: { select: { professionalId: true } },
        },
      });
      if (!row) return undefined;
      return {
        id: row.id,
        teamId: row.teamId,
        minutesAt: row.minutesAt,
        households: row.households.map((h) => h.household),
        attendeeIds: row.attendances.map((a) => a.professionalId),
      };
    },

    async caseTeamIds(householdId) {
      const row = await client.household.findUnique({
        where: { id: householdId },
        select: { coordinatorId: true, involvements: { select: { professionalId: true } } },
      });
      if (!row) return [];
      const ids = [
        ...(row.coordinatorId ? [row.coordinatorId] : []),
        ...row.involvements.map((i) => i.professionalId),
      ];
      return [...new Set(ids)];
    },

    async actions(query) {
      const rows = await client.action.findMany({
        where: {
          status: { in: [...query.statuses] },
          ...(query.teamId ? { household: { teamId: query.teamId } } : {}),
          ...(query.ownerId ? { ownerId: query.ownerId } : {}),
          ...(query.householdId ? { householdId: query.householdId } : {}),
          ...(query.dueBefore ? { dueOn: { lt: dateColumn(query.dueBefore) } } : {}),
          ...(query.personId
            ? {
                OR: [{ ownerId: query.personId }, { coOwners: { some: { professionalId: query.personId } } }],
              }
            : {}),
        },
        select: actionSelect,
        orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      });
      return toActions(client, rows);
    },

    async decisionsOf(householdId) {
      const rows = await client.decision.findMany({
        where: { householdId },
        select: decisionSelect,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      });
      return toDecisions(client, rows);
    },
  };
}

/** Reads and writes on one transaction. */
export function actionStoreOf(tx: Prisma.TransactionClient): ActionStore {
  return {
    ...actionReads(tx),
    ...absenceWrites(tx),

    async createAction(row, event) {
      const created = await tx.action.create({
        data: {
          householdId: row.householdId,
          ownerId: row.ownerId,
          description: row.description,
          domain: row.domain,
          dueOn: dateColumn(row.dueOn),
          conferenceId: row.conferenceId,
          decisionId: row.decisionId,
          recordedById: row.recordedById,
          requestKey: row.requestKey,
          nextNudgeAt: row.nextNudgeAt,
          createdAt: event.at,
          coOwners: { create: row.coOwnerIds.map((professionalId) => ({ professionalId })) },
          events: { create: [eventData(event)] },
        },
        select: { id: true },
      });
      return (await oneAction(tx, { id: created.id }))!;
    },

    async createDecision(row) {
      const created = await tx.decision.create({ data: row, select: { id: true } });
      return (await oneDecision(tx, { id: created.id }))!;
    },

    async changeAction(id, version, patch, event) {
      const { count } = await tx.action.updateMany({
        where: { id, version },
        data: {
          version: { increment: 1 },
          nextNudgeAt: patch.nextNudgeAt,
          ...(patch.status !== undefined ? { status: patch.status } : {}),
          ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
          ...(patch.dueOn !== undefined ? { dueOn: dateColumn(patch.dueOn) } : {}),
          ...(patch.blockedNote !== undefined ? { blockedNote: patch.blockedNote } : {}),
          ...(patch.blockedBy !== undefined ? { blockedBy: patch.blockedBy } : {}),
          ...(patch.blockedSince !== undefined
            ? { blockedSince: patch.blockedSince === null ? null : dateColumn(patch.blockedSince) }
            : {}),
          ...(patch.cancelReason !== undefined ? { cancelReason: patch.cancelReason } : {}),
          ...(patch.snoozedUntil !== undefined
            ? { snoozedUntil: patch.snoozedUntil === null ? null : dateColumn(patch.snoozedUntil) }
            : {}),
          ...(patch.doneAt !== undefined ? { doneAt: patch.doneAt } : {}),
          ...(patch.doneById !== undefined ? { doneById: patch.doneById } : {}),
        },
      });
      if (count !== 1) return undefined;
      // History reads in order of `at`: a change at the same instant as the line before comes a millisecond after.
      const last = await tx.actionEvent.findFirst({
        where: { actionId: id },
        orderBy: { at: 'desc' },
        select: { at: true },
      });
      const at = last && last.at >= event.at ? new Date(last.at.getTime() + 1) : event.at;
      await tx.actionEvent.create({ data: { actionId: id, ...eventData({ ...event, at }) } });
      return oneAction(tx, { id });
    },

    async recordPresence({ conferenceId, presentIds, byId, at }) {
      await tx.attendance.updateMany({
        where: { conferenceId, professionalId: { in: [...presentIds] } },
        data: { present: true },
      });
      await tx.attendance.updateMany({
        where: { conferenceId, professionalId: { notIn: [...presentIds] } },
        data: { present: false },
      });
      // The first minutes keep their time; a later correction changes presence only.
      await tx.caseConference.updateMany({
        where: { id: conferenceId, minutesAt: null },
        data: { minutesAt: at, minutesById: byId },
      });
    },

    async wakeActionsOf(ownerId, at) {
      const { count } = await tx.action.updateMany({
        where: { ownerId, status: { in: ['open', 'blocked'] } },
        data: { nextNudgeAt: at },
      });
      return count;
    },
  };
}

function eventData(event: Parameters<ActionStore['createAction']>[1]) {
  return {
    kind: toEventKind(event.kind),
    at: event.at,
    actorId: event.actorId,
    onBehalfOf: event.onBehalfOf,
    channel: event.channel,
    reason: event.reason ?? null,
    blockedBy: event.blockedBy ?? null,
    fromOwnerId: event.fromOwnerId ?? null,
    toOwnerId: event.toOwnerId ?? null,
    dueOn: event.dueOn ? dateColumn(event.dueOn) : null,
    untilOn: event.untilOn ? dateColumn(event.untilOn) : null,
  };
}

/** One transaction per write: the store and the outbox, scheduler and access log on it. */
export function createActionUnitOfWork(prisma: PrismaClient): ActionUnitOfWork {
  return {
    run: (work) => prisma.$transaction((tx) => work({ ...workPortsOf(tx), store: actionStoreOf(tx) })),
  };
}

/**
 * The ActionBook over this database: the household door and the access log here, reads on the plain client,
 * writes in one transaction each. For features.ts and the CLI.
 */
export function createDatabaseActionBook(
  prisma: PrismaClient,
  options: { timeZone: string; clock?: Clock },
): ActionBook {
  return createActionBook({
    door: createHouseholdDoor({ directory: createHouseholdDirectory(prisma), log: createAccessLog(prisma) }),
    reads: actionReads(prisma),
    work: createActionUnitOfWork(prisma),
    clock: options.clock ?? systemClock,
    timeZone: options.timeZone,
  });
}

/** The id of the active professional with this roster key (the CLI's --owner, --to, --as), or undefined. */
export async function professionalIdByKey(prisma: PrismaClient, key: string): Promise<string | undefined> {
  const row = await prisma.professional.findUnique({
    where: { externalKey: key },
    select: { id: true, active: true },
  });
  return row?.active ? row.id : undefined;
}
