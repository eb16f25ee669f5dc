import { expect, it } from 'vitest';
import { createRouter } from '../../../src/app/router.ts';
import { createSlackChannel } from '../../../src/channels/slack/slack-channel.ts';
import { silentLogger } from '../../../src/infra/logger.ts';
import { memoryInboundStore } from '../../support/memory-inbound-store.ts';
import { noDirectory, spyOnStore } from './slack-test-kit.ts';

const unusedStore = spyOnStore({
  findProfessional: async () => undefined,
  claimDelivery: async () => true,
  saveConversationReference: async () => {},
  findConversationReference: async () => undefined,
});

it('serves no HTTP route in Socket Mode: Slack reaches casus over the WebSocket instead', () => {
  const channel = createSlackChannel({
    config: { signingSecret: undefined, botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: undefined },
    router: createRouter(),
    store: unusedStore,
    directory: noDirectory,
    logger: silentLogger,
    defaultLocale: 'nl',
    inbound: memoryInboundStore(),
  });
  expect(channel.routes).toEqual([]);
  expect(channel.messenger.platform).toBe('slack');
});

it('refuses HTTP mode without a signing secret', () => {
  expect(() =>
    createSlackChannel({
      config: { signingSecret: undefined, botToken: 'xoxb-test', appToken: undefined, apiUrl: undefined },
      router: createRouter(),
      store: unusedStore,
      directory: noDirectory,
      logger: silentLogger,
      defaultLocale: 'nl',
      inbound: memoryInboundStore(),
    }),
  ).toThrow(/SLACK_SIGNING_SECRET/);
});
