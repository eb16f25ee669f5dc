import type { AccessRecord } from '../../../app/ports/access-log.ts';
import type { AuditContext } from '../../../app/roster/roster-store.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';
import { recordAccesses } from './access-log-repository.ts';

/** What each entry of an import adds to the run's own who, when and through which channel. */
export type CollectedAccess = Pick<
  AccessRecord,
  'householdId' | 'teamId' | 'reference' | 'kind' | 'action' | 'subjectId' | 'details'
>;

/**
 * Collects the access-log entries of one import run and writes them at its end, in the same transaction, so
 * an import that rolls back leaves no entries behind. Details carry keys, field names and pseudonymous
 * references only: never a resident's words or care content (scores are named by field, not their values).
 */
export interface AccessCollector {
  add(entry: CollectedAccess): void;
  flush(tx: Prisma.TransactionClient): Promise<void>;
}

const PROFESSIONAL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The import's context names a professional by id, or the run itself ('import', 'demo-seed'): the latter is
 * who it was done for, with no professional as actor.
 */
export function createAccessCollector(context: AuditContext): AccessCollector {
  const entries: AccessRecord[] = [];
  const byProfessional = PROFESSIONAL_ID.test(context.actorId);
  return {
    add(entry) {
      entries.push({
        ...entry,
        actorId: byProfessional ? context.actorId : null,
        onBehalfOf: byProfessional ? null : context.actorId,
        channel: 'import',
        outcome: 'ok',
        at: context.occurredAt,
        details: { run: context.runId, ...entry.details },
      });
    },
    async flush(tx) {
      await recordAccesses(tx, entries);
      entries.length = 0;
    },
  };
}
