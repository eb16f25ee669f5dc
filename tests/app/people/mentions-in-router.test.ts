import { describe, expect, it } from 'vitest';
import type { UseCaseContext } from '../../../src/app/feature.ts';
import { handleOf, mentionOf } from '../../../src/app/mentions.ts';
import { createRouter } from '../../../src/app/router.ts';
import { createView, text } from '../../../src/views/view-model.ts';

/** A command that writes down the context it got, as a feature using mentions would read it. */
function recordingFeature() {
  const seen: UseCaseContext[] = [];
  const router = createRouter({
    features: [
      {
        commands: {
          household: (_args, context) => {
            seen.push(context);
            return createView('ok', [text('ok')]);
          },
        },
      },
    ],
  });
  return { router, seen };
}

describe('the router passes mentions on to the command', () => {
  it('hands the channel mentions to the use case context', async () => {
    const { router, seen } = recordingFeature();
    const mentions = [{ handle: 'U0ABC', professionalId: 'p-2', displayName: 'Sanne' }];
    await router.handleText({ text: 'huishouden HH-1 @U0ABC', locale: 'nl', actor: {}, mentions });
    expect(seen[0]?.mentions).toEqual(mentions);
  });

  it('leaves mentions out when the channel found none', async () => {
    const { router, seen } = recordingFeature();
    await router.handleText({ text: 'huishouden HH-1 @sanne', locale: 'nl', actor: {}, mentions: [] });
    expect(seen[0]).not.toHaveProperty('mentions');
  });
});

describe('a word and the mention it stands for', () => {
  const mentions = [{ handle: 'U0ABC', professionalId: 'p-2' }, { handle: 'teams-1' }];

  it('finds the mention of a word with or without @ and trailing punctuation', () => {
    expect(mentionOf('@U0ABC', mentions)?.professionalId).toBe('p-2');
    expect(mentionOf('@U0ABC,', mentions)?.professionalId).toBe('p-2');
    expect(mentionOf('@teams-1', mentions)).toEqual({ handle: 'teams-1' });
    expect(mentionOf('@sanne', mentions)).toBeUndefined();
    expect(mentionOf('@U0ABC', undefined)).toBeUndefined();
  });

  it('keeps dots inside a roster key', () => {
    expect(handleOf('@s.devries.')).toBe('s.devries');
    expect(handleOf('@sanne!')).toBe('sanne');
  });
});
