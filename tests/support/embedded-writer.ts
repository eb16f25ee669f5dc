// Child process for the crash test: writes rows to the embedded database one by one and reports each commit
// on stdout, until it is killed.
import { openDatabase } from '../../src/infra/db/database.ts';
import { applyMigrations } from '../../src/infra/db/migrations.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-writer <dataDir>');
const db = await openDatabase({ kind: 'embedded', dataDir });
await applyMigrations(db);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await db.prisma.organisation.create({ data: { name: `org-${i}` } });
  process.stdout.write(`committed ${i}\n`);
}
