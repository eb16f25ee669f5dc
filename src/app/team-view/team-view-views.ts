import type { Locale } from '../../domain/locale.ts';
import { overallMedianDays, type WeekTrend } from '../../domain/team-trends/team-trends.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  type ChartBlock,
  type ChartPoint,
  chart,
  chartValueText,
  context,
  createView,
  header,
  text,
  type View,
} from '../../views/view-model.ts';
import type { CoachedTeam } from '../ports/coached-teams.ts';
import type { TeamTrends } from './show-team-view.ts';
import { teamViewText as t } from './team-view-text.ts';

/** A plain answer: a refusal, or a name that matches none of the coach's teams. */
export function teamViewMessage(message: string): View {
  return createView(message, [text(message)]);
}

/** `team`: the four trends as charts, each with a summary that says the figures in words. */
export function teamTrendsView(trends: TeamTrends, locale: Locale, otherTeams: readonly CoachedTeam[]): View {
  const weeks = trends.weeks.length;
  const title = t(locale, 'title', { team: trends.team.name, weeks });
  const charts = [
    heldChart(trends.weeks, locale),
    completionChart(trends.weeks, locale),
    overdueChart(trends.weeks, locale),
    helpersChart(trends.weeks, locale),
  ];
  const blocks: Block[] = [header(title), ...charts, context(t(locale, 'note'))];
  if (otherTeams.length > 0)
    blocks.push(context(t(locale, 'other-teams', { teams: otherTeams.map((o) => o.name).join(', ') })));
  return createView(`${title}. ${charts.map((c) => c.summary).join(' ')}`, blocks);
}

/** The coach's part of App Home: how conferences hold up and what is overdue, and a button to all figures. */
export function teamHomeBlocks(trends: TeamTrends, locale: Locale): { summary: string; blocks: Block[] } {
  const held = heldChart(trends.weeks, locale);
  const overdue = overdueChart(trends.weeks, locale);
  const more = button(ActionIds.helpCommand, t(locale, 'home.more'), {
    value: encodeActionValue(ActionIds.helpCommand, { command: 'team' }),
  });
  return {
    summary: `${held.summary} ${overdue.summary}`,
    blocks: [header(t(locale, 'home.title', { team: trends.team.name })), held, overdue, buttons([more])],
  };
}

function series(
  weeks: readonly WeekTrend[],
  locale: Locale,
  value: (w: WeekTrend) => number | null,
): ChartPoint[] {
  return weeks.map((w) => ({ label: t(locale, 'week.label', { week: w.week }), value: value(w) }));
}

/** Dutch writes decimals with a comma: 3,4 helpers. */
function decimalComma(locale: Locale): boolean {
  return locale === 'nl';
}

function valueText(value: number | null, unit: string, locale: Locale): string {
  return value === null ? t(locale, 'no-value') : chartValueText(value, unit, decimalComma(locale));
}

function heldChart(weeks: readonly WeekTrend[], locale: Locale): ChartBlock {
  const planned = sum(weeks, (w) => w.conferences.planned);
  const held = sum(weeks, (w) => w.conferences.heldAsPlanned);
  const summary =
    planned === 0
      ? t(locale, 'held.none', { weeks: weeks.length })
      : t(locale, 'held.summary', {
          weeks: weeks.length,
          held,
          planned,
          percent: Math.round((100 * held) / planned),
          now: valueText(weeks.at(-1)?.conferences.percent ?? null, '%', locale),
        });
  return chart({
    decimalComma: decimalComma(locale),
    title: t(locale, 'held.title'),
    unit: '%',
    summary,
    series: series(weeks, locale, (w) => w.conferences.percent),
  });
}

function completionChart(weeks: readonly WeekTrend[], locale: Locale): ChartBlock {
  const unit = t(locale, 'unit.working-days');
  const done = sum(weeks, (w) => w.completion.done);
  const summary =
    done === 0
      ? t(locale, 'completion.none', { weeks: weeks.length })
      : t(locale, 'completion.summary', {
          weeks: weeks.length,
          done,
          median: chartValueText(overallMedianDays(weeks), '', decimalComma(locale)),
          now: valueText(weeks.at(-1)?.completion.medianWorkingDays ?? null, unit, locale),
        });
  return chart({
    decimalComma: decimalComma(locale),
    title: t(locale, 'completion.title'),
    unit,
    summary,
    series: series(weeks, locale, (w) => w.completion.medianWorkingDays),
  });
}

function overdueChart(weeks: readonly WeekTrend[], locale: Locale): ChartBlock {
  const first = weeks[0];
  return chart({
    decimalComma: decimalComma(locale),
    title: t(locale, 'overdue.title'),
    unit: '',
    summary: t(locale, 'overdue.summary', {
      now: weeks.at(-1)?.overdue ?? 0,
      first: first?.week ?? '',
      earlier: first?.overdue ?? 0,
    }),
    series: series(weeks, locale, (w) => w.overdue),
  });
}

function helpersChart(weeks: readonly WeekTrend[], locale: Locale): ChartBlock {
  const first = weeks[0];
  const last = weeks.at(-1);
  const summary =
    !last || last.helpers.average === null
      ? t(locale, 'helpers.none')
      : t(locale, 'helpers.summary', {
          now: chartValueText(last.helpers.average, '', decimalComma(locale)),
          open: last.helpers.openHouseholds,
          first: first?.week ?? '',
          earlier: valueText(first?.helpers.average ?? null, '', locale),
        });
  return chart({
    decimalComma: decimalComma(locale),
    title: t(locale, 'helpers.title'),
    unit: '',
    summary,
    series: series(weeks, locale, (w) => w.helpers.average),
  });
}

function sum(weeks: readonly WeekTrend[], pick: (w: WeekTrend) => number): number {
  return weeks.reduce((total, w) => total + pick(w), 0);
}
