import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { renewalFormId } from '../../../src/app/households/consent-views.ts';
import { householdText } from '../../../src/app/households/i18n/household-text.ts';
import { createRouter } from '../../../src/app/router.ts';
import { loadConfig } from '../../../src/config.ts';
import { LIFE_DOMAINS } from '../../../src/domain/life-domains.ts';
import { composeFeatures } from '../../../src/features.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import { encodeActionValue } from '../../../src/views/action-payload.ts';
import { truncateAll } from '../../support/databases.ts';

/**
 * The world the access tests of every channel share (issue 9): the demo team, and a second team "west" with
 * its own household HH-3001. Sander (demo) is
 * - outside west: HH-3001 must answer exactly like HH-9001, which does not exist;
 * - in the demo team but not in HH-2042's case team: he gets the reference and the coordinator to ask;
 * and somebody with Sander's user id in another Slack workspace or Teams tenant is nobody at all.
 */
export const NOW = new Date('2026-11-30T07:00:00Z');
export const SLACK_WORKSPACE = 'T0CASUS';
export const OTHER_SLACK_WORKSPACE = 'T0OTHER';
export const SANDER_SLACK_ID = 'U0SANDER';
export const SANDER_AAD = '6f1c2a34-0000-4000-8000-00000000aa5a';
export const OTHER_TENANT = '0b7e5a11-0000-4000-8000-0000000000f2';
/** What a resident of HH-3001 said: it must never reach anyone outside its case team. */
const WEST_WORDS = {
  ikWil: 'Weer fietsen naar de bakkerij',
  ikKan: 'Vroeg opstaan',
  ikHebNodig: 'Een nieuwe fiets',
};

export interface WorldHousehold {
  id: string;
  revision: number;
  consent: { id: string; validUntil: string | null };
}

export interface AccessWorld {
  sanderId: string;
  /** HH-2042 (demo; Sander outside its case team) and HH-3001 (west), each with a consent to renew. */
  demoHousehold: WorldHousehold;
  westHousehold: WorldHousehold;
  /** A conference of each household Sander is not invited to. */
  demoConferenceId: string;
  westConferenceId: string;
  /** Words that must not appear in any answer to Sander about these households. */
  secrets: { demo: string[]; west: string[] };
}

/** The router the channels reach, with every feature as the server composes it. */
export function accessRouter(db: Database) {
  const config = loadConfig({ TIME_ZONE: 'Europe/Amsterdam' });
  return createRouter({
    features: composeFeatures(db, config, { now: () => NOW }).features,
    clock: { now: () => NOW },
    timeZone: 'Europe/Amsterdam',
  });
}

export async function seedAccessWorld(
  db: Database,
  identities: 'slack' | 'teams' | 'none',
): Promise<AccessWorld> {
  const prisma = db.prisma;
  await truncateAll(db);
  await seedDemo(db, { clock: { now: () => NOW } });
  const sander = await prisma.professional.findUniqueOrThrow({ where: { externalKey: 'demo-sander' } });
  // The roster left the workspace empty: it counts in the installation's own workspace or tenant only
  // (SLACK_TEAM_ID, MicrosoftAppTenantId), never in another one.
  if (identities === 'slack')
    await prisma.platformIdentity.create({
      data: { professionalId: sander.id, platform: 'slack', workspace: '', externalUserId: SANDER_SLACK_ID },
    });
  if (identities === 'teams')
    await prisma.platformIdentity.create({
      data: { professionalId: sander.id, platform: 'teams', workspace: '', externalUserId: SANDER_AAD },
    });

  const organisation = await prisma.organisation.create({ data: { name: 'Buurtzorg West' } });
  const wendy = await prisma.professional.create({
    data: { externalKey: 'west-wendy', name: 'Wendy Westerbeek', organisationId: organisation.id },
  });
  const west = await prisma.team.create({
    data: { slug: 'west', name: 'Wijkteam West', memberships: { create: { professionalId: wendy.id } } },
  });
  const westHousehold = await prisma.household.create({
    data: {
      teamId: west.id,
      reference: 'HH-3001',
      coordinatorId: wendy.id,
      ...WEST_WORDS,
      involvements: { create: { professionalId: wendy.id } },
      scores: { create: { domain: 'financien', score: 1, scoredOn: new Date('2026-11-02') } },
      consents: {
        create: {
          organisationId: organisation.id,
          givenOn: new Date('2026-10-01'),
          validUntil: new Date('2026-12-10'),
        },
      },
    },
    include: { consents: true },
  });
  const demo = await prisma.household.findFirstOrThrow({
    where: { reference: 'HH-2042' },
    include: { involvements: { include: { professional: true } }, coordinator: true, consents: true },
  });
  const demoConferenceId = await conferenceOf(db, demo.teamId, demo.id, demo.coordinatorId!);
  const westConferenceId = await conferenceOf(db, west.id, westHousehold.id, wendy.id);

  const disciplines = await prisma.discipline.findMany();
  const disciplineNames = disciplines.flatMap((d) => [d.nameNl, d.nameEn]);
  const domainNames = LIFE_DOMAINS.flatMap((domain) =>
    (['nl', 'en'] as const).map((locale) => householdText(locale, `domain.${domain}`)),
  );
  const demoWords = [demo.ikWil, demo.ikKan, demo.ikHebNodig].filter((w): w is string => Boolean(w));
  const demoOthers = demo.involvements
    .map((i) => i.professional.name)
    .filter((name) => name !== demo.coordinator?.name);
  return {
    sanderId: sander.id,
    demoHousehold: {
      id: demo.id,
      revision: await revisionOf(db, demo.id),
      consent: consentOf(demo.consents),
    },
    westHousehold: { id: westHousehold.id, revision: 0, consent: consentOf(westHousehold.consents) },
    demoConferenceId,
    westConferenceId,
    secrets: {
      demo: [...disciplineNames, ...domainNames, ...demoWords, ...demoOthers],
      west: [...disciplineNames, ...domainNames, ...Object.values(WEST_WORDS), wendy.name],
    },
  };
}

function consentOf(consents: readonly { id: string; validUntil: Date | null }[]) {
  const consent = consents[0];
  if (!consent) throw new Error('the access world needs a consent on each household');
  return { id: consent.id, validUntil: consent.validUntil?.toISOString().slice(0, 10) ?? null };
}

async function revisionOf(db: Database, householdId: string): Promise<number> {
  const latest = await db.prisma.householdRevision.findFirst({
    where: { householdId },
    orderBy: { revision: 'desc' },
  });
  return latest?.revision ?? 0;
}

async function conferenceOf(db: Database, teamId: string, householdId: string, attendeeId: string) {
  const conference = await db.prisma.caseConference.create({
    data: {
      teamId,
      startsAt: new Date('2026-12-08T09:00:00Z'),
      endsAt: new Date('2026-12-08T10:00:00Z'),
      status: 'scheduled',
      icsUid: `casus-${randomUUID()}@casus`,
      organizerId: attendeeId,
      households: { create: { householdId } },
      attendances: { create: { professionalId: attendeeId, role: 'required' } },
    },
  });
  return conference.id;
}

/** One chat request as the router sees it; each channel turns it into its own payload. */
export type ChatRequest =
  | { kind: 'text'; text: string }
  | { kind: 'action'; actionId: string; value: string }
  | { kind: 'form'; formId: string; values: Record<string, string> };

export interface AccessCase {
  name: string;
  /** About the household. */
  real: ChatRequest;
  /** The same, about one that does not exist. */
  missing: ChatRequest;
}

const MISSING_ID = '00000000-0000-4000-8000-000000000042';
const MISSING_CONSENT = '00000000-0000-4000-8000-0000000000c5';
const MISSING_CONFERENCE = '00000000-0000-4000-8000-0000000000c0';
/** Tuesday 8 December 2026, 10:00 in Amsterdam, in epoch minutes. */
const SLOT_START = Date.parse('2026-12-08T09:00:00Z') / 60_000;

/**
 * Every command, button and form that touches a household, about `reference`/`householdId` and about one that
 * does not exist (`missingReference`, a made-up id).
 */
export function accessCases(
  reference: string,
  missingReference: string,
  household: WorldHousehold,
  conferenceId: string,
): AccessCase[] {
  const text = (name: string, words: (ref: string) => string): AccessCase => ({
    name,
    real: { kind: 'text', text: words(reference) },
    missing: { kind: 'text', text: words(missingReference) },
  });
  const button = <A extends Parameters<typeof encodeActionValue>[0]>(
    actionId: A,
    payload: (id: string) => Parameters<typeof encodeActionValue<A>>[1],
  ): AccessCase => ({
    name: actionId,
    real: { kind: 'action', actionId, value: encodeActionValue(actionId, payload(household.id)) },
    missing: { kind: 'action', actionId, value: encodeActionValue(actionId, payload(MISSING_ID)) },
  });
  const rsvp = (actionId: 'conference.accept' | 'conference.decline'): AccessCase => ({
    name: actionId,
    real: { kind: 'action', actionId, value: encodeActionValue(actionId, { conferenceId }) },
    missing: {
      kind: 'action',
      actionId,
      value: encodeActionValue(actionId, { conferenceId: MISSING_CONFERENCE }),
    },
  });
  const values = { ikWil: 'Overschreven door iemand buiten het casusteam' };
  const missingConsent = { id: MISSING_CONSENT, validUntil: household.consent.validUntil };
  const renewal = { givenOn: '2026-11-30', validUntil: '2027-11-30' };
  return [
    text('huishouden <ref>', (ref) => `huishouden ${ref}`),
    text('household <ref> edit', (ref) => `household ${ref} edit`),
    text('plan <ref>', (ref) => `plan ${ref}`),
    text('plan <ref> thuis', (ref) => `plan ${ref} thuis`),
    text('huishouden <ref> inzage', (ref) => `huishouden ${ref} inzage`),
    text('household <ref> access', (ref) => `household ${ref} access`),
    // Issue 10: recording decisions and actions, and the minutes of a household's conference.
    text('actie <ref> @owner vrijdag …', (ref) => `actie ${ref} @wendy vrijdag Huurachterstand bespreken`),
    text('decision <ref> …', (ref) => `decision ${ref} Apply for debt counselling together`),
    text('verslag <ref>', (ref) => `verslag ${ref}`),
    button('household.show', (householdId) => ({ householdId })),
    button('household.edit', (householdId) => ({ householdId })),
    button('household.close-plan', (householdId) => ({ householdId })),
    button('plan.propose', (householdId) => ({ householdId, location: 'home' })),
    button('plan.pick-slot', (householdId) => ({ householdId, start: SLOT_START, location: 'office' })),
    {
      name: 'consent.renew',
      real: {
        kind: 'action',
        actionId: 'consent.renew',
        value: encodeActionValue('consent.renew', { consentId: household.consent.id }),
      },
      missing: {
        kind: 'action',
        actionId: 'consent.renew',
        value: encodeActionValue('consent.renew', { consentId: MISSING_CONSENT }),
      },
    },
    {
      name: 'consent renewal form',
      real: { kind: 'form', formId: renewalFormId(household.consent), values: renewal },
      missing: { kind: 'form', formId: renewalFormId(missingConsent), values: renewal },
    },
    rsvp('conference.accept'),
    rsvp('conference.decline'),
    {
      name: 'household form',
      real: { kind: 'form', formId: `household:${household.id}@${household.revision}`, values },
      missing: { kind: 'form', formId: `household:${MISSING_ID}@${household.revision}`, values },
    },
  ];
}

/** Nothing of the care data: no discipline, life domain, resident's words or involved professional. */
export function expectNoDetails(answer: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(answer, `leaked "${secret}"`).not.toContain(secret);
}

/** Nothing was written by the attempts: no conference booked or answered, no revision, no plan closed, no consent renewed. */
export async function expectNothingChanged(db: Database, world: AccessWorld): Promise<void> {
  const prisma = db.prisma;
  expect(await prisma.caseConference.count()).toBe(2);
  expect(await prisma.attendance.count({ where: { rsvp: { not: 'pending' } } })).toBe(0);
  expect(await revisionOf(db, world.demoHousehold.id)).toBe(world.demoHousehold.revision);
  expect(await revisionOf(db, world.westHousehold.id)).toBe(world.westHousehold.revision);
  expect(await prisma.household.count({ where: { planClosedAt: { not: null } } })).toBe(0);
  // No consent renewed (the seed and this world record none by a professional).
  expect(await prisma.consent.count({ where: { recordedById: { not: null } } })).toBe(0);
  // No decision or action recorded.
  expect(await prisma.decision.count()).toBe(0);
  expect(await prisma.action.count()).toBe(0);
}

/** The answer with the asked-for reference put back, so "HH-3001" and "HH-9001" answers can be compared. */
export function sameFor(answer: string, reference: string, placeholder = '<ref>'): string {
  return answer.split(reference).join(placeholder);
}
