import { createHmac } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/infra/logger.ts';
import { type RunningCasus, startCasus } from '../../src/server.ts';
import {
  form,
  formFixture,
  jsonFixture,
  payloadForm,
  postToSlackRoute,
  slackText,
} from '../channels/slack/slack-test-kit.ts';
import { cardActions, cardOf, cardText, teamsActivity } from '../channels/teams/teams-test-kit.ts';
import { testDeployments } from '../support/deployments.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../support/fake-bot-connector.ts';
import { FAKE_BOT, FakeSlackApi, type RecordedCall } from '../support/fake-slack-api.ts';

// The heart of casus end to end, through the real server with Slack and Teams configured: the coordinator
// asks for a proposal and books a slot in Slack; invitations reach Slack and Teams in direct messages with a
// personal .ics link and Accept / Decline; the team channel hears about it by reference only; answers update
// attendance and a decline reaches the coordinator. A second coordinator plans from Teams.
const SECRET = 'flow-signing-secret';
const TENANT = '0b7e5a11-0000-4000-8000-0000000000f1';
const ESRA_AAD = '6f1c2a34-0000-4000-8000-0000000000e5';
const YARA_AAD = '6f1c2a34-0000-4000-8000-0000000000a7';

const { deployments, cleanUp } = testDeployments();
let slackApi: FakeSlackApi;
let connector: FakeBotConnector;

beforeAll(async () => {
  slackApi = await FakeSlackApi.start();
  connector = await startFakeBotConnector();
});
afterAll(async () => {
  await slackApi?.close();
  await connector?.close();
  await cleanUp();
});

type Json = Record<string, unknown>;
interface SlackButton {
  action_id: string;
  value?: string;
  text: { text: string };
}

function slackButtons(body: Json | undefined): SlackButton[] {
  const blocks = (body?.blocks ?? []) as { type: string; elements?: SlackButton[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

const now = () => Math.floor(Date.now() / 1000);
let counter = 0;

/** `/casus <text>` from a Slack user, signed like Slack does, answered through a response_url on the fake. */
function slashCommand(casus: RunningCasus, userId: string, text: string) {
  counter += 1;
  const body = formFixture('slash-command.form', {
    text,
    user_id: userId,
    team_id: FAKE_BOT.teamId,
    response_url: slackApi.responseUrl(`command-${counter}`),
    trigger_id: `trigger-${counter}`,
  });
  return signedPost(casus, form(body));
}

/** A button press in Slack: on an ephemeral answer (response_url) or in the person's DM channel. */
function pressSlack(
  casus: RunningCasus,
  userId: string,
  button: SlackButton,
  where: { ephemeral: true; responseName: string } | { ephemeral: false; channel: string; ts: string },
) {
  counter += 1;
  const fixture = jsonFixture('block-actions.json');
  const [action] = fixture.actions as Json[];
  const channel = where.ephemeral ? 'C0TEAM1' : where.channel;
  const payload = {
    ...fixture,
    user: { id: userId, team_id: FAKE_BOT.teamId },
    trigger_id: `press-${counter}`,
    container: {
      type: 'message',
      message_ts: where.ephemeral ? `1700000000.00${counter}` : where.ts,
      channel_id: channel,
      is_ephemeral: where.ephemeral,
    },
    channel: { id: channel, name: where.ephemeral ? 'wijkteam' : 'directmessage' },
    response_url: slackApi.responseUrl(where.ephemeral ? where.responseName : `press-${counter}`),
    actions: [
      { ...action, action_id: button.action_id, value: button.value, action_ts: `${now()}.1${counter}` },
    ],
  };
  return signedPost(casus, form(payloadForm(payload)));
}

function signedPost(casus: RunningCasus, post: ReturnType<typeof form>) {
  return postToSlackRoute(casus.url, { ...post, timestamp: now(), signature: signature(post.body) });
}

function signature(body: string): string {
  return `v0=${createHmac('sha256', SECRET).update(`v0:${now()}:${body}`).digest('hex')}`;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const postsTo = (channel: string): RecordedCall[] =>
  slackApi.callsTo('chat.postMessage').filter((call) => call.body.channel === channel);

for (const { label, env: makeEnv } of deployments) {
  describe(`planning a case conference end to end [${label}]`, () => {
    let casus: RunningCasus;

    beforeAll(async () => {
      slackApi.reset();
      connector.reset();
      casus = await startCasus(
        loadConfig({
          PORT: '0',
          PUBLIC_URL: 'http://127.0.0.1:1',
          SLACK_BOT_TOKEN: 'xoxb-flow-token',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: slackApi.apiUrl,
          ...makeEnv(),
        }),
        silentLogger,
      );
      const prisma = casus.db.prisma;
      const id = async (key: string) =>
        (await prisma.professional.findUniqueOrThrow({ where: { externalKey: key } })).id;
      const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
      // Sander (coordinator of HH-2041) uses Slack; Esra and Yara use Teams; the team has a Slack channel.
      await prisma.platformIdentity.createMany({
        data: [
          {
            professionalId: await id('demo-sander'),
            platform: 'slack',
            workspace: FAKE_BOT.teamId,
            externalUserId: 'U0SANDER',
          },
          {
            professionalId: await id('demo-esra'),
            platform: 'teams',
            workspace: TENANT,
            externalUserId: ESRA_AAD,
          },
          {
            professionalId: await id('demo-yara'),
            platform: 'teams',
            workspace: TENANT,
            externalUserId: YARA_AAD,
          },
        ],
      });
      await prisma.teamChannel.create({
        data: { teamId: team.id, platform: 'slack', workspace: FAKE_BOT.teamId, channelId: 'C0TEAM1' },
      });
      // Esra has talked to casus in Teams before, so casus may message her (the reference is stored then).
      await postTeams(personalMessage(ESRA_AAD, 'a:esra-chat', 'help'));
      await connector.waitForCalls(1);
    }, 90_000);

    afterAll(async () => {
      await casus?.stop();
    });

    const postTeams = (activity: Json) =>
      fetch(`${casus.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
      });

    it('books in Slack, invites on Slack and Teams with a personal .ics, announces by reference, and records the answers', async () => {
      const prisma = casus.db.prisma;
      // 1. The proposal, privately (a slash command's answer only Sander sees).
      await slashCommand(casus, 'U0SANDER', 'plan HH-2041');
      const [proposal] = await slackApi.waitForCalls('response_url', 1, 20_000);
      expect(slackText(proposal!.body)).toContain('HH-2041');
      const slots = slackButtons(proposal!.body).filter((b) => b.action_id.startsWith('plan.pick-slot'));
      expect(slots).toHaveLength(3);

      // 2. Sander picks the first slot; the answer replaces the proposal.
      await pressSlack(casus, 'U0SANDER', slots[0]!, { ephemeral: true, responseName: 'command-pick' });
      const confirmation = await waitFor(
        async () => slackApi.callsTo('response_url').find((c) => c.responseName === 'command-pick'),
        'the booking confirmation',
      );
      expect(slackText(confirmation.body)).toContain('HH-2041');
      const conference = await prisma.caseConference.findFirstOrThrow({
        include: { attendances: { include: { professional: true } } },
      });
      expect(conference.status).toBe('scheduled');
      const people = conference.attendances.map((a) => a.professional.externalKey).sort();
      expect(people).toEqual(expect.arrayContaining(['demo-esra', 'demo-sander']));
      const start = JSON.parse(slots[0]!.value!).start as number;
      expect(conference.startsAt.getTime()).toBe(start * 60_000);

      // 3. Invitations: Sander's in his Slack DM, Esra's in her Teams chat, each with Accept / Decline.
      const sanderDm = await waitFor(async () => postsTo('DU0SANDER')[0], "Sander's invitation");
      const sanderButtons = slackButtons(sanderDm.body);
      expect(sanderButtons.map((b) => b.action_id.split('#')[0])).toEqual(
        expect.arrayContaining(['conference.accept', 'conference.decline']),
      );
      const esraInvite = await waitFor(
        async () =>
          connector.calls.find(
            // The invitation names the household and carries its .ics link (the help card's examples name
            // HH-2041 too).
            (c) =>
              c.conversationId === 'a:esra-chat' &&
              cardText(cardOf(c.body)).includes('HH-2041') &&
              cardText(cardOf(c.body)).includes('.ics'),
          ),
        "Esra's invitation",
      );
      const esraCard = cardOf(esraInvite.body);
      expect(cardActions(esraCard).map((a) => a.verb)).toEqual(
        expect.arrayContaining(['conference.accept', 'conference.decline']),
      );

      // 4. The team channel hears of it by reference only: no names, no disciplines.
      const announcement = await waitFor(async () => postsTo('C0TEAM1')[0], 'the announcement');
      const announced = slackText(announcement.body);
      expect(announced).toContain('HH-2041');
      for (const secret of ['Esra', 'Sander', 'Koen', 'Schuldhulp', 'Wonen', 'Jeugd', 'schuldhulp', 'wonen'])
        expect(announced).not.toContain(secret);

      // 5. The personal .ics link in the invitation downloads an invitation an independent parser reads.
      const link = /http:\/\/127\.0\.0\.1:1(\/calendar\/[^\s"|>)]+\.ics)/.exec(slackText(sanderDm.body));
      expect(link).not.toBeNull();
      const download = await fetch(`${casus.url}${link![1]}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await download.text()));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = calendar.getFirstSubcomponent('vevent')!;
      expect(event.getFirstPropertyValue('uid')).toBe(conference.icsUid);
      expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(start * 60_000);
      expect(event.getAllProperties('attendee')).toHaveLength(conference.attendances.length);

      // 6. Sander accepts in Slack; Esra declines in Teams; Sander is told she cannot come.
      const accept = sanderButtons.find((b) => b.action_id.startsWith('conference.accept'))!;
      const [dmChannel, dmTs] = [String(sanderDm.body.channel), `${now()}.000900`];
      await pressSlack(casus, 'U0SANDER', accept, { ephemeral: false, channel: dmChannel, ts: dmTs });
      const decline = cardActions(esraCard).find((a) => a.verb === 'conference.decline')!;
      const invoke = teamsActivity('action-execute', {
        from: { id: '29:esra', name: 'Esra Proefwoning', aadObjectId: ESRA_AAD },
        conversation: { conversationType: 'personal', tenantId: TENANT, id: 'a:esra-chat' },
        channelData: { tenant: { id: TENANT } },
      }) as unknown as Json;
      const answered = await postTeams({
        ...invoke,
        value: {
          action: { type: 'Action.Execute', verb: decline.verb, data: decline.data },
          trigger: 'manual',
        },
      });
      expect(answered.status).toBe(200);
      const declinedCard = ((await answered.json()) as { value: unknown }).value;
      expect(cardText(declinedCard)).toMatch(/afgemeld|declined/i);
      // The rescue began: Esra is asked for written input in the same card, and the ledger has her decline.
      expect(cardActions(declinedCard).map((a) => a.verb)).toEqual(
        expect.arrayContaining(['conference.written-input', 'conference.decline-reason']),
      );
      const esraId = (await prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-esra' } }))
        .id;
      expect(
        await prisma.conferenceEvent.count({
          where: { conferenceId: conference.id, kind: 'declined', professionalId: esraId },
        }),
      ).toBe(1);

      const rsvps = await waitFor(async () => {
        const rows = await prisma.attendance.findMany({
          where: { conferenceId: conference.id },
          include: { professional: true },
        });
        const of = (key: string) => rows.find((r) => r.professional.externalKey === key)?.rsvp;
        return of('demo-sander') === 'accepted' && of('demo-esra') === 'declined' ? rows : undefined;
      }, 'the answers');
      expect(rsvps.every((r) => r.rsvp === 'pending' || r.respondedAt !== null)).toBe(true);
      const notice = await waitFor(
        async () => postsTo('DU0SANDER').find((c) => slackText(c.body).includes('Esra')),
        'the decline notice',
      );
      expect(slackText(notice.body)).toContain('HH-2041');
    }, 120_000);

    it('lets a coordinator plan and book from Teams, answered in the card', async () => {
      // Yara coordinates HH-2044 and uses Teams: "plan HH-2044" in her personal chat.
      await postTeams(personalMessage(YARA_AAD, 'a:yara-chat', 'plan HH-2044'));
      const reply = await waitFor(
        async () =>
          connector.calls.find(
            (c) => c.conversationId === 'a:yara-chat' && cardText(cardOf(c.body)).includes('HH-2044'),
          ),
        "Yara's proposal",
      );
      const pick = cardActions(cardOf(reply.body)).find((a) => a.verb === 'plan.pick-slot');
      expect(pick).toBeDefined();
      const invoke = teamsActivity('action-execute', {
        from: { id: '29:yara', name: 'Yara Denkbeeld', aadObjectId: YARA_AAD },
        conversation: { conversationType: 'personal', tenantId: TENANT, id: 'a:yara-chat' },
        channelData: { tenant: { id: TENANT } },
      }) as unknown as Json;
      const booked = await postTeams({
        ...invoke,
        value: { action: { type: 'Action.Execute', verb: pick!.verb, data: pick!.data }, trigger: 'manual' },
      });
      expect(booked.status).toBe(200);
      expect(cardText(((await booked.json()) as { value: unknown }).value)).toContain('HH-2044');
      const household = await casus.db.prisma.household.findFirstOrThrow({ where: { reference: 'HH-2044' } });
      const conferences = await casus.db.prisma.caseConference.findMany({
        where: { households: { some: { householdId: household.id } } },
      });
      expect(conferences).toHaveLength(1);
      expect(conferences[0]?.organizerId).toBe(household.coordinatorId);
    }, 60_000);
  });
}

function personalMessage(aadObjectId: string, conversationId: string, text: string): Json {
  return teamsActivity('personal-message', {
    text,
    from: { id: `29:${aadObjectId}`, name: 'Demo', aadObjectId },
    conversation: { conversationType: 'personal', tenantId: TENANT, id: conversationId },
    channelData: { tenant: { id: TENANT } },
  }) as unknown as Json;
}
