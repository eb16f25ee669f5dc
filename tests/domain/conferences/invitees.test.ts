import { describe, expect, it } from 'vitest';
import { whoIsInvited } from '../../../src/domain/conferences/invitees.ts';

const sander = { professionalId: 'sander', platforms: ['slack', 'tryout'], organisation: 'wijkteam' };
const esra = { professionalId: 'esra', platforms: [], organisation: 'woningcorporatie' };
const yara = { professionalId: 'yara', platforms: ['teams'], organisation: 'schuldhulp' };

describe('who a conference invites', () => {
  it('invites every attendee with a chat account and reports the others', () => {
    expect(whoIsInvited({ status: 'scheduled' }, [sander, esra, yara])).toEqual({
      invited: [sander, yara],
      unreachable: [esra],
      leftOut: [],
    });
  });

  it('invites nobody to a cancelled conference', () => {
    expect(whoIsInvited({ status: 'cancelled' }, [sander, yara])).toEqual({
      invited: [],
      unreachable: [],
      leftOut: [],
    });
  });

  it('leaves out whom the filter takes out, before asking whether they can be reached', () => {
    const noConsent = new Set(['schuldhulp', 'woningcorporatie']);
    const result = whoIsInvited(
      { status: 'scheduled' },
      [sander, esra, yara],
      (a) => !noConsent.has(a.organisation),
    );
    expect(result).toEqual({ invited: [sander], unreachable: [], leftOut: [esra, yara] });
  });
});
