import type { Locale } from '../../domain/locale.ts';
import { type Block, context, createView, form, list, text, type View } from '../../views/view-model.ts';
import type { Feature, FormValues, UseCaseContext } from '../feature.ts';
import { formId } from '../feature.ts';
import { type CoachedTeam, pickCoachedTeam } from '../ports/coached-teams.ts';
import {
  applySettingsForm,
  SETTINGS_FORM,
  settingLabel,
  settingsFields,
  valueText,
} from './settings-form.ts';
import { describeSettingsProblem } from './settings-problems.ts';
import type { TeamSettingsStore } from './settings-store.ts';
import { settingsText as t } from './settings-text.ts';
import { DEFAULT_TEAM_SETTINGS, parseTeamSettings, type TeamSettings } from './team-settings.ts';

/**
 * `instellingen [team]` / `settings [team]`: a team coach (or administrator) changes the team's settings in a form
 * (docs/team-settings.md, "In chat"), prefilled with the current values. The submission is checked by
 * parseTeamSettings with the messages `casus settings` gives; with any problem nothing is written and the form
 * comes back with the problems, else the settings and an access-log entry (the names of the changed settings,
 * never values) are written in one transaction and the answer lists what changed. Anyone else is refused.
 */
export function settingsFeature(deps: { store: TeamSettingsStore }): Feature {
  const { store } = deps;

  async function settings(args: readonly string[], ctx: UseCaseContext): Promise<View> {
    const { locale } = ctx;
    const chosen = await coachedTeam(ctx, args.join(' '));
    if ('refusal' in chosen) return chosen.refusal;
    const current = effective(await store.stored(chosen.team.id));
    const others = chosen.teams.filter((x) => x.id !== chosen.team.id);
    return formView(locale, chosen.team, current, undefined, [], others);
  }

  async function submit(values: FormValues, teamId: string, ctx: UseCaseContext): Promise<View> {
    const { locale } = ctx;
    // The subject came from the form: the team is only the actor's when they coach it now.
    const chosen = await coachedTeam(ctx, '', teamId);
    if ('refusal' in chosen) return chosen.refusal;
    const { team } = chosen;
    const stored = await store.stored(team.id);
    const current = effective(stored);
    const { next, changes } = applySettingsForm(stored, current, values);
    if (changes.length === 0) return message(t(locale, 'unchanged', { team: team.name }));
    const parsed = parseTeamSettings(next);
    if (!parsed.ok) {
      const problems = parsed.problems.map((p) =>
        t(locale, 'problem.line', {
          setting: settingLabel(locale, p.path),
          problem: describeSettingsProblem(locale, p),
        }),
      );
      return formView(locale, team, current, values, problems, []);
    }
    await store.save(team.id, next, {
      actorId: ctx.actor.professionalId ?? null,
      onBehalfOf: ctx.actor.onBehalfOf ?? null,
      teamId: team.id,
      kind: 'settings',
      action: 'change',
      // Every channel names itself (Actor.channel); the try-out page is the one without a platform of its own.
      channel: ctx.actor.channel ?? 'tryout',
      outcome: 'ok',
      subjectId: team.id,
      details: { team: team.slug, keys: changes.map((c) => c.path) },
      requestKey: ctx.requestKey ?? null,
    });
    const title = t(locale, 'saved', { team: team.name });
    const lines = changes.map((c) =>
      t(locale, 'saved.change', {
        setting: settingLabel(locale, c.path),
        from: valueText(locale, c.path, c.from),
        to: valueText(locale, c.path, c.to),
      }),
    );
    return createView(`${title} ${lines.join('; ')}`, [
      text(title),
      list(lines.map((line) => ({ text: line }))),
    ]);
  }

  async function coachedTeam(
    ctx: UseCaseContext,
    word: string,
    teamId?: string,
  ): Promise<{ team: CoachedTeam; teams: CoachedTeam[] } | { refusal: View }> {
    const { locale } = ctx;
    const me = ctx.actor.professionalId;
    if (!me) return { refusal: message(t(locale, 'unknown-person')) };
    const teams = await store.coachedTeams(me);
    if (teams.length === 0) return { refusal: message(t(locale, 'not-a-coach')) };
    const team = teamId !== undefined ? teams.find((x) => x.id === teamId) : pickCoachedTeam(teams, word);
    if (team) return { team, teams };
    if (teamId !== undefined) return { refusal: message(t(locale, 'not-a-coach')) };
    return {
      refusal: message(t(locale, 'unknown-team', { team: word, teams: teams.map((x) => x.name).join(', ') })),
    };
  }

  return { commands: { settings }, forms: { [SETTINGS_FORM]: submit } };
}

/** The stored settings over the defaults; stored settings that no longer parse show the defaults, as planning uses. */
function effective(stored: Record<string, unknown>): TeamSettings {
  const parsed = parseTeamSettings(stored);
  return parsed.ok ? parsed.settings : DEFAULT_TEAM_SETTINGS;
}

function message(value: string): View {
  return createView(value, [text(value)]);
}

function formView(
  locale: Locale,
  team: CoachedTeam,
  current: TeamSettings,
  typed: FormValues | undefined,
  problems: readonly string[],
  others: readonly CoachedTeam[],
): View {
  const title = t(locale, 'title', { team: team.name });
  const blocks: Block[] = [];
  let fallback = title;
  if (problems.length > 0) {
    const intro = t(locale, 'form.problems');
    blocks.push(text(intro), list(problems.map((problem) => ({ text: problem }))));
    fallback = `${intro} ${problems.join(' ')}`;
  }
  blocks.push(context(t(locale, 'about')));
  if (others.length > 0)
    blocks.push(context(t(locale, 'other-teams', { teams: others.map((o) => o.name).join(', ') })));
  blocks.push(
    form({
      formId: formId(SETTINGS_FORM, team.id),
      title,
      submitLabel: t(locale, 'submit'),
      fields: settingsFields(locale, current, typed),
    }),
  );
  return createView(fallback, blocks);
}
