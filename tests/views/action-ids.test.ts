import { describe, expect, it } from 'vitest';
import {
  ActionIds,
  fromPlatformActionId,
  isActionId,
  toPlatformActionId,
} from '../../src/views/action-ids.ts';

describe('action ids', () => {
  it('recognises every listed id and nothing else', () => {
    for (const id of Object.values(ActionIds)) expect(isActionId(id)).toBe(true);
    expect(isActionId('help.unknown')).toBe(false);
    expect(isActionId('')).toBe(false);
    expect(isActionId(42)).toBe(false);
    expect(isActionId(undefined)).toBe(false);
  });

  it('keeps ids unique', () => {
    const ids = Object.values(ActionIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('survives the suffix renderers add to keep Slack action ids unique within a block', () => {
    const raw = toPlatformActionId(ActionIds.helpCommand, 2);
    expect(raw).toBe('help.command#2');
    expect(fromPlatformActionId(raw)).toBe('help.command');
    expect(fromPlatformActionId('action.done')).toBe('action.done');
    expect(fromPlatformActionId('nope#1')).toBeUndefined();
  });
});
