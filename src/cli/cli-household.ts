import type { Deed } from '../app/access/access-policy.ts';
import type { DoorAnswer } from '../app/access/household-door.ts';
import type { AccessKind } from '../app/ports/access-log.ts';
import type { PlanningHousehold, PlanningReader } from '../app/ports/planning-store.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import {
  createDatabaseHouseholdDoor,
  createHouseholdDirectory,
} from '../infra/db/repositories/household-directory-repository.ts';
import { type CliContext, type CommandOutcome, failure } from './cli-command.ts';

export interface CliHouseholdRequest {
  reference: string;
  /** --team: only this team's household. */
  team: string | boolean | undefined;
  /** --as: the professional the command is done as, with their access; absent: the operator. */
  as: string | boolean | undefined;
  kind: AccessKind;
  deed?: Deed;
}

export interface CliHousehold {
  household: PlanningHousehold;
  /** The --as professional; undefined for the operator. */
  actorId: string | undefined;
}

/**
 * The household a command line names, through the household door like every chat request: with `--as` the
 * command gets exactly that professional's access (a refusal is the chat's, word for word), without it the
 * operator's, logged as such (actor none, on behalf of 'operator', channel 'cli').
 */
export async function openCliHousehold(
  context: CliContext,
  prisma: PrismaClient,
  store: PlanningReader,
  request: CliHouseholdRequest,
): Promise<CliHousehold | CommandOutcome> {
  const { t } = context;
  const { reference } = request;
  const door = createDatabaseHouseholdDoor(prisma);
  let teamId: string | undefined;
  if (typeof request.team === 'string') {
    teamId = await createHouseholdDirectory(prisma).teamIdBySlug(request.team);
    if (teamId === undefined) return failure('unknown-team', t('plan.unknown-team', { slug: request.team }));
  }
  const ask = {
    kind: request.kind,
    ...(request.deed ? { deed: request.deed } : {}),
    ...(teamId ? { teamId } : {}),
  };

  if (typeof request.as !== 'string') {
    const found = await door.asOperator(reference, ask);
    if (found.length !== 1) return notOne(context, reference, found.length);
    return loaded(store, found[0]!.id, undefined, context, reference);
  }

  const actorId = await store.professionalIdByKey(request.as);
  if (actorId === undefined)
    return failure('unknown-professional', t('invite.unknown-professional', { key: request.as }));
  const answers = await door.byReference(
    {
      actor: { professionalId: actorId, channel: 'cli', onBehalfOf: 'operator' },
      privateConversation: true,
      locale: context.locale,
    },
    reference,
    ask,
  );
  const granted = answers.filter((answer) => answer.granted);
  if (granted.length > 1) return notOne(context, reference, granted.length);
  const [answer] = granted.length === 1 ? granted : answers;
  if (!answer!.granted) return refusal(answer!);
  return loaded(store, answer!.household.id, actorId, context, reference);
}

async function loaded(
  store: PlanningReader,
  householdId: string,
  actorId: string | undefined,
  context: CliContext,
  reference: string,
): Promise<CliHousehold | CommandOutcome> {
  const household = await store.householdById(householdId);
  return household ? { household, actorId } : notOne(context, reference, 0);
}

function notOne(context: CliContext, reference: string, count: number): CommandOutcome {
  const key = count === 0 ? 'plan.unknown-household' : 'plan.ambiguous-household';
  return failure(count === 0 ? 'unknown-household' : 'ambiguous-household', context.t(key, { reference }));
}

/** The door's refusal as the command's failure: the same words as in chat, and a code that tells no more. */
function refusal(answer: Extract<DoorAnswer, { granted: false }>): CommandOutcome {
  const code =
    answer.refusal === 'not-found' || answer.refusal === 'unknown-person' || answer.refusal === 'no-team'
      ? 'unknown-household'
      : answer.refusal === 'not-allowed'
        ? 'not-allowed'
        : 'not-in-case-team';
  return failure(code, answer.message);
}
