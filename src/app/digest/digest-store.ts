import type { DigestInput } from '../../domain/digest/digest-input.ts';
import type { Locale } from '../../domain/locale.ts';
import type { MessagePlatform } from '../ports/messenger.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import type { DigestSettings } from '../settings/team-settings.ts';

/** A team as the digest sweep sees it: when its digest goes out, and which week it last got. */
export interface DigestTeam {
  id: string;
  slug: string;
  name: string;
  digest: DigestSettings;
}

export interface DigestMember {
  id: string;
  key: string;
  name: string;
  locale?: Locale;
  optedOut: boolean;
}

/** What one team's digest is built from (a fixed number of queries, however many households). */
export interface DigestRead extends Omit<DigestInput, 'now' | 'zone' | 'weekOf'> {
  team: DigestTeam;
  members: DigestMember[];
  channels: { id: string; platform: MessagePlatform }[];
  /** Households the digest mentions, by reference, for the access log. */
  householdIds: ReadonlyMap<string, string>;
}

export interface DigestStore {
  teams(): Promise<DigestTeam[]>;
  teamBySlug(slug: string): Promise<DigestTeam | undefined>;
  /** The teams the person is a member of, first the one they joined first. */
  teamsOf(professionalId: string): Promise<DigestTeam[]>;
  read(teamId: string, week: { now: Date; weekOf: string; zone: string }): Promise<DigestRead | undefined>;
  /** Teams whose team digest of the week (its Monday) is already written. */
  sentTeams(weekOf: string): Promise<ReadonlySet<string>>;
  setOptOut(professionalId: string, optedOut: boolean): Promise<void>;
}

/** One row per digest sent: team or person per ISO week (unique), written with its outbox message. */
export interface DigestRow {
  teamId: string;
  /** 'team', or the professional's id. */
  recipient: string;
  professionalId: string | null;
  weekOf: string;
  isoWeek: string;
  late: boolean;
  /** The idempotency key its outbox message was queued under. */
  outboxKey: string;
}

export interface DigestWrites {
  /** Writes the row unless the week's digest for this recipient exists; false when it did (sent already). */
  claim(row: DigestRow): Promise<boolean>;
}

/** One transaction: the digest rows and the outbox messages commit together. */
export interface DigestUnitOfWork {
  run<T>(work: (ports: WorkPorts & { writes: DigestWrites }) => Promise<T>): Promise<T>;
}
