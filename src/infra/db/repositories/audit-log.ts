import type { AuditContext } from '../../../app/roster/roster-store.ts';
import type { Prisma } from '../../../generated/prisma/client.ts';

/**
 * Collects the audit events of one transaction and writes them at its end, in the same transaction, so an
 * import that rolls back leaves no events behind. Details carry keys, field names and pseudonymous references
 * only: never a resident's words or care content (scores are named as "scores", not their values).
 */
export interface AuditLog {
  record(
    action: string,
    entityType: string,
    entityId: string,
    details: Record<string, string | string[]>,
  ): void;
  flush(tx: Prisma.TransactionClient): Promise<void>;
}

export function createAuditLog(context: AuditContext, via: string): AuditLog {
  const events: Prisma.AuditEventCreateManyInput[] = [];
  return {
    record(action, entityType, entityId, details) {
      events.push({
        occurredAt: context.occurredAt,
        actorId: context.actorId,
        action,
        entityType,
        entityId,
        details: { via, run: context.runId, ...details },
      });
    },
    async flush(tx) {
      if (events.length > 0) await tx.auditEvent.createMany({ data: events });
      events.length = 0;
    },
  };
}
