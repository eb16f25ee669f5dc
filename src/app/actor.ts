/** Who is talking to casus, as far as the channel knows. Both fields are absent for an unlinked user. */
export interface Actor {
  professionalId?: string;
  displayName?: string;
}
