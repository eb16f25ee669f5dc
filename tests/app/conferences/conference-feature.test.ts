import { beforeEach, expect, it } from 'vitest';
import type { Actor } from '../../../src/app/actor.ts';
import { answerInvitation } from '../../../src/app/conferences/answer-invitation.ts';
import { conferenceFeature } from '../../../src/app/conferences/conference-feature.ts';
import { createRouter } from '../../../src/app/router.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import { createRsvpUnitOfWork } from '../../../src/infra/conferences/rsvp-repository.ts';
import { encodeActionValue } from '../../../src/views/action-payload.ts';
import {
  BEFORE,
  createConference,
  type DemoWorld,
  ENDS_AT,
  freshDemo,
  outboxRows,
  testInviteLink,
} from '../../infra/conferences/conference-fixture.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';

describeEachDatabase('answering an invitation', (db) => {
  let world: DemoWorld;
  let now: Date;
  beforeEach(async () => {
    world = await freshDemo(db());
    now = BEFORE;
  }, 60_000);

  const router = () =>
    createRouter({
      clock: { now: () => now },
      features: [
        conferenceFeature({
          rsvp: answerInvitation({
            work: createRsvpUnitOfWork(db().prisma, {
              publicUrl: 'https://casus.test',
              inviteLink: testInviteLink,
            }),
            defaultLocale: 'nl',
            timeZone: 'Europe/Amsterdam',
          }),
        }),
      ],
    });

  const press = (
    answer: 'accept' | 'decline',
    conferenceId: string,
    actor: Actor,
    locale: Locale = 'en',
    conversation: 'private' | 'shared' = 'private',
  ) =>
    router().handleAction({
      actionId: `conference.${answer}`,
      value: encodeActionValue(`conference.${answer}`, { conferenceId }),
      locale,
      actor,
      conversation,
    });

  const attendance = (conferenceId: string, key: string) =>
    db().prisma.attendance.findUniqueOrThrow({
      where: { conferenceId_professionalId: { conferenceId, professionalId: world.people[key] as string } },
    });

  it('records an acceptance and answers with the invitation, offering to decline after all', async () => {
    const conference = await createConference(db(), world);
    const view = await press('accept', conference.id, { professionalId: world.people.koen });

    const row = await attendance(conference.id, 'koen');
    expect(row.rsvp).toBe('accepted');
    expect(row.respondedAt?.toISOString()).toBe(BEFORE.toISOString());
    const shown = visibleText(view);
    expect(shown).toContain('You accepted.');
    expect(shown).toContain('Invitation: case conference HH-2041');
    expect(shown).toContain(`https://casus.test/invite/${world.people.koen}/${conference.icsUid}.ics`);
    expect(buttonsOf(view).map((b) => [b.actionId, b.label])).toEqual([
      ['conference.decline', 'Decline after all'],
    ]);

    const audit = await db().prisma.accessLogEntry.findMany({ where: { subjectId: conference.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: world.people.koen,
      kind: 'conference',
      action: 'change',
      outcome: 'ok',
      reference: 'HH-2041',
      details: { rsvp: 'accepted', previous: 'pending' },
    });
    // Nobody is told about an acceptance.
    expect(await outboxRows(db(), 'rsvp:')).toEqual([]);
  });

  it('says so when the same answer is given twice, and changes nothing', async () => {
    const conference = await createConference(db(), world);
    await press('accept', conference.id, { professionalId: world.people.koen });
    now = new Date(BEFORE.getTime() + 60_000);
    const again = await press('accept', conference.id, { professionalId: world.people.koen });

    expect(visibleText(again)).toContain('You had already accepted; nothing changed.');
    expect((await attendance(conference.id, 'koen')).respondedAt?.toISOString()).toBe(BEFORE.toISOString());
    expect(await db().prisma.accessLogEntry.count({ where: { subjectId: conference.id } })).toBe(1);
  });

  it('tells the coordinator about a decline, in their language, and lets the decliner change their mind', async () => {
    const conference = await createConference(db(), world);
    const view = await press('decline', conference.id, { professionalId: world.people.yara });

    expect((await attendance(conference.id, 'yara')).rsvp).toBe('declined');
    expect(visibleText(view)).toContain('You declined. I have let Sander Proefmans know.');
    expect(buttonsOf(view).map((b) => [b.actionId, b.label])).toEqual([
      ['conference.accept', 'Accept after all'],
    ]);

    // Sander organises the conference and coordinates HH-2041: one notice per platform he uses, in Dutch.
    const notices = await outboxRows(db(), `rsvp:${conference.id}:${world.people.yara}:declined:`);
    expect(notices.map((n) => `${n.platform} ${n.target}`)).toEqual([
      `slack user:${world.people.sander}`,
      `tryout user:${world.people.sander}`,
    ]);
    expect(notices[0]?.idempotencyKey).toContain(`:declined:${BEFORE.getTime()}:`);
    const text = visibleText(notices[0]?.view ?? { fallbackText: '-', blocks: [] });
    expect(text).toContain(
      'Yara Denkbeeld kan niet komen naar het casusoverleg over HH-2041 op di 17 nov, 14:00–15:30.',
    );
    expect(text).toContain('Nodig, voor Schuldhulpverlening');

    now = new Date(BEFORE.getTime() + 3_600_000);
    const changed = await press('accept', conference.id, { professionalId: world.people.yara });
    expect(visibleText(changed)).toContain('You accepted.');
    const row = await attendance(conference.id, 'yara');
    expect(row.rsvp).toBe('accepted');
    expect(row.respondedAt?.toISOString()).toBe(now.toISOString());
    expect(
      (
        await db().prisma.accessLogEntry.findMany({
          where: { subjectId: conference.id },
          orderBy: { at: 'asc' },
        })
      ).map((e) => (e.details as { rsvp: string }).rsvp),
    ).toEqual(['declined', 'accepted']);
  });

  it('tells nobody when the organiser and coordinator declines himself', async () => {
    const conference = await createConference(db(), world);
    const view = await press('decline', conference.id, { professionalId: world.people.sander }, 'nl');
    expect(visibleText(view)).toContain('Je kunt niet komen.');
    expect(visibleText(view)).not.toContain('laten weten');
    expect(await outboxRows(db(), 'rsvp:')).toEqual([]);
  });

  it('refuses someone who is not invited, and someone casus does not know', async () => {
    const conference = await createConference(db(), world);
    const refused = await press('accept', conference.id, { professionalId: world.people.coach });
    expect(visibleText(refused)).toBe(
      'Only the people invited to this case conference can answer this invitation.',
    );
    expect(buttonsOf(refused)).toEqual([]);
    expect(await db().prisma.attendance.count({ where: { professionalId: world.people.coach } })).toBe(0);

    const unknown = await press('decline', 'no-such-conference', { professionalId: world.people.koen });
    expect(visibleText(unknown)).toBe(
      'Only the people invited to this case conference can answer this invitation.',
    );

    const unlinked = await press('accept', conference.id, { displayName: 'Someone' }, 'nl');
    expect(visibleText(unlinked)).toContain('Ik weet nog niet wie je bent in casus');
    expect(await db().prisma.accessLogEntry.count({ where: { subjectId: conference.id } })).toBe(0);
  });

  it('does not take answers for a cancelled or past conference', async () => {
    const cancelled = await createConference(db(), world, { status: 'cancelled' });
    expect(visibleText(await press('accept', cancelled.id, { professionalId: world.people.koen }))).toBe(
      'This case conference was cancelled, so there is nothing to answer.',
    );
    expect((await attendance(cancelled.id, 'koen')).rsvp).toBe('pending');

    const past = await createConference(db(), world, { household: 'HH-2043' });
    now = ENDS_AT;
    expect(visibleText(await press('decline', past.id, { professionalId: world.people.koen }))).toBe(
      'This case conference has already taken place (Tue 17 Nov, 14:00–15:30), so there is nothing to answer.',
    );
    expect((await attendance(past.id, 'koen')).rsvp).toBe('pending');
    expect(await outboxRows(db(), 'rsvp:')).toEqual([]);
  });

  it('answers in a shared conversation without the invitation details', async () => {
    const conference = await createConference(db(), world);
    const view = await press('decline', conference.id, { professionalId: world.people.yara }, 'en', 'shared');
    expect(visibleText(view)).toBe('You declined.');
    expect(view.fallbackText).toBe('You declined.');
    expect((await attendance(conference.id, 'yara')).rsvp).toBe('declined');
  });
});
