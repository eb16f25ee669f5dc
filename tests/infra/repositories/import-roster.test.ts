import { beforeEach, expect, it } from 'vitest';
import { formatProblem, problemMessage } from '../../../src/app/roster/i18n/problem-text.ts';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { fixture, rowCounts, runImport, source } from './import-helpers.ts';

describeEachDatabase('importing a roster', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
  });

  it('creates the teams, people, working days, households, scores and consents of the sample JSON', async () => {
    const result = await runImport(db(), [fixture('roster.json')]);

    expect(result).toMatchObject({
      status: 'imported',
      totals: { created: 11, updated: 0, unchanged: 0 },
      counts: { professionals: { created: 3 }, households: { created: 2 } },
    });
    expect(await rowCounts(db())).toEqual({
      teams: 1,
      organisations: 2,
      disciplines: 3,
      professionals: 3,
      memberships: 3,
      professionalDisciplines: 3,
      contractDays: 11,
      identities: 2,
      households: 2,
      scores: 5,
      involvements: 4,
      consents: 3,
      // 11 items, 3 consents given and the scores of 2 households: one access-log entry each.
      accessLogEntries: 16,
    });
    const bas = await db().prisma.professional.findUniqueOrThrow({
      where: { externalKey: 'n-002' },
      include: { contractDays: { orderBy: { weekday: 'asc' } }, identities: true, organisation: true },
    });
    expect(bas.contractHours.toNumber()).toBe(24.5);
    expect(bas.organisation.name).toBe('Gemeente Voorbeeldstad');
    expect(bas.contractDays.map((d) => [d.weekday, d.startMinute, d.endMinute])).toEqual([
      [1, 510, 1020],
      [3, 510, 1020],
      [5, 510, 990],
    ]);
    expect(bas.identities.map((i) => [i.platform, i.workspace, i.externalUserId])).toEqual([
      ['teams', '', 'aad-0002'],
    ]);
    const coach = await db().prisma.teamMembership.findFirstOrThrow({
      where: { professional: { externalKey: 'n-001' } },
    });
    expect(coach.role).toBe('coach');

    const household = await db().prisma.household.findFirstOrThrow({
      where: { reference: 'HH-0101' },
      include: {
        coordinator: true,
        involvements: { include: { professional: true } },
        scores: true,
        consents: true,
      },
    });
    expect(household.hasChildren).toBe(true);
    expect(household.coordinator?.externalKey).toBe('n-001');
    // The coordinator counts as involved without being listed under involved.
    expect(household.involvements.map((i) => i.professional.externalKey).sort()).toEqual(['n-001', 'n-002']);
    expect(household.scores.map((s) => [s.domain, s.score]).sort()).toEqual([
      ['financien', 1],
      ['huisvesting', 2],
      ['opvoeding', 3],
    ]);
    expect(household.scores[0]?.scoredOn.toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(household.consents[0]?.givenOn.toISOString()).toBe('2026-10-20T00:00:00.000Z');
  });

  it('changes nothing when the same file is imported again', async () => {
    await runImport(db(), [fixture('roster.json')]);
    const before = await rowCounts(db());

    const again = await runImport(db(), [fixture('roster.json')]);

    expect(again).toMatchObject({ status: 'imported', totals: { created: 0, updated: 0, unchanged: 11 } });
    expect(await rowCounts(db())).toEqual(before);
  });

  it('updates only what changed and audits which fields, withdrawing consent instead of deleting it', async () => {
    await runImport(db(), [fixture('roster.json')]);
    const roster = JSON.parse(fixture('roster.json').text);
    roster.professionals[1].days = [{ weekday: 'di', start: '09:00', end: '17:00' }];
    roster.households[1].consent = ['GGZ Voorbeeld'];
    roster.households[1].involved = ['n-003'];
    roster.households[1].scores = { scoredOn: '2026-11-20', geestelijke_gezondheid: 3 };

    const result = await runImport(db(), [source('roster.json', JSON.stringify(roster))]);

    expect(result).toMatchObject({
      status: 'imported',
      counts: {
        professionals: { created: 0, updated: 1, unchanged: 2 },
        households: { updated: 1, unchanged: 1 },
      },
    });
    const updates = await db().prisma.accessLogEntry.findMany({ where: { action: 'change' } });
    expect(
      updates.map((e) => [
        e.kind,
        e.reference,
        (e.details as { changed?: string[]; consent?: string }).changed ??
          (e.details as { consent?: string }).consent,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['roster', null, ['days']],
        ['details', 'HH-0102', ['involved', 'scores.geestelijke_gezondheid', 'consent']],
        ['scores', 'HH-0102', ['scores.geestelijke_gezondheid']],
        ['consent', 'HH-0102', 'withdrawn'],
      ]),
    );
    const consent = await db().prisma.consent.findFirstOrThrow({
      where: { household: { reference: 'HH-0102' }, organisation: { name: 'Gemeente Voorbeeldstad' } },
    });
    expect(consent.withdrawnOn?.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    // Scores are history: the new date adds a row, the old ones stay.
    expect(await db().prisma.domainScore.count({ where: { household: { reference: 'HH-0102' } } })).toBe(3);
  });

  it('reports both bad rows with line and field, and writes nothing at all', async () => {
    const before = await rowCounts(db());

    const result = await runImport(db(), [fixture('two-bad-rows.json')]);

    expect(result).toEqual({
      status: 'invalid',
      problems: [
        {
          line: 13,
          field: 'professionals[0].days[0].end',
          code: 'invalid-value',
          params: { expected: 'end-time', got: 'text', value: '25:00' },
        },
        {
          line: 20,
          field: 'households[0].scores.financien',
          code: 'invalid-value',
          params: { expected: 'zrm-score', got: 'number', value: 7 },
        },
      ],
    });
    const problems = result.status === 'invalid' ? result.problems : [];
    expect(problems.map((p) => problemMessage('en', p))).toEqual([
      'expected an end time HH:MM such as 17:00, got "25:00"',
      expect.stringContaining('expected a ZRM score: a whole number from 1'),
    ]);
    expect(problems.map((p) => formatProblem('nl', p))).toEqual([
      'regel 13, veld professionals[0].days[0].end: verwacht een eindtijd als UU:MM, bijvoorbeeld 17:00. Er staat "25:00".',
      'regel 20, veld households[0].scores.financien: verwacht een ZRM-score: een heel getal van 1 (acuut probleem) tot 5 (volledig zelfredzaam). Er staat 7.',
    ]);
    expect(await rowCounts(db())).toEqual(before);
    expect(before.accessLogEntries).toBe(0);
  });

  it('imports CSV files with quoted fields and ;-lists, checked together', async () => {
    const files = ['teams.csv', 'disciplines.csv', 'professionals.csv', 'households.csv'].map(fixture);

    const result = await runImport(db(), files);

    expect(result).toMatchObject({ status: 'imported', totals: { created: 10, updated: 0 } });
    const team = await db().prisma.team.findUniqueOrThrow({ where: { slug: 'wijkteam-zuid' } });
    expect(team.name).toBe('Wijkteam Zuid, locatie "De Brug"');
    const zoe = await db().prisma.professional.findUniqueOrThrow({
      where: { externalKey: 'z-001' },
      include: {
        organisation: true,
        disciplines: { include: { discipline: true } },
        contractDays: true,
        identities: true,
      },
    });
    expect(zoe.name).toBe('Zoë van Proef, MSc');
    expect(zoe.organisation.name).toBe('Stichting Hulp "Zuid"');
    expect(zoe.contractHours.toNumber()).toBe(24.5);
    expect(zoe.disciplines.map((d) => d.discipline.code).sort()).toEqual(['jeugd', 'schuldhulp']);
    expect(zoe.contractDays).toHaveLength(2);
    expect(zoe.identities.map((i) => [i.platform, i.workspace, i.externalUserId])).toEqual([
      ['slack', 'T0001', 'U0100'],
    ]);
    const household = await db().prisma.household.findFirstOrThrow({
      where: { reference: 'HH-3001' },
      include: { consents: { include: { organisation: true } }, scores: true },
    });
    expect(household.consents.map((c) => c.organisation.name).sort()).toEqual([
      'GGZ Zuid',
      'Stichting Hulp "Zuid"',
    ]);
    expect(household.scores).toHaveLength(3);

    const again = await runImport(db(), files);
    expect(again).toMatchObject({ status: 'imported', totals: { created: 0, updated: 0, unchanged: 10 } });
  });

  it('reports references to teams, disciplines, professionals and organisations that exist nowhere', async () => {
    const result = await runImport(db(), [fixture('unknown-references.json')]);

    expect(result.status).toBe('invalid');
    const problems = result.status === 'invalid' ? result.problems : [];
    const lines = problems.map((p) => `${p.field}: ${problemMessage('en', p)}`);
    expect(lines).toEqual([
      expect.stringMatching(
        /^professionals\[0\]\.teams\[0\]: unknown team "wijkteam-nord" \(did you mean "wijkteam-noord"\?\)/,
      ),
      expect.stringMatching(/^professionals\[0\]\.disciplines\[0\]: unknown discipline "psychiatrie"/),
      expect.stringMatching(/^households\[0\]\.involved\[0\]: unknown professional "n-999"/),
      expect.stringMatching(
        /^households\[0\]\.coordinator: coordinator n-201 works for "GGZ Voorbeeld", which the household has not consented to/,
      ),
      expect.stringMatching(/^households\[0\]\.consent\[0\]: unknown organisation "Woningcorporatie"/),
    ]);
    expect(problems.map((p) => p.code)).toEqual([
      'unknown-team',
      'unknown-discipline',
      'unknown-professional',
      'coordinator-without-consent',
      'unknown-organisation',
    ]);
    expect(problems[0]?.params).toEqual({ value: 'wijkteam-nord', suggestion: 'wijkteam-noord' });
    expect(problemMessage('nl', problems[0]!)).toBe(
      'het team "wijkteam-nord" is onbekend (bedoel je "wijkteam-noord"?). Gebruik een team uit deze import of een team dat al in de database staat.',
    );
    expect(problemMessage('nl', problems[3]!)).toBe(
      'regisseur n-201 werkt bij "GGZ Voorbeeld", maar het huishouden heeft geen toestemming gegeven voor die organisatie. Zet "GGZ Voorbeeld" bij consent, of kies een andere regisseur.',
    );
    expect((await rowCounts(db())).teams).toBe(0);
  });

  it('accepts references to what the database already holds', async () => {
    await runImport(db(), [fixture('roster.json')]);
    const households =
      'team,reference,scored_on,financien,involved,coordinator,consent\nwijkteam-noord,HH-0150,2026-11-20,2,n-002,n-001,Gemeente Voorbeeldstad\n';

    const result = await runImport(db(), [source('households.csv', households)]);

    expect(result).toMatchObject({ status: 'imported', counts: { households: { created: 1 } } });
  });

  it('refuses a chat account that belongs to a professional outside the file', async () => {
    await runImport(db(), [fixture('roster.json')]);
    const csv =
      'key,name,organisation,contract_hours,slack_user\nn-900,Nieuw,Gemeente Voorbeeldstad,20,T0001/U0001\n';

    const result = await runImport(db(), [source('professionals.csv', csv)]);

    expect(result).toEqual({
      status: 'invalid',
      problems: [
        {
          line: 2,
          field: 'slack_user',
          code: 'identity-taken',
          params: { platform: 'slack', userId: 'U0001', owner: 'n-001' },
        },
      ],
    });
    const [problem] = result.status === 'invalid' ? result.problems : [];
    expect(problemMessage('en', problem!)).toBe(
      'the slack user U0001 is already linked to professional n-001; expected a platform user no one else has',
    );
    expect(problemMessage('nl', problem!)).toBe(
      'het slack-account U0001 is al gekoppeld aan professional n-001. Gebruik een account dat nog niet gekoppeld is.',
    );
  });

  it('checks and counts without writing on a dry run', async () => {
    const result = await runImport(db(), [fixture('roster.json')], { dryRun: true });

    expect(result).toMatchObject({ status: 'checked', totals: { created: 11 } });
    expect(Object.values(await rowCounts(db())).every((n) => n === 0)).toBe(true);
  });

  it('keeps audit details to keys, references and field names', async () => {
    await runImport(db(), [fixture('roster.json')]);

    const events = await db().prisma.accessLogEntry.findMany({
      where: { kind: { in: ['details', 'scores', 'consent'] } },
    });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event).toMatchObject({ actorId: null, onBehalfOf: 'import', channel: 'import', outcome: 'ok' });
      const allowed = ['run', 'changed', 'consent'];
      expect(Object.keys(event.details as object).every((k) => allowed.includes(k))).toBe(true);
    }
  });
});
