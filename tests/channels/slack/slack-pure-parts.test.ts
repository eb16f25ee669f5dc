import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/app/ports/messenger.ts';
import {
  buttonPressKeys,
  eventKey,
  PRESS_WINDOW_SECONDS,
} from '../../../src/channels/slack/delivery-keys.ts';
import { stripBotMention } from '../../../src/channels/slack/mention-text.ts';
import { isSslCheck, parseSlackBody } from '../../../src/channels/slack/parse-slack-body.ts';
import { localeFromSlack } from '../../../src/channels/slack/requester.ts';
import { toDeliveryError } from '../../../src/channels/slack/web-api-errors.ts';

describe('Slack delivery keys', () => {
  const press = { container: '1700000200.000300', actionId: 'help.command#0', value: '{"command":"plan"}' };
  const keysAt = (actionTs: string) => buttonPressKeys({ ...press, actionTs });
  const overlap = (a: string[], b: string[]) => a.some((key) => b.includes(key));

  it('gives an event and its retries one key', () => {
    expect(eventKey('Ev1')).toBe(eventKey('Ev1'));
  });

  it('lets two presses less than one window apart share a key, whichever came first', () => {
    for (const [first, second] of [
      ['1700000210.100000', '1700000210.400000'],
      ['1700000211.900000', '1700000212.100000'],
      ['1700000212.100000', '1700000211.900000'],
    ] as const) {
      expect(overlap(keysAt(first), keysAt(second))).toBe(true);
    }
  });

  it('keeps presses two windows apart, other buttons and other messages apart', () => {
    const later = String(1700000210 + 2 * PRESS_WINDOW_SECONDS + 0.1);
    expect(overlap(keysAt('1700000210.000000'), keysAt(later))).toBe(false);
    const other = buttonPressKeys({ ...press, actionId: 'help.command#1', actionTs: '1700000210.0' });
    expect(overlap(keysAt('1700000210.0'), other)).toBe(false);
    const elsewhere = buttonPressKeys({ ...press, container: '1700000999.000100', actionTs: '1700000210.0' });
    expect(overlap(keysAt('1700000210.0'), elsewhere)).toBe(false);
  });

  it('keeps keys short, whatever the button value', () => {
    const keys = buttonPressKeys({ ...press, value: 'x'.repeat(2000), actionTs: '1700000210.0' });
    for (const key of keys) expect(key.length).toBeLessThan(100);
  });
});

describe('parsing Slack bodies', () => {
  it('reads slash commands as form fields and interactivity as the JSON in payload', () => {
    expect(parseSlackBody('application/x-www-form-urlencoded', 'command=%2Fcasus&text=help')).toEqual({
      ok: true,
      transport: 'command',
      body: { command: '/casus', text: 'help' },
    });
    expect(parseSlackBody('application/x-www-form-urlencoded', 'payload=%7B%22type%22%3A%22x%22%7D')).toEqual(
      {
        ok: true,
        transport: 'interactivity',
        body: { type: 'x' },
      },
    );
    expect(parseSlackBody('application/json; charset=utf-8', '{"type":"event_callback"}')).toMatchObject({
      ok: true,
      transport: 'events',
    });
  });

  it('refuses bodies that are not one JSON object or a non-empty form', () => {
    expect(parseSlackBody('application/json', '[1]').ok).toBe(false);
    expect(parseSlackBody('application/json', 'null').ok).toBe(false);
    expect(parseSlackBody('application/json', '{').ok).toBe(false);
    expect(parseSlackBody('application/x-www-form-urlencoded', '').ok).toBe(false);
    expect(parseSlackBody('text/plain', '{}').ok).toBe(false);
    expect(parseSlackBody(undefined, '{}').ok).toBe(false);
  });

  it("recognises Slack's ssl_check probe", () => {
    expect(isSslCheck('application/x-www-form-urlencoded', 'ssl_check=1&token=x')).toBe(true);
    expect(isSslCheck('application/json', '{"ssl_check":"1"}')).toBe(false);
  });
});

describe('mentions and locales', () => {
  it('strips the mention that addressed casus, and only that one', () => {
    expect(stripBotMention('<@UBOT> help', 'UBOT')).toBe('help');
    expect(stripBotMention('<@UBOT|casus>   plan  noord', 'UBOT')).toBe('plan noord');
    expect(stripBotMention('<@UOTHER> help', undefined)).toBe('help');
    expect(stripBotMention('help', 'UBOT')).toBe('help');
  });

  it("reads the language out of Slack's locale tags", () => {
    expect(localeFromSlack('nl-NL')).toBe('nl');
    expect(localeFromSlack('en-GB')).toBe('en');
    expect(localeFromSlack('de-DE')).toBeUndefined();
    expect(localeFromSlack(undefined)).toBeUndefined();
  });
});

describe('Web API errors as delivery failures', () => {
  const coded = (code: string, extra: object) => Object.assign(new Error(code), { code, ...extra });

  it('maps each kind of Web API failure', () => {
    const cases: [unknown, string, number | undefined][] = [
      [coded(webApi.ErrorCode.RateLimitedError, { retryAfter: 30 }), 'rate-limited', 30_000],
      [coded(webApi.ErrorCode.RequestError, { original: new Error('ECONNREFUSED') }), 'network', undefined],
      [coded(webApi.ErrorCode.HTTPError, { statusCode: 502 }), 'server', undefined],
      [
        coded(webApi.ErrorCode.PlatformError, { data: { ok: false, error: 'not_in_channel' } }),
        'permanent',
        undefined,
      ],
      [
        coded(webApi.ErrorCode.PlatformError, { data: { ok: false, error: 'account_inactive' } }),
        'permanent',
        undefined,
      ],
      [
        coded(webApi.ErrorCode.PlatformError, { data: { ok: false, error: 'invalid_auth' } }),
        'permanent',
        undefined,
      ],
      [
        coded(webApi.ErrorCode.PlatformError, { data: { ok: false, error: 'internal_error' } }),
        'server',
        undefined,
      ],
    ];
    for (const [error, failure, retryAfterMs] of cases) {
      const mapped = toDeliveryError(error);
      expect(mapped).toBeInstanceOf(DeliveryError);
      expect(mapped).toMatchObject({ failure, retryAfterMs, cause: error });
    }
  });

  it('leaves errors that are not from the Web API alone', () => {
    const bug = new TypeError('bug');
    expect(toDeliveryError(bug)).toBe(bug);
  });
});
