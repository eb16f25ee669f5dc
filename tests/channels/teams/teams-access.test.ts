import { type Activity, TestAdapter } from 'botbuilder';
import { beforeEach, expect, it } from 'vitest';
import { createTeamsBot } from '../../../src/channels/teams/teams-bot.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import {
  type AccessWorld,
  accessCases,
  accessRouter,
  type ChatRequest,
  expectNoDetails,
  expectNothingChanged,
  OTHER_TENANT,
  SANDER_AAD,
  sameFor,
  seedAccessWorld,
} from '../../app/access/access-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { TENANT, teamsActivity } from './teams-test-kit.ts';

// Issue 9: every command, button and form through the real Teams bot, by a team member outside the case
// team, a member of another team, and somebody with Sander's Entra object id in another tenant: no care
// details, and the refusal the same whether or not the household exists.
describeEachDatabase('access through Teams', (db) => {
  let world: AccessWorld;
  let turn: (activity: Activity) => Promise<Partial<Activity>[]>;

  beforeEach(async () => {
    world = await seedAccessWorld(db(), 'teams');
    const bot = createTeamsBot({
      router: accessRouter(db()),
      // MicrosoftAppTenantId: the roster's identity without a tenant counts in this one only.
      store: createChannelStore(db().prisma, { teams: TENANT }),
      teamChannels: createTeamsIdentityRepository(db().prisma),
      logger: silentLogger,
      defaultLocale: 'en',
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
    });
    turn = async (activity) => {
      const before = adapter.activeQueue.length;
      await adapter.processActivity(activity);
      return adapter.activeQueue.slice(before);
    };
  });

  /** Sander (by his Entra object id) in `tenant`, sending the request from his personal chat with casus. */
  function activityOf(request: ChatRequest, tenant: string): Activity {
    const base = teamsActivity(request.kind === 'text' ? 'personal-message' : 'action-execute');
    const where = {
      from: { id: '29:1SanderBotFrameworkId', name: 'Sander', aadObjectId: SANDER_AAD },
      conversation: { ...base.conversation, tenantId: tenant },
      channelData: { ...(base.channelData as object), tenant: { id: tenant } },
    };
    if (request.kind === 'text') return { ...base, ...where, text: request.text } as Activity;
    const value = base.value as { action: Record<string, unknown> };
    const [verb, data] =
      request.kind === 'action'
        ? [request.actionId, { actionId: request.actionId, value: request.value }]
        : [
            'form.submit',
            {
              formId: request.formId,
              ...Object.fromEntries(Object.entries(request.values).map(([id, v]) => [`field.${id}`, v])),
            },
          ];
    return { ...base, ...where, value: { ...value, action: { ...value.action, verb, data } } } as Activity;
  }

  /** What the person reads: the texts and cards casus sent back, and the card of an invoke response. */
  async function send(request: ChatRequest, tenant = TENANT): Promise<string> {
    const replies = await turn(activityOf(request, tenant));
    expect(replies.length).toBeGreaterThan(0);
    return replies
      .map((reply) =>
        JSON.stringify(
          reply.type === 'invokeResponse'
            ? (reply.value as { body?: unknown }).body
            : { text: reply.text, summary: reply.summary, attachments: reply.attachments },
        ),
      )
      .join('\n');
  }

  it('answers a member of another team about its household exactly as about one that does not exist', async () => {
    for (const test of accessCases('HH-3001', 'HH-9001', world.westHousehold, world.westConferenceId)) {
      const real = await send(test.real);
      const missing = await send(test.missing);
      expectNoDetails(real, world.secrets.west);
      expect(sameFor(real, 'HH-3001'), test.name).toBe(sameFor(missing, 'HH-9001'));
    }
    await expectNothingChanged(db(), world);
  });

  it('gives a team member outside the case team the reference and the coordinator to ask, nothing more', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      expectNoDetails(await send(test.real), world.secrets.demo);
    }
    expect(await send({ kind: 'text', text: 'plan HH-2042' })).toContain(
      'Only the case team of HH-2042 sees more. Ask its coordinator, Latifa Oefenaar.',
    );
    await expectNothingChanged(db(), world);
  });

  it('treats the same Entra object id in another tenant as a stranger, whatever they ask', async () => {
    for (const test of accessCases('HH-2042', 'HH-9042', world.demoHousehold, world.demoConferenceId)) {
      const real = await send(test.real, OTHER_TENANT);
      const missing = await send(test.missing, OTHER_TENANT);
      expectNoDetails(real, [...world.secrets.demo, 'Latifa', 'HH-2042']);
      expect(sameFor(real, 'HH-2042'), test.name).toBe(sameFor(missing, 'HH-9042'));
    }
    expect(await send({ kind: 'text', text: 'plan HH-2042' }, OTHER_TENANT)).toContain(
      "I don't know who you are yet.",
    );
    await expectNothingChanged(db(), world);
  });
});
