// npm run bench — every performance figure the issues ask for, measured on this machine.
// Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to include a PostgreSQL server; each run uses its own schema.
// `npm run bench -- database`, `-- slack`, `-- planning`, `-- nudges` or `-- digest` runs one part; BENCH_SECONDS shortens the Slack load (default 30).
import { benchDatabase, printDatabaseBench } from './database.bench.ts';
import { benchDigest, printDigestBench } from './digest.bench.ts';
import { benchNudges, printNudgeBench } from './nudges.bench.ts';
import { benchPlanning, printPlanningBench } from './planning.bench.ts';
import { benchSlackAck, printSlackAckBench } from './slack-ack.bench.ts';

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const only = process.argv[2];

console.log(`casus benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
if (!postgresUrl) console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL figures left out)');
if (!only || only === 'database') printDatabaseBench(await benchDatabase(postgresUrl));
if (!only || only === 'slack') {
  console.log('\nSlack: signed /casus help at 100 per second; full app on the embedded database');
  printSlackAckBench(await benchSlackAck());
  if (postgresUrl) {
    console.log('\nSlack: the same, full app on PostgreSQL');
    printSlackAckBench(await benchSlackAck(postgresUrl));
  }
}
if (!only || only === 'planning') printPlanningBench(await benchPlanning());
if (!only || only === 'nudges') printNudgeBench(await benchNudges(postgresUrl));
if (!only || only === 'digest') printDigestBench(await benchDigest(postgresUrl));
