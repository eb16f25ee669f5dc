import { describe, expect, it } from 'vitest';
import type { ActionProblem } from '../../../src/app/actions/action-book.ts';
import { actionProblemText } from '../../../src/app/actions/action-problems.ts';
import { createView, text } from '../../../src/views/view-model.ts';

const yara = { id: 'p1', key: 'demo-yara', name: 'Yara Bakker' };
const action = {
  id: 'a1',
  householdId: 'h1',
  householdReference: 'HH-2041',
  teamId: 't1',
  owner: yara,
  coOwners: [],
  description: 'Schuldhulp aanvragen',
  domain: null,
  dueOn: '2026-12-18',
  status: 'open' as const,
  blockedSince: null,
  blockedBy: null,
  blockedNote: null,
  snoozedUntil: null,
  doneAt: null,
  doneBy: null,
  cancelReason: 'Het gezin is verhuisd',
  decisionId: null,
  conferenceId: null,
  version: 2,
};

/** One of every problem, so a new code without words fails here. */
const EVERY: ActionProblem[] = [
  { code: 'refused', view: createView('Nee', [text('Nee')]), message: 'Nee' },
  { code: 'due-date', problem: 'no-date', words: 'ooit' },
  { code: 'due-date', problem: 'ambiguous', words: 'x', candidates: ['2026-12-18', '2026-12-21'] },
  { code: 'due-date', problem: 'in-the-past', words: 'gisteren', dueOn: '2026-12-15' },
  { code: 'due-date', problem: 'too-far-ahead', words: 'x', dueOn: '2028-01-01' },
  { code: 'owner-not-in-team', person: yara },
  { code: 'empty-text' },
  { code: 'text-too-long', max: 500 },
  { code: 'unknown-action' },
  { code: 'unknown-conference' },
  { code: 'already-done', by: yara, at: new Date('2026-12-16T09:30:00Z') },
  { code: 'already-done', by: null, at: new Date('2026-12-16T09:30:00Z') },
  { code: 'already-cancelled', reason: 'Het gezin is verhuisd' },
  { code: 'conflict', action },
  { code: 'same-owner' },
  { code: 'not-blocked' },
  { code: 'snooze-date', problem: 'in-the-past' },
  { code: 'snooze-date', problem: 'too-far-ahead' },
  { code: 'absence-dates', problem: 'end-before-start' },
  { code: 'absence-dates', problem: 'in-the-past' },
  { code: 'absence-dates', problem: 'too-long' },
  { code: 'deputy-is-self' },
  { code: 'ambiguous-household', reference: 'HH-2041' },
  { code: 'household-not-in-conference', reference: 'HH-2042' },
  { code: 'not-an-attendee', person: yara },
  { code: 'unknown-decision', index: 2 },
  { code: 'unknown-person', key: 'nobody' },
  { code: 'absence-not-allowed' },
];

describe('actionProblemText', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`words every problem in ${locale}, with no placeholder left and no care content`, () => {
      for (const problem of EVERY) {
        const said = actionProblemText(problem, locale);
        expect(said.trim(), problem.code).not.toBe('');
        expect(said, problem.code).not.toMatch(/\{\w+\}/);
        // Neither the cancel reason nor the action's text nor the words typed are repeated.
        expect(said).not.toContain('verhuisd');
        expect(said).not.toContain('Schuldhulp');
        expect(said).not.toContain('ooit');
      }
    });
  }

  it('says who did an action already and when, in the person’s language', () => {
    const done: ActionProblem = { code: 'already-done', by: yara, at: new Date('2026-12-16T09:30:00Z') };
    expect(actionProblemText(done, 'en')).toMatch(/already done by Yara Bakker on .*16.*Dec.*2026.*10:30/);
    expect(actionProblemText(done, 'nl')).toMatch(/al gedaan door Yara Bakker op .*16.*dec.*2026.*10:30/);
    expect(actionProblemText({ code: 'unknown-decision', index: 2 }, 'en')).toContain('Decision 3');
  });
});
