import type {
  DueAction,
  DueTeam,
  NextNudge,
  NudgeContact,
  NudgeStore,
  NudgeUnitOfWork,
  NudgeWrites,
  SentNudge,
} from '../../../src/app/actions/nudge-store.ts';
import type { AccessRecord } from '../../../src/app/ports/access-log.ts';
import { kindOfStep, type NudgeSettings } from '../../../src/domain/actions/nudge-policy.ts';
import type { NudgePerson } from '../../../src/domain/actions/reachability.ts';
import { dutchHolidaysAround } from '../../../src/domain/actions/working-day.ts';
import { localDateOf } from '../../../src/domain/slots/zone-offsets.ts';
import type { FakeWork } from '../../support/fake-work.ts';

/** An action as the memory store keeps it: the row, without the history (that is `records`). */
export type StoredAction = Omit<DueAction, 'history'> & { nextNudgeAt: Date | null };

/**
 * The nudge sweep's storage in memory, with the adapter's promises: `dueActions` returns only actions whose
 * next-nudge time has come; writes made in a unit of work apply only when it commits; a next time is written
 * only while the version is the one read. `change` plays the ActionBook: it bumps the version and sets the
 * next-nudge time to now (null when done or cancelled).
 */
export class MemoryNudgeStore implements NudgeStore {
  readonly actions = new Map<string, StoredAction>();
  readonly records: SentNudge[] = [];
  readonly reads: AccessRecord[] = [];
  /** Every dueActions call: how many rows it returned. */
  readonly readSizes: number[] = [];

  constructor(
    private readonly world: {
      teamId: string;
      timeZone: string;
      people: NudgePerson[];
      contacts: NudgeContact[];
      coachId: string | null;
      settings?: Partial<NudgeSettings>;
    },
  ) {}

  add(
    action: Omit<StoredAction, 'version' | 'nextNudgeAt' | 'description' | 'householdId'> &
      Partial<StoredAction>,
    now: Date,
  ): void {
    this.actions.set(action.id, {
      version: 0,
      description: `Text of ${action.id}`,
      householdId: `household-${action.householdReference}`,
      ...action,
      nextNudgeAt: now,
    });
  }

  change(id: string, now: Date, change: Partial<StoredAction>): void {
    const action = this.actions.get(id);
    if (!action) throw new Error(`no action ${id}`);
    Object.assign(action, change, { version: action.version + 1 });
    action.nextNudgeAt = action.status === 'open' || action.status === 'blocked' ? now : null;
  }

  person(id: string): NudgePerson {
    const found = this.world.people.find((p) => p.id === id);
    if (!found) throw new Error(`no person ${id}`);
    return found;
  }

  async dueActions(now: Date, limit: number): Promise<DueTeam[]> {
    const due = [...this.actions.values()]
      .filter((a) => a.nextNudgeAt !== null && a.nextNudgeAt.getTime() <= now.getTime())
      .sort((a, b) => a.ownerId.localeCompare(b.ownerId) || a.id.localeCompare(b.id))
      .slice(0, limit);
    this.readSizes.push(due.length);
    if (due.length === 0) return [];
    const today = localDateOf(Math.floor(now.getTime() / 60_000), this.world.timeZone);
    const actions: DueAction[] = due.map(({ nextNudgeAt: _, ...action }) => ({
      ...action,
      history: this.records
        .filter((r) => r.actionId === action.id)
        .map((r) => ({ step: r.step, on: r.on, to: r.recipientId, dueOn: r.dueOn })),
    }));
    return [
      {
        teamId: this.world.teamId,
        situation: {
          timeZone: this.world.timeZone,
          people: this.world.people,
          team: { coordinatorId: null, coachId: this.world.coachId },
          holidays: dutchHolidaysAround(today),
          ...(this.world.settings ? { settings: this.world.settings } : {}),
          sent: this.records
            .filter((r) => r.on === today)
            .map((r) => ({ to: r.recipientId, kind: kindOfStep(r.step), on: r.on })),
        },
        actions,
        contacts: new Map(this.world.contacts.map((c) => [c.id, c])),
      },
    ];
  }

  /** A unit of work over FakeWork whose nudge writes apply only when it commits. */
  unitOfWork(work: FakeWork): NudgeUnitOfWork {
    return {
      // FakeWork keeps one pending copy per run: its units run one after the other.
      parallelUnits: 1,
      run: async (run) => {
        const pending: (() => void)[] = [];
        const writes: NudgeWrites = {
          recordSent: async (records: readonly SentNudge[]) =>
            void pending.push(() => {
              for (const record of records) {
                const same = this.records.some(
                  (r) =>
                    r.actionId === record.actionId &&
                    r.recipientId === record.recipientId &&
                    r.step === record.step &&
                    r.on === record.on,
                );
                if (!same) this.records.push(record);
              }
            }),
          setNextNudgeAt: async (updates: readonly NextNudge[]) => {
            const written = updates.filter((u) => this.actions.get(u.actionId)?.version === u.version);
            pending.push(() => {
              for (const u of written) this.actions.get(u.actionId)!.nextNudgeAt = u.at;
            });
            return written.map((u) => u.actionId);
          },
          logReads: async (entries: readonly AccessRecord[]) =>
            void pending.push(() => this.reads.push(...entries)),
        };
        const result = await work.run((ports) => run({ ...ports, writes }));
        for (const apply of pending) apply();
        return result;
      },
    };
  }
}
