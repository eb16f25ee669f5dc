import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * pglite-prisma-adapter with one fix: its `executeScript` calls `client.exec(script)` without awaiting it, so
 * a failing migration script is reported as applied and its error surfaces later as an unhandled rejection.
 * We await the script and rethrow, converted the same way the adapter converts query errors.
 */
export class EmbeddedAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'pglite-prisma-adapter';
  private readonly inner: PrismaPGlite;

  constructor(private readonly client: PGlite) {
    this.inner = new PrismaPGlite(client);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return awaitScripts(await this.inner.connect(), this.client);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await this.inner.connectToShadowDb();
    const shadowClient = (shadow as unknown as { client: PGlite }).client;
    return awaitScripts(shadow, shadowClient);
  }
}

function awaitScripts(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await client.exec(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}
