// npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the committed
// migrations and prisma/schema.prisma, using Prisma's WebAssembly schema engine on an in-memory database.
import { createMigration } from '../src/infra/db/migrations.ts';

const name = process.argv[2];
if (!name) {
  console.error('Usage: npm run db:new-migration -- <name>   (e.g. add_absences)');
  process.exit(2);
}
try {
  const dir = await createMigration(name, new Date());
  console.log(
    dir
      ? `Wrote prisma/migrations/${dir}/migration.sql`
      : 'No changes: schema.prisma matches the migrations.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
