import { beforeEach, expect, it } from 'vitest';
import type { FormValues } from '../../../src/app/feature.ts';
import type { Router } from '../../../src/app/router.ts';
import type { Form, View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { actor, seedTeamWorld, type TeamWorld, teamRouter } from '../team-view/team-view-world.ts';
import { visibleText } from '../view-text.ts';

const formOf = (view: View): Form | undefined => {
  for (const block of view.blocks) if (block.type === 'form') return block.form;
  return undefined;
};

/** The form's values as a platform would submit them untouched: each field's initial value as text. */
function submitted(form: Form, changes: Record<string, string | undefined> = {}): FormValues {
  const values: Record<string, string | undefined> = {};
  for (const field of form.fields) {
    const initial = field.initial;
    values[field.id] = Array.isArray(initial)
      ? initial.join(',')
      : initial === undefined
        ? undefined
        : String(initial);
  }
  return { ...values, ...changes };
}

/** `instellingen` / `settings` through the router: the form, its validation, the write and its audit. */
describeEachDatabase('team settings in chat', (db) => {
  let world: TeamWorld;
  let router: Router;

  beforeEach(async () => {
    world = await seedTeamWorld(db());
    await db().prisma.team.update({
      where: { id: world.noord },
      data: { settings: { followUpWeeks: 8, expertiseRules: { rules: [] } } },
    });
    router = teamRouter(db());
  });

  const say = (text: string, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleText({ text, locale, actor: actor(who), conversation: 'private' });
  const submit = (form: Form, values: FormValues, who: string, locale: 'nl' | 'en' = 'nl') =>
    router.handleForm({ formId: form.formId, values, locale, actor: actor(who), conversation: 'private' });
  const stored = async () =>
    (await db().prisma.team.findUniqueOrThrow({ where: { id: world.noord } })).settings as Record<
      string,
      unknown
    >;
  const audits = () => db().prisma.accessLogEntry.findMany({ where: { kind: 'settings' } });

  it('offers a coach the grouped settings, prefilled with the team’s current values', async () => {
    const form = formOf(await say('instellingen', world.carla))!;
    expect(form.title).toBe('Instellingen van Buurtteam Noord');
    const field = (id: string) => form.fields.find((f) => f.id === id);
    expect(field('followUpWeeks')).toMatchObject({
      label: 'Plannen — Vervolgoverleg na (weken)',
      initial: 8,
    });
    expect(field('conferenceMinutes')).toMatchObject({ kind: 'number', initial: 60 });
    expect(field('digest.weekday')).toMatchObject({ kind: 'select', initial: '1' });
    expect(field('digest.time')).toMatchObject({ kind: 'text', initial: '08:30' });
    expect(field('rotations.twoRolesPerConference')).toMatchObject({ kind: 'select', initial: 'no' });
    expect(field('householdReference.example')).toMatchObject({ initial: 'HH-2041' });
    expect(form.fields.some((f) => f.id.startsWith('expertiseRules'))).toBe(false);
    expect(form.fields).toHaveLength(23);
  });

  it('saves what changed, keeps the rest, audits the names and confirms what changed', async () => {
    const form = formOf(await say('settings', world.carla, 'en'))!;
    const answer = await submit(
      form,
      submitted(form, { followUpWeeks: '', 'digest.weekday': '5', 'nudges.escalateToCoachAfter': '5' }),
      world.carla,
      'en',
    );
    expect(visibleText(answer).split('\n').filter(Boolean)).toEqual([
      'Saved the settings of Buurtteam Noord.',
      'Planning — Follow-up conference after (weeks): 8 → default (6)',
      'Reminders — Tell the team coach after (overdue reminders; 0 = never): 4 → 5',
      'Weekly digest — Weekly digest on: Monday → Friday',
    ]);
    expect(await stored()).toEqual({
      expertiseRules: { rules: [] },
      digest: { weekday: 5 },
      nudges: { escalateToCoachAfter: 5 },
    });
    const [audit, ...more] = await audits();
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({
      actorId: world.carla,
      teamId: world.noord,
      action: 'change',
      channel: 'tryout',
      outcome: 'ok',
      details: { team: 'noord', keys: ['followUpWeeks', 'nudges.escalateToCoachAfter', 'digest.weekday'] },
    });
  });

  it('writes nothing and shows the form again with the CLI’s messages when a value is wrong', async () => {
    const form = formOf(await say('instellingen', world.carla))!;
    const answer = await submit(
      form,
      submitted(form, {
        conferenceMinutes: '50',
        'nudges.escalateToCoachAfter': '1',
        'digest.time': '8 uur',
        followUpWeeks: '0',
      }),
      world.carla,
    );
    const text = visibleText(answer);
    expect(text).toContain('Er is niets opgeslagen. Kijk hier nog eens naar:');
    expect(text).toContain('Plannen — Vervolgoverleg na (weken): minstens 1');
    expect(text).toContain(
      'Plannen — Duur van een overleg (minuten, per 15): moet een veelvoud van 15 minuten zijn',
    );
    expect(text).toContain(
      'Herinneringen — Vertel het de teamcoach na (herinneringen te laat; 0 = nooit): escalateToCoachAfter (1) moet hoger zijn dan escalateToCoordinatorAfter (2): de teamcoach hoort het na de regisseur',
    );
    expect(text).toContain('Weekoverzicht — Weekoverzicht om (UU:MM): time must be HH:MM');
    const again = formOf(answer)!;
    expect(again.fields.find((f) => f.id === 'digest.time')?.initial).toBe('8 uur');
    expect(again.fields.find((f) => f.id === 'conferenceMinutes')?.initial).toBe(50);
    expect(await stored()).toEqual({ followUpWeeks: 8, expertiseRules: { rules: [] } });
    expect(await audits()).toHaveLength(0);
  });

  it('says so when nothing changed, and writes nothing', async () => {
    const form = formOf(await say('settings', world.carla, 'en'))!;
    expect(visibleText(await submit(form, submitted(form), world.carla, 'en'))).toBe(
      'Nothing changed in the settings of Buurtteam Noord.',
    );
    expect(await audits()).toHaveLength(0);
  });

  it('refuses a member, also one who submits a coach’s form', async () => {
    expect(visibleText(await say('instellingen', world.mo))).toBe(
      'Alleen een teamcoach kan de instellingen van het team veranderen. Vraag het je teamcoach.',
    );
    const form = formOf(await say('settings', world.carla, 'en'))!;
    const answer = await submit(form, submitted(form, { followUpWeeks: '9' }), world.mo, 'en');
    expect(visibleText(answer)).toBe(
      'Only a team coach can change the team’s settings. Ask your team coach.',
    );
    expect(await stored()).toEqual({ followUpWeeks: 8, expertiseRules: { rules: [] } });
  });
});
