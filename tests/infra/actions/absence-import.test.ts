import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase, truncateAll } from '../../support/databases.ts';
import { FIXTURES, runImport, source } from '../repositories/import-helpers.ts';

// The import's `absences: [{ from, to, deputy }]` per professional: recorded with the local dates and the
// instants the planner reads, added once (importing again changes nothing), and checked with the other lines.
const roster = JSON.parse(readFileSync(join(FIXTURES, 'roster.json'), 'utf8'));

function withAbsences(absences: unknown, deputyOf = 0) {
  const copy = structuredClone(roster);
  copy.professionals[deputyOf].absences = absences;
  return source('roster.json', JSON.stringify(copy));
}

describeEachDatabase('absences in the roster import', (db) => {
  beforeEach(async () => {
    await truncateAll(db());
  });

  it('records an absence with its deputy, once, in the planner’s instants', async () => {
    const file = withAbsences([{ from: '2026-12-21', to: '2027-01-03', deputy: 'n-002' }]);
    const first = await runImport(db(), [file]);
    expect(first.status).toBe('imported');
    const rows = await db().prisma.absence.findMany({ include: { professional: true, deputy: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      professional: { externalKey: 'n-001' },
      deputy: { externalKey: 'n-002' },
    });
    expect(rows[0]!.fromOn?.toISOString().slice(0, 10)).toBe('2026-12-21');
    expect(rows[0]!.toOn?.toISOString().slice(0, 10)).toBe('2027-01-03');
    expect(rows[0]!.startsAt.toISOString()).toBe('2026-12-20T23:00:00.000Z');
    expect(rows[0]!.endsAt.toISOString()).toBe('2027-01-03T23:00:00.000Z');

    const again = await runImport(db(), [file]);
    expect(again.status === 'imported' && again.counts.professionals).toMatchObject({
      created: 0,
      updated: 0,
    });
    expect(await db().prisma.absence.count()).toBe(1);

    // A second absence is added; the first stays.
    await runImport(db(), [
      withAbsences([
        { from: '2026-12-21', to: '2027-01-03', deputy: 'n-002' },
        { from: '2027-02-15', to: '2027-02-19' },
      ]),
    ]);
    expect(await db().prisma.absence.count()).toBe(2);
  });

  it('reports an end before the start, oneself as deputy and an unknown deputy, and writes nothing', async () => {
    const codes = async (absences: unknown) => {
      const result = await runImport(db(), [withAbsences(absences)]);
      return result.status === 'invalid' ? result.problems.map((p) => [p.code, p.field]) : [];
    };
    expect(await codes([{ from: '2026-12-21', to: '2026-12-20' }])).toEqual([
      ['absence-end-before-start', 'professionals[0].absences[0].to'],
    ]);
    expect(await codes([{ from: '2026-12-21', to: '2026-12-22', deputy: 'n-001' }])).toEqual([
      ['absence-deputy-is-self', 'professionals[0].absences[0].deputy'],
    ]);
    expect(await codes([{ from: '2026-12-21', to: '2026-12-22', deputy: 'n-099' }])).toEqual([
      ['unknown-professional', 'professionals[0].absences[0].deputy'],
    ]);
    expect(await codes([{ from: '21-12-2026', to: '2026-12-22' }])).toEqual([
      ['invalid-value', 'professionals[0].absences[0].from'],
    ]);
    expect(await db().prisma.professional.count()).toBe(0);
  });
});
