import { beforeEach, expect, it } from 'vitest';
import { followUpJobName } from '../../../src/infra/conferences/follow-up-job.ts';
import { queueConferenceInvitations } from '../../../src/infra/conferences/queue-invitations.ts';
import { decodeActionValue } from '../../../src/views/action-payload.ts';
import { buttonsOf, visibleText } from '../../app/view-text.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import {
  createConference,
  type DemoWorld,
  freshDemo,
  outboxRows,
  STARTS_AT,
  testInviteLink,
} from './conference-fixture.ts';

describeEachDatabase('queueConferenceInvitations', (db) => {
  let world: DemoWorld;
  beforeEach(async () => {
    world = await freshDemo(db());
  }, 60_000);

  const queue = (conferenceId: string, now?: Date) =>
    db().prisma.$transaction((tx) =>
      queueConferenceInvitations(tx, {
        conferenceId,
        publicUrl: 'https://casus.test',
        inviteLink: testInviteLink,
        ...(now ? { now } : {}),
      }),
    );

  it('invites nobody of an organisation whose consent for the household ended or was withdrawn', async () => {
    const conference = await createConference(db(), world);
    const yara = await db().prisma.professional.findUniqueOrThrow({ where: { id: world.people.yara } });
    const household = await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-2041' } });
    const consent = { householdId: household.id, organisationId: yara.organisationId };
    // The consent's last day was Sunday 15 November; the conference is sent again on Monday the 16th.
    await db().prisma.consent.update({
      where: { householdId_organisationId: consent },
      data: { validUntil: new Date('2026-11-15'), withdrawnOn: null },
    });
    const monday = new Date('2026-11-16T08:00:00Z');
    const result = await queue(conference.id, monday);
    expect(result).toEqual({
      invitations: 2,
      unreachable: [world.people.esra],
      leftOut: [world.people.yara],
    });
    expect(await outboxRows(db(), `invite:${conference.id}:0:${world.people.yara}`)).toEqual([]);
    // On the Sunday itself she was still invited.
    await db().prisma.caseConference.update({ where: { id: conference.id }, data: { icsSequence: 1 } });
    const sunday = new Date('2026-11-15T20:00:00Z');
    expect((await queue(conference.id, sunday)).leftOut).toEqual([]);
  });

  it('sends each attendee a direct message on every platform they use, in their language', async () => {
    const conference = await createConference(db(), world);
    const result = await queue(conference.id);

    // Esra has no chat identity: she is reported, not invited.
    expect(result).toEqual({ invitations: 3, unreachable: [world.people.esra], leftOut: [] });
    const dms = await outboxRows(db(), `invite:${conference.id}:`);
    expect(dms.map((m) => `${m.platform} ${m.target}`).sort()).toEqual(
      [
        `slack user:${world.people.sander}`,
        `tryout user:${world.people.sander}`,
        `tryout user:${world.people.yara}`,
        `tryout user:${world.people.koen}`,
      ].sort(),
    );
    expect(dms).toHaveLength(4);
    const byTarget = (id: string) => dms.filter((m) => m.target === `user:${id}`);

    // Sander: Dutch (no locale of his own), the same invitation on Slack and on the try-out page.
    const [slack, tryout] = byTarget(world.people.sander as string);
    expect(slack?.view).toEqual(tryout?.view);
    const sander = visibleText(slack?.view ?? { fallbackText: '', blocks: [] });
    expect(sander).toContain('Uitnodiging: casusoverleg HH-2041');
    expect(sander).toContain('di 17 nov, 14:00–15:30');
    expect(sander).toContain('Bij het huishouden thuis');
    // He coordinates HH-2041, and his invitation says so, as the proposal did.
    expect(sander).toContain('Regisseur; Nodig, voor Maatschappelijk werk');
    expect(sander).toContain('Esra Proefwoning, Koen Verzinsel, Yara Denkbeeld');
    expect(sander).toContain('De bewoner is ook uitgenodigd');
    expect(sander).toContain(
      `Zet het in je agenda (.ics): https://casus.test/invite/${world.people.sander}/`,
    );
    expect(sander).not.toContain('Sander Proefmans');

    // Yara reads English and sees her own discipline and link.
    const [yara] = byTarget(world.people.yara as string);
    const yaraText = visibleText(yara?.view ?? { fallbackText: '', blocks: [] });
    expect(yaraText).toContain('Invitation: case conference HH-2041');
    expect(yaraText).toContain('Tue 17 Nov, 14:00–15:30');
    expect(yaraText).toContain('Required, for Debt counselling');
    expect(yaraText).toContain(
      `Add to your calendar (.ics): https://casus.test/invite/${world.people.yara}/${conference.icsUid}.ics`,
    );

    // The buttons answer this conference.
    const buttons = buttonsOf(yara?.view ?? { fallbackText: '', blocks: [] });
    expect(buttons.map((b) => [b.actionId, b.label])).toEqual([
      ['conference.accept', 'Accept'],
      ['conference.decline', 'Decline'],
    ]);
    for (const b of buttons) {
      const decoded = decodeActionValue(b.actionId, b.value);
      expect(decoded).toEqual({ ok: true, payload: { conferenceId: conference.id } });
    }
  });

  it('announces the conference in the team channel by reference only', async () => {
    const conference = await createConference(db(), world);
    await queue(conference.id);

    const announcements = await outboxRows(db(), `announce:${conference.id}:`);
    expect(announcements).toHaveLength(1);
    const [announcement] = announcements;
    expect(announcement?.target).toBe(`channel:${world.channelId}`);
    expect(announcement?.platform).toBe('tryout');
    const shown = `${announcement?.view.fallbackText}\n${visibleText(announcement?.view ?? { fallbackText: '', blocks: [] })}`;
    expect(shown).toContain(
      'Er is een casusoverleg over HH-2041 gepland op di 17 nov, 14:00–15:30, bij het huishouden thuis.',
    );
    // No attendee, no discipline: they would reveal the household's needs.
    for (const hidden of [
      'Sander',
      'Yara',
      'Koen',
      'Esra',
      'Schuldhulp',
      'Jeugd',
      'Wonen',
      'Maatschappelijk',
      'jeugd',
      'schuldhulp',
    ]) {
      expect(shown).not.toContain(hidden);
    }
    expect(buttonsOf(announcement?.view ?? { fallbackText: '', blocks: [] })).toEqual([]);
  });

  it('queues nothing new the second time, and a new round when the conference changed', async () => {
    const conference = await createConference(db(), world);
    await queue(conference.id);
    const count = () => db().prisma.outboxMessage.count();
    const jobs = () => db().prisma.job.count();
    const [messages, jobCount] = [await count(), await jobs()];

    await queue(conference.id);
    expect(await count()).toBe(messages);
    expect(await jobs()).toBe(jobCount);

    await db().prisma.caseConference.update({ where: { id: conference.id }, data: { icsSequence: 1 } });
    await queue(conference.id);
    expect(await count()).toBe(messages * 2);
    const changed = await outboxRows(db(), `invite:${conference.id}:1:${world.people.koen}:`);
    expect(visibleText(changed[0]?.view ?? { fallbackText: '', blocks: [] })).toContain(
      'Gewijzigde uitnodiging: casusoverleg HH-2041',
    );
  });

  it('queues nothing when the booking rolls back', async () => {
    const conference = await createConference(db(), world);
    await expect(
      db().prisma.$transaction(async (tx) => {
        await queueConferenceInvitations(tx, {
          conferenceId: conference.id,
          publicUrl: 'https://casus.test',
          inviteLink: testInviteLink,
        });
        throw new Error('booking failed after queueing');
      }),
    ).rejects.toThrow('booking failed');
    expect(await db().prisma.outboxMessage.count()).toBe(0);
    expect(await db().prisma.job.count()).toBe(0);
  });

  it('schedules the follow-up check six weeks after the start (the team setting when changed)', async () => {
    const conference = await createConference(db(), world);
    await queue(conference.id);
    const job = await db().prisma.job.findUniqueOrThrow({ where: { key: `follow-up:${conference.id}` } });
    expect(job.name).toBe(followUpJobName);
    expect(job.runAt.toISOString()).toBe(new Date(STARTS_AT.getTime() + 42 * 86_400_000).toISOString());
    expect(job.payload).toEqual({ conferenceId: conference.id, weeks: 6 });

    await db().prisma.team.update({ where: { id: world.teamId }, data: { settings: { followUpWeeks: 4 } } });
    const second = await createConference(db(), world, { household: 'HH-2043' });
    await queue(second.id);
    const secondJob = await db().prisma.job.findUniqueOrThrow({ where: { key: `follow-up:${second.id}` } });
    expect(secondJob.runAt.toISOString()).toBe(new Date(STARTS_AT.getTime() + 28 * 86_400_000).toISOString());
  });

  it('moves a waiting follow-up check when the conference moves, but not one that already ran', async () => {
    const conference = await createConference(db(), world);
    await queue(conference.id);
    const moved = new Date(STARTS_AT.getTime() + 7 * 86_400_000);
    await db().prisma.caseConference.update({
      where: { id: conference.id },
      data: { icsSequence: 1, startsAt: moved, endsAt: new Date(moved.getTime() + 5_400_000) },
    });
    await queue(conference.id);
    const key = `follow-up:${conference.id}`;
    const job = await db().prisma.job.findUniqueOrThrow({ where: { key } });
    expect(job.runAt.toISOString()).toBe(new Date(moved.getTime() + 42 * 86_400_000).toISOString());
    expect(job.payload).toEqual({ conferenceId: conference.id, weeks: 6 });

    await db().prisma.job.update({ where: { key }, data: { status: 'completed' } });
    await db().prisma.caseConference.update({ where: { id: conference.id }, data: { icsSequence: 2 } });
    await queue(conference.id);
    expect(await db().prisma.job.findUniqueOrThrow({ where: { key } })).toMatchObject({
      status: 'completed',
    });
  });

  it('uses the real personal invitation link by default', async () => {
    const conference = await createConference(db(), world);
    await db().prisma.$transaction((tx) =>
      queueConferenceInvitations(tx, { conferenceId: conference.id, publicUrl: 'https://casus.example' }),
    );
    const koen = await db().prisma.professional.findUniqueOrThrow({ where: { id: world.people.koen } });
    expect(koen.calendarFeedToken).toBeTruthy();
    const [dm] = await outboxRows(db(), `invite:${conference.id}:0:${world.people.koen}:`);
    expect(visibleText(dm?.view ?? { fallbackText: '', blocks: [] })).toContain(
      `https://casus.example/calendar/${koen.calendarFeedToken}/${encodeURIComponent(conference.icsUid)}.ics`,
    );
  });

  it('sends nothing for a cancelled conference', async () => {
    const conference = await createConference(db(), world, { status: 'cancelled' });
    expect(await queue(conference.id)).toEqual({ invitations: 0, unreachable: [], leftOut: [] });
    expect(await db().prisma.outboxMessage.count()).toBe(0);
  });
});
