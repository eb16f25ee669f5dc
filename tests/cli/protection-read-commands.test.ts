import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { loadConfig } from '../../src/config.ts';
import type { ConferenceEventKind } from '../../src/generated/prisma/client.ts';
import { type Database, databaseTarget, openDatabase } from '../../src/infra/db/database.ts';
import { testDeployments } from '../support/deployments.ts';

// `casus stats` and `casus conference` on the demo database, on each deployment. The conferences and their
// ledger are written with Prisma directly, the way the protection use cases record them (issue 11): declines
// with reason and lead time, a deputy, written input, a postponement, a cancellation.
const { deployments, cleanUp } = testDeployments();
const files = mkdtempSync(join(tmpdir(), 'casus-protection-files-'));
afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
  await cleanUp();
});

/** Wednesday 16 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-16T09:00:00Z');
const HOUR = 3_600_000;

interface SeedAttendee {
  key: string;
  discipline?: string;
  role?: 'required' | 'optional';
  rsvp?: 'pending' | 'accepted' | 'declined' | 'tentative';
  declineReason?: string;
  deputyFor?: string;
}
interface SeedEvent {
  kind: ConferenceEventKind;
  who?: string;
  by?: string;
  reason?: string;
  delayDays?: number;
  discipline?: string;
  /** Hours before the start as it stood then. */
  hoursBefore?: number;
}
interface SeedConference {
  household: string;
  startsAt: string;
  plannedStartsAt?: string;
  status?: 'proposed' | 'scheduled' | 'held' | 'postponed' | 'cancelled';
  kind?: 'regular' | 'follow_up' | 'consolidation';
  cancelReason?: string;
  attendees?: SeedAttendee[];
  events?: SeedEvent[];
}

/** The demo team's conferences; NOW is Wednesday 16 December, so the default window starts 23 September. */
const CONFERENCES = {
  // Held as planned: Koen declined (ill), his discipline was covered.
  asPlanned: {
    household: 'HH-2041',
    startsAt: '2026-11-04T09:00:00Z',
    status: 'held',
    attendees: [
      { key: 'demo-sander', discipline: 'maatschappelijk_werk', rsvp: 'accepted' },
      { key: 'demo-yara', discipline: 'schuldhulp', rsvp: 'accepted' },
      { key: 'demo-koen', discipline: 'jeugd', rsvp: 'declined', declineReason: 'ziekte' },
    ],
    events: [
      { kind: 'declined', who: 'demo-koen', by: 'demo-koen', reason: 'ziekte', hoursBefore: 48 },
      { kind: 'covered', who: 'demo-koen', hoursBefore: 48 },
    ],
  },
  // Held with a deputy: Yara declined (capacity), Bram stood in for her.
  withDeputy: {
    household: 'HH-2041',
    startsAt: '2026-11-25T13:00:00Z',
    status: 'held',
    attendees: [
      { key: 'demo-sander', discipline: 'maatschappelijk_werk', rsvp: 'accepted' },
      { key: 'demo-yara', discipline: 'schuldhulp', rsvp: 'declined', declineReason: 'capaciteit' },
      { key: 'demo-bram', discipline: 'schuldhulp', rsvp: 'accepted', deputyFor: 'demo-yara' },
    ],
    events: [
      { kind: 'declined', who: 'demo-yara', by: 'demo-yara', reason: 'capaciteit', hoursBefore: 72 },
      { kind: 'rescue_started', discipline: 'schuldhulp', hoursBefore: 72 },
      {
        kind: 'deputy_added',
        who: 'demo-bram',
        by: 'demo-sander',
        discipline: 'schuldhulp',
        hoursBefore: 50,
      },
    ],
  },
  // Postponed by 8 working days from 9 December to the 21st: upcoming, not held.
  postponed: {
    household: 'HH-2041',
    startsAt: '2026-12-21T09:00:00Z',
    plannedStartsAt: '2026-12-09T09:00:00Z',
    attendees: [
      { key: 'demo-sander', discipline: 'maatschappelijk_werk', rsvp: 'accepted' },
      { key: 'demo-esra', discipline: 'wonen', rsvp: 'pending' },
    ],
    events: [
      { kind: 'declined', who: 'demo-esra', by: 'demo-esra', reason: 'ziekte', hoursBefore: 30 },
      { kind: 'rescue_started', discipline: 'wonen', hoursBefore: 30 },
      { kind: 'postponed', by: 'demo-sander', delayDays: 8, hoursBefore: 28 },
    ],
  },
  // Next month's follow-up: upcoming, outside every window.
  later: {
    household: 'HH-2041',
    startsAt: '2027-01-13T09:00:00Z',
    kind: 'follow_up',
    attendees: [{ key: 'demo-sander', discipline: 'maatschappelijk_werk', rsvp: 'pending' }],
  },
  cancelled: {
    household: 'HH-2044',
    startsAt: '2026-12-02T13:00:00Z',
    status: 'cancelled',
    cancelReason: 'crisis-elders',
    attendees: [{ key: 'demo-yara', discipline: 'schuldhulp', rsvp: 'accepted' }],
    events: [{ kind: 'cancelled', by: 'demo-yara', reason: 'crisis-elders', hoursBefore: 20 }],
  },
  // Held with written input: Sem declined in his own words, covered; he sent written input.
  writtenInput: {
    household: 'HH-2045',
    startsAt: '2026-12-14T09:00:00Z',
    status: 'held',
    attendees: [
      { key: 'demo-koen', discipline: 'jeugd', rsvp: 'accepted' },
      {
        key: 'demo-sem',
        discipline: 'ervaringsdeskundigheid',
        rsvp: 'declined',
        declineReason: 'Op vakantie',
      },
    ],
    events: [
      { kind: 'declined', who: 'demo-sem', by: 'demo-sem', reason: 'Op vakantie', hoursBefore: 100 },
      { kind: 'covered', who: 'demo-sem', hoursBefore: 100 },
      { kind: 'written_input', who: 'demo-sem', by: 'demo-sem', hoursBefore: 30 },
    ],
  },
  // Outside the default window, and a proposal that never counts.
  longAgo: { household: 'HH-2042', startsAt: '2026-08-05T09:00:00Z', status: 'held' },
  proposal: { household: 'HH-2042', startsAt: '2026-12-10T09:00:00Z', status: 'proposed' },
} satisfies Record<string, SeedConference>;

async function seedConferences(db: Database): Promise<Record<string, string>> {
  const prisma = db.prisma;
  const team = await prisma.team.findUniqueOrThrow({ where: { slug: 'demo' } });
  const people = new Map(
    (await prisma.professional.findMany({ select: { id: true, externalKey: true } })).map((p) => [
      p.externalKey,
      p.id,
    ]),
  );
  const id = (key: string | undefined) => (key === undefined ? null : people.get(key)!);
  const ids: Record<string, string> = {};
  for (const [name, seed] of Object.entries(CONFERENCES) as [string, SeedConference][]) {
    const household = await prisma.household.findFirstOrThrow({ where: { reference: seed.household } });
    const startsAt = new Date(seed.startsAt);
    const created = await prisma.caseConference.create({
      data: {
        teamId: team.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + HOUR),
        plannedStartsAt: seed.plannedStartsAt ? new Date(seed.plannedStartsAt) : null,
        status: seed.status ?? 'scheduled',
        kind: seed.kind ?? 'regular',
        icsUid: `protection-test-${name}@casus`,
        cancelReason: seed.cancelReason ?? null,
        households: { create: [{ householdId: household.id }] },
        attendances: {
          create: (seed.attendees ?? []).map((a) => ({
            professionalId: id(a.key)!,
            role: a.role ?? 'required',
            disciplineCode: a.discipline ?? null,
            rsvp: a.rsvp ?? 'pending',
            declineReason: a.declineReason ?? null,
            deputyForId: id(a.deputyFor),
          })),
        },
        events: {
          create: (seed.events ?? []).map((e) => {
            const lead = (e.hoursBefore ?? 0) * 60;
            return {
              kind: e.kind,
              actorId: id(e.by),
              professionalId: id(e.who),
              disciplineCode: e.discipline ?? null,
              reason: e.reason ?? null,
              leadMinutes: lead,
              delayDays: e.delayDays ?? null,
              at: new Date(
                (seed.plannedStartsAt ? Date.parse(seed.plannedStartsAt) : startsAt.getTime()) -
                  lead * 60_000,
              ),
            };
          }),
        },
      },
    });
    ids[name] = created.id;
  }
  return ids;
}

for (const { label, env: makeEnv } of deployments) {
  describe(`casus stats / conference [${label}]`, () => {
    const env = makeEnv();
    async function run(args: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        env,
        cwd: files,
        clock: { now: () => NOW },
      });
      return { code, stdout, stderr, json: () => JSON.parse(stdout) };
    }
    async function withDatabase<T>(body: (db: Database) => Promise<T>): Promise<T> {
      const { database } = loadConfig(env);
      const db = await openDatabase(databaseTarget(database.url, database.dataDir));
      try {
        return await body(db);
      } finally {
        await db.close();
      }
    }
    let ids: Record<string, string> = {};

    beforeAll(async () => {
      expect((await run(['seed-demo', '--json'])).code).toBe(0);
      ids = await withDatabase(seedConferences);
    }, 120_000);

    it('reports the team figures of the last twelve weeks in the documented shape', async () => {
      const stats = await run(['stats', '--team', 'demo', '--json']);
      expect(stats.code).toBe(0);
      expect(stats.json()).toEqual({
        ok: true,
        command: 'stats',
        team: 'demo',
        weeks: 12,
        conferences: {
          planned: 5,
          heldAsPlanned: 1,
          heldWithDeputy: 1,
          heldWithWrittenInput: 1,
          postponed: 1,
          postponedDaysMedian: 8,
          cancelled: 1,
        },
        byReason: {
          ziekte: { declined: 2, cancelled: 0 },
          'crisis-elders': { declined: 0, cancelled: 1 },
          capaciteit: { declined: 1, cancelled: 0 },
          'niet-meer-nodig': { declined: 0, cancelled: 0 },
          'huishouden-zegt-af': { declined: 0, cancelled: 0 },
          anders: { declined: 1, cancelled: 0 },
          geen: { declined: 0, cancelled: 0 },
        },
      });
      // Without --team: every team (the demo is the only one), named as none.
      const all = (await run(['stats', '--json'])).json();
      expect(all.team).toBeNull();
      expect(all.conferences).toEqual(stats.json().conferences);
    });

    it('narrows the window with --weeks to the conferences first agreed in it', async () => {
      // From Wednesday 2 December 10:00: the cancelled one (the 2nd, 14:00), the postponed one (first agreed
      // on the 9th) and the one with written input (the 14th).
      const two = (await run(['stats', '--team', 'demo', '--weeks', '2', '--json'])).json();
      expect(two.weeks).toBe(2);
      expect(two.conferences).toEqual({
        planned: 3,
        heldAsPlanned: 0,
        heldWithDeputy: 0,
        heldWithWrittenInput: 1,
        postponed: 1,
        postponedDaysMedian: 8,
        cancelled: 1,
      });
      const year = (await run(['stats', '--weeks', '52', '--json'])).json();
      expect(year.conferences.planned).toBe(6);
      expect(year.conferences.heldAsPlanned).toBe(2);
    });

    it('says the figures in Dutch and English, without anyone’s own words', async () => {
      const nl = await run(['stats', '--team', 'demo', '--lang', 'nl']);
      expect(nl.code).toBe(0);
      expect(nl.stdout).toContain('Beschermingscijfers van team demo, 12 weken tot 16 dec 2026:');
      expect(nl.stdout).toMatch(/gehouden met een vervanger\s+1/);
      expect(nl.stdout).toMatch(/uitgesteld\s+1 \(mediaan 8 werkdagen later\)/);
      expect(nl.stdout).toMatch(/ziekte\s+2 \/ 0/);
      const en = await run(['stats', '--team', 'demo', '--lang', 'en']);
      expect(en.stdout).toContain('Protection figures of team demo, 12 weeks up to 16 Dec 2026:');
      expect(en.stdout).toMatch(/held with written input\s+1/);
      expect(en.stdout).toMatch(/crisis elsewhere\s+0 \/ 1/);
      expect(en.stdout).toMatch(/other\s+1 \/ 0/);
      for (const text of [nl.stdout, en.stdout, JSON.stringify((await run(['stats', '--json'])).json())]) {
        expect(text).not.toContain('vakantie');
        expect(text).not.toContain('HH-20');
      }
    });

    it('refuses an unknown team and a window it cannot read', async () => {
      const unknown = await run(['stats', '--team', 'west', '--json']);
      expect(unknown.code).toBe(1);
      expect(unknown.json().error.code).toBe('unknown-team');
      for (const weeks of ['0', 'twaalf', '1.5', '521']) {
        const bad = await run(['stats', '--weeks', weeks, '--json', '--lang', 'en']);
        expect(bad.code, weeks).toBe(2);
        expect(bad.json().error).toEqual({
          code: 'bad-weeks',
          message: `--weeks expects a whole number of weeks from 1 to 520, got "${weeks}"`,
        });
      }
    });

    it('lists a household’s conferences, upcoming first, with attendees, answers and the ledger', async () => {
      const shown = await run(['conference', 'HH-2041', '--json']);
      expect(shown.code).toBe(0);
      const report = shown.json();
      expect(report).toMatchObject({ ok: true, command: 'conference', household: 'HH-2041' });
      expect(report.conferences.map((c: { id: string }) => c.id)).toEqual([
        ids.postponed,
        ids.later,
        ids.withDeputy,
        ids.asPlanned,
      ]);
      expect(report.conferences[0]).toEqual({
        id: ids.postponed,
        startsAt: '2026-12-21T10:00:00+01:00',
        endsAt: '2026-12-21T11:00:00+01:00',
        plannedStartsAt: '2026-12-09T10:00:00+01:00',
        status: 'scheduled',
        kind: 'regular',
        location: 'office',
        shortened: false,
        upcoming: true,
        attendees: [
          {
            key: 'demo-esra',
            name: 'Esra Proefwoning',
            role: 'required',
            discipline: 'wonen',
            rsvp: 'pending',
          },
          {
            key: 'demo-sander',
            name: 'Sander Proefmans',
            role: 'required',
            discipline: 'maatschappelijk_werk',
            rsvp: 'accepted',
          },
        ],
        events: [
          {
            kind: 'declined',
            at: '2026-12-08T04:00:00+01:00',
            who: 'demo-esra',
            by: 'demo-esra',
            reason: 'ziekte',
            leadMinutes: 1800,
          },
          {
            kind: 'rescue_started',
            at: '2026-12-08T04:00:00+01:00',
            discipline: 'wonen',
            leadMinutes: 1800,
          },
          {
            kind: 'postponed',
            at: '2026-12-08T06:00:00+01:00',
            by: 'demo-sander',
            delayDays: 8,
            leadMinutes: 1680,
          },
        ],
      });
      expect(report.conferences[1]).toMatchObject({ kind: 'follow_up', upcoming: true, events: [] });
      const deputy = report.conferences[2];
      expect(deputy).toMatchObject({ status: 'held', upcoming: false });
      expect(deputy.attendees).toEqual([
        {
          key: 'demo-bram',
          name: 'Bram Fictief',
          role: 'required',
          discipline: 'schuldhulp',
          rsvp: 'accepted',
          deputyFor: 'demo-yara',
        },
        {
          key: 'demo-sander',
          name: 'Sander Proefmans',
          role: 'required',
          discipline: 'maatschappelijk_werk',
          rsvp: 'accepted',
        },
        {
          key: 'demo-yara',
          name: 'Yara Denkbeeld',
          role: 'required',
          discipline: 'schuldhulp',
          rsvp: 'declined',
          declineReason: 'capaciteit',
        },
      ]);
      expect(deputy.events.map((e: { kind: string; who?: string }) => [e.kind, e.who])).toEqual([
        ['declined', 'demo-yara'],
        ['rescue_started', undefined],
        ['deputy_added', 'demo-bram'],
      ]);
    });

    it('shows the same in Dutch and English text', async () => {
      const nl = await run(['conference', 'HH-2041', '--lang', 'nl']);
      expect(nl.code).toBe(0);
      expect(nl.stdout).toContain('Casusoverleggen van HH-2041 (4):');
      expect(nl.stdout.indexOf('Komend:')).toBeLessThan(nl.stdout.indexOf('Eerder:'));
      expect(nl.stdout).toContain('  eerst afgesproken: 9 dec 2026, 10:00');
      expect(nl.stdout).toContain('  Bram Fictief (demo-bram), schuldhulp, nodig: komt');
      expect(nl.stdout).toContain('    vervangt demo-yara');
      expect(nl.stdout).toContain('uitgesteld, 8 werkdagen (28 u voor de start)');
      const en = await run(['conference', 'HH-2041', '--lang', 'en']);
      expect(en.stdout).toContain('Case conferences of HH-2041 (4):');
      expect(en.stdout).toContain('  Yara Denkbeeld (demo-yara), schuldhulp, required: declined');
      expect(en.stdout).toContain('    reason: capaciteit');
      expect(en.stdout).toContain('deputy added — demo-bram (50 h before the start)');
      const none = await run(['conference', 'HH-2043', '--lang', 'en']);
      expect(none.stdout).toContain('HH-2043 has no case conferences.');
    });

    it('reads through the household door: --as with that person’s access, every read in the access log', async () => {
      const koen = await run(['conference', 'HH-2041', '--as', 'demo-koen', '--json']);
      expect(koen.code).toBe(0);
      expect(koen.json().conferences).toHaveLength(4);
      // Latifa is in the team but not in HH-2041's case team: the reference and whom to ask, nothing more.
      const latifa = await run(['conference', 'HH-2041', '--as', 'demo-latifa', '--json', '--lang', 'en']);
      expect(latifa.code).toBe(1);
      expect(latifa.json().error.code).toBe('not-in-case-team');
      expect(latifa.stdout).not.toContain('demo-bram');
      const missing = await run(['conference', 'HH-9999', '--json']);
      expect(missing.code).toBe(1);
      expect(missing.json().error.code).toBe('unknown-household');

      const rows = await withDatabase((db) =>
        db.prisma.accessLogEntry.findMany({
          where: { channel: 'cli', kind: 'conference' },
          select: { actorKey: true, onBehalfOf: true, reference: true, action: true, outcome: true },
        }),
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { actorKey: null, onBehalfOf: 'operator', reference: 'HH-2041', action: 'view', outcome: 'ok' },
          {
            actorKey: 'demo-koen',
            onBehalfOf: 'operator',
            reference: 'HH-2041',
            action: 'view',
            outcome: 'ok',
          },
          {
            actorKey: 'demo-latifa',
            onBehalfOf: 'operator',
            reference: 'HH-2041',
            action: 'view',
            outcome: 'reference-only',
          },
          {
            actorKey: null,
            onBehalfOf: 'operator',
            reference: 'HH-9999',
            action: 'refused',
            outcome: 'not-found',
          },
        ]),
      );
    });
  });
}
