/** Someone on a conference's attendance list, as far as the invitation rule cares. */
export interface InvitationCandidate {
  professionalId: string;
  /** Where a direct message reaches them; empty when they have no chat account. */
  platforms: readonly string[];
}

/**
 * Takes a person out of new invitations for a reason of its own (e.g. their organisation's consent for a
 * household of the conference ended or was withdrawn). True keeps them in.
 */
export type InviteeFilter<Candidate> = (candidate: Candidate) => boolean;

export interface Invitees<Candidate> {
  /** Get a direct message on every platform they use. */
  invited: Candidate[];
  /** On the list but without a chat account: reported to whoever booked, so they can tell them another way. */
  unreachable: Candidate[];
  /** Taken out by the filter. */
  leftOut: Candidate[];
}

/**
 * Who a booked (or changed) conference invites: nobody when it was cancelled; otherwise every attendee the
 * filter keeps, those without a chat account reported instead of invited. Order is kept.
 */
export function whoIsInvited<Candidate extends InvitationCandidate>(
  conference: { status: string },
  attendees: readonly Candidate[],
  mayInvite: InviteeFilter<Candidate> = () => true,
): Invitees<Candidate> {
  const result: Invitees<Candidate> = { invited: [], unreachable: [], leftOut: [] };
  if (conference.status === 'cancelled') return result;
  for (const attendee of attendees) {
    if (!mayInvite(attendee)) result.leftOut.push(attendee);
    else if (attendee.platforms.length === 0) result.unreachable.push(attendee);
    else result.invited.push(attendee);
  }
  return result;
}
