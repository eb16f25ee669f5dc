import { describe, expect, it } from 'vitest';
import { NUDGE_SWEEP } from '../src/app/actions/send-nudges.ts';
import { followUpUseCase } from '../src/app/conferences/remind-follow-up.ts';
import { DIGEST_SWEEP } from '../src/app/digest/send-digests.ts';
import { REMIND_CONSENT_ENDING } from '../src/app/households/remind-consent-ending.ts';
import { QUORUM_CHECK } from '../src/app/protection/check-quorum.ts';
import { CONFERENCE_AGENDA } from '../src/app/protection/conference-agenda.ts';
import { ROTATION_ANNOUNCE } from '../src/app/rotations/announce-turns.ts';
import type { Database } from '../src/infra/db/database.ts';
import { composeTimedWork } from '../src/timed-work.ts';

describe('the registry of timed use cases', () => {
  it('has a job for every name a use case schedules', () => {
    // Composing builds handlers only; nothing touches the database until a job runs.
    const db = { prisma: {}, kind: 'embedded' } as unknown as Pick<Database, 'prisma' | 'kind'>;
    const handlers = composeTimedWork({ db, clock: { now: () => new Date() }, defaultLocale: 'nl' });
    expect(Object.keys(handlers).sort()).toEqual(
      [
        followUpUseCase,
        REMIND_CONSENT_ENDING,
        NUDGE_SWEEP,
        QUORUM_CHECK,
        CONFERENCE_AGENDA,
        DIGEST_SWEEP,
        ROTATION_ANNOUNCE,
      ].sort(),
    );
  });
});
