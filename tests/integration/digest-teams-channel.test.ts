import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noRotations } from '../../src/app/digest/compose-digest.ts';
import { sweepDigests } from '../../src/app/digest/send-digests.ts';
import { loadConfig } from '../../src/config.ts';
import { createChannelStore } from '../../src/infra/db/repositories/channel-repository.ts';
import {
  createDigestStore,
  createDigestUnitOfWork,
} from '../../src/infra/db/repositories/digest-repository.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { startCasus } from '../../src/server.ts';
import { testDeployments } from '../support/deployments.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts';

// The weekly digest reaches a Teams team channel the real way: the sweep queues it in the outbox, and the running
// server's outbox sends it through botbuilder to the channel's stored conversation reference — once.
const { deployments, cleanUp } = testDeployments();
let connector: FakeBotConnector;

beforeAll(async () => {
  connector = await startFakeBotConnector();
});
afterAll(async () => {
  await connector?.close();
  await cleanUp();
});

/** Monday 7 December 2026, 08:45 in Amsterdam. */
const MONDAY = new Date('2026-12-07T07:45:00Z');

for (const { label, env: makeEnv } of deployments) {
  describe(`the weekly digest in a Teams channel and on the try-out page [${label}]`, () => {
    it('is posted to the team channel through botbuilder once, with household references only', async () => {
      connector.reset();
      // The server's clock stands still on Monday morning, before its own next sweep: only this test's sweep sends.
      const casus = await startCasus(loadConfig({ PORT: '0', ...makeEnv() }), silentLogger, {
        now: () => MONDAY,
      });
      try {
        const prisma = casus.db.prisma;
        // No one gets a personal digest here: this test is about the channel.
        await prisma.professional.updateMany({ data: { digestOptOut: true } });
        const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
        const household = await prisma.household.findFirstOrThrow({ where: { teamId: team.id } });
        const owner = await prisma.professional.findFirstOrThrow({ orderBy: { externalKey: 'asc' } });
        await prisma.action.create({
          data: {
            householdId: household.id,
            ownerId: owner.id,
            description: 'Private: call the school',
            dueOn: new Date('2026-12-09T00:00:00Z'),
          },
        });
        const channel = await prisma.teamChannel.create({
          data: {
            teamId: team.id,
            platform: 'teams',
            workspace: 'tenant-1',
            channelId: '19:team-channel@thread.tacv2',
          },
        });
        // What the Teams channel stores when casus is added to the team (conversation-references.ts).
        await createChannelStore(prisma).saveConversationReference('teams', `channel:${channel.id}`, {
          channelId: 'msteams',
          serviceUrl: connector.serviceUrl,
          conversation: {
            id: '19:team-channel@thread.tacv2',
            conversationType: 'channel',
            tenantId: 'tenant-1',
          },
          bot: { id: '28:casus-bot', name: 'casus' },
        });

        const deps = {
          store: createDigestStore(prisma),
          work: createDigestUnitOfWork(prisma),
          readRotation: noRotations,
          timeZone: 'Europe/Amsterdam',
          defaultLocale: 'nl' as const,
        };
        const sent = await sweepDigests(deps, MONDAY);
        expect(sent).toEqual([expect.objectContaining({ team: 'demo', isoWeek: '2026-W50', late: false })]);
        expect(await sweepDigests(deps, MONDAY)).toEqual([]);

        const [activity] = await connector.waitForCalls(1, 20_000);
        expect(activity?.conversationId).toBe('19:team-channel@thread.tacv2');
        const body = JSON.stringify(activity?.body);
        expect(body).toContain('application/vnd.microsoft.card.adaptive');
        expect(body).toContain('Weekoverzicht');
        expect(body).toContain(household.reference);
        expect(body).not.toContain('Private: call the school');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
      } finally {
        await casus.stop();
      }
    }, 90_000);

    it('answers overzicht on the try-out page, the person’s week above the team digest', async () => {
      const casus = await startCasus(loadConfig({ PORT: '0', ...makeEnv() }), silentLogger, {
        now: () => MONDAY,
      });
      try {
        const response = await fetch(`${casus.url}/tryout/message`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'overzicht', locale: 'nl', professionalKey: 'demo-sander' }),
        });
        expect(response.status).toBe(200);
        const { html } = (await response.json()) as { html: string };
        expect(html).toContain('Jouw week 50');
        expect(html).toContain('Voorbeeld: weekoverzicht');
        expect(html).toContain('data-action-id="digest.opt-out"');
      } finally {
        await casus.stop();
      }
    }, 90_000);
  });
}
