import { describe, expect, it } from 'vitest';
import { pacedUntil, platformPacing } from '../../../src/infra/outbox/pacing.ts';

const now = new Date('2030-03-04T09:00:10.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('pacedUntil', () => {
  it('lets a message go when nothing was sent recently', () => {
    expect(pacedUntil(platformPacing.slack, [], now)).toBeNull();
    expect(pacedUntil(platformPacing.slack, [ago(1000)], now)).toBeNull();
  });

  it('holds a Slack message until a second after the previous one', () => {
    expect(pacedUntil(platformPacing.slack, [ago(300)], now)).toEqual(ago(300 - 1000));
  });

  it('holds a Teams message when seven went in the last second, until the oldest of them leaves it', () => {
    const seven = [100, 200, 300, 400, 500, 600, 700].map(ago);
    expect(pacedUntil(platformPacing.teams, seven.slice(1), now)).toBeNull();
    expect(pacedUntil(platformPacing.teams, seven, now)).toEqual(ago(700 - 1000));
  });

  it('holds a Teams message when sixty went in the last 30 seconds', () => {
    const sixty = Array.from({ length: 60 }, (_, i) => ago(1500 + i * 400));
    expect(pacedUntil(platformPacing.teams, sixty, now)).toEqual(ago(1500 + 59 * 400 - 30_000));
  });

  it('never holds the try-out page', () => {
    expect(pacedUntil(platformPacing.tryout, [ago(1), ago(2)], now)).toBeNull();
  });
});
