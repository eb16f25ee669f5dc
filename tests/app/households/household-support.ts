import { householdFeature } from '../../../src/app/households/household-feature.ts';
import { createRouter } from '../../../src/app/router.ts';
import { parseTeamSettings } from '../../../src/app/settings/team-settings.ts';
import type { Locale } from '../../../src/domain/locale.ts';
import type { Prisma } from '../../../src/generated/prisma/client.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import { createDatabaseHouseholdDoor } from '../../../src/infra/db/repositories/household-directory-repository.ts';
import { createHouseholdStore } from '../../../src/infra/db/repositories/household-repository.ts';
import { seedDemo } from '../../../src/infra/demo/seed-demo.ts';
import type { Form, View } from '../../../src/views/view-model.ts';
import { truncateAll } from '../../support/databases.ts';

/** 2026-11-24 10:00 in Amsterdam; the demo households were scored on 2026-11-02. */
export const NOW = new Date('2026-11-24T09:00:00Z');
export const TODAY = '2026-11-24';

export async function freshDemo(db: Database): Promise<void> {
  await truncateAll(db);
  await seedDemo(db, { clock: { now: () => NOW } });
}

/** The router with the household feature, talking as one of the demo professionals (by roster key). */
export function demoChat(db: Database) {
  const router = createRouter({
    features: [
      householdFeature({
        store: createHouseholdStore(db.prisma),
        door: createDatabaseHouseholdDoor(db.prisma),
      }),
    ],
    clock: { now: () => NOW },
    timeZone: 'Europe/Amsterdam',
  });
  /** 'nobody': a chat user casus cannot link to a professional. */
  const actorOf = async (key: string) => {
    if (key === 'nobody') return {};
    const p = await db.prisma.professional.findUniqueOrThrow({ where: { externalKey: key } });
    return { professionalId: p.id, displayName: p.name };
  };
  /** requestKey: as a channel passes it, the same on a re-run of one request (an answer after a crash). */
  type Where = { as?: string; conversation?: 'private' | 'shared'; locale?: Locale; requestKey?: string };
  return {
    async say(text: string, { as = 'demo-sander', conversation = 'private', locale = 'nl' }: Where = {}) {
      return router.handleText({ text, locale, actor: await actorOf(as), conversation });
    },
    async press(
      actionId: string,
      value: string | undefined,
      { as = 'demo-sander', conversation = 'private', locale = 'nl', requestKey }: Where = {},
    ) {
      const keyed = requestKey ? { requestKey } : {};
      return router.handleAction({
        actionId,
        value,
        locale,
        actor: await actorOf(as),
        conversation,
        ...keyed,
      });
    },
    async submit(
      formId: string,
      values: Record<string, string | undefined>,
      { as = 'demo-sander', conversation = 'private', locale = 'nl', requestKey }: Where = {},
    ) {
      const keyed = requestKey ? { requestKey } : {};
      return router.handleForm({ formId, values, locale, actor: await actorOf(as), conversation, ...keyed });
    },
  };
}

export function formOf(view: View): Form {
  for (const block of view.blocks) if (block.type === 'form') return block.form;
  throw new Error(`no form in: ${view.fallbackText}`);
}

/** What the form would submit unchanged: every field's initial value, multiselects comma-joined. */
export function initialValues(form: Form): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const field of form.fields) {
    const initial = field.initial;
    values[field.id] =
      initial === undefined
        ? undefined
        : Array.isArray(initial)
          ? initial.length === 0
            ? undefined
            : initial.join(',')
          : String(initial);
  }
  return values;
}

/** The option value of a select or multiselect by (the start of) its label. */
export function optionValue(form: Form, fieldId: string, labelStart: string): string {
  const field = form.fields.find((f) => f.id === fieldId);
  if (!field || (field.kind !== 'select' && field.kind !== 'multiselect'))
    throw new Error(`no select ${fieldId}`);
  const option = field.options.find((o) => o.label.startsWith(labelStart));
  if (!option) throw new Error(`no option ${labelStart} in ${fieldId}`);
  return option.value;
}

export async function professionalId(db: Database, key: string): Promise<string> {
  return (await db.prisma.professional.findUniqueOrThrow({ where: { externalKey: key } })).id;
}

export async function household(db: Database, reference: string) {
  return db.prisma.household.findFirstOrThrow({
    where: { reference },
    include: {
      scores: { orderBy: [{ domain: 'asc' }, { scoredOn: 'asc' }] },
      consents: { include: { organisation: true } },
      involvements: true,
      revisions: { orderBy: { revision: 'asc' } },
    },
  });
}

/** Rows a household change writes, to prove a refused change wrote nothing. */
export async function householdRowCounts(db: Database) {
  const p = db.prisma;
  return {
    households: await p.household.count(),
    scores: await p.domainScore.count(),
    involvements: await p.householdInvolvement.count(),
    consents: await p.consent.count(),
    revisions: await p.householdRevision.count(),
    // Writes only: a refused or shown read is logged too, and that is no change.
    accessLogWrites: await p.accessLogEntry.count({
      where: { action: { notIn: ['view', 'refused', 'export'] } },
    }),
  };
}

/** Stores a team's settings as `casus settings <team> --set` does: only settings that pass its checks. */
export async function setTeamSettings(db: Database, slug: string, settings: Record<string, unknown>) {
  const parsed = parseTeamSettings(settings);
  if (!parsed.ok) throw new Error(`settings refused: ${JSON.stringify(parsed.problems)}`);
  await db.prisma.team.update({ where: { slug }, data: { settings: settings as Prisma.InputJsonValue } });
}
