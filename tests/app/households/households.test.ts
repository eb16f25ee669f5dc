import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
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
  TODAY,
} from './household-support.ts';

const RESIDENT_WORDS = 'Weer rust in huis en mijn schulden op een rij';

describeEachDatabase('households from chat', (db) => {
  beforeEach(async () => {
    await freshDemo(db());
  }, 60_000);

  it('refuses a new household with a bad reference and bad scores, names every field, and writes nothing', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden nieuw'));
    expect(form.formId).toBe('household:new');
    const before = await householdRowCounts(db());

    const view = await chat.submit(form.formId, {
      ...initialValues(form),
      // The author starts among the involved, so their organisation needs consent (not the point here).
      consent: optionValue(form, 'consent', 'Gemeente Oostwijk'),
      reference: 'Jan Jansen',
      hasChildren: 'no',
      'score-financien': '7',
      'score-opvoeding': '2',
      scoredOn: '2026-12-01',
      ikWil: 'x'.repeat(1001),
    });

    const shown = visibleText(view);
    expect(shown).toContain('Verbeter 5 punt(en). Er is nog niets opgeslagen');
    expect(shown).toContain(
      'Referentie (pseudoniem, nooit een naam): dit is geen referentie zoals het team ze schrijft. Gebruik een pseudoniem zoals HH-2041, nooit een naam.',
    );
    expect(shown).toContain('ZRM Financiën: kies een score van 1 tot 5');
    expect(shown).toContain('Opvoeding telt alleen mee als er kinderen zijn');
    expect(shown).toContain('Datum van de scores: de datum mag niet in de toekomst liggen');
    expect(shown).toContain('Ik wil (in de woorden van de bewoner): maximaal 1000 tekens (nu 1001)');
    // The form comes back with what was entered.
    const again = formOf(view);
    expect(initialValues(again)).toMatchObject({ reference: 'Jan Jansen', 'score-opvoeding': '2' });
    expect(await householdRowCounts(db())).toEqual(before);
  });

  it('refuses a reference the team already uses, whatever its case', async () => {
    // The default rule wants capitals; this team writes its references in either case.
    await setTeamSettings(db(), 'demo', {
      householdReference: { pattern: '^[A-Za-z]{1,5}-\\d{1,6}$', example: 'hh-2041' },
    });
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden nieuw'));
    const view = await chat.submit(form.formId, {
      ...initialValues(form),
      consent: optionValue(form, 'consent', 'Gemeente Oostwijk'),
      reference: 'hh-2041',
    });
    expect(visibleText(view)).toContain('hh-2041 bestaat al in dit team');
    expect(await db().prisma.household.count()).toBe(5);
  });

  it('starts a new household with its author among the involved, so they see what they saved', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden nieuw'));
    const sander = await professionalId(db(), 'demo-sander');
    expect(initialValues(form).involved).toBe(sander);

    const view = await chat.submit(form.formId, {
      ...initialValues(form),
      reference: 'HH-3002',
      consent: optionValue(form, 'consent', 'Gemeente Oostwijk'),
    });
    expect(visibleText(view)).toContain('Opgeslagen (revisie 1).');
    expect(visibleText(view)).toContain('Betrokken professionals');
  });

  it('answers a save run again for the same request (after a crash) as saved, without saving twice', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden nieuw'));
    const sander = await professionalId(db(), 'demo-sander');
    const values = {
      ...initialValues(form),
      reference: 'HH-3101',
      hasChildren: 'no',
      'score-financien': '2',
      coordinator: sander,
      consent: optionValue(form, 'consent', 'Gemeente Oostwijk'),
    };
    const first = await chat.submit(form.formId, values, { requestKey: 'slack:view:V1:h1' });
    const again = await chat.submit(form.formId, values, { requestKey: 'slack:view:V1:h1' });
    expect(visibleText(first)).toContain('Opgeslagen (revisie 1).');
    expect(visibleText(again)).toContain('Opgeslagen (revisie 1).');
    const household = await db().prisma.household.findFirstOrThrow({ where: { reference: 'HH-3101' } });
    expect(await db().prisma.householdRevision.count({ where: { householdId: household.id } })).toBe(1);

    // An edit too: the re-run does not meet its own change as "changed by someone else".
    const edit = formOf(await chat.say('huishouden HH-3101 wijzig'));
    const changed = { ...initialValues(edit), 'score-financien': '3' };
    const saved = await chat.submit(edit.formId, changed, { requestKey: 'slack:view:V2:h1' });
    const rerun = await chat.submit(edit.formId, changed, { requestKey: 'slack:view:V2:h1' });
    expect(visibleText(saved)).toContain('Opgeslagen (revisie 2).');
    expect(visibleText(rerun)).toContain('Opgeslagen (revisie 2).');
    expect(await db().prisma.householdRevision.count({ where: { householdId: household.id } })).toBe(2);
  });

  it('creates a household as revision 1 with who did it, and shows its details', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden nieuw'));
    const sander = await professionalId(db(), 'demo-sander');

    const view = await chat.submit(form.formId, {
      ...initialValues(form),
      reference: ' HH-3001 ',
      hasChildren: 'yes',
      'score-financien': '2',
      'score-opvoeding': '3',
      ikWil: RESIDENT_WORDS,
      coordinator: sander,
      involved: optionValue(form, 'involved', 'Yara Denkbeeld'),
      consent: [
        optionValue(form, 'consent', 'Schuldhulp Oostwijk'),
        optionValue(form, 'consent', 'Gemeente Oostwijk'),
      ].join(','),
    });

    const shown = visibleText(view);
    expect(shown).toContain('Huishouden HH-3001');
    expect(shown).toContain('Opgeslagen (revisie 1).');
    expect(shown).toContain('*Financiën*: 2 niet zelfredzaam');
    expect(shown).toContain('*Opvoeding*: 3 beperkt zelfredzaam');
    expect(shown).toContain('24 nov 2026');
    expect(shown).toContain(RESIDENT_WORDS);
    expect(shown).toContain('Sander Proefmans (Gemeente Oostwijk (buurtteam))');
    expect(shown).toContain('Yara Denkbeeld');
    expect(shown).toMatch(
      /revisie 1, 24 nov 2026, 10:00, Sander Proefmans, gewijzigd: referentie, kinderen, score Financiën/,
    );
    expect(buttonsOf(view).map((b) => b.actionId)).toEqual([
      'household.edit',
      'plan.propose',
      'household.close-plan',
    ]);
    // The notification text carries no care content.
    expect(view.fallbackText).not.toContain(RESIDENT_WORDS);

    const stored = await household(db(), 'HH-3001');
    expect(stored.hasChildren).toBe(true);
    expect(stored.involvements).toHaveLength(2); // the coordinator counts as involved
    expect(stored.revisions).toHaveLength(1);
    expect(stored.revisions[0]).toMatchObject({ revision: 1, changedById: sander, via: 'chat' });
    expect(stored.revisions[0]!.changed).toEqual(
      expect.arrayContaining([
        'reference',
        'scores.financien',
        'scores.opvoeding',
        'ikWil',
        'coordinator',
        'consent',
      ]),
    );
    expect(stored.revisions[0]!.snapshot).toMatchObject({ reference: 'HH-3001', ikWil: RESIDENT_WORDS });
    const audit = await db().prisma.accessLogEntry.findMany({
      where: { householdId: stored.id, action: { not: 'view' } },
      orderBy: { kind: 'asc' },
    });
    // One entry per consent given, and one each for the details and the scores.
    expect([...new Set(audit.map((a) => `${a.kind} ${a.action}`))]).toEqual([
      'consent create',
      'details create',
      'scores create',
    ]);
    expect(audit.filter((a) => a.kind === 'consent')).toHaveLength(stored.consents.length);
    for (const entry of audit)
      expect(entry).toMatchObject({ actorId: sander, reference: 'HH-3001', outcome: 'ok' });
    const allAudit = JSON.stringify(await db().prisma.accessLogEntry.findMany());
    expect(allAudit).not.toContain(RESIDENT_WORDS);
    expect(allAudit).not.toContain('"score"');
  });

  it('changes a household as revision 2 with the changed fields, keeping the old score', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden HH-2041 wijzig'));
    const values = initialValues(form);
    expect(values).toMatchObject({ reference: 'HH-2041', 'score-financien': '1', scoredOn: TODAY });

    const view = await chat.submit(form.formId, { ...values, 'score-financien': '2', ikWil: RESIDENT_WORDS });

    const shown = visibleText(view);
    expect(shown).toContain('Opgeslagen (revisie 2).');
    expect(shown).toContain(
      'revisie 2, 24 nov 2026, 10:00, Sander Proefmans, gewijzigd: score Financiën, ik wil',
    );
    expect(shown).toMatch(
      /revisie 1, [^,]+, [^,]+, demogegevens, gewijzigd: referentie, kinderen, score Financiën/,
    );
    const stored = await household(db(), 'HH-2041');
    expect(stored.scores.filter((s) => s.domain === 'financien').map((s) => s.score)).toEqual([1, 2]);
    expect(stored.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(stored.revisions[1]).toMatchObject({
      via: 'chat',
      changedById: await professionalId(db(), 'demo-sander'),
      changed: ['scores.financien', 'ikWil'],
    });
    const audit = await db().prisma.accessLogEntry.findFirstOrThrow({
      where: { householdId: stored.id, kind: 'details', action: 'change' },
    });
    expect(audit).toMatchObject({ reference: 'HH-2041', outcome: 'ok' });
    expect(audit.details).toMatchObject({ changed: ['scores.financien', 'ikWil'], revision: 2 });
  });

  it('says so when an edit changes nothing, and writes no revision', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden HH-2041 wijzig'));
    const before = await householdRowCounts(db());
    const view = await chat.submit(form.formId, initialValues(form));
    expect(visibleText(view)).toContain('Er is niets veranderd');
    expect(await householdRowCounts(db())).toEqual(before);
  });

  it('refuses a change made on an older revision: someone changed it at the same time, nothing written', async () => {
    const chat = demoChat(db());
    const sanderForm = formOf(await chat.say('huishouden HH-2041 wijzig'));
    const coachForm = formOf(await chat.say('huishouden HH-2041 wijzig', { as: 'demo-coach' }));
    await chat.submit(
      coachForm.formId,
      { ...initialValues(coachForm), ikKan: 'Koken' },
      { as: 'demo-coach' },
    );
    const before = await householdRowCounts(db());

    const view = await chat.submit(sanderForm.formId, {
      ...initialValues(sanderForm),
      ikWil: RESIDENT_WORDS,
    });

    expect(visibleText(view)).toContain('Iemand anders heeft HH-2041 tegelijk gewijzigd');
    expect(await householdRowCounts(db())).toEqual(before);
    expect((await household(db(), 'HH-2041')).ikWil).toBeNull();
  });

  it('withdraws consent by dating it, keeping the row', async () => {
    const chat = demoChat(db());
    const form = formOf(await chat.say('huishouden HH-2041 wijzig'));
    const linde = optionValue(form, 'consent', 'Woonstichting De Linde');
    const kept = (initialValues(form).consent ?? '').split(',').filter((id) => id !== linde);

    const esra = optionValue(form, 'involved', 'Esra Proefwoning');
    const withoutLinde: Record<string, string | undefined> = {
      ...initialValues(form),
      consent: kept.join(','),
    };

    // Esra works for De Linde: she cannot stay involved without its consent.
    const refused = await chat.submit(form.formId, withoutLinde);
    expect(visibleText(refused)).toContain(
      'Betrokken professionals: Esra Proefwoning werkt bij Woonstichting De Linde, en daar heeft het huishouden geen toestemming voor gegeven.',
    );
    const involved = (withoutLinde.involved ?? '').split(',').filter((id) => id !== esra);
    const view = await chat.submit(form.formId, { ...withoutLinde, involved: involved.join(',') });

    expect(visibleText(view)).toContain('gegeven 15 okt 2026, ingetrokken 24 nov 2026');
    const stored = await household(db(), 'HH-2041');
    const consent = stored.consents.find((c) => c.organisation.name === 'Woonstichting De Linde');
    expect(consent?.withdrawnOn?.toISOString().slice(0, 10)).toBe(TODAY);
    expect(stored.consents).toHaveLength(4);
    expect(stored.revisions.at(-1)?.changed).toEqual(['involved', 'consent']);
    const withdraw = await db().prisma.accessLogEntry.findFirst({
      where: { kind: 'consent', subjectId: consent!.id, channel: { not: 'import' } },
    });
    expect(withdraw).toMatchObject({ action: 'change', details: { consent: 'withdrawn' } });
  });

  it('lists the households you coordinate or are involved in, with buttons to show each and to create one', async () => {
    const chat = demoChat(db());
    const view = await chat.say('huishouden');
    const shown = visibleText(view);
    expect(shown).toContain('Jouw huishoudens');
    expect(buttonsOf(view).map((b) => b.label)).toEqual([
      'HH-2041',
      'HH-2043',
      'HH-2045',
      'Nieuw huishouden',
    ]);
    expect(shown).toMatch(/\*HH-2041\*\nregisseur/);

    const details = await chat.press('household.show', buttonsOf(view)[1]!.value);
    expect(visibleText(details)).toContain('Huishouden HH-2043');
    expect(visibleText(details)).toContain('Thuiszorg Oostwijk');
  });

  it('shows a team member outside the case team only the reference and who coordinates', async () => {
    const chat = demoChat(db());
    const view = await chat.say('huishouden HH-2041', { as: 'demo-latifa' });
    const shown = visibleText(view);
    expect(shown).toContain('Huishouden HH-2041');
    expect(shown).toContain('Regisseur: Sander Proefmans.');
    expect(shown).toContain('Alleen het casusteam');
    expect(shown).not.toContain('Financiën');
    expect(shown).not.toContain('Toestemming');
    expect(buttonsOf(view)).toEqual([]);

    expect(visibleText(await chat.say('huishouden HH-2041 wijzig', { as: 'demo-latifa' }))).toContain(
      'Alleen het casusteam van HH-2041',
    );
    // A form id is not a key: submitting it anyway changes nothing.
    const form = formOf(await chat.say('huishouden HH-2041 wijzig'));
    const before = await householdRowCounts(db());
    await chat.submit(form.formId, { ...initialValues(form), ikWil: 'x' }, { as: 'demo-latifa' });
    expect(await householdRowCounts(db())).toEqual(before);
  });

  it('lets the team coach see and change every household of the team', async () => {
    const chat = demoChat(db());
    const shown = visibleText(await chat.say('huishouden HH-2042', { as: 'demo-coach' }));
    expect(shown).toContain('*Geestelijke gezondheid*: 1 acute problematiek');
  });

  it('does not reveal a household to someone of another team', async () => {
    const other = await db().prisma.team.create({ data: { slug: 'west', name: 'Buurtteam West' } });
    const organisation = await db().prisma.organisation.findFirstOrThrow();
    await db().prisma.professional.create({
      data: {
        externalKey: 'west-anna',
        name: 'Anna West',
        organisationId: organisation.id,
        memberships: { create: { teamId: other.id, role: 'coach' } },
      },
    });
    const chat = demoChat(db());
    const unknown = visibleText(await chat.say('huishouden HH-2041', { as: 'west-anna' }));
    const missing = visibleText(await chat.say('huishouden HH-9999', { as: 'west-anna' }));
    expect(unknown).toBe(missing.replace('HH-9999', 'HH-2041'));
    expect(unknown).toContain("Ik kan huishouden 'HH-2041' niet vinden");
    const id = (await household(db(), 'HH-2041')).id;
    const pressed = await chat.press('household.show', JSON.stringify({ householdId: id }), {
      as: 'west-anna',
    });
    expect(visibleText(pressed)).toContain('Ik kan dit huishouden niet meer vinden');
  });

  it('shows no care details in a shared conversation, and offers no form there', async () => {
    const chat = demoChat(db());
    const shared = { conversation: 'shared' as const };
    const view = await chat.say('huishouden HH-2041', shared);
    const shown = visibleText(view);
    expect(shown).toContain('Huishouden HH-2041.');
    expect(shown).toContain('privébericht');
    for (const careWord of ['Financiën', 'acute', 'Toestemming', 'Jeugdhulp', 'Yara'])
      expect(shown).not.toContain(careWord);
    expect(view.blocks.some((b) => b.type === 'form')).toBe(false);
    expect(visibleText(await chat.say('huishouden HH-2041 wijzig', shared))).toContain('privébericht');
    expect((await chat.say('huishouden nieuw', shared)).blocks.some((b) => b.type === 'form')).toBe(false);

    const form = formOf(await chat.say('huishouden nieuw'));
    const before = await householdRowCounts(db());
    const refused = await chat.submit(form.formId, { ...initialValues(form), reference: 'HH-3002' }, shared);
    expect(visibleText(refused)).toContain('privébericht');
    expect(await householdRowCounts(db())).toEqual(before);
  });

  it('lets the coordinator close the plan after confirming, reopen it from chat, both as revisions and logged, and nobody else but a coach', async () => {
    const chat = demoChat(db());
    const id = (await household(db(), 'HH-2041')).id;
    const value = JSON.stringify({ householdId: id });

    const refused = await chat.press('household.close-plan', value, { as: 'demo-yara' });
    expect(visibleText(refused)).toContain('Alleen de regisseur van HH-2041 of een teamcoach');
    expect((await household(db(), 'HH-2041')).planClosedAt).toBeNull();

    // The first press only asks: what closing means, and a second button that does it.
    const asked = await chat.press('household.close-plan', value);
    expect(visibleText(asked)).toContain('Plan van HH-2041 afsluiten?');
    expect(visibleText(asked)).toContain('Je kunt het plan later heropenen.');
    expect(buttonsOf(asked).map((b) => b.label)).toEqual(['Ja, plan afsluiten', 'Nee, open laten']);
    expect((await household(db(), 'HH-2041')).planClosedAt).toBeNull();
    const confirm = buttonsOf(asked)[0]!;
    expect(confirm.actionId).toBe('household.close-plan');

    const closed = await chat.press('household.close-plan', confirm.value);
    expect(visibleText(closed)).toContain('Plan afgesloten (revisie 2).');
    expect(visibleText(closed)).toContain('afgesloten op 24 nov 2026, 10:00');
    expect(buttonsOf(closed).map((b) => b.label)).toEqual(['Wijzigen', 'Plan heropenen']);
    const stored = await household(db(), 'HH-2041');
    expect(stored.planClosedAt).toEqual(new Date('2026-11-24T09:00:00Z'));
    expect(stored.revisions.at(-1)).toMatchObject({ revision: 2, changed: ['planClosedAt'], via: 'chat' });

    // Yara is in the case team but may not reopen it either.
    const reopenButton = buttonsOf(closed).find((b) => b.actionId === 'household.reopen-plan')!;
    const notYara = await chat.press('household.reopen-plan', reopenButton.value, { as: 'demo-yara' });
    expect(visibleText(notYara)).toContain(
      'Alleen de regisseur van HH-2041 of een teamcoach kan het plan heropenen.',
    );

    const reopened = await chat.press('household.reopen-plan', reopenButton.value, { locale: 'en' });
    expect(visibleText(reopened)).toContain('Plan reopened (revision 3).');
    expect(visibleText(reopened)).toMatch(/Plan\s*\n?open/);
    expect(visibleText(reopened)).toContain('plan reopened');
    expect(buttonsOf(reopened).map((b) => b.actionId)).toEqual([
      'household.edit',
      'plan.propose',
      'household.close-plan',
    ]);
    const after = await household(db(), 'HH-2041');
    expect(after.planClosedAt).toBeNull();
    expect(after.revisions.at(-1)).toMatchObject({ revision: 3, changed: ['planReopened'], via: 'chat' });
    const writes = await db().prisma.accessLogEntry.findMany({
      where: { householdId: id, kind: 'details', action: 'change' },
      orderBy: { at: 'asc' },
    });
    expect(writes.map((w) => w.details)).toEqual([
      { changed: ['planClosedAt'], revision: 2 },
      { changed: ['planReopened'], revision: 3 },
    ]);
    expect(writes.every((w) => w.actorKey === 'demo-sander' && w.outcome === 'ok')).toBe(true);
  });

  it('answers someone it cannot place, and speaks English to English users', async () => {
    const chat = demoChat(db());
    expect(visibleText(await chat.say('huishouden', { as: 'nobody' }))).toContain(
      'Ik weet nog niet wie je bent',
    );

    const form = formOf(await chat.say('household new', { locale: 'en' }));
    expect(form.title).toBe('New household');
    expect(form.fields.map((f) => f.label)).toContain('ZRM Finances');
    const view = await chat.submit(form.formId, { ...initialValues(form), reference: 'x' }, { locale: 'en' });
    expect(visibleText(view)).toContain(
      'Reference (pseudonymous, never a name): this is not a reference the way the team writes them. Use a pseudonym such as HH-2041, never a name.',
    );

    const details = visibleText(await chat.say('household HH-2041', { locale: 'en' }));
    expect(details).toContain('*Finances*: 1 acute problem');
    expect(details).toMatch(
      /revision 1, [^,]+, [^,]+, demo data, changed: reference, children, score Finances/,
    );
  });
});
