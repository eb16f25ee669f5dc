import type { Locale } from '../../domain/locale.ts';
import { createView, text, type View } from '../../views/view-model.ts';
import type { UseCaseContext } from '../feature.ts';
import { MAX_REFERENCE_LENGTH } from '../households/household-reference.ts';
import type { AccessKind, AccessLog, AccessOutcome, AccessRecord } from '../ports/access-log.ts';
import type { DoorHousehold, HouseholdDirectory } from '../ports/household-directory.ts';
import {
  type AccessActor,
  type AccessDecision,
  type Deed,
  decideAccess,
  operatorAccess,
} from './access-policy.ts';
import { accessText } from './i18n/access-text.ts';

/**
 * The one door to a household: every command, button, form and `--as` command that touches a household asks
 * it. It finds the household within the person's teams, asks decideAccess, records the read (or the refusal)
 * in the access log, and hands over the household only as far as the decision allows. Features then read what
 * they show by the granted id; none decides access by itself.
 */
export interface HouseholdDoor {
  /** Households with this reference in the person's teams: one answer each, or one refusal when none. */
  byReference(context: DoorContext, reference: string, ask: DoorAsk): Promise<DoorAnswer[]>;
  /** A household of a button or form (ids can be forged: an outsider's answer is that of an unknown id). */
  byId(context: DoorContext, householdId: string, ask: DoorAsk): Promise<DoorAnswer>;
  /**
   * The operator at the command line without `--as`: every household with the reference (in `teamId` when
   * given), each read logged as the operator's; an empty list when there is none.
   */
  asOperator(reference: string, ask: DoorAsk & { teamId?: string }): Promise<GrantedHousehold[]>;
}

export type DoorContext = Pick<UseCaseContext, 'actor' | 'privateConversation' | 'locale' | 'requestKey'>;

export interface DoorAsk {
  /** What kind of data the answer shows (for the access log). */
  kind: AccessKind;
  /** What the person wants to do besides looking; refused when the decision does not allow it. */
  deed?: Deed;
  /** Only within this team (the CLI's --team). */
  teamId?: string;
}

export interface GrantedHousehold {
  id: string;
  reference: string;
  teamId: string;
  coordinator: { id: string; name: string } | null;
  decision: AccessDecision;
}

export type Refusal =
  /** A chat account casus cannot place, or a professional without a team. */
  | 'unknown-person'
  | 'no-team'
  /** No such household in the person's teams: the same whether it exists elsewhere or not at all. */
  | 'not-found'
  /** A member of the household's team outside its case team: the reference and the coordinator to ask. */
  | 'reference-only'
  /** The case team, in a channel or group chat: the reference only. */
  | 'shared-conversation'
  /** May see the household, but not do the deed asked for. */
  | 'not-allowed';

export type DoorAnswer =
  | { granted: true; household: GrantedHousehold }
  | {
      granted: false;
      refusal: Refusal;
      /** The refusal in the person's language; identical for every household it may stand for. */
      message: string;
      /** Only for reference-only, shared-conversation and not-allowed: what the person may know. */
      household?: GrantedHousehold;
    };

export interface HouseholdDoorDeps {
  directory: HouseholdDirectory;
  log: AccessLog;
}

export function createHouseholdDoor({ directory, log }: HouseholdDoorDeps): HouseholdDoor {
  /** Who is asking, as decideAccess needs it; or why they are not placed. */
  async function accessActor(context: DoorContext): Promise<AccessActor | 'unknown-person' | 'no-team'> {
    const professionalId = context.actor.professionalId;
    if (!professionalId) return 'unknown-person';
    const teams = await directory.teamsOf(professionalId);
    return teams.length === 0 ? 'no-team' : { professionalId, teams };
  }

  function record(
    context: DoorContext,
    ask: DoorAsk,
    outcome: AccessOutcome,
    target: { household?: DoorHousehold; reference?: string },
  ): Promise<void> {
    const entry: AccessRecord = {
      actorId: context.actor.professionalId ?? null,
      onBehalfOf: context.actor.onBehalfOf ?? null,
      householdId: target.household?.id ?? null,
      teamId: target.household?.teamId ?? null,
      reference: target.household?.reference ?? loggable(target.reference),
      kind: ask.kind,
      action: outcome === 'ok' || outcome === 'reference-only' ? 'view' : 'refused',
      // Every channel names itself on the actor; only in-process callers (tests) leave it out.
      channel: context.actor.channel ?? 'tryout',
      outcome,
      ...(ask.deed ? { details: { deed: ask.deed } } : {}),
      requestKey: context.requestKey ?? null,
    };
    return log.record(entry);
  }

  /** The answer for one household the person's teams hold, logged. */
  async function open(
    context: DoorContext,
    actor: AccessActor,
    household: DoorHousehold,
    ask: DoorAsk,
  ): Promise<DoorAnswer> {
    const decision = decideAccess(
      actor,
      {
        teamId: household.teamId,
        coordinatorId: household.coordinator?.id ?? null,
        involvedIds: household.involvedIds,
      },
      context.privateConversation ? 'private' : 'shared',
    );
    const granted = grantedOf(household, decision);
    if (decision.see === 'nothing') {
      // Reached only by id (a forged button): told like an id that does not exist.
      await record(context, ask, 'refused', { household });
      return refused(context.locale, 'not-found', undefined, true);
    }
    // In a channel nobody is shown more than the reference, whatever they may do elsewhere.
    if (!context.privateConversation) {
      await record(context, ask, 'reference-only', { household });
      return refused(context.locale, 'shared-conversation', granted);
    }
    if (ask.deed && !decision.may(ask.deed)) {
      await record(context, ask, 'refused', { household });
      return refused(context.locale, 'not-allowed', granted);
    }
    if (decision.see === 'reference') {
      await record(context, ask, 'reference-only', { household });
      return refused(context.locale, 'reference-only', granted);
    }
    // What the answer shows is a look; the deed's write records itself with the write, in its transaction.
    await record(context, ask, 'ok', { household });
    return { granted: true, household: granted };
  }

  return {
    async byReference(context, reference, ask) {
      const actor = await accessActor(context);
      if (typeof actor === 'string') {
        await record(context, ask, 'refused', { reference });
        return [refused(context.locale, actor)];
      }
      const teamIds = actor.teams.map((team) => team.id).filter((id) => !ask.teamId || id === ask.teamId);
      const found = await directory.byReference(teamIds, reference);
      if (found.length === 0) {
        await record(context, ask, 'not-found', { reference });
        return [refused(context.locale, 'not-found', undefined, false, reference)];
      }
      return Promise.all(found.map((household) => open(context, actor, household, ask)));
    },

    async byId(context, householdId, ask) {
      const actor = await accessActor(context);
      if (typeof actor === 'string') {
        await record(context, ask, 'refused', {});
        return refused(context.locale, actor);
      }
      const household = await directory.byId(householdId);
      if (!household) {
        await record(context, ask, 'not-found', {});
        return refused(context.locale, 'not-found', undefined, true);
      }
      return open(context, actor, household, ask);
    },

    async asOperator(reference, ask) {
      const found = (await directory.byReference('all', reference)).filter(
        (household) => !ask.teamId || household.teamId === ask.teamId,
      );
      const operator: DoorContext = {
        actor: { channel: 'cli', onBehalfOf: 'operator' },
        privateConversation: true,
        locale: 'en',
      };
      if (found.length === 0) await record(operator, ask, 'not-found', { reference });
      // Several households: the command asks for --team and shows none of them, so none is logged as seen.
      if (found.length === 1) await record(operator, ask, 'ok', { household: found[0]! });
      return found.map((household) => grantedOf(household, operatorAccess()));
    },
  };
}

/**
 * A typed reference that matched nothing is logged only when it looks like one (digits, no spaces): someone
 * typing a resident's name by mistake must not put that name in the log.
 */
function loggable(reference: string | undefined): string | null {
  if (reference === undefined) return null;
  return /\d/u.test(reference) && !/\s/u.test(reference) && reference.length <= MAX_REFERENCE_LENGTH
    ? reference
    : '*';
}

function grantedOf(household: DoorHousehold, decision: AccessDecision): GrantedHousehold {
  const { id, reference, teamId, coordinator } = household;
  return { id, reference, teamId, coordinator, decision };
}

function refused(
  locale: Locale,
  refusal: Refusal,
  household?: GrantedHousehold,
  byId = false,
  askedReference?: string,
): DoorAnswer {
  return {
    granted: false,
    refusal,
    message: refusalText(locale, refusal, household, byId, askedReference),
    ...(household ? { household } : {}),
  };
}

function refusalText(
  locale: Locale,
  refusal: Refusal,
  household: GrantedHousehold | undefined,
  byId: boolean,
  askedReference: string | undefined,
): string {
  const reference = household?.reference ?? askedReference ?? '';
  const name = household?.coordinator?.name;
  switch (refusal) {
    case 'unknown-person':
    case 'no-team':
      return accessText(locale, refusal);
    case 'not-found':
      return byId ? accessText(locale, 'not-found-button') : accessText(locale, 'not-found', { reference });
    case 'reference-only':
      return name
        ? accessText(locale, 'reference-only', { reference, name })
        : accessText(locale, 'reference-only.no-coordinator', { reference });
    case 'shared-conversation':
      return accessText(locale, 'shared-conversation', { reference });
    case 'not-allowed':
      return name
        ? accessText(locale, 'not-allowed', { reference, name })
        : accessText(locale, 'not-allowed.no-coordinator', { reference });
  }
}

/** A refusal as an answer: its text, nothing else. */
export function refusalView(answer: Extract<DoorAnswer, { granted: false }>): View {
  return createView(answer.message, [text(answer.message)]);
}
