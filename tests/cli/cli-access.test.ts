import { beforeEach, expect, it } from 'vitest';
import type { CliArgs, CliCommand, CliContext } from '../../src/cli/cli-command.ts';
import { createInviteCommand } from '../../src/cli/commands/invite.ts';
import { createPlanCommand } from '../../src/cli/commands/plan.ts';
import { translateCli } from '../../src/cli/i18n/translate.ts';
import { loadConfig } from '../../src/config.ts';
import type { QueueInvitations } from '../../src/infra/db/repositories/booking-repository.ts';
import {
  type AccessWorld,
  expectNoDetails,
  expectNothingChanged,
  NOW,
  sameFor,
  seedAccessWorld,
} from '../app/access/access-world.ts';
import { describeEachDatabase } from '../support/databases.ts';

const queueInvitations: QueueInvitations = async (tx, { conferenceId }) => ({
  invitations: await tx.attendance.count({ where: { conferenceId } }),
});
const plan = createPlanCommand();
const invite = createInviteCommand({ queueInvitations });
const SLOT = '2026-12-08T10:00:00+01:00';

// Issue 9: every command with --as runs with that professional's access, as in chat: a member of another team
// learns nothing (the same failure as for a reference that does not exist), a team member outside the case
// team gets the reference and the coordinator to ask. Without --as the operator reads, logged as such.
describeEachDatabase('command line actions done as someone (--as)', (db) => {
  let world: AccessWorld;
  beforeEach(async () => {
    world = await seedAccessWorld(db(), 'none');
  });

  const context: () => CliContext = () => ({
    env: {},
    cwd: process.cwd(),
    clock: { now: () => NOW },
    commands: [],
    locale: 'en',
    t: (key, params) => translateCli('en', key, params),
    config: () => loadConfig({ TIME_ZONE: 'Europe/Amsterdam' }),
    database: async () => ({ db: db(), migrationsApplied: [] }),
    progress: () => {},
  });
  async function run(command: CliCommand, reference: string, values: CliArgs['values']) {
    const outcome = await command.run(context(), { positionals: [reference], values });
    return { exitCode: outcome.exitCode, text: JSON.stringify([outcome.lines, outcome.json]) };
  }
  const lines = (reference: string, as: string) =>
    [
      { name: 'plan', command: plan, values: { as } },
      { name: 'plan --location home', command: plan, values: { as, location: 'home' } },
      { name: 'invite --slot', command: invite, values: { as, slot: SLOT } },
    ].map((line) => ({ ...line, reference }));

  it('answers a member of another team about its household exactly as about one that does not exist', async () => {
    for (const line of lines('HH-3001', 'demo-sander')) {
      const real = await run(line.command, 'HH-3001', line.values);
      const missing = await run(line.command, 'HH-9001', line.values);
      expect(real.exitCode, line.name).toBe(1);
      expectNoDetails(real.text, world.secrets.west);
      expect(sameFor(real.text, 'HH-3001'), line.name).toBe(sameFor(missing.text, 'HH-9001'));
    }
    await expectNothingChanged(db(), world);
  });

  it('gives a team member outside the case team the reference and the coordinator to ask, nothing more', async () => {
    for (const line of lines('HH-2042', 'demo-sander')) {
      const real = await run(line.command, 'HH-2042', line.values);
      expect(real.exitCode, line.name).toBe(1);
      expectNoDetails(real.text, world.secrets.demo);
    }
    expect((await run(plan, 'HH-2042', { as: 'demo-sander' })).text).toContain(
      'Only the case team of HH-2042 sees more. Ask its coordinator, Latifa Oefenaar.',
    );
    await expectNothingChanged(db(), world);
  });

  it('books with --as only for someone who may book, and logs who did it on whose behalf', async () => {
    // Koen is involved in HH-2041 but Sander coordinates it: involved is not enough to book.
    const koen = await run(invite, 'HH-2041', { as: 'demo-koen', slot: SLOT });
    expect(koen.exitCode).toBe(1);
    expect(koen.text).toContain('You cannot do this for HH-2041. Ask its coordinator, Sander Proefmans.');
    expect(await db().prisma.caseConference.count()).toBe(2);

    const sander = await run(plan, 'HH-2041', { as: 'demo-sander' });
    expect(sander.exitCode).toBe(0);
    const operator = await run(plan, 'HH-2042', {});
    expect(operator.exitCode).toBe(0);
    const rows = await db().prisma.accessLogEntry.findMany({
      where: { channel: 'cli' },
      select: { actorKey: true, onBehalfOf: true, reference: true, kind: true, action: true, outcome: true },
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          actorKey: 'demo-koen',
          onBehalfOf: 'operator',
          reference: 'HH-2041',
          kind: 'conference',
          action: 'refused',
          outcome: 'refused',
        },
        {
          actorKey: 'demo-sander',
          onBehalfOf: 'operator',
          reference: 'HH-2041',
          kind: 'proposal',
          action: 'view',
          outcome: 'ok',
        },
        {
          actorKey: null,
          onBehalfOf: 'operator',
          reference: 'HH-2042',
          kind: 'proposal',
          action: 'view',
          outcome: 'ok',
        },
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});
