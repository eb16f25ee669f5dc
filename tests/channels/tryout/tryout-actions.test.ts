import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTryoutChannel, type TryoutChannel } from '../../../src/channels/tryout/tryout-channel.ts';
import { createChannelStore } from '../../../src/infra/db/repositories/channel-repository.ts';
import { createTryoutDirectory } from '../../../src/infra/db/repositories/tryout-directory.ts';
import { type RunningHttpServer, startHttpServer } from '../../../src/infra/http/http-server.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { type ActionsWorld, actionsRouter, seedActionsWorld } from '../../app/actions/actions-world.ts';
import { describeEachDatabase } from '../../support/databases.ts';

// Issue 10 on the try-out page: an action with a typed @name and a Dutch date, the Done button pressed on it.
describeEachDatabase('actions on the try-out page', (db) => {
  let server: RunningHttpServer;
  let channel: TryoutChannel;
  let world: ActionsWorld;

  beforeAll(async () => {
    channel = createTryoutChannel({
      router: actionsRouter(db()),
      store: createChannelStore(db().prisma),
      directory: createTryoutDirectory(db().prisma),
      onlyListed: true,
      defaultLocale: 'nl',
    });
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      routes: channel.routes,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    channel.close();
    await server.close();
  });
  beforeEach(async () => {
    world = await seedActionsWorld(db());
  });

  async function post(path: string, body: Record<string, unknown>) {
    const response = await fetch(`${server.url}/tryout/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'nl', ...body }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { html: string; fallbackText: string };
  }

  /** The value of the first button with this action id in the rendered page fragment. */
  function buttonValue(html: string, actionId: string): string {
    const button = [...html.matchAll(/<button[^>]*>/g)]
      .map((match) => match[0])
      .find((tag) => tag.includes(`data-action-id="${actionId}"`));
    const value = button && /data-value="([^"]*)"/.exec(button)?.[1];
    if (!value) throw new Error(`no ${actionId} button in ${html}`);
    return value
      .replace(/&quot;/g, '"')
      .replace(/&#34;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }

  it('records "actie HH-2041 @yara vrijdag …" privately with buttons, and Done marks it done', async () => {
    const recorded = await post('message', {
      text: 'actie HH-2041 @yara vrijdag Aanvraag schuldhulp indienen',
      professionalKey: 'demo-sander',
    });
    expect(recorded.fallbackText).toContain(
      'Vastgelegd: HH-2041, voor Yara Denkbeeld, deadline 11 dec 2026.',
    );
    expect(recorded.html).toContain('Aanvraag schuldhulp indienen');
    expect(recorded.html).toContain('Klaar');
    const action = await db().prisma.action.findFirstOrThrow();
    expect(action.ownerId).toBe(world.ids.yara);

    const done = await post('action', {
      actionId: 'action.done',
      value: buttonValue(recorded.html, 'action.done'),
      conversation: 'dm',
      professionalKey: 'demo-yara',
    });
    expect(done.fallbackText).toContain('Klaar ✓ door jou.');
    expect((await db().prisma.action.findFirstOrThrow()).status).toBe('done');

    const mine = await post('message', { text: 'acties', professionalKey: 'demo-yara' });
    expect(mine.fallbackText).toContain('Je hebt geen open acties.');
  });
});
