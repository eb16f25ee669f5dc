import { commandWord } from '../../domain/commands.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import type { View } from '../../views/view-model.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { localDate } from '../format-when.ts';
import { accessTo, mayClosePlan } from './household-access.ts';
import {
  changesOf,
  existingFormValues,
  FORM_KIND,
  type FormSetup,
  newFormValues,
  parseSubject,
  readHouseholdForm,
} from './household-form.ts';
import { nextFreeReference, type ReferenceRule, referenceSeed } from './household-reference.ts';
import type { ActorTeam, HouseholdDetails, HouseholdStore } from './household-store.ts';
import {
  detailsView,
  formView,
  listView,
  messageView,
  referenceOnlyView,
  sharedConversationView,
} from './household-views.ts';
import { householdText as t } from './i18n/household-text.ts';

export interface HouseholdFeatureDeps {
  store: HouseholdStore;
}

const NEW_WORDS = new Set(['nieuw', 'new']);
const EDIT_WORDS = new Set(['wijzig', 'wijzigen', 'edit', 'change']);

/** Who is asking, once we know they are a professional in at least one team. */
interface Requester {
  professionalId: string;
  teams: ActorTeam[];
}

/**
 * Households from chat: `huishouden` lists yours, `huishouden nieuw` and `huishouden <ref> wijzig` open the
 * form, `huishouden <ref>` shows one. Details only for the household's case team, and only in a private
 * conversation; every save is one transaction with a revision (who, when, which fields).
 */
export function householdFeature(deps: HouseholdFeatureDeps): Feature {
  const { store } = deps;

  /** The requester, or the answer for someone casus cannot place. */
  async function requester(context: UseCaseContext): Promise<Requester | View> {
    const professionalId = context.actor.professionalId;
    if (!professionalId) return messageView(t(context.locale, 'unknown-person'));
    const teams = await store.teamsOf(professionalId);
    if (teams.length === 0) return messageView(t(context.locale, 'no-team'));
    return { professionalId, teams };
  }

  const today = (context: UseCaseContext) => localDate(context.now, context.timeZone);

  async function showList(context: UseCaseContext): Promise<View> {
    const who = await requester(context);
    if (!isRequester(who)) return who;
    const items = await store.listInvolved(who.professionalId);
    return listView(items, {
      locale: context.locale,
      shared: !context.privateConversation,
      severalTeams: who.teams.length > 1,
    });
  }

  /** What this person may see of the household, in this conversation. */
  function show(household: HouseholdDetails, who: Requester, context: UseCaseContext, notice?: string): View {
    const { locale } = context;
    const access = accessTo(household, who.professionalId, who.teams);
    if (access === 'none') return messageView(t(locale, 'not-found', { reference: household.reference }));
    if (!context.privateConversation) return sharedConversationView(locale, household.reference, notice);
    if (access === 'reference') return referenceOnlyView(household, locale, notice);
    return detailsView(household, {
      locale,
      timeZone: context.timeZone,
      notice,
      mayClosePlan: mayClosePlan(household, who.professionalId, who.teams),
    });
  }

  /** The households with this reference the person can know of (normally one). */
  async function byReference(reference: string, who: Requester): Promise<HouseholdDetails[]> {
    const found = await store.findByReference(
      who.teams.map((team) => team.id),
      reference,
    );
    return found.filter((household) => accessTo(household, who.professionalId, who.teams) !== 'none');
  }

  async function byId(householdId: string, who: Requester): Promise<HouseholdDetails | undefined> {
    const household = await store.findById(householdId);
    return household && accessTo(household, who.professionalId, who.teams) !== 'none' ? household : undefined;
  }

  async function newForm(context: UseCaseContext): Promise<View> {
    const who = await requester(context);
    if (!isRequester(who)) return who;
    if (!context.privateConversation) return sharedConversationView(context.locale, undefined);
    const setup = await newSetup(who, context);
    const proposed = { ...setup, proposedReference: await proposeReference(setup) };
    return formView(proposed, newFormValues(proposed, who.professionalId));
  }

  async function newSetup(who: Requester, context: UseCaseContext): Promise<FormSetup> {
    const teamIds = who.teams.map((team) => team.id);
    return {
      locale: context.locale,
      today: today(context),
      teams: who.teams,
      rosters: await store.rosters(teamIds),
      referenceRules: await referenceRules(teamIds),
    };
  }

  async function editSetup(household: HouseholdDetails, who: Requester, context: UseCaseContext) {
    return {
      locale: context.locale,
      today: today(context),
      teams: who.teams.filter((team) => team.id === household.teamId),
      rosters: await store.rosters([household.teamId]),
      existing: household,
      referenceRules: await referenceRules([household.teamId]),
    } satisfies FormSetup;
  }

  async function referenceRules(teamIds: readonly string[]): Promise<Map<string, ReferenceRule>> {
    return new Map(
      await Promise.all(teamIds.map(async (id) => [id, await store.referenceRule(id)] as const)),
    );
  }

  /**
   * The next free reference of the team (of the first team, for someone in several): so nobody has to
   * invent one, and no household of any team has it, since `plan HH-2041` looks a reference up everywhere.
   */
  async function proposeReference(setup: FormSetup): Promise<string | undefined> {
    const team = setup.teams[0];
    const rule = team && setup.referenceRules.get(team.id);
    if (!team || !rule) return undefined;
    const seed = referenceSeed(await store.teamReferences(team.id), rule);
    if (!seed) return undefined;
    return nextFreeReference(seed, await store.referencesStartingWith(seed.prefix), rule);
  }

  /** The edit form, or why it is not shown. */
  async function editForm(
    household: HouseholdDetails,
    who: Requester,
    context: UseCaseContext,
  ): Promise<View> {
    const { locale } = context;
    if (!context.privateConversation) return sharedConversationView(locale, household.reference);
    if (accessTo(household, who.professionalId, who.teams) !== 'case-team')
      return referenceOnlyView(
        household,
        locale,
        t(locale, 'edit-not-allowed', { reference: household.reference }),
      );
    const setup = await editSetup(household, who, context);
    return formView(setup, existingFormValues(household, setup.today));
  }

  async function command(args: readonly string[], context: UseCaseContext): Promise<View> {
    const [first, second, ...rest] = args;
    if (first === undefined) return showList(context);
    if (NEW_WORDS.has(first.toLowerCase()) && second === undefined) return newForm(context);
    const who = await requester(context);
    if (!isRequester(who)) return who;
    const isEdit = second !== undefined && EDIT_WORDS.has(second.toLowerCase()) && rest.length === 0;
    if (second !== undefined && !isEdit) return usage(context.locale);
    const found = await byReference(first, who);
    if (found.length === 0) return messageView(t(context.locale, 'not-found', { reference: first }));
    const views = await Promise.all(
      found.map((household) => (isEdit ? editForm(household, who, context) : show(household, who, context))),
    );
    return views.length === 1 ? views[0]! : combine(views);
  }

  async function submit(values: FormValues, subject: string, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const who = await requester(context);
    if (!isRequester(who)) return who;
    // A form re-shown after a mistake would echo care details into the channel: forms are for private use.
    if (!context.privateConversation) return messageView(t(locale, 'private-only'));

    // Answered again after a crash: the change was made; answer as the first run would have.
    const earlier = context.requestKey && (await store.savedByRequest(context.requestKey));
    if (earlier) return saved(earlier.householdId, earlier.revision, who, context);

    const target = parseSubject(subject);
    let existing: HouseholdDetails | undefined;
    let setup: FormSetup;
    if (target.kind === 'edit') {
      existing = await byId(target.householdId, who);
      if (!existing) return messageView(t(locale, 'not-found-button'));
      if (accessTo(existing, who.professionalId, who.teams) !== 'case-team')
        return referenceOnlyView(
          existing,
          locale,
          t(locale, 'edit-not-allowed', { reference: existing.reference }),
        );
      if (target.baseRevision !== undefined && target.baseRevision !== existing.revision)
        return conflict(existing, who, context);
      setup = await editSetup(existing, who, context);
    } else {
      setup = await newSetup(who, context);
    }

    const read = readHouseholdForm(setup, values);
    if (!read.ok) return formView(setup, values, read.problems);

    const { changed, scoreWrites } = changesOf(read.form, existing);
    if (existing && changed.length === 0) return show(existing, who, context, t(locale, 'nothing-changed'));

    // A reference the team already uses is refused by the save itself, in its transaction.
    const result = await store.save({
      householdId: existing?.id,
      baseRevision: existing?.revision ?? 0,
      values: read.form.values,
      scoreWrites,
      scoredOn: read.form.scoredOn ?? setup.today,
      changed,
      actorId: who.professionalId,
      now: context.now,
      today: setup.today,
      ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    });
    if (result.status === 'reference-taken')
      return formView(setup, values, [referenceTaken(locale, read.form.values.reference)]);
    if (result.status === 'conflict') {
      const fresh = existing && (await store.findById(existing.id));
      return fresh
        ? conflict(fresh, who, context)
        : messageView(t(locale, 'conflict', { reference: read.form.values.reference }));
    }
    return saved(result.householdId, result.revision, who, context);
  }

  async function saved(householdId: string, revision: number, who: Requester, context: UseCaseContext) {
    const { locale } = context;
    const household = await store.findById(householdId);
    if (!household) return messageView(t(locale, 'not-found-button'));
    const access = accessTo(household, who.professionalId, who.teams);
    if (access !== 'case-team') {
      const notice = `${t(locale, 'saved-elsewhere', { reference: household.reference, revision })} ${t(
        locale,
        'saved-not-in-case-team',
      )}`;
      return referenceOnlyView(household, locale, notice);
    }
    return show(household, who, context, t(locale, 'saved', { revision }));
  }

  function conflict(household: HouseholdDetails, who: Requester, context: UseCaseContext): View {
    return show(household, who, context, t(context.locale, 'conflict', { reference: household.reference }));
  }

  /** A button on a household: `answer` with the household, or why there is none. */
  async function onButton(
    householdId: string,
    context: UseCaseContext,
    answer: (household: HouseholdDetails, who: Requester) => Promise<View>,
  ): Promise<View> {
    const who = await requester(context);
    if (!isRequester(who)) return who;
    const household = await byId(householdId, who);
    return household ? answer(household, who) : messageView(t(context.locale, 'not-found-button'));
  }

  async function closePlan(householdId: string, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const who = await requester(context);
    if (!isRequester(who)) return who;
    const household = await byId(householdId, who);
    if (!household) return messageView(t(locale, 'not-found-button'));
    const earlier = context.requestKey && (await store.savedByRequest(context.requestKey));
    if (earlier)
      return show(household, who, context, t(locale, 'plan-closed', { revision: earlier.revision }));
    const { reference } = household;
    if (!mayClosePlan(household, who.professionalId, who.teams))
      return messageView(t(locale, 'close-not-allowed', { reference }));
    if (household.planClosedAt)
      return show(household, who, context, t(locale, 'already-closed', { reference }));
    const result = await store.closePlan({
      householdId,
      baseRevision: household.revision,
      actorId: who.professionalId,
      now: context.now,
      ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    });
    const fresh = await store.findById(householdId);
    if (!fresh) return messageView(t(locale, 'not-found-button'));
    if (result.status !== 'saved') return conflict(fresh, who, context);
    return show(fresh, who, context, t(locale, 'plan-closed', { revision: result.revision }));
  }

  return {
    commands: { household: command },
    actions: {
      [ActionIds.householdNew]: (_payload, context) => newForm(context),
      [ActionIds.householdShow]: ({ householdId }, context) =>
        onButton(householdId, context, async (household, who) => show(household, who, context)),
      [ActionIds.householdEdit]: ({ householdId }, context) =>
        onButton(householdId, context, (household, who) => editForm(household, who, context)),
      [ActionIds.householdClosePlan]: ({ householdId }, context) => closePlan(householdId, context),
    },
    forms: { [FORM_KIND]: submit },
  };
}

function isRequester(value: Requester | View): value is Requester {
  return 'professionalId' in value;
}

function referenceTaken(locale: Locale, reference: string): string {
  return t(locale, 'problem.reference-taken', { field: t(locale, 'field.reference'), reference });
}

function usage(locale: Locale): View {
  const command = commandWord('household', locale);
  return messageView(
    t(locale, 'usage', {
      command,
      new: locale === 'nl' ? 'nieuw' : 'new',
      edit: locale === 'nl' ? 'wijzig' : 'edit',
    }),
  );
}

function combine(views: View[]): View {
  return {
    fallbackText: views.map((view) => view.fallbackText).join(' '),
    blocks: views.flatMap((view, index) =>
      index === 0 ? view.blocks : [{ type: 'divider' as const }, ...view.blocks],
    ),
  };
}
