import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import { demoChat, freshDemo, household, professionalId } from './household-support.ts';

describeEachDatabase("the household view's conferences", (db) => {
  beforeEach(async () => {
    await freshDemo(db());
  });

  async function conference(
    startsAt: string,
    status: 'scheduled' | 'held' | 'cancelled',
    answers: Record<string, 'pending' | 'accepted' | 'declined'>,
  ) {
    const { id: householdId, teamId } = await household(db(), 'HH-2041');
    const attendances = [];
    for (const [key, rsvp] of Object.entries(answers))
      attendances.push({ professionalId: await professionalId(db(), key), rsvp });
    const start = new Date(startsAt);
    await db().prisma.caseConference.create({
      data: {
        teamId,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        status,
        location: 'office',
        icsUid: `casus-${startsAt}@casus`,
        households: { create: { householdId } },
        attendances: { create: attendances },
      },
    });
  }

  it('lists upcoming and recent conferences with every attendee’s answer, to the case team', async () => {
    // Now is Tuesday 24 November 2026, 10:00.
    await conference('2026-11-10T08:30:00Z', 'held', { 'demo-sander': 'accepted', 'demo-koen': 'declined' });
    await conference('2026-12-02T08:00:00Z', 'scheduled', {
      'demo-sander': 'accepted',
      'demo-yara': 'declined',
      'demo-koen': 'pending',
    });
    const chat = demoChat(db());
    const nl = visibleText(await chat.say('huishouden HH-2041'));
    expect(nl).toContain('Casusoverleggen');
    const upcoming = nl.indexOf('*wo 2 dec, 09:00–10:00, op kantoor* · komt nog');
    const held = nl.indexOf('*di 10 nov, 09:30–10:30, op kantoor* · gehouden');
    expect(upcoming).toBeGreaterThan(-1);
    expect(held).toBeGreaterThan(upcoming);
    expect(nl).toMatch(/komt nog\n.*Sander Proefmans: komt/);
    expect(nl).toContain('Yara Denkbeeld: afgemeld');
    expect(nl).toContain('Koen Verzinsel: nog geen antwoord');

    const en = visibleText(await chat.say('household HH-2041', { locale: 'en' }));
    expect(en).toContain('*Wed 2 Dec, 09:00–10:00, at the office* · coming up');
    expect(en).toContain('Yara Denkbeeld: declined');
    expect(en).toContain('Koen Verzinsel: no answer yet');
    expect(en).toContain('*Tue 10 Nov, 09:30–10:30, at the office* · held');

    // Not in a channel, and not for a team member outside the case team.
    const shared = visibleText(await chat.say('huishouden HH-2041', { conversation: 'shared' }));
    expect(shared).not.toContain('Casusoverleggen');
    const outside = visibleText(await chat.say('huishouden HH-2041', { as: 'demo-latifa' }));
    expect(outside).not.toContain('Yara Denkbeeld: afgemeld');
  });

  it('says so when the household had no conference yet', async () => {
    const view = visibleText(await demoChat(db()).say('household HH-2041', { locale: 'en' }));
    expect(view).toContain('No case conference yet.');
  });
});
