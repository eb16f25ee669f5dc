import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DatabaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { applyMigrations } from '../../src/infra/db/migrations.ts';
import { seedDemo } from '../../src/infra/demo/seed-demo.ts';
import { postgresTestUrl, uniqueSchemaName } from '../support/databases.ts';
import { FAKE_BOT } from '../support/fake-slack-api.ts';

/**
 * One database the crash test runs casus on: the embedded one in a fresh DATA_DIR, or a fresh schema of the
 * real PostgreSQL. The test process opens it only while no casus process runs (the embedded database belongs
 * to one process at a time): to prepare it before the first start and to count the effects after the last stop.
 */
export interface FaultDeployment {
  label: 'embedded' | 'postgres';
  /** DATA_DIR, or DATABASE_URL with ?schema=, for the casus process. */
  env: Record<string, string>;
  target: DatabaseTarget;
  /** Drops the schema or removes the data directory. */
  remove(): Promise<void>;
}

export function faultDeployments(): FaultDeployment[] {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'casus-faults-'));
  const embeddedDir = dataDir();
  const deployments: FaultDeployment[] = [
    {
      label: 'embedded',
      env: { DATA_DIR: embeddedDir },
      // What databaseTarget() makes of DATA_DIR without DATABASE_URL.
      target: { kind: 'embedded', dataDir: join(embeddedDir, 'pglite') },
      remove: async () => rmSync(embeddedDir, { recursive: true, force: true }),
    },
  ];
  const url = postgresTestUrl();
  if (url) {
    const schema = uniqueSchemaName();
    const pgDir = dataDir();
    const target: DatabaseTarget = { kind: 'postgres', url, schema };
    deployments.push({
      label: 'postgres',
      env: { DATA_DIR: pgDir, DATABASE_URL: `${url}?schema=${schema}` },
      target,
      remove: async () => {
        rmSync(pgDir, { recursive: true, force: true });
        await withDatabase(target, (db) =>
          db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`),
        );
      },
    });
  }
  return deployments;
}

export async function withDatabase<T>(target: DatabaseTarget, use: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(target);
  try {
    return await use(db);
  } finally {
    await db.close();
  }
}

/** The coordinators of the demo households (see src/infra/demo/demo-roster.json) and their Slack user ids. */
export const COORDINATORS: Readonly<Record<string, string>> = {
  'HH-2041': slackUserId('demo-sander'),
  'HH-2042': slackUserId('demo-latifa'),
  'HH-2043': slackUserId('demo-ruben'),
  'HH-2044': slackUserId('demo-yara'),
  'HH-2045': slackUserId('demo-koen'),
};

/** `demo-sander` → `U0SANDER`. */
export function slackUserId(professionalKey: string): string {
  return `U0${professionalKey.replace(/^demo-/, '').toUpperCase()}`;
}

export const TEAM_CHANNEL = 'C0TEAM1';

/**
 * Migrates, seeds the demo team, links every demo professional to a Slack account and gives the team a Slack
 * channel, so a booking invites on Slack (and the try-out page) and announces in the channel. Returns the
 * Slack user ids.
 */
export async function prepareDeployment(deployment: FaultDeployment): Promise<string[]> {
  return withDatabase(deployment.target, async (db) => {
    await applyMigrations(db);
    await seedDemo(db);
    const team = await db.prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
    const professionals = await db.prisma.professional.findMany({
      where: { externalKey: { startsWith: 'demo-' } },
    });
    await db.prisma.platformIdentity.createMany({
      data: professionals.map((p) => ({
        professionalId: p.id,
        platform: 'slack' as const,
        workspace: FAKE_BOT.teamId,
        externalUserId: slackUserId(p.externalKey),
      })),
    });
    await db.prisma.teamChannel.create({
      data: { teamId: team.id, platform: 'slack', workspace: FAKE_BOT.teamId, channelId: TEAM_CHANNEL },
    });
    return professionals.map((p) => slackUserId(p.externalKey));
  });
}
