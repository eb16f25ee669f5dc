import { commandWord } from '../../domain/commands.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import type { Block, View } from '../../views/view-model.ts';
import { type AccessLogViewDeps, accessLogAnswer } from '../access/access-log-view.ts';
import type { DoorAnswer, GrantedHousehold, HouseholdDoor } from '../access/household-door.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { localDate } from '../format-when.ts';
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
  closePlanConfirmView,
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
  /** `huishouden <ref> inzage`: who looked at the household (src/app/access/access-log-view.ts). */
  accessLog?: Omit<AccessLogViewDeps, 'door'>;
  /** Decides and logs every look at a household (src/app/access/household-door.ts). */
  door: HouseholdDoor;
  /**
   * The case team's part from other areas, shown in the details (src/app/actions/actions-feature.ts
   * householdActionsPart: the latest decisions and the open actions with their buttons).
   */
  detailsPart?: (
    householdId: string,
    options: { locale: Locale; today: string; viewerId?: string },
  ) => Promise<Block[]>;
}

type Refused = Extract<DoorAnswer, { granted: false }>;

const NEW_WORDS = new Set(['nieuw', 'new']);
const EDIT_WORDS = new Set(['wijzig', 'wijzigen', 'edit', 'change']);
const ACCESS_WORDS = new Set(['inzage', 'access']);

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
  const { store, door } = deps;

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

  /** The household as far as the door let the person through. */
  async function look(answer: DoorAnswer, context: UseCaseContext, notice?: string): Promise<View> {
    if (!answer.granted) return refusal(answer, context.locale, notice);
    const household = await store.findById(answer.household.id);
    if (!household) return messageView(t(context.locale, 'not-found-button'));
    return details(household, answer.household, context, notice);
  }

  /** The household shown again after a change (or an attempt), through the door. */
  async function showById(householdId: string, context: UseCaseContext, notice?: string): Promise<View> {
    return look(await door.byId(context, householdId, { kind: 'details' }), context, notice);
  }

  async function details(
    household: HouseholdDetails,
    granted: GrantedHousehold,
    context: UseCaseContext,
    notice?: string,
  ): Promise<View> {
    const extraBlocks = deps.detailsPart
      ? await deps.detailsPart(household.id, {
          locale: context.locale,
          today: today(context),
          ...(context.actor.professionalId ? { viewerId: context.actor.professionalId } : {}),
        })
      : undefined;
    return detailsView(household, {
      locale: context.locale,
      timeZone: context.timeZone,
      today: today(context),
      notice,
      mayClosePlan: granted.decision.may('close-plan'),
      now: context.now,
      ...(extraBlocks ? { extraBlocks } : {}),
    });
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
  async function editForm(answer: DoorAnswer, who: Requester, context: UseCaseContext): Promise<View> {
    if (!answer.granted) return editRefusal(answer, context.locale);
    const household = await store.findById(answer.household.id);
    if (!household) return messageView(t(context.locale, 'not-found-button'));
    const setup = await editSetup(household, who, context);
    return formView(setup, existingFormValues(household, setup.today));
  }

  async function command(args: readonly string[], context: UseCaseContext): Promise<View> {
    const [first, second, ...rest] = args;
    if (first === undefined) return showList(context);
    if (NEW_WORDS.has(first.toLowerCase()) && second === undefined) return newForm(context);
    const who = await requester(context);
    if (!isRequester(who)) return who;
    if (deps.accessLog && second !== undefined && ACCESS_WORDS.has(second.toLowerCase()) && rest.length === 0)
      return combine(await accessLogAnswer({ ...deps.accessLog, door }, first, context));
    const isEdit = second !== undefined && EDIT_WORDS.has(second.toLowerCase()) && rest.length === 0;
    if (second !== undefined && !isEdit) return usage(context.locale);
    const answers = await door.byReference(
      context,
      first,
      isEdit ? { kind: 'details', deed: 'edit' } : { kind: 'details' },
    );
    const views = await Promise.all(
      answers.map((answer) => (isEdit ? editForm(answer, who, context) : look(answer, context))),
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
    if (earlier) return saved(earlier.householdId, earlier.revision, context);

    const target = parseSubject(subject);
    let existing: HouseholdDetails | undefined;
    let granted: GrantedHousehold | undefined;
    let setup: FormSetup;
    if (target.kind === 'edit') {
      const answer = await door.byId(context, target.householdId, { kind: 'details', deed: 'edit' });
      if (!answer.granted) return editRefusal(answer, locale);
      granted = answer.household;
      existing = await store.findById(granted.id);
      if (!existing) return messageView(t(locale, 'not-found-button'));
      if (target.baseRevision !== undefined && target.baseRevision !== existing.revision)
        return details(existing, granted, context, conflictNotice(locale, existing.reference));
      setup = await editSetup(existing, who, context);
    } else {
      setup = await newSetup(who, context);
    }

    const read = readHouseholdForm(setup, values);
    if (!read.ok) return formView(setup, values, read.problems);

    const { changed, scoreWrites } = changesOf(read.form, existing);
    if (existing && granted && changed.length === 0)
      return details(existing, granted, context, t(locale, 'nothing-changed'));

    // A reference the team already uses is refused by the save itself, in its transaction.
    const result = await store.save({
      householdId: existing?.id,
      baseRevision: existing?.revision ?? 0,
      values: read.form.values,
      scoreWrites,
      scoredOn: read.form.scoredOn ?? setup.today,
      changed,
      actorId: who.professionalId,
      channel: context.actor.channel,
      now: context.now,
      today: setup.today,
      ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    });
    if (result.status === 'reference-taken')
      return formView(setup, values, [referenceTaken(locale, read.form.values.reference)]);
    if (result.status === 'conflict') {
      const reference = existing?.reference ?? read.form.values.reference;
      return existing
        ? showById(existing.id, context, conflictNotice(locale, reference))
        : messageView(conflictNotice(locale, reference));
    }
    return saved(result.householdId, result.revision, context);
  }

  async function saved(householdId: string, revision: number, context: UseCaseContext): Promise<View> {
    const { locale } = context;
    const answer = await door.byId(context, householdId, { kind: 'details' });
    // Saved by someone who took themselves out of the case team: the save happened, the details are not theirs.
    if (!answer.granted && answer.refusal === 'reference-only' && answer.household) {
      const { reference } = answer.household;
      const notice = `${t(locale, 'saved-elsewhere', { reference, revision })} ${t(
        locale,
        'saved-not-in-case-team',
      )}`;
      return referenceOnlyView(known(answer.household), locale, notice);
    }
    return look(answer, context, t(locale, 'saved', { revision }));
  }

  /**
   * Closing asks first (the plan's follow-ups stop); the second button carries `confirmed`. Reopening is one
   * step: it only brings the follow-ups back. Both are the same deed, for the coordinator or a team coach,
   * and both write a revision and an access-log entry.
   */
  async function setPlan(
    householdId: string,
    close: boolean,
    confirmed: boolean,
    context: UseCaseContext,
  ): Promise<View> {
    const { locale } = context;
    const who = await requester(context);
    if (!isRequester(who)) return who;
    const answer = await door.byId(context, householdId, { kind: 'details', deed: 'close-plan' });
    if (!answer.granted)
      return answer.refusal === 'not-allowed' && answer.household
        ? messageView(
            t(locale, close ? 'close-not-allowed' : 'reopen-not-allowed', {
              reference: answer.household.reference,
            }),
          )
        : refusal(answer, locale);
    const granted = answer.household;
    const household = await store.findById(householdId);
    if (!household) return messageView(t(locale, 'not-found-button'));
    const done = close ? 'plan-closed' : 'plan-reopened';
    const earlier = context.requestKey && (await store.savedByRequest(context.requestKey));
    if (earlier) return details(household, granted, context, t(locale, done, { revision: earlier.revision }));
    const { reference } = household;
    if (close && household.planClosedAt)
      return details(household, granted, context, t(locale, 'already-closed', { reference }));
    if (!close && !household.planClosedAt)
      return details(household, granted, context, t(locale, 'already-open', { reference }));
    if (close && !confirmed) return closePlanConfirmView(household, locale);
    const request = {
      householdId,
      baseRevision: household.revision,
      actorId: who.professionalId,
      channel: context.actor.channel,
      now: context.now,
      ...(context.requestKey ? { requestKey: context.requestKey } : {}),
    };
    const result = close ? await store.closePlan(request) : await store.reopenPlan(request);
    const fresh = await store.findById(householdId);
    if (!fresh) return messageView(t(locale, 'not-found-button'));
    if (result.status !== 'saved') return details(fresh, granted, context, conflictNotice(locale, reference));
    return details(fresh, granted, context, t(locale, done, { revision: result.revision }));
  }

  return {
    commands: { household: command },
    actions: {
      [ActionIds.householdNew]: (_payload, context) => newForm(context),
      [ActionIds.householdShow]: ({ householdId }, context) => showById(householdId, context),
      [ActionIds.householdEdit]: async ({ householdId }, context) => {
        const who = await requester(context);
        if (!isRequester(who)) return who;
        const answer = await door.byId(context, householdId, { kind: 'details', deed: 'edit' });
        return editForm(answer, who, context);
      },
      [ActionIds.householdClosePlan]: ({ householdId, confirmed }, context) =>
        setPlan(householdId, true, confirmed === true, context),
      [ActionIds.householdReopenPlan]: ({ householdId }, context) =>
        setPlan(householdId, false, true, context),
    },
    forms: { [FORM_KIND]: submit },
  };
}

/** What the door refused, as this feature words it: the reference and the coordinator, or only the refusal. */
function refusal(answer: Refused, locale: Locale, notice?: string): View {
  const { household } = answer;
  if (household && answer.refusal === 'shared-conversation')
    return sharedConversationView(locale, household.reference, notice);
  if (household && (answer.refusal === 'reference-only' || answer.refusal === 'not-allowed'))
    return referenceOnlyView(known(household), locale, notice);
  return messageView(answer.message);
}

function editRefusal(answer: Refused, locale: Locale): View {
  if (answer.refusal !== 'not-allowed' || !answer.household) return refusal(answer, locale);
  const { reference } = answer.household;
  return refusal(answer, locale, t(locale, 'edit-not-allowed', { reference }));
}

/** What a team member outside the case team may know: the reference and whom to ask. */
function known(household: GrantedHousehold) {
  return { reference: household.reference, coordinator: household.coordinator };
}

function conflictNotice(locale: Locale, reference: string): string {
  return t(locale, 'conflict', { reference });
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
