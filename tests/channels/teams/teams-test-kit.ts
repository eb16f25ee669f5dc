import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Activity } from 'botbuilder';
import type { Database } from '../../../src/infra/db/database.ts';

const FIXTURES = new URL('../../fixtures/teams/', import.meta.url);

export const TENANT = '0b7e5a11-0000-4000-8000-0000000000f1';
export const AAD_OBJECT_ID = '6f1c2a34-0000-4000-8000-00000000aa01';
export const CHANNEL_ID = '19:wijkteamnoordkanaal@thread.tacv2';
export const GENERAL_CHANNEL_ID = '19:wijkteamnoordteam@thread.tacv2';

export type FixtureName =
  | 'personal-message'
  | 'channel-mention'
  | 'action-execute'
  | 'action-submit'
  | 'installation-update-personal'
  | 'conversation-update-team-install';

/** A captured Teams activity with a fresh id (so delivery claims don't collide) and the given changes. */
export function teamsActivity(name: FixtureName, changes: Record<string, unknown> = {}): Activity {
  const activity = JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Activity;
  return { ...activity, id: `${(activity.id ?? '').split(':')[0]}:${randomUUID()}`, ...changes } as Activity;
}

/** An Action.Execute invoke pressing a button with this card data. */
export function actionExecute(
  data: Record<string, unknown>,
  changes: Record<string, unknown> = {},
): Activity {
  const base = teamsActivity('action-execute');
  const value = base.value as { action: Record<string, unknown> };
  return {
    ...base,
    value: { ...value, action: { ...value.action, verb: String(data.actionId ?? 'x'), data } },
    ...changes,
  } as Activity;
}

export interface SeededRoster {
  professionalId: string;
  teamChannelId: string;
  generalChannelId: string;
}

/** One professional known in Teams by her Entra object id, preferring English, and a team with two channels. */
export async function seedRoster(db: Database): Promise<SeededRoster> {
  const org = await db.prisma.organisation.create({ data: { name: 'Wijkteam' } });
  const professional = await db.prisma.professional.create({
    data: {
      externalKey: `p-${randomUUID()}`,
      name: 'Fictief Persoon',
      organisationId: org.id,
      locale: 'en',
      identities: { create: [{ platform: 'teams', workspace: TENANT, externalUserId: AAD_OBJECT_ID }] },
    },
  });
  const team = await db.prisma.team.create({
    data: { slug: `noord-${randomUUID()}`, name: 'Wijkteam Noord' },
  });
  const channel = await db.prisma.teamChannel.create({
    data: { teamId: team.id, platform: 'teams', workspace: TENANT, channelId: CHANNEL_ID },
  });
  const general = await db.prisma.teamChannel.create({
    data: { teamId: team.id, platform: 'teams', workspace: '', channelId: GENERAL_CHANNEL_ID },
  });
  return { professionalId: professional.id, teamChannelId: channel.id, generalChannelId: general.id };
}

export interface InvokeResponse {
  status: number;
  body: { statusCode: number; type: string; value: unknown };
}

/** The invoke response a turn sent (CloudAdapter would return it as the HTTP response). */
export function invokeResponseOf(replies: readonly Partial<Activity>[]): InvokeResponse {
  const response = replies.find((reply) => reply.type === 'invokeResponse');
  if (!response) throw new Error(`no invoke response among ${replies.length} replies`);
  return response.value as InvokeResponse;
}

export interface CardLike {
  type: string;
  body: unknown[];
}

/** The Adaptive Card of a message activity. */
export function cardOf(activity: Partial<Activity> | Record<string, unknown>): CardLike {
  const attachments = (activity as { attachments?: { contentType: string; content: CardLike }[] })
    .attachments;
  const attachment = attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  }
  return attachment.content;
}

/** All `text` and `title` strings in a card, markdown escapes removed, for "the card says …" checks. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'text' || key === 'title') && typeof value === 'string') parts.push(value);
      else walk(value);
    }
  };
  walk(card);
  return parts.join('\n').replace(/\\(.)/g, '$1');
}

/** The button data on a card, in order. */
export function cardActions(card: unknown): { verb: string; data: Record<string, unknown> }[] {
  const found: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; verb?: unknown; data?: unknown };
    if (n.type === 'Action.Execute' && typeof n.verb === 'string') {
      found.push({ verb: n.verb, data: n.data as Record<string, unknown> });
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
}
