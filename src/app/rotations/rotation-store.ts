import type { Locale } from '../../domain/locale.ts';
import type {
  AwayPeriod,
  FixedTurn,
  RotationDefinition,
  RotationPerson,
  TurnReason,
} from '../../domain/rotations/compute-turns.ts';
import type { RotationSpec } from '../../domain/rotations/rotation-spec.ts';
import type { WorkPorts } from '../ports/unit-of-work.ts';
import type { RotationSettings } from '../settings/team-settings.ts';

/** A person as rotations know them: the rule's fields plus who they are. */
export interface RotationPersonInfo extends RotationPerson {
  key: string;
  name: string;
  locale?: Locale;
}

export interface RotationTeam {
  id: string;
  slug: string;
  name: string;
  settings: RotationSettings;
  /** Professional ids of the team's coaches (TeamMembership role coach). */
  coachIds: string[];
  /** Professional ids of every member of the team. */
  memberIds: string[];
}

export interface StoredTurn extends FixedTurn {
  announcedAt: Date | null;
}

/** Everything the rule needs for one team, up to a date. */
export interface TeamRotations {
  team: RotationTeam;
  /** Active rotations, in the order they were set up. */
  rotations: RotationDefinition[];
  /** The team's members and anyone else in a rotation. */
  people: RotationPersonInfo[];
  absences: AwayPeriod[];
  conferenceDates: string[];
  turns: StoredTurn[];
}

/** A set-up with member keys resolved to professional ids. */
export interface ResolvedSpec extends Omit<RotationSpec, 'members' | 'pinned'> {
  memberIds: string[];
  pinnedId: string | null;
}

export type SwapStatus = 'pending' | 'confirmed' | 'declined' | 'withdrawn';

export interface StoredSwap {
  id: string;
  rotationId: string;
  teamId: string;
  turnOn: string;
  askedById: string;
  otherId: string;
  status: SwapStatus;
}

export interface RotationStore {
  teamBySlug(slug: string): Promise<{ id: string; slug: string } | undefined>;
  /** The teams a professional is a member of, by slug. */
  teamsOf(professionalId: string): Promise<{ id: string; slug: string }[]>;
  /** The team an active rotation belongs to. */
  rotationTeam(rotationId: string): Promise<string | undefined>;
  /** Teams with at least one active rotation (for the announcement job). */
  teamsWithRotations(): Promise<string[]>;
  /** The team's rotations and what they depend on, with conferences and absences up to `until` (exclusive). */
  read(teamId: string, until: string): Promise<TeamRotations | undefined>;
  /** People by their keys, among all active professionals. */
  idsOfKeys(keys: readonly string[]): Promise<Map<string, string>>;
  /**
   * The team's roles become exactly these: others are switched off (their history stays). `at` is when: from
   * that day the members start level (RotationDefinition.levelFrom).
   */
  replace(teamId: string, specs: readonly ResolvedSpec[], at: Date): Promise<void>;
  /** Stores (or replaces) a turn. */
  setTurn(turn: FixedTurn & { announcedAt?: Date | null }): Promise<void>;
  createSwap(
    swap: Omit<StoredSwap, 'id' | 'status' | 'teamId'> & { otherTurnOn?: string | null; at: Date },
  ): Promise<string>;
  swap(id: string): Promise<StoredSwap | undefined>;
  /** Moves a pending swap on; false when it was no longer pending (answered twice, withdrawn). */
  answerSwap(id: string, status: SwapStatus, at: Date): Promise<boolean>;
}

export interface RotationUnitOfWork {
  run<T>(work: (ports: WorkPorts & { store: RotationStore }) => Promise<T>): Promise<T>;
}

/** The local day a turn is asked about; a turn on a day is stored under that date. */
export type { TurnReason };
