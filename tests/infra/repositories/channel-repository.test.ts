import { beforeEach, expect, it } from 'vitest';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';

describeEachDatabase('the channel store', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
    const org = await db().prisma.organisation.create({ data: { name: 'Wijkteam' } });
    await db().prisma.professional.create({
      data: {
        externalKey: 'p-1',
        name: 'Fictief Persoon',
        organisationId: org.id,
        locale: 'en',
        identities: {
          create: [
            { platform: 'slack', workspace: 'T1', externalUserId: 'U1' },
            { platform: 'teams', externalUserId: '29:abc' },
          ],
        },
      },
    });
  });

  it('finds the professional behind a platform account in that workspace, never in another one', async () => {
    const store = createChannelStore(db().prisma);
    expect(await store.findProfessional('slack', 'T1', 'U1')).toMatchObject({
      name: 'Fictief Persoon',
      locale: 'en',
    });
    // Another Slack workspace with the same user id is somebody else.
    expect(await store.findProfessional('slack', 'T2', 'U1')).toBeUndefined();
    expect(await store.findProfessional('slack', 'T1', 'U2')).toBeUndefined();
  });

  it('matches an identity without a workspace only in a workspace the installation knows for that platform', async () => {
    // Nothing names tenant-9: the roster's identity without a tenant is not a user of every tenant.
    expect(
      await createChannelStore(db().prisma).findProfessional('teams', 'tenant-9', '29:abc'),
    ).toBeUndefined();

    // The configured home tenant (MicrosoftAppTenantId) is the installation's own.
    const home = createChannelStore(db().prisma, { teams: 'tenant-home' });
    expect(await home.findProfessional('teams', 'tenant-home', '29:abc')).toMatchObject({
      name: 'Fictief Persoon',
    });
    expect(await home.findProfessional('teams', 'tenant-9', '29:abc')).toBeUndefined();
    // A home Slack workspace says nothing about Teams tenants, nor the other way round.
    expect(
      await createChannelStore(db().prisma, { slack: 'tenant-9' }).findProfessional(
        'teams',
        'tenant-9',
        '29:abc',
      ),
    ).toBeUndefined();

    // A tenant one of the teams has a channel in is known too.
    const team = await db().prisma.team.create({ data: { slug: 'noord', name: 'Wijkteam Noord' } });
    await db().prisma.teamChannel.create({
      data: { teamId: team.id, platform: 'teams', workspace: 'tenant-9', channelId: '19:general' },
    });
    const store = createChannelStore(db().prisma);
    expect(await store.findProfessional('teams', 'tenant-9', '29:abc')).toMatchObject({
      name: 'Fictief Persoon',
    });
    expect(await store.findProfessional('teams', 'tenant-other', '29:abc')).toBeUndefined();
    // A Slack channel in a workspace called the same does not make it a Teams tenant.
    await db().prisma.teamChannel.create({
      data: { teamId: team.id, platform: 'slack', workspace: 'tenant-other', channelId: 'C1' },
    });
    expect(await store.findProfessional('teams', 'tenant-other', '29:abc')).toBeUndefined();
  });

  it('claims a delivery once: a retry or a double click gets false', async () => {
    const store = createChannelStore(db().prisma);
    expect(await store.claimDelivery('slack:event:Ev1')).toBe(true);
    expect(await store.claimDelivery('slack:event:Ev1')).toBe(false);
    expect(await createChannelStore(db().prisma).claimDelivery('slack:event:Ev2')).toBe(true);
  });

  it('keeps the latest conversation reference per platform and key', async () => {
    const store = createChannelStore(db().prisma);
    expect(await store.findConversationReference('teams', 'user:p-1')).toBeUndefined();
    await store.saveConversationReference('teams', 'user:p-1', {
      serviceUrl: 'https://a',
      conversation: { id: '1' },
    });
    await store.saveConversationReference('teams', 'user:p-1', {
      serviceUrl: 'https://b',
      conversation: { id: '1' },
    });
    expect(await store.findConversationReference('teams', 'user:p-1')).toEqual({
      serviceUrl: 'https://b',
      conversation: { id: '1' },
    });
    expect(await store.findConversationReference('slack', 'user:p-1')).toBeUndefined();
  });
});
