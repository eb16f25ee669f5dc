import { planningFeature } from '../../../src/app/planning/planning-feature.ts';
import type { PublishedBusyReader } from '../../../src/app/ports/planning-store.ts';
import { createRouter } from '../../../src/app/router.ts';
import type { Database } from '../../../src/infra/db/database.ts';
import {
  createBookingStore,
  type QueueInvitations,
} from '../../../src/infra/db/repositories/booking-repository.ts';
import { createDatabaseHouseholdDoor } from '../../../src/infra/db/repositories/household-directory-repository.ts';
import { createPlanningStore } from '../../../src/infra/db/repositories/planning-repository.ts';
import type { View } from '../../../src/views/view-model.ts';
import { buttonsOf } from '../view-text.ts';

/** Monday 30 November 2026, 08:00 in Amsterdam. */
export const NOW = new Date('2026-11-30T07:00:00Z');

export interface Kit {
  router: ReturnType<typeof createRouter>;
  /** Conference ids the invitation queue was called with, in order. */
  queued: string[];
  /** Published calendars asked for, per call. */
  calendarRequests: { professionalId: string; url: string }[][];
  idOf(key: string): Promise<string>;
}

/** The planning feature over the test database, with a recording invitation queue and a fake calendar reader. */
export function planningKit(
  db: Database,
  options: { published?: Awaited<ReturnType<PublishedBusyReader>>; now?: Date } = {},
): Kit {
  const queued: string[] = [];
  const calendarRequests: { professionalId: string; url: string }[][] = [];
  const queueInvitations: QueueInvitations = async (tx, { conferenceId }) => {
    queued.push(conferenceId);
    return { invitations: await tx.attendance.count({ where: { conferenceId } }) };
  };
  const readPublishedBusy: PublishedBusyReader = async (sources) => {
    calendarRequests.push([...sources]);
    const published = options.published ?? { busy: new Map(), unreadable: [] };
    const asked = new Set(sources.map((s) => s.professionalId));
    return {
      busy: new Map([...published.busy].filter(([id]) => asked.has(id))),
      unreadable: published.unreadable.filter((id) => asked.has(id)),
    };
  };
  const store = createPlanningStore(db.prisma);
  const booking = createBookingStore(db.prisma, { queueInvitations, publicUrl: 'http://localhost:3978' });
  const now = options.now ?? NOW;
  const router = createRouter({
    features: [
      planningFeature({ store, booking, readPublishedBusy, door: createDatabaseHouseholdDoor(db.prisma) }),
    ],
    clock: { now: () => now },
    timeZone: 'Europe/Amsterdam',
  });
  return {
    router,
    queued,
    calendarRequests,
    async idOf(key) {
      return (await db.prisma.professional.findUniqueOrThrow({ where: { externalKey: key } })).id;
    },
  };
}

export function slotButtons(view: View) {
  return buttonsOf(view).filter((b) => b.actionId === 'plan.pick-slot');
}

export function slotPayloads(view: View): { householdId: string; start: number; location: string }[] {
  return slotButtons(view).map((b) => JSON.parse(b.value ?? '{}'));
}

/**
 * The demo team with `protection.acuteCallsFirstDiscipline` off (and any other settings given): HH-2041's
 * acute finances then need no debt counsellor, since Sander covers them as income consultant. For tests about
 * timing, written around the three people who come then.
 */
export async function demoTeamSettings(db: Database, settings: Record<string, unknown> = {}): Promise<void> {
  await db.prisma.team.update({
    where: { slug: 'demo' },
    data: { settings: { protection: { acuteCallsFirstDiscipline: false }, ...settings } },
  });
}
