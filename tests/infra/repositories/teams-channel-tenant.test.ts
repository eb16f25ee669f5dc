import { beforeEach, expect, it } from 'vitest';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';

const HOME = '0b7e5a11-0000-4000-8000-0000000000f1';
const OTHER = '0b7e5a11-0000-4000-8000-0000000000f2';
const CHANNEL = '19:wijkteam@thread.tacv2';

// A Teams channel the roster registered without a tenant is this installation's: a message from a channel with
// the same id in another tenant must not take its place (its conversation reference would be overwritten).
describeEachDatabase('Teams channels of a roster without a tenant', (db) => {
  let channelRowId: string;
  beforeEach(async () => {
    await truncateAll(db());
    const team = await db().prisma.team.create({ data: { slug: 'demo', name: 'Wijkteam Demo' } });
    const row = await db().prisma.teamChannel.create({
      data: { teamId: team.id, platform: 'teams', workspace: '', channelId: CHANNEL },
    });
    channelRowId = row.id;
  });

  it('counts only in the configured tenant', async () => {
    const channels = createTeamsIdentityRepository(db().prisma, HOME);
    expect(await channels.findTeamChannelId(HOME, CHANNEL)).toBe(channelRowId);
    expect(await channels.findTeamChannelId(OTHER, CHANNEL)).toBeUndefined();
  });

  it('counts in any tenant when the installation names none (one tenant, as the roster says)', async () => {
    const channels = createTeamsIdentityRepository(db().prisma);
    expect(await channels.findTeamChannelId(OTHER, CHANNEL)).toBe(channelRowId);
  });
});
