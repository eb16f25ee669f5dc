import { describe, expect, it } from 'vitest';
import type { AgendaStore } from '../../src/app/ports/agenda-store.ts';
import { createRouter } from '../../src/app/router.ts';
import { visibleText } from './view-text.ts';

const now = new Date('2026-12-01T08:00:00Z'); // Tuesday 1 December, 09:00 in Amsterdam
const agenda: AgendaStore = {
  upcomingConferences: async (professionalId) =>
    professionalId === 'p-1'
      ? [
          {
            startsAt: new Date('2026-12-03T13:00:00Z'),
            endsAt: new Date('2026-12-03T14:30:00Z'),
            location: 'home',
            households: ['HH-2041'],
          },
        ]
      : [],
  openActions: async (professionalId) =>
    professionalId === 'p-1'
      ? [
          {
            householdReference: 'HH-2041',
            description: 'Bel de woningcorporatie',
            dueOn: '2026-11-28',
            blocked: false,
          },
          {
            householdReference: 'HH-2043',
            description: 'Budgetplan maken',
            dueOn: '2026-12-04',
            blocked: true,
          },
        ]
      : [],
};
const router = createRouter({ agenda, clock: { now: () => now }, timeZone: 'Europe/Amsterdam' });
const me = { professionalId: 'p-1', displayName: 'Fictief' };

describe('the Home overview', () => {
  it('lists upcoming conferences in Amsterdam time with household references, and open actions', async () => {
    const text = visibleText(await router.showHome({ locale: 'nl', actor: me }));
    expect(text).toContain('Jouw casus');
    expect(text).toContain('*do 3 dec, 14:00–15:30*');
    expect(text).toContain('bij het huishouden thuis');
    expect(text).toContain('*HH-2041*: Bel de woningcorporatie');
    expect(text).toMatch(/uiterlijk 28 nov · te laat/);
    expect(text).toMatch(/uiterlijk 4 dec · loopt vast/);
  });

  it('says so when nothing is planned, in English', async () => {
    const view = await router.showHome({ locale: 'en', actor: { professionalId: 'p-2' } });
    expect(visibleText(view)).toContain('No case conferences are planned for you.');
    expect(visibleText(view)).toContain('You have no open actions.');
    expect(view.fallbackText).toContain('Your casus');
  });

  it('asks a person casus does not know to have their account linked', async () => {
    const view = await router.showHome({ locale: 'nl', actor: {} });
    expect(visibleText(view)).toContain('Vraag je beheerder om je account aan casus te koppelen.');
  });
});

describe('the acties / actions command', () => {
  it('lists the open actions of the person asking', async () => {
    const text = visibleText(await router.handleText({ text: 'acties', locale: 'en', actor: me }));
    expect(text).toContain('Je open acties');
    expect(text).toContain('*HH-2043*: Budgetplan maken');
    expect(text).not.toContain('HH-2041 · '); // conferences are not part of this answer
  });
});
