import type { Locale } from '../../domain/locale.ts';
import type { RotationSpec } from '../../domain/rotations/rotation-spec.ts';
import { createView, text, type View } from '../../views/view-model.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { localDate } from '../format-when.ts';
import { turnNow } from './change-turn.ts';
import { rotationText as t } from './i18n/translate.ts';
import { problemText } from './rotation-problems.ts';
import type { RotationStore, RotationUnitOfWork, TeamRotations } from './rotation-store.ts';
import { turnsOf } from './rotation-turns.ts';
import {
  dateText,
  messageView,
  ROTATION_SETUP_FORM,
  ROTATION_SWAP_FORM,
  scheduleView,
  setupFormView,
  swapFormView,
} from './rotation-views.ts';
import { setRotations } from './set-rotations.ts';
import { answerSwap, askSwap } from './swap-turn.ts';

export interface RotationFeatureDeps {
  store: RotationStore;
  work: RotationUnitOfWork;
  defaultLocale: Locale;
}

/** How far ahead `rooster` looks. */
export const CHAT_WEEKS = 4;
const SETUP_WORDS = new Set(['instellen', 'setup', 'set', 'nieuw', 'new']);

/**
 * Rotations in chat (docs/rotations.md): `rooster` / `rotation` shows the coming turns (mine in bold, Swap… on
 * mine); `rooster instellen` / `rotation setup` gives a team coach the form for one role. Swaps: the asker picks
 * whom to ask, the other presses Accept or Decline.
 */
export function rotationFeature(deps: RotationFeatureDeps): Feature {
  const { store, work } = deps;
  const today = (context: UseCaseContext) => localDate(context.now, context.timeZone);

  async function myTeam(context: UseCaseContext): Promise<TeamRotations | undefined> {
    const id = context.actor.professionalId;
    if (!id) return undefined;
    const teams = await store.teamsOf(id);
    // A coach sees and sets up the team they coach; anyone else their first team (several teams are rare).
    let first: TeamRotations | undefined;
    for (const team of teams) {
      const data = await store.read(team.id, addWeeks(today(context), CHAT_WEEKS));
      if (data?.team.coachIds.includes(id)) return data;
      first ??= data;
    }
    return first;
  }

  async function setupForm(context: UseCaseContext): Promise<View> {
    const data = await myTeam(context);
    if (!data) return messageView(context.locale, 'refused.no-team');
    if (!data.team.coachIds.includes(context.actor.professionalId ?? '')) {
      return messageView(context.locale, 'refused.not-a-coach', { team: data.team.name });
    }
    return setupFormView(data, context.locale, today(context));
  }

  return {
    commands: {
      rotation: async (args, context) => {
        if (args[0] && SETUP_WORDS.has(args[0].toLowerCase())) return setupForm(context);
        const data = await myTeam(context);
        if (!data) return messageView(context.locale, 'refused.no-team');
        const me = context.actor.professionalId ?? '';
        return scheduleView(
          data,
          turnsOf(data, today(context), CHAT_WEEKS),
          { id: me, coach: data.team.coachIds.includes(me), weeks: CHAT_WEEKS },
          context.locale,
        );
      },
    },
    actions: {
      'rotation.setup': (_payload, context) => setupForm(context),
      'rotation.swap': async ({ rotationId, date }, context) => {
        const me = context.actor.professionalId;
        const teamId = await store.rotationTeam(rotationId);
        const found = teamId ? await turnNow(store, { teamId, rotationId, date }) : undefined;
        if (!me || !found || found.turn.holderId !== me) {
          return messageView(context.locale, 'swap.not-your-turn', {
            role: found?.turn.role ?? '',
            date: dateText(date, context.locale),
          });
        }
        return swapFormView(found.data, found.turn, me, context.locale);
      },
      'rotation.swap-answer': async ({ swapId, accept }, context) => {
        const me = context.actor.professionalId;
        if (!me) return messageView(context.locale, 'swap.not-yours');
        const result = await answerSwap(
          { work, defaultLocale: deps.defaultLocale },
          { swapId, actorId: me, accept, now: context.now, channel: context.actor.channel ?? 'tryout' },
        );
        if (result.kind === 'not-yours' || result.kind === 'unknown')
          return messageView(context.locale, 'swap.not-yours');
        if (result.kind === 'answered') return messageView(context.locale, 'swap.answered');
        const params = {
          name: result.askerName,
          role: result.role,
          date: dateText(result.date, context.locale),
        };
        if (result.kind === 'stale') return messageView(context.locale, 'swap.stale', params);
        return messageView(
          context.locale,
          result.kind === 'accepted' ? 'swap.accepted' : 'swap.declined',
          params,
        );
      },
    },
    forms: {
      [ROTATION_SETUP_FORM]: async (values, _subject, context) => {
        const data = await myTeam(context);
        if (!data) return messageView(context.locale, 'refused.no-team');
        const spec = specOfForm(values);
        const specs = [
          ...specsOf(data).filter((s) => s.role.toLowerCase() !== spec.role.trim().toLowerCase()),
          spec,
        ];
        const result = await setRotations(work, {
          teamId: data.team.id,
          specs,
          actor: { id: context.actor.professionalId ?? '', channel: context.actor.channel ?? 'tryout' },
          today: today(context),
          now: context.now,
        });
        if (result.ok) return messageView(context.locale, 'saved.text', { role: spec.role.trim() });
        if ('refused' in result) {
          return messageView(context.locale, 'refused.not-a-coach', { team: data.team.name });
        }
        const title = t(context.locale, 'invalid.title');
        return createView(title, [
          text(`*${title}*`),
          ...result.problems.map((p) => text(problemText(context.locale, p))),
        ]);
      },
      [ROTATION_SWAP_FORM]: async (values, subject, context) => {
        const [rotationId = '', date = ''] = subject.split('|');
        const me = context.actor.professionalId;
        const params = { role: '', date: dateText(date, context.locale) };
        if (!me) return messageView(context.locale, 'swap.not-your-turn', params);
        const result = await askSwap(
          { work, defaultLocale: deps.defaultLocale },
          {
            askerId: me,
            rotationId,
            date,
            otherKey: values.other ?? '',
            now: context.now,
            channel: context.actor.channel ?? 'tryout',
          },
        );
        if (result.kind === 'asked') {
          return messageView(context.locale, 'swap.asked', {
            name: result.otherName,
            role: result.role,
            date: dateText(result.date, context.locale),
          });
        }
        if (result.kind === 'not-a-member')
          return messageView(context.locale, 'swap.not-a-member', { name: result.name ?? '' });
        if (result.kind === 'same-person') return messageView(context.locale, 'swap.same-person');
        return messageView(context.locale, 'swap.not-your-turn', { ...params, role: result.role ?? '' });
      },
    },
  };
}

function addWeeks(date: string, weeks: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}

/** The team's current roles as set-up specs (member keys), so one role can be changed among them. */
export function specsOf(data: TeamRotations): RotationSpec[] {
  const keyOf = new Map(data.people.map((p) => [p.id, p.key]));
  return data.rotations.map((r) => ({
    role: r.role,
    duty: r.duty ?? null,
    cadence: r.cadence,
    everyWeeks: r.everyWeeks,
    weekdays: r.weekdays,
    startsOn: r.startsOn,
    members: r.memberIds.map((id) => keyOf.get(id) ?? id),
    pinned: r.pinnedId ? (keyOf.get(r.pinnedId) ?? null) : null,
  }));
}

/** The form's values as a spec; what does not parse is left for specProblems to name. */
function specOfForm(values: FormValues): RotationSpec {
  const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
  const duty = values.duty === 'chair' || values.duty === 'minute_taker' ? values.duty : null;
  const everyWeeks = values.everyWeeks ? Number(values.everyWeeks) : 1;
  return {
    role: values.role ?? '',
    duty,
    cadence: (values.cadence ?? 'weeks') as RotationSpec['cadence'],
    everyWeeks,
    weekdays: list(values.weekdays).map(Number),
    startsOn: values.startsOn ?? '',
    members: list(values.members),
    pinned: values.pinned && values.pinned !== 'none' ? values.pinned : null,
  };
}
