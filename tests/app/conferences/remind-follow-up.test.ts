import { describe, expect, it } from 'vitest';
import type { FollowUpStore } from '../../../src/app/conferences/follow-up-store.ts';
import { remindFollowUp, scheduleFollowUp } from '../../../src/app/conferences/remind-follow-up.ts';
import type { FollowUpSituation } from '../../../src/domain/follow-up/follow-up-due.ts';
import { FakeWork } from '../../support/fake-work.ts';
import { visibleText } from '../view-text.ts';

const startsAt = new Date('2026-11-17T13:00:00Z');
const now = new Date('2026-12-29T13:00:00Z');
const context = { now, key: 'follow-up:c1', attempt: 1 };

const situation: FollowUpSituation = {
  conference: { id: 'c1', teamId: 't1', startsAt, status: 'held', organizer: { id: 'koen', active: true } },
  households: [
    {
      id: 'h1',
      reference: 'HH-2041',
      planClosed: false,
      laterConferencePlanned: false,
      coordinator: { id: 'sander', active: true, locale: 'en' },
    },
    {
      id: 'h2',
      reference: 'HH-2042',
      planClosed: true,
      laterConferencePlanned: false,
      coordinator: { id: 'yara', active: true },
    },
  ],
};

const storeOf = (found: FollowUpSituation | undefined): FollowUpStore => ({ situation: async () => found });

describe('the follow-up check use case', () => {
  it('queues what the rule says is due to each recipient on their platforms, once per key', async () => {
    const work = new FakeWork({ sander: ['slack', 'teams'], yara: ['slack'] });
    const remind = remindFollowUp({ store: storeOf(situation), unitOfWork: work, defaultLocale: 'nl' });
    await remind({ conferenceId: 'c1', weeks: 6 }, context);
    await remind({ conferenceId: 'c1', weeks: 6 }, { ...context, attempt: 2 });

    expect(work.messages.map((m) => `${m.idempotencyKey} ${m.target}`)).toEqual([
      'follow-up:c1:h1:slack user:sander',
      'follow-up:c1:h1:teams user:sander',
    ]);
    expect(visibleText(work.messages[0]?.view ?? { fallbackText: '', blocks: [] })).toContain(
      'It is 6 weeks since the case conference for HH-2041.',
    );
    expect(work.jobs).toEqual([]);
  });

  it('records the job’s read of every household of the conference, with no care data', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    await remindFollowUp({ store: storeOf(situation), unitOfWork: work, defaultLocale: 'nl' })(
      { conferenceId: 'c1', weeks: 6 },
      context,
    );
    expect(work.accessLog).toEqual(
      ['h1', 'h2'].map((householdId, i) => ({
        actorId: null,
        onBehalfOf: 'job:conference.follow-up',
        householdId,
        teamId: 't1',
        reference: `HH-204${i + 1}`,
        kind: 'conference',
        action: 'view',
        channel: 'job',
        outcome: 'ok',
        subjectId: 'c1',
      })),
    );
  });

  it('does nothing for a conference that no longer exists', async () => {
    const work = new FakeWork({ sander: ['slack'] });
    await remindFollowUp({ store: storeOf(undefined), unitOfWork: work, defaultLocale: 'nl' })(
      { conferenceId: 'c1', weeks: 6 },
      context,
    );
    expect([work.messages, work.accessLog]).toEqual([[], []]);
  });

  it('schedules the check the set number of weeks after the start, under the conference’s key', async () => {
    const work = new FakeWork();
    await work.run(({ scheduler }) => scheduleFollowUp(scheduler, { id: 'c1', startsAt }, 6));
    expect(work.jobs).toEqual([
      {
        useCase: 'conference.follow-up',
        key: 'follow-up:c1',
        at: now,
        input: { conferenceId: 'c1', weeks: 6 },
      },
    ]);
  });
});
