import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { visibleText } from '../view-text.ts';
import {
  demoChat,
  formOf,
  freshDemo,
  household,
  householdRowCounts,
  initialValues,
  optionValue,
  professionalId,
  setTeamSettings,
} from './household-support.ts';

// Issue 8: a name passed as a household reference. References must look pseudonymous by the team's rule
// (default: letters, a dash and digits), and casus proposes the next free one instead of asking for one.
describeEachDatabase('household references', (db) => {
  beforeEach(async () => {
    await freshDemo(db());
  }, 60_000);

  /** The new-household form's values with the consent the author's own organisation needs. */
  async function newHousehold(chat: ReturnType<typeof demoChat>, locale: 'nl' | 'en' = 'nl') {
    const form = formOf(await chat.say(locale === 'nl' ? 'huishouden nieuw' : 'household new', { locale }));
    const values = { ...initialValues(form), consent: optionValue(form, 'consent', 'Gemeente Oostwijk') };
    return { form, values };
  }

  it.each(['Zxqwerty-Jansen', 'Jansen.Piet'])(
    'refuses %s as a reference in Dutch and English, and writes nothing',
    async (name) => {
      const chat = demoChat(db());
      const before = await householdRowCounts(db());

      const nl = await newHousehold(chat);
      const refusedNl = visibleText(await chat.submit(nl.form.formId, { ...nl.values, reference: name }));
      expect(refusedNl).toContain(
        'Referentie (pseudoniem, nooit een naam): dit is geen referentie zoals het team ze schrijft. Gebruik een pseudoniem zoals HH-2041, nooit een naam.',
      );
      const en = await newHousehold(chat, 'en');
      const refusedEn = visibleText(
        await chat.submit(en.form.formId, { ...en.values, reference: name }, { locale: 'en' }),
      );
      expect(refusedEn).toContain(
        'Reference (pseudonymous, never a name): this is not a reference the way the team writes them. Use a pseudonym such as HH-2041, never a name.',
      );

      expect(await householdRowCounts(db())).toEqual(before);
      expect(await db().prisma.household.count({ where: { reference: name } })).toBe(0);
      // Changing an existing household's reference into a name is refused the same way.
      const edit = formOf(await chat.say('huishouden HH-2041 wijzig'));
      const renamed = await chat.submit(edit.formId, { ...initialValues(edit), reference: name });
      expect(visibleText(renamed)).toContain('Gebruik een pseudoniem zoals HH-2041, nooit een naam.');
      expect(await householdRowCounts(db())).toEqual(before);
    },
  );

  it('starts a new household with the next free reference of the team, which saves as it is', async () => {
    const chat = demoChat(db());
    const { form, values } = await newHousehold(chat);
    // The demo team has HH-2041 … HH-2045.
    expect(initialValues(form).reference).toBe('HH-2046');

    const saved = visibleText(await chat.submit(form.formId, values));
    expect(saved).toContain('Huishouden HH-2046');
    expect(saved).toContain('Opgeslagen (revisie 1).');
    expect(initialValues(formOf(await chat.say('huishouden nieuw'))).reference).toBe('HH-2047');
  });

  it('never proposes a reference another team already has, in any case', async () => {
    const other = await db().prisma.team.create({ data: { slug: 'west', name: 'Buurtteam West' } });
    await db().prisma.household.createMany({
      data: [
        { teamId: other.id, reference: 'HH-2046' },
        { teamId: other.id, reference: 'hh-2047' },
      ],
    });
    const chat = demoChat(db());
    expect(initialValues(formOf(await chat.say('huishouden nieuw'))).reference).toBe('HH-2048');
  });

  it('takes the team’s own rule from its settings: another prefix, and the example in the message', async () => {
    await setTeamSettings(db(), 'demo', {
      householdReference: { pattern: '^OW\\d{5}$', example: 'OW00001' },
    });
    const chat = demoChat(db());
    const { form, values } = await newHousehold(chat);
    // None of the team's references fits the new rule yet: numbering starts from the example.
    expect(initialValues(form).reference).toBe('OW00001');

    const refused = await chat.submit(form.formId, { ...values, reference: 'HH-3001' });
    expect(visibleText(refused)).toContain('Gebruik een pseudoniem zoals OW00001, nooit een naam.');
    const saved = await chat.submit(form.formId, { ...values, reference: 'OW00042' });
    expect(visibleText(saved)).toContain('Huishouden OW00042');
    expect(initialValues(formOf(await chat.say('huishouden nieuw'))).reference).toBe('OW00043');
  });

  it('still shows and changes a household whose reference predates a stricter rule', async () => {
    const team = await db().prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
    const sander = await professionalId(db(), 'demo-sander');
    await db().prisma.household.create({
      data: {
        teamId: team.id,
        reference: 'Jansen.Piet',
        coordinatorId: sander,
        involvements: { create: { professionalId: sander } },
      },
    });
    const chat = demoChat(db());
    expect(visibleText(await chat.say('huishouden Jansen.Piet'))).toContain('Huishouden Jansen.Piet');

    const form = formOf(await chat.say('huishouden Jansen.Piet wijzig'));
    const consent = optionValue(form, 'consent', 'Gemeente Oostwijk');
    const view = await chat.submit(form.formId, { ...initialValues(form), consent, ikKan: 'Koken' });
    expect(visibleText(view)).toContain('Opgeslagen (revisie 1).');
    expect((await household(db(), 'Jansen.Piet')).ikKan).toBe('Koken');
    // An old reference does not set the pattern of new ones.
    expect(initialValues(formOf(await chat.say('huishouden nieuw'))).reference).toBe('HH-2046');
  });
});
