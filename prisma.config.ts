import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma's CLI downloads a native schema engine from Prisma's own host, which is unreachable offline and in
// many care-organisation networks. `prisma generate` only needs the file to exist, so we point it at a script
// that explains what to use instead (npm run db:migrate / db:new-migration, built on the WebAssembly engine).
// Where the real binary is available, set PRISMA_SCHEMA_ENGINE_BINARY yourself and `prisma migrate deploy`
// works on the same migrations.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./scripts/no-schema-engine.sh', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
