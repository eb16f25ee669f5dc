import { dutchHolidaysAround } from '../actions/working-day.ts';
import { weekdayOf } from '../slots/zone-offsets.ts';
import { type CadenceSpec, occurrencesUntil } from './occurrences.ts';

/**
 * Who holds each turn of a team's rotations. Pure and deterministic: the same situation gives the same turns.
 *
 * The turns are replayed from the earliest start, so a turn's holder does not depend on the range asked for:
 * - **Stored turns win** (announced, swapped, overridden): their holder is kept as stored.
 * - **Pinned**: a pinned role goes to its pinned person, unless they are away (or already hold another
 *   conference role that day); then the rotation picks as below, with reason `absent`.
 * - **Fairness**: the member whose next turn would bring them lowest in turns per contract hour takes it,
 *   counted across ALL the team's roles (someone on 16 h gets about half the turns of someone on 32 h).
 *   Ties go to the next member in the rotation's order after the last holder, so equal members take turns in
 *   order; after a stand-in (absence, swap, override) the order resumes at the member stood in for.
 * - **Absence**: an away member is passed over and the turn goes to the next; their count does not go up, so
 *   the following turn comes back to them (they keep their place). The passed turn has reason `absent`.
 * - **Joining later**: on a role's `levelFrom` day, a member without a stored turn of the role before it starts
 *   at the lowest turns-per-hour of the members who have one, so a newcomer does not take a long run of turns.
 * - **One role per conference**: a conference role (cadence each_conference, or a chair/minute-taker duty)
 *   is not given to someone who already holds another conference role that date, unless the team allows two.
 *   When nobody is left, the turn has no holder (null) rather than breaking that rule.
 */

export type TurnReason = 'absent' | 'swap' | 'override';
export type RotationDuty = 'chair' | 'minute_taker';

export interface RotationDefinition extends CadenceSpec {
  id: string;
  role: string;
  duty?: RotationDuty | null;
  pinnedId?: string | null;
  /**
   * The day the current member list took effect (the last set-up). A member who held no stored turn of this
   * role before it enters level with the others then, instead of owing every turn they were not there for.
   */
  levelFrom?: string | null;
  /** Member ids in rotation order. */
  memberIds: readonly string[];
}

export interface RotationPerson {
  id: string;
  /** Contract hours per week; 0 or unknown counts as a full week. */
  contractHours: number;
  /** ISO weekdays they work; empty = not recorded (then every day counts). Used for day turns only. */
  contractWeekdays?: readonly number[];
}

/** Someone away on the local dates from … to, both inclusive. */
export interface AwayPeriod {
  personId: string;
  from: string;
  to: string;
}

export interface FixedTurn {
  rotationId: string;
  date: string;
  holderId: string;
  reason?: TurnReason | null;
  /** Who the turn was computed for, when someone else holds it. */
  swappedFromId?: string | null;
}

export interface RotationSituation {
  rotations: readonly RotationDefinition[];
  people: readonly RotationPerson[];
  absences: readonly AwayPeriod[];
  /** Local dates of the team's conferences (for `each_conference`). */
  conferenceDates: readonly string[];
  fixedTurns: readonly FixedTurn[];
  twoRolesPerConference: boolean;
  /** Turns held before the rotations' history (e.g. kept on paper), per person id. */
  carriedCounts?: Readonly<Record<string, number>>;
  /** Default: Dutch public holidays around the dates involved. */
  holidays?: ReadonlySet<string>;
}

export interface ComputedTurn {
  rotationId: string;
  role: string;
  duty?: RotationDuty;
  date: string;
  /** Null when nobody can hold it (everyone away or already holding a conference role). */
  holderId: string | null;
  reason?: TurnReason;
  /** The member the turn was due to, when someone else holds it. */
  dueId?: string;
  /** Stored (announced, swapped, overridden) rather than computed. */
  fixed: boolean;
}

/** A full working week, for members whose contract hours are not recorded. */
export const DEFAULT_CONTRACT_HOURS = 36;

/** Turns of every rotation with a date in [from, to) (`to` exclusive), by date, then rotation order. */
export function computeTurns(
  situation: RotationSituation,
  range: { from: string; to: string },
): ComputedTurn[] {
  return replay(situation, range.to).filter((turn) => turn.date >= range.from);
}

/** Who holds `role` (the team's name, case-insensitive) on `date`; undefined when the role has no turn then. */
export function holderOn(situation: RotationSituation, role: string, date: string): ComputedTurn | undefined {
  const wanted = role.trim().toLowerCase();
  return computeTurns(situation, { from: date, to: nextDay(date) }).find(
    (turn) => turn.role.toLowerCase() === wanted,
  );
}

/** Who holds the conference duty (chair or minute-taker) on `date`. */
export function dutyHolderOn(
  situation: RotationSituation,
  duty: RotationDuty,
  date: string,
): ComputedTurn | undefined {
  return computeTurns(situation, { from: date, to: nextDay(date) }).find((turn) => turn.duty === duty);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function holidaysFor(situation: RotationSituation, to: string): ReadonlySet<string> {
  if (situation.holidays) return situation.holidays;
  const starts = situation.rotations.map((r) => r.startsOn).sort();
  const first = Number((starts[0] ?? to).slice(0, 4));
  const last = Number(to.slice(0, 4));
  const all = new Set<string>();
  for (let year = first; year <= last; year += 2) {
    for (const day of dutchHolidaysAround(`${year}-06-01`)) all.add(day);
  }
  for (const day of dutchHolidaysAround(to)) all.add(day);
  return all;
}

function isConferenceRole(rotation: RotationDefinition): boolean {
  return rotation.cadence === 'each_conference' || Boolean(rotation.duty);
}

function replay(situation: RotationSituation, to: string): ComputedTurn[] {
  const holidays = holidaysFor(situation, to);
  const people = new Map(situation.people.map((p) => [p.id, p]));
  const counts = new Map<string, number>(Object.entries(situation.carriedCounts ?? {}));
  // Where each rotation's order resumes: after the last holder, or AT the member someone stood in for.
  const cursor = new Map<string, number>();
  const fixed = new Map(situation.fixedTurns.map((t) => [`${t.rotationId}|${t.date}`, t]));

  // Every (date, rotation) with a turn: the cadence's dates plus any stored turn's date.
  const byDate = new Map<string, Set<string>>();
  const add = (date: string, rotationId: string) => {
    if (date >= to) return;
    const ids = byDate.get(date) ?? new Set<string>();
    ids.add(rotationId);
    byDate.set(date, ids);
  };
  for (const rotation of situation.rotations) {
    for (const date of occurrencesUntil(rotation, to, situation.conferenceDates, holidays))
      add(date, rotation.id);
  }
  const known = new Set(situation.rotations.map((r) => r.id));
  for (const turn of situation.fixedTurns) if (known.has(turn.rotationId)) add(turn.date, turn.rotationId);

  const order = situation.rotations.map((r, index) => ({ r, index }));
  const turns: ComputedTurn[] = [];
  const levelled = new Set<string>();
  for (const date of [...byDate.keys()].sort()) {
    for (const rotation of situation.rotations) {
      if (!rotation.levelFrom || rotation.levelFrom > date || levelled.has(rotation.id)) continue;
      levelled.add(rotation.id);
      level(rotation, situation.fixedTurns, counts, people);
    }
    const ids = byDate.get(date) as Set<string>;
    // Stored turns first (they are what people were told), then pinned roles, then the rest in given order.
    const todays = order
      .filter(({ r }) => ids.has(r.id))
      .sort((a, b) => rank(a.r, date) - rank(b.r, date) || a.index - b.index)
      .map(({ r }) => r);
    const conferenceHolders = new Set<string>();
    for (const rotation of todays) {
      const stored = fixed.get(`${rotation.id}|${date}`);
      const turn = stored
        ? fromStored(rotation, stored)
        : choose(rotation, date, { situation, people, counts, cursor, conferenceHolders });
      if (turn.holderId !== null) {
        counts.set(turn.holderId, (counts.get(turn.holderId) ?? 0) + 1);
        const stoodInFor = turn.dueId ? rotation.memberIds.indexOf(turn.dueId) : -1;
        const held = rotation.memberIds.indexOf(turn.holderId);
        if (stoodInFor >= 0) cursor.set(rotation.id, stoodInFor);
        else if (held >= 0) cursor.set(rotation.id, held + 1);
        if (isConferenceRole(rotation)) conferenceHolders.add(turn.holderId);
      }
      turns.push(turn);
    }
  }
  return turns;

  function rank(rotation: RotationDefinition, date: string): number {
    if (fixed.has(`${rotation.id}|${date}`)) return 0;
    return rotation.pinnedId ? 1 : 2;
  }
}

/** Lifts the role's members without a stored turn before `levelFrom` to the lowest load of those with one. */
function level(
  rotation: RotationDefinition,
  fixedTurns: readonly FixedTurn[],
  counts: Map<string, number>,
  people: Map<string, RotationPerson>,
): void {
  const from = rotation.levelFrom as string;
  const held = new Set(
    fixedTurns.filter((t) => t.rotationId === rotation.id && t.date < from).map((t) => t.holderId),
  );
  const veterans = rotation.memberIds.filter((id) => held.has(id));
  if (veterans.length === 0) return;
  const load = (id: string) => (counts.get(id) ?? 0) / hoursOf(people, id);
  const lowest = Math.min(...veterans.map(load));
  for (const id of rotation.memberIds) {
    if (held.has(id)) continue;
    counts.set(id, Math.max(counts.get(id) ?? 0, lowest * hoursOf(people, id)));
  }
}

function hoursOf(people: Map<string, RotationPerson>, id: string): number {
  const h = people.get(id)?.contractHours ?? 0;
  return h > 0 ? h : DEFAULT_CONTRACT_HOURS;
}

function base(rotation: RotationDefinition, date: string) {
  return {
    rotationId: rotation.id,
    role: rotation.role,
    ...(rotation.duty ? { duty: rotation.duty } : {}),
    date,
  };
}

function fromStored(rotation: RotationDefinition, stored: FixedTurn): ComputedTurn {
  return {
    ...base(rotation, stored.date),
    holderId: stored.holderId,
    ...(stored.reason ? { reason: stored.reason } : {}),
    ...(stored.swappedFromId ? { dueId: stored.swappedFromId } : {}),
    fixed: true,
  };
}

interface Ledger {
  situation: RotationSituation;
  people: Map<string, RotationPerson>;
  counts: Map<string, number>;
  cursor: Map<string, number>;
  conferenceHolders: Set<string>;
}

function choose(rotation: RotationDefinition, date: string, ledger: Ledger): ComputedTurn {
  const away = (id: string) => isAway(id, date, rotation, ledger);
  const taken = (id: string) =>
    isConferenceRole(rotation) && !ledger.situation.twoRolesPerConference && ledger.conferenceHolders.has(id);
  const members = rotation.memberIds;
  const pinned = rotation.pinnedId;
  const due = pinned ?? fairest(members, rotation, ledger, () => true);
  const holder =
    pinned && !away(pinned) && !taken(pinned)
      ? pinned
      : fairest(members, rotation, ledger, (id) => id !== pinned && !away(id) && !taken(id));
  const turn: ComputedTurn = { ...base(rotation, date), holderId: holder ?? null, fixed: false };
  if (due && holder !== due && away(due)) {
    turn.reason = 'absent';
    turn.dueId = due;
  }
  return turn;
}

function isAway(id: string, date: string, rotation: RotationDefinition, ledger: Ledger): boolean {
  if (ledger.situation.absences.some((a) => a.personId === id && a.from <= date && date <= a.to)) return true;
  // A day turn (intake duty on Tuesdays, a conference) needs someone who works that weekday; a week turn not.
  if (rotation.cadence === 'weeks') return false;
  const days = ledger.people.get(id)?.contractWeekdays ?? [];
  return days.length > 0 && !days.includes(weekdayOf(date));
}

/** The eligible member with the lowest turns-per-hour after one more turn; ties in rotation order. */
function fairest(
  members: readonly string[],
  rotation: RotationDefinition,
  ledger: Ledger,
  eligible: (id: string) => boolean,
): string | undefined {
  const after = ledger.cursor.get(rotation.id) ?? 0;
  const distance = (id: string) => (members.indexOf(id) - after + members.length) % members.length;
  const load = (id: string) => ((ledger.counts.get(id) ?? 0) + 1) / hoursOf(ledger.people, id);
  let best: string | undefined;
  for (const id of members) {
    if (!eligible(id)) continue;
    if (best === undefined) {
      best = id;
      continue;
    }
    const diff = load(id) - load(best);
    if (diff < -1e-9 || (Math.abs(diff) <= 1e-9 && distance(id) < distance(best))) best = id;
  }
  return best;
}
