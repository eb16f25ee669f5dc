import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SLACK_DIR = resolve(import.meta.dirname, '../../manifests/slack');

interface SlashCommand {
  command: string;
  url?: string;
  description: string;
  usage_hint?: string;
  should_escape?: boolean;
}

interface SlackManifest {
  _metadata: { major_version: number; minor_version: number };
  display_information: {
    name: string;
    description: string;
    long_description: string;
    background_color: string;
  };
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: SlashCommand[];
  };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[]; user_events?: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
    org_deploy_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

function read(file: string): SlackManifest {
  return JSON.parse(readFileSync(join(SLACK_DIR, file), 'utf8'));
}

const REQUEST_URL = 'https://YOUR-HOST/slack/events';

/**
 * The bot scopes, each for a reason (docs/connect-slack-and-teams.md explains them). Adding one is a
 * conscious change: update this list, the doc and the socket-mode manifest together.
 */
const SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:write'];

/** The scope Slack requires before it delivers each event; undefined: none needed. */
const EVENT_SCOPE: Record<string, string | undefined> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  app_home_opened: undefined,
  app_uninstalled: undefined,
  tokens_revoked: undefined,
};

describe('the Slack app manifest (HTTP, Events API)', () => {
  const manifest = read('manifest.json');

  it('declares /casus on the one request URL, with the usage hint', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({
        command: '/casus',
        url: REQUEST_URL,
        usage_hint: 'hulp | help | plan <kenmerk>',
        should_escape: false,
      }),
    ]);
  });

  it('subscribes to mentions, direct messages, App Home and uninstalls, on the same URL', () => {
    expect(manifest.settings.event_subscriptions.request_url).toBe(REQUEST_URL);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      Object.keys(EVENT_SCOPE).sort(),
    );
    expect(manifest.settings.event_subscriptions.user_events).toBeUndefined();
  });

  it('has interactivity (buttons, menus, modals) on the same URL', () => {
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: REQUEST_URL });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it('has a bot user and an App Home with a home tab and a messages tab people can write in', () => {
    expect(manifest.features.bot_user.display_name).toBe('casus');
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('asks exactly the agreed bot scopes and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(SCOPES);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
    for (const scope of Object.values(EVENT_SCOPE)) if (scope) expect(SCOPES).toContain(scope);
  });

  it("stays within Slack's manifest limits", () => {
    const { display_information: info, features } = manifest;
    expect(manifest._metadata.major_version).toBe(1);
    expect(info.name).toBe('casus');
    expect(info.description.length).toBeLessThanOrEqual(140);
    expect(info.long_description.length).toBeGreaterThanOrEqual(175);
    expect(info.long_description.length).toBeLessThanOrEqual(4000);
    expect(info.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(features.bot_user.display_name.length).toBeLessThanOrEqual(80);
    for (const command of features.slash_commands) {
      expect(command.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(command.description.length).toBeLessThanOrEqual(2000);
      expect(command.usage_hint?.length ?? 0).toBeLessThanOrEqual(1000);
    }
  });
});

describe('the Slack app manifest for Socket Mode', () => {
  const http = read('manifest.json');
  const socket = read('manifest.socket-mode.json');

  it('turns Socket Mode on and carries no URLs', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('https://YOUR-HOST');
    expect(socket.features.slash_commands[0]).not.toHaveProperty('url');
    expect(socket.settings.event_subscriptions).not.toHaveProperty('request_url');
    expect(socket.settings.interactivity).toEqual({ is_enabled: true });
  });

  it('is otherwise the same app: same command, events, App Home and scopes', () => {
    const withoutUrls = structuredClone(http);
    delete withoutUrls.features.slash_commands[0]!.url;
    delete withoutUrls.settings.event_subscriptions.request_url;
    delete withoutUrls.settings.interactivity.request_url;
    withoutUrls.settings.socket_mode_enabled = true;
    expect(socket).toEqual(withoutUrls);
  });
});
