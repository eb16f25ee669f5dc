import type { ConsentTerms } from '../../../app/households/household-store.ts';
import {
  consentReminderKey,
  scheduleConsentReminder,
} from '../../../app/households/remind-consent-ending.ts';
import type { AccessRecord } from '../../../app/ports/access-log.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { transactionScheduler } from '../../work/transaction-scheduler.ts';
import { recordAccess } from './access-log-repository.ts';
import { dateColumn, isoDate } from './roster-snapshot-reader.ts';
import { loadTeamSettings } from './team-settings-repository.ts';

/** What every access-log entry of one consent write shares: who, when, through which channel. */
export type ConsentAccess = Omit<AccessRecord, 'kind' | 'action' | 'subjectId' | 'details'>;

export interface ConsentWrite {
  householdId: string;
  teamId: string;
  /** Organisation id → the terms it should have (undefined: keep what is stored, or today without an end). */
  wanted: ReadonlyMap<string, ConsentTerms | undefined>;
  /** Professional.id of who records it; null for an import. */
  recordedById: string | null;
  today: string;
  now: Date;
  timeZone: string;
  access: ConsentAccess;
}

/**
 * Brings a household's consents to `wanted` inside the caller's transaction: new consent is created, changed
 * dates (a renewal) are written, consent no longer wanted is withdrawn (dated today, never deleted). Each
 * change writes its access-log entry (kind consent; the consent row, never the organisation, since which
 * organisations a household needs is care data) and, for consent with an end date, schedules the reminder;
 * a withdrawal cancels the reminder that was waiting. Returns whether anything changed.
 */
export async function writeConsents(tx: Prisma.TransactionClient, write: ConsentWrite): Promise<boolean> {
  const { householdId, today } = write;
  const stored = await tx.consent.findMany({ where: { householdId } });
  let changed = false;
  for (const [organisationId, asked] of write.wanted) {
    const current = stored.find((c) => c.organisationId === organisationId);
    const active = current && current.withdrawnOn === null ? current : undefined;
    const terms = asked ?? {
      givenOn: active ? isoDate(active.givenOn) : today,
      validUntil: active?.validUntil ? isoDate(active.validUntil) : null,
    };
    if (active && sameTerms(active, terms)) continue;
    const data = {
      givenOn: dateColumn(terms.givenOn),
      validUntil: terms.validUntil === null ? null : dateColumn(terms.validUntil),
      withdrawnOn: null,
      recordedById: write.recordedById,
    };
    const { id } = current
      ? await tx.consent.update({ where: { id: current.id }, data, select: { id: true } })
      : await tx.consent.create({ data: { householdId, organisationId, ...data }, select: { id: true } });
    await recordAccess(tx, {
      ...write.access,
      kind: 'consent',
      action: current ? 'change' : 'create',
      subjectId: id,
      details: {
        consent: active ? 'renewed' : 'given',
        ...(terms.validUntil ? { validUntil: terms.validUntil } : {}),
      },
    });
    if (active?.validUntil) await cancelReminder(tx, id, isoDate(active.validUntil));
    if (terms.validUntil) await scheduleReminder(tx, write, id, terms.validUntil);
    changed = true;
  }
  for (const current of stored) {
    if (current.withdrawnOn !== null || write.wanted.has(current.organisationId)) continue;
    await tx.consent.update({
      where: { id: current.id },
      data: { withdrawnOn: dateColumn(today), recordedById: write.recordedById },
    });
    await recordAccess(tx, {
      ...write.access,
      kind: 'consent',
      action: 'change',
      subjectId: current.id,
      details: { consent: 'withdrawn' },
    });
    if (current.validUntil) await cancelReminder(tx, current.id, isoDate(current.validUntil));
    changed = true;
  }
  return changed;
}

function sameTerms(row: { givenOn: Date; validUntil: Date | null }, terms: ConsentTerms): boolean {
  return (
    isoDate(row.givenOn) === terms.givenOn &&
    (row.validUntil ? isoDate(row.validUntil) : null) === terms.validUntil
  );
}

/** The reminder for consent ending on `validUntil`, in this transaction, at the team's reminder distance. */
export async function scheduleReminder(
  tx: Prisma.TransactionClient,
  when: { teamId: string; now: Date; timeZone: string },
  consentId: string,
  validUntil: string,
): Promise<void> {
  const { consentReminderDays } = await loadTeamSettings(tx, when.teamId);
  await scheduleConsentReminder(
    transactionScheduler(tx),
    { consentId, validUntil },
    { reminderDays: consentReminderDays, now: when.now, timeZone: when.timeZone },
  );
}

/** A reminder for an end date that no longer holds would stay silent anyway; cancelling keeps the queue tidy. */
export async function cancelReminder(
  tx: Prisma.TransactionClient,
  consentId: string,
  validUntil: string,
): Promise<void> {
  await transactionScheduler(tx).cancel(consentReminderKey(consentId, validUntil));
}
