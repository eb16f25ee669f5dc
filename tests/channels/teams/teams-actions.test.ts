import { type Activity, TestAdapter } from 'botbuilder';
import { beforeEach, expect, it } from 'vitest';
import { createTeamsBot } from '../../../src/channels/teams/teams-bot.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTeamsIdentityRepository } from '../../../src/infra/db/repositories/teams-identity-repository.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { type ActionsWorld, actionsRouter, seedActionsWorld } from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { cardActions, TENANT, teamsActivity } from './teams-test-kit.ts';

const SANDER_AAD = '6f1c2a34-0000-4000-8000-00000000a5a0';
const YARA_AAD = '6f1c2a34-0000-4000-8000-00000000a7a0';
const YARA = { id: '29:1YaraBotFrameworkId', name: 'Yara Denkbeeld', aadObjectId: YARA_AAD };

// Issue 10 through the real Teams bot (TestAdapter): an action recorded with an <at> mention entity and a Dutch
// date, Done pressed on its card; in a channel only the count line.
describeEachDatabase('actions through Teams', (db) => {
  let world: ActionsWorld;
  let turn: (activity: Activity) => Promise<Partial<Activity>[]>;

  beforeEach(async () => {
    world = await seedActionsWorld(db());
    for (const [professionalId, externalUserId] of [
      [world.ids.sander, SANDER_AAD],
      [world.ids.yara, YARA_AAD],
    ] as const)
      await db().prisma.platformIdentity.create({
        data: { professionalId, platform: 'teams', workspace: '', externalUserId },
      });
    const bot = createTeamsBot({
      router: actionsRouter(db()),
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

  const sander = { id: '29:1SanderBotFrameworkId', name: 'Sander Proefmans', aadObjectId: SANDER_AAD };
  const yaraMention = {
    type: 'mention',
    text: '<at>Yara Denkbeeld</at>',
    mentioned: { id: YARA.id, name: YARA.name, aadObjectId: YARA_AAD },
  };

  function read(replies: Partial<Activity>[]): string {
    return replies
      .map((reply) =>
        JSON.stringify(
          reply.type === 'invokeResponse'
            ? (reply.value as { body?: unknown }).body
            : { text: reply.text, attachments: reply.attachments },
        ),
      )
      .join('\n');
  }

  it('records an action with an <at> mention and a Dutch date, and Done on its card marks it done', async () => {
    const base = teamsActivity('personal-message');
    const replies = await turn({
      ...base,
      from: sander,
      text: 'actie HH-2041 <at>Yara Denkbeeld</at> vrijdag Aanvraag schuldhulp indienen',
      entities: [...(base.entities ?? []), yaraMention],
    } as Activity);
    const answer = read(replies);
    expect(answer).toContain('Vastgelegd: HH-2041, voor Yara Denkbeeld, deadline 11 dec 2026.');
    expect(answer).toContain('Aanvraag schuldhulp indienen');
    const action = await db().prisma.action.findFirstOrThrow();
    expect(action.ownerId).toBe(world.ids.yara);

    const card = replies.flatMap((reply) => reply.attachments ?? []).map((a) => a.content);
    const done = cardActions(card).find((a) => a.verb === 'action.done');
    if (!done) throw new Error(`no Done button on ${answer}`);
    const press = teamsActivity('action-execute');
    const value = press.value as { action: Record<string, unknown> };
    const pressed = read(
      await turn({
        ...press,
        from: YARA,
        value: { ...value, action: { ...value.action, verb: done.verb, data: done.data } },
      } as Activity),
    );
    expect(pressed).toContain('Done ✓ by you.');
    expect((await db().prisma.action.findFirstOrThrow()).status).toBe('done');
  });

  it('answers a mention in a channel with the count only', async () => {
    const base = teamsActivity('channel-mention');
    const answer = read(
      await turn({
        ...base,
        from: sander,
        text: '<at>casus</at> actie HH-2041 <at>Yara Denkbeeld</at> maandag Budgetplan maken\n',
        entities: [...(base.entities ?? []), yaraMention],
      } as Activity),
    );
    expect(answer).toContain('HH-2041: 1 actie vastgelegd.');
    expect(answer).not.toContain('Budgetplan');
    expect(await db().prisma.action.count()).toBe(1);
  });
});
