import { type ExpertiseRules, requiredDisciplines } from '../../domain/expertise/expertise-rules.ts';
import { dutchPublicHolidays } from '../../domain/slots/dutch-holidays.ts';
import { findSlots } from '../../domain/slots/find-slots.ts';
import { addDays, localDateOf } from '../../domain/slots/zone-offsets.ts';
import { assembleTeam, type Gap } from '../../domain/team-assembly/assemble-team.ts';
import type { PlanningCandidate, PlanningHousehold, PlanningStore } from '../ports/planning-store.ts';

export interface ConferenceProposal {
  household: string;
  required: string[];
  attendees: {
    professional: string;
    name: string;
    discipline: string | null;
    required: boolean;
    alreadyInvolved: boolean;
  }[];
  gaps: string[];
  gapDetails: Gap[];
  slots: { start: number; end: number }[];
}

export interface ProposeInput {
  household: PlanningHousehold;
  store: PlanningStore;
  rules: ExpertiseRules;
  from: Date;
  timeZone: string;
  horizonWorkingDays: number;
  durationMinutes: number;
}

/**
 * Who must be at the table (scores → disciplines → the fewest people, within consent) and when they can all
 * be there (the earliest common slots). Candidates are busy when absent or already in a conference.
 */
export async function proposeConference(input: ProposeInput): Promise<ConferenceProposal> {
  const { household, store, timeZone } = input;
  const fromMinute = Math.ceil(input.from.getTime() / 60_000);
  const firstDay = localDateOf(fromMinute, timeZone);
  // Calendar days comfortably beyond the working-day horizon (weekends and holidays in between).
  const lastDay = addDays(firstDay, input.horizonWorkingDays * 2 + 14);
  const window = { from: input.from, to: new Date(`${lastDay}T23:59:59Z`) };
  const candidates = await store.candidates(household.teamId, window);
  const needs = requiredDisciplines({
    scores: household.scores,
    hasChildren: household.hasChildren,
    rules: input.rules,
  });
  const required = needs.required.map((n) => n.discipline);

  const proposal = assembleTeam({
    requiredDisciplines: required,
    coordinatorId: household.coordinatorId,
    consentedOrganisations: new Set(household.consentedOrganisationIds),
    candidates: candidates.map((c) => ({
      id: c.id,
      organisationId: c.organisationId,
      // A candidate with an alternative discipline of a need covers that need.
      disciplines: needs.required
        .filter(
          (n) =>
            c.disciplines.includes(n.discipline) || n.alternatives.some((a) => c.disciplines.includes(a)),
        )
        .map((n) => n.discipline),
      alreadyInvolved: household.involvedIds.includes(c.id),
      load: c.conferenceCount / Math.max(1, c.contractHours),
      available: c.contract.length > 0,
    })),
  });

  const byId = new Map(candidates.map((c) => [c.id, c]));
  const attendees = proposal.attendees
    .map((a) => byId.get(a.id))
    .filter((c): c is PlanningCandidate => c !== undefined);
  const years = new Set([firstDay.slice(0, 4), lastDay.slice(0, 4)].map(Number));
  const holidays = new Set([...years].flatMap((year) => [...dutchPublicHolidays(year)]));
  const slots = findSlots({
    from: fromMinute,
    horizonWorkingDays: input.horizonWorkingDays,
    durationMinutes: input.durationMinutes,
    timeZone,
    holidays,
    required: attendees.map((c) => ({ id: c.id, contract: c.contract, busy: c.busy })),
    limit: 3,
  });

  return {
    household: household.reference,
    required,
    attendees: proposal.attendees.map((a) => ({
      professional: byId.get(a.id)?.key ?? a.id,
      name: byId.get(a.id)?.name ?? a.id,
      discipline: a.covers[0] ?? null,
      required: true,
      alreadyInvolved: a.alreadyInvolved,
    })),
    gaps: proposal.gaps.map((g) => g.discipline),
    gapDetails: proposal.gaps,
    slots: slots.map((s) => ({ start: s.start, end: s.end })),
  };
}
