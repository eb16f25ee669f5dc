/**
 * Who may see and do what with a household: decided here and nowhere else (docs/privacy.md). Households,
 * planning, conferences, the calendar feed and every CLI command with `--as` ask this one function.
 *
 * - The case team (the coordinator, the involved professionals, and the team's coaches and administrators)
 *   sees the details, in a private conversation.
 * - Other members of the household's team see the reference and whom to ask (the coordinator), nothing more.
 * - Anyone else sees nothing, and is told the same as for a reference that does not exist.
 *
 * In a shared conversation (a channel, a group chat) nobody sees more than the reference: details are care
 * data and only go where the requester alone reads them.
 *
 * The platform workspace or tenant is checked before this: a chat account maps to a professional only through
 * an identity of that workspace (src/infra/db/repositories/channel-repository.ts), so someone of another Slack
 * workspace or Teams tenant arrives here as nobody, whatever their user id.
 */
export type TeamRole = 'member' | 'coach' | 'admin';

export interface AccessActor {
  professionalId: string;
  /** The teams the professional is a member of, with their role there. */
  teams: readonly { id: string; role: TeamRole }[];
}

export interface AccessHousehold {
  teamId: string;
  coordinatorId: string | null;
  involvedIds: readonly string[];
}

export type Conversation = 'private' | 'shared';

/** nothing: not even that it exists. reference: the reference and whom to ask. details: the case team's view. */
export type Sight = 'nothing' | 'reference' | 'details';

/** What someone may do with a household besides looking at it. */
export type Deed =
  /** Change the household record (scores, the resident's words, coordinator, involved professionals). */
  | 'edit'
  /**
   * Book a case conference, or answer the follow-up reminder by planning one: the coordinator plans
   * (docs/planning.md); without a coordinator the case team may, since the consolidation conference it books
   * is where a coordinator is appointed.
   */
  | 'book'
  | 'close-plan'
  | 'reopen-plan'
  /** Record decisions and actions of a conference. */
  | 'record'
  | 'change-consent'
  /** See who looked at the household (the access log): what a resident may ask its coordinator for. */
  | 'read-access-log';

/** operator: someone at the server's command line without `--as` (see operatorAccess). */
export type Standing = 'outsider' | 'team-member' | 'case-team' | 'coordinator' | 'coach' | 'operator';

export interface AccessDecision {
  see: Sight;
  /** Why: for the access log and the refusal text. */
  standing: Standing;
  may(deed: Deed): boolean;
}

export function decideAccess(
  actor: AccessActor,
  household: AccessHousehold,
  conversation: Conversation,
): AccessDecision {
  const standing = standingOf(actor, household);
  const inCaseTeam = standing === 'case-team' || standing === 'coordinator' || standing === 'coach';
  const see: Sight = !inCaseTeam
    ? standing === 'team-member'
      ? 'reference'
      : 'nothing'
    : conversation === 'private'
      ? 'details'
      : 'reference';
  const allowed = deedsOf(standing, household);
  return { see, standing, may: (deed) => allowed.has(deed) };
}

/**
 * An operator at the server's command line (`casus …` without `--as`): whoever has a shell on the server can
 * read the database anyway, so the command line does not pretend otherwise; every such read is logged as the
 * operator's. With `--as <key>` a command is done as that professional, through decideAccess.
 */
export function operatorAccess(): AccessDecision {
  return { see: 'details', standing: 'operator', may: () => true };
}

function standingOf(actor: AccessActor, household: AccessHousehold): Standing {
  const membership = actor.teams.find((team) => team.id === household.teamId);
  if (!membership) return 'outsider';
  if (membership.role === 'coach' || membership.role === 'admin') return 'coach';
  if (household.coordinatorId === actor.professionalId) return 'coordinator';
  if (household.involvedIds.includes(actor.professionalId)) return 'case-team';
  return 'team-member';
}

const NO_DEEDS: ReadonlySet<Deed> = new Set();
const CASE_TEAM_DEEDS: ReadonlySet<Deed> = new Set(['edit', 'record', 'change-consent']);
const CASE_TEAM_DEEDS_WITHOUT_COORDINATOR: ReadonlySet<Deed> = new Set([...CASE_TEAM_DEEDS, 'book']);
const LEAD_DEEDS: ReadonlySet<Deed> = new Set([
  ...CASE_TEAM_DEEDS,
  'book',
  'close-plan',
  'reopen-plan',
  'read-access-log',
]);

function deedsOf(standing: Standing, household: AccessHousehold): ReadonlySet<Deed> {
  switch (standing) {
    case 'coordinator':
    case 'coach':
      return LEAD_DEEDS;
    case 'case-team':
      return household.coordinatorId === null ? CASE_TEAM_DEEDS_WITHOUT_COORDINATOR : CASE_TEAM_DEEDS;
    default:
      return NO_DEEDS;
  }
}
