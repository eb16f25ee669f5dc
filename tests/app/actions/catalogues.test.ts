import { describe, expect, it } from 'vitest';
import { dueDateMovedNote, dueDateProblemText } from '../../../src/app/actions/i18n/action-text.ts';
import { en } from '../../../src/app/actions/i18n/en.ts';
import { nl } from '../../../src/app/actions/i18n/nl.ts';
import { readDueDate } from '../../../src/app/actions/read-due-date.ts';
import { toWorkingDay } from '../../../src/domain/actions/working-day.ts';
import { itKeepsCataloguesParallel } from '../catalogue-parity.ts';

const FRIDAY = '2026-12-18';

/** The moved answer for a due date, as a use case would get it. */
function moved(dueOn: string, contractWeekdays: number[], notBefore?: string) {
  const answer = toWorkingDay(dueOn, { contractWeekdays, notBefore });
  if (answer.movedFrom === undefined) throw new Error(`${dueOn} did not move`);
  return answer;
}

function problem(words: string, locale: 'nl' | 'en') {
  const answer = readDueDate(words, { locale, today: FRIDAY });
  if (answer.ok) throw new Error(`${words} was read`);
  return answer;
}

describe('action message catalogues', () => {
  itKeepsCataloguesParallel(nl, en);
});

describe('the note that a due date moved', () => {
  it('says a public holiday moved it to the working day before', () => {
    const christmas = moved('2026-12-25', [1, 2, 3, 4, 5]);
    expect(dueDateMovedNote('en', christmas, 'Sanne')).toBe(
      'Due 24 Dec 2026: 25 Dec 2026 is a public holiday, so the due date moved to the working day before.',
    );
    expect(dueDateMovedNote('nl', christmas, 'Sanne')).toBe(
      'Deadline 24 dec 2026: 25 dec 2026 is een feestdag, dus de deadline is de werkdag ervoor.',
    );
  });

  it('names the owner who does not work that day', () => {
    const wednesday = moved('2026-12-16', [1, 2, 4]);
    expect(dueDateMovedNote('en', wednesday, 'Sanne')).toBe(
      'Due 15 Dec 2026: Sanne does not work on 16 Dec 2026, so the due date moved to their working day before.',
    );
    expect(dueDateMovedNote('nl', wednesday, 'Sanne')).toBe(
      'Deadline 15 dec 2026: Sanne werkt niet op 16 dec 2026, dus de deadline is de werkdag ervoor.',
    );
  });

  it('says so when it moved forward because the day before has passed', () => {
    const sunday = moved('2026-12-20', [1, 2, 3, 4, 5], '2026-12-19');
    expect(dueDateMovedNote('en', sunday, 'Sanne')).toContain('moved to their next working day');
    expect(dueDateMovedNote('nl', sunday, 'Sanne')).toBe(
      'Deadline 21 dec 2026: Sanne werkt niet op 20 dec 2026 en de werkdag ervoor is al voorbij, dus de deadline is de volgende werkdag.',
    );
  });
});

describe('the problems of a due date', () => {
  it('explains each problem in both languages, without repeating the words typed', () => {
    expect(dueDateProblemText('nl', problem('blabla', 'nl'))).toBe(
      'Ik kan geen deadline lezen. Probeer bijvoorbeeld "vrijdag", "morgen", "over 2 weken", "15 januari" of "2026-12-18".',
    );
    expect(dueDateProblemText('en', problem('blabla', 'en'))).not.toContain('blabla');
    expect(dueDateProblemText('en', problem('yesterday', 'en'))).toBe(
      '17 Dec 2026 has already passed. Please give a due date from today on.',
    );
    expect(dueDateProblemText('nl', problem('gisteren', 'nl'))).toBe(
      '17 dec 2026 is al voorbij. Geef een deadline vanaf vandaag.',
    );
    expect(dueDateProblemText('en', problem('friday or monday', 'en'))).toBe(
      'I read more than one date: 25 Dec 2026, 21 Dec 2026. Please give one due date.',
    );
    expect(dueDateProblemText('nl', problem('vrijdag of maandag', 'nl'))).toBe(
      'Ik lees meer dan één datum: 25 dec 2026, 21 dec 2026. Geef één deadline.',
    );
    expect(dueDateProblemText('nl', problem('2028-01-15', 'nl'))).toBe(
      '15 jan 2028 is meer dan een jaar weg. Kijk het jaartal na, of geef een deadline binnen een jaar.',
    );
  });
});
