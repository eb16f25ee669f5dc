import { describe, expect, it } from 'vitest';
import { decodeActionValue, encodeActionValue, MAX_VALUE_LENGTH } from '../../src/views/action-payload.ts';

describe('action payloads', () => {
  it('round-trips a payload through a short string', () => {
    const value = encodeActionValue('action.snooze', { actionItemId: 'a-1', days: 3 });
    expect(value.length).toBeLessThan(100);
    expect(decodeActionValue('action.snooze', value)).toEqual({
      ok: true,
      payload: { actionItemId: 'a-1', days: 3 },
    });
  });

  it('treats a button without a value as an empty payload', () => {
    expect(decodeActionValue('help.show', undefined)).toEqual({ ok: true, payload: {} });
  });

  it.each([
    ['not JSON', 'action.done', '{"actionItemId":'],
    ['a wrong type', 'action.snooze', '{"actionItemId":"a-1","days":"3"}'],
    ['an extra field', 'action.done', '{"actionItemId":"a-1","admin":true}'],
    ['an unknown command', 'help.command', '{"command":"rm"}'],
    ['a missing value', 'action.done', undefined],
    ['a non-string value', 'action.done', { actionItemId: 'a-1' }],
    ['an oversized value', 'help.show', `{"x":"${'a'.repeat(MAX_VALUE_LENGTH)}"}`],
  ] as const)('rejects a tampered payload with %s as invalid-action-payload', (_why, actionId, value) => {
    const result = decodeActionValue(actionId, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-action-payload');
  });

  it('refuses to encode a payload longer than Slack allows', () => {
    expect(() => encodeActionValue('household.edit', { householdId: 'x'.repeat(3000) })).toThrow();
  });
});
