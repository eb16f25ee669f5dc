import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresTestUrl, uniqueSchemaName } from './databases.ts';

/**
 * The environment casus gets in each deployment, for tests that start it the way a user does (npm start, the
 * CLI): embedded in a fresh DATA_DIR, and a fresh schema of the real PostgreSQL when TEST_DATABASE_URL is set.
 */
export interface Deployment {
  label: 'embedded' | 'postgres';
  env(): Record<string, string>;
}

export function testDeployments(): { deployments: Deployment[]; cleanUp(): Promise<void> } {
  const schemas: string[] = [];
  const tempDataDir = () => mkdtempSync(join(tmpdir(), 'casus-deployment-'));
  const deployments: Deployment[] = [{ label: 'embedded', env: () => ({ DATA_DIR: tempDataDir() }) }];
  const url = postgresTestUrl();
  if (url) {
    deployments.push({
      label: 'postgres',
      env: () => {
        const schema = uniqueSchemaName();
        schemas.push(schema);
        return { DATA_DIR: tempDataDir(), DATABASE_URL: `${url}?schema=${schema}` };
      },
    });
  }
  return {
    deployments,
    async cleanUp() {
      if (!url || schemas.length === 0) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}
