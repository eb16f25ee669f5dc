/**
 * The access log (NEN 7513): every read and write of household data, and every change to rosters, settings and
 * calendar feeds, goes through one `recordAccess`. Reads are recorded through this port; a write records its
 * entry inside the write's own transaction (the stores take an AccessRecord with the change), so a write and
 * its log row commit or roll back together. No care content: kinds, actions, ids, references, field names.
 */
export type AccessKind =
  | 'details'
  | 'scores'
  | 'proposal'
  | 'conference'
  | 'consent'
  | 'history'
  | 'access-log'
  | 'roster'
  | 'settings'
  | 'calendar-feed'
  /** Actions of a household (who does what by when) and their history. */
  | 'actions'
  /** Decisions of a household's conferences. */
  | 'decisions';

/** refused: nothing of the data was given (outcome says why). */
export type AccessAction = 'view' | 'create' | 'change' | 'export' | 'refused';

export type AccessChannel = 'slack' | 'teams' | 'tryout' | 'cli' | 'import' | 'calendar-feed' | 'job';

/**
 * ok; reference-only (a team member outside the case team, or a shared conversation); refused (not allowed to
 * do this); not-found (no such household in the actor's teams, told the same as refused); conflict (someone
 * else changed it first); invalid (the input was refused, nothing written).
 */
export type AccessOutcome = 'ok' | 'reference-only' | 'refused' | 'not-found' | 'conflict' | 'invalid';

export interface AccessRecord {
  /** Professional.id; null for an operator at the CLI, an import or a job. */
  actorId: string | null;
  /** The operator's `--as` professional key, or 'operator', 'import', 'job:<name>'. */
  onBehalfOf?: string | null;
  householdId?: string | null;
  teamId?: string | null;
  /** The reference asked for, also when no such household exists. */
  reference?: string | null;
  kind: AccessKind;
  action: AccessAction;
  channel: AccessChannel;
  outcome: AccessOutcome;
  /** What was touched when it is not the household itself (a conference, a professional, a team). */
  subjectId?: string | null;
  /** Keys and field names only: never a resident's words, scores or other care content. */
  details?: Readonly<Record<string, string | number | boolean | string[]>>;
  requestKey?: string | null;
  /** Defaults to the database's clock. */
  at?: Date;
}

export interface AccessLog {
  record(entry: AccessRecord): Promise<void>;
}

export interface AccessLogLine {
  at: Date;
  actor: { key: string; name: string } | null;
  onBehalfOf: string | null;
  kind: AccessKind;
  action: AccessAction;
  channel: AccessChannel;
  outcome: AccessOutcome;
}

export interface AccessLogReader {
  /** A household's log, oldest first, from `since` (inclusive) when given. */
  entriesFor(householdId: string, since?: Date): Promise<AccessLogLine[]>;
}
