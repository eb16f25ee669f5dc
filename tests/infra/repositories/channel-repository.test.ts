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

  it('finds the professional behind a platform account, in that workspace or without one', async () => {
    const store = createChannelStore(db().prisma);
    expect(await store.findProfessional('slack', 'T1', 'U1')).toMatchObject({
      name: 'Fictief Persoon',
      locale: 'en',
    });
    expect(await store.findProfessional('teams', 'tenant-9', '29:abc')).toMatchObject({
      name: 'Fictief Persoon',
    });
    expect(await store.findProfessional('slack', 'T2', 'U1')).toBeUndefined();
    expect(await store.findProfessional('slack', 'T1', 'U2')).toBeUndefined();
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
