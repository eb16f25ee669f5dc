/** A person's own agenda: what they are invited to and what they promised to do. */
export interface AgendaConference {
  startsAt: Date;
  endsAt: Date;
  location: 'home' | 'office' | 'online';
  /** Pseudonymous household references, never names. */
  households: string[];
}

export interface AgendaAction {
  householdReference: string;
  description: string;
  /** The local due date, YYYY-MM-DD. */
  dueOn: string;
  blocked: boolean;
}

export interface AgendaStore {
  /** Scheduled conferences the person attends (not declined) that end after `from`, earliest first. */
  upcomingConferences(professionalId: string, from: Date, limit: number): Promise<AgendaConference[]>;
  /** The person's open and blocked actions, earliest due first. */
  openActions(professionalId: string, limit: number): Promise<AgendaAction[]>;
}
