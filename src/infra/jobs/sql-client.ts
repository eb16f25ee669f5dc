import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { Database } from '../db/database.ts';

/**
 * Where job SQL runs: the application's client, or a caller's interactive transaction, so a job (or an
 * effect key) is written atomically with the change that caused it.
 */
export type SqlClient = PrismaClient | Prisma.TransactionClient;
export type SqlTarget = Database | SqlClient;

export function sqlClientOf(target: SqlTarget): SqlClient {
  return isDatabase(target) ? target.prisma : target;
}

/**
 * Tells the client from a transaction client. Prisma 7 gives transaction clients a `$transaction` (nested
 * transactions via savepoints, which the embedded adapter lacks) but never `$disconnect`.
 */
export function isTopLevelClient(client: SqlClient): client is PrismaClient {
  return '$disconnect' in client;
}

function isDatabase(target: SqlTarget): target is Database {
  return 'prisma' in target && 'ping' in target;
}
