/**
 * The one list of action ids that buttons carry. Channels map platform payloads onto these; the router
 * dispatches on them. Renaming one breaks buttons in messages already sent, so add rather than rename.
 */
export const ActionIds = {
  helpShow: 'help.show',
  /** Runs the command in the button's payload, as if the user had typed it. */
  helpCommand: 'help.command',
  conferenceAccept: 'conference.accept',
  conferenceDecline: 'conference.decline',
  /** The reason for a decline, given after pressing Decline (the ledger counts them). */
  conferenceDeclineReason: 'conference.decline-reason',
  /** A rescue step chosen by the coordinator, organiser or a coach: a deputy, online/shorter, postpone. */
  conferenceRescue: 'conference.rescue',
  /** Cancel outright (coordinator or coach): without a reason it asks for one. */
  conferenceCancel: 'conference.cancel',
  /** Opens the written-input form of one conference. */
  conferenceWrittenInput: 'conference.written-input',
  /** The minute-taker's button on the agenda: opens the minutes form of one conference. */
  conferenceMinutes: 'conference.minutes',
  actionDone: 'action.done',
  actionSnooze: 'action.snooze',
  actionBlocked: 'action.blocked',
  actionReassign: 'action.reassign',
  /** On a blocked action: it is no longer stuck. */
  actionUnblock: 'action.unblock',
  /** Shows the proposal again, e.g. for another location or as the follow-up reminder's button. */
  planPropose: 'plan.propose',
  planPickSlot: 'plan.pick-slot',
  householdNew: 'household.new',
  householdShow: 'household.show',
  householdEdit: 'household.edit',
  householdClosePlan: 'household.close-plan',
  householdReopenPlan: 'household.reopen-plan',
  /** The consent reminder's button: opens the renewal form for one organisation's consent. */
  consentRenew: 'consent.renew',
  calendarRenew: 'calendar.renew',
  calendarRevoke: 'calendar.revoke',
  /** The weekly digest: the full list of one section, sent to the presser by direct message. */
  digestMore: 'digest.more',
  /** The personal weekly digest off, and on again. */
  digestOptOut: 'digest.opt-out',
  digestOptIn: 'digest.opt-in',
  /** Rotations: a member's Swap… on their own turn (opens whom to ask), the other's Accept/Decline. */
  rotationSwap: 'rotation.swap',
  rotationSwapAnswer: 'rotation.swap-answer',
  /** Rotations: a coach opens the form to set up a role. */
  rotationSetup: 'rotation.setup',
  /**
   * Slack only: a message cannot hold inputs, so a form there is this button; it runs the text the person
   * typed again and opens the answer's form in a modal. The Slack channel handles it, not the router.
   */
  formOpen: 'form.open',
} as const;

export type ActionId = (typeof ActionIds)[keyof typeof ActionIds];

const ALL: ReadonlySet<string> = new Set(Object.values(ActionIds));

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && ALL.has(value);
}

/**
 * Slack wants each action_id unique within a block, so two `help.command` buttons side by side need
 * different ids. Renderers add `#<index>`; channels strip it again with `fromPlatformActionId`.
 * https://api.slack.com/reference/block-kit/block-elements#button
 */
export function toPlatformActionId(actionId: ActionId, index: number): string {
  return `${actionId}#${index}`;
}

export function fromPlatformActionId(raw: string): ActionId | undefined {
  const id = raw.split('#', 1)[0];
  return isActionId(id) ? id : undefined;
}
