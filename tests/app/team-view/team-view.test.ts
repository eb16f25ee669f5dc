import { beforeEach, expect, it } from 'vitest';
import type { Router } from '../../../src/app/router.ts';
import { createTeamViewStore } from '../../../src/infra/db/repositories/team-view-repository.ts';
import type { ChartBlock, View } from '../../../src/views/view-model.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { buttonsOf, visibleText } from '../view-text.ts';
import { actor, NOW, seedTeamWorld, type TeamWorld, teamRouter } from './team-view-world.ts';

const chartsOf = (view: View) => view.blocks.filter((b): b is ChartBlock => b.type === 'chart');
const lastFour = (chart: ChartBlock | undefined) => chart?.series.slice(-4).map((p) => [p.label, p.value]);

/** `team` and the coach's App Home through the router, as every channel reaches them (tests/app/team-view/team-view-world.ts). */
describeEachDatabase('the team view through the router', (db) => {
  let world: TeamWorld;
  let router: Router;

  beforeEach(async () => {
    world = await seedTeamWorld(db());
    router = teamRouter(db());
  });

  const say = (text: string, who: string | undefined, locale: 'nl' | 'en' = 'nl') =>
    router.handleText({
      text,
      locale,
      actor: who ? actor(who) : { channel: 'tryout' },
      conversation: 'shared',
    });

  it('shows a coach the four trends of the last 12 ISO weeks as charts, with the figures in words', async () => {
    const view = await say('team', world.carla);
    const text = visibleText(view);
    expect(text).toContain('Team Buurtteam Noord: de laatste 12 weken');
    const [held, completion, overdue, helpers] = chartsOf(view);
    expect(chartsOf(view)).toHaveLength(4);
    expect(held?.series.map((p) => p.label)).toEqual([
      'wk 38',
      'wk 39',
      'wk 40',
      'wk 41',
      'wk 42',
      'wk 43',
      'wk 44',
      'wk 45',
      'wk 46',
      'wk 47',
      'wk 48',
      'wk 49',
    ]);
    // W48: one held with a deputy, one cancelled; W49: one held as planned (next week's does not count yet).
    expect(lastFour(held)).toEqual([
      ['wk 46', null],
      ['wk 47', null],
      ['wk 48', 0],
      ['wk 49', 100],
    ]);
    expect(held?.summary).toBe(
      'In deze 12 weken gingen 1 van de 3 casusoverleggen door zoals gepland (33%). Deze week tot nu: 100%.',
    );
    // Recorded Monday 23 November, done Thursday 26 November: 3 working days.
    expect(lastFour(completion)).toEqual([
      ['wk 46', null],
      ['wk 47', null],
      ['wk 48', 3],
      ['wk 49', null],
    ]);
    expect(completion?.unit).toBe(' wd');
    expect(lastFour(overdue)).toEqual([
      ['wk 46', 0],
      ['wk 47', 1],
      ['wk 48', 1],
      ['wk 49', 2],
    ]);
    expect(overdue?.summary).toBe('Nu over tijd: 2. Aan het eind van week 38: 0.');
    // Two open households in September, one from 10 November; Carla joined H-1 on 20 November.
    expect(helpers?.series[0]?.value).toBe(1);
    expect(lastFour(helpers)).toEqual([
      ['wk 46', 1],
      ['wk 47', 2],
      ['wk 48', 2],
      ['wk 49', 2],
    ]);
    expect(text).toContain('Alleen aantallen: er staat geen huishouden of persoon in.');
    expect(text).toContain('Je bent ook coach van Buurtteam Zuid');
    expect(text).not.toContain('H-1');
  });

  it('answers in English, and shows another team the coach names', async () => {
    const view = await say('team zuid', world.carla, 'en');
    const text = visibleText(view);
    expect(text).toContain('Team Buurtteam Zuid: the last 12 weeks');
    expect(text).toContain('No case conference was planned in these 12 weeks.');
    expect(text).toContain('The team has no open households.');
    expect(chartsOf(view)[0]?.series.at(-1)).toEqual({ label: 'W49', value: null });
    expect(visibleText(await say('team west', world.carla, 'en'))).toBe(
      'You do not coach a team called “west”. Your teams: Buurtteam Noord, Buurtteam Zuid.',
    );
  });

  it('refuses a member and an unknown person in their language', async () => {
    expect(visibleText(await say('team', world.mo))).toBe(
      'Het teamoverzicht is voor teamcoaches. Vraag je teamcoach als je wilt zien hoe het met het team gaat.',
    );
    expect(visibleText(await say('team', world.mo, 'en'))).toBe(
      'The team view is for team coaches. Ask your team coach if you would like to see how the team is doing.',
    );
    expect(visibleText(await say('team', undefined, 'en'))).toContain('I don’t know who you are yet.');
  });

  it('adds the coach’s team part to App Home after the person’s own part, and nothing for a member', async () => {
    const home = await router.showHome({ locale: 'en', actor: actor(world.carla) });
    const text = visibleText(home);
    const own = text.indexOf('Your open actions');
    const team = text.indexOf('Your team: Buurtteam Noord');
    expect(own).toBeGreaterThan(-1);
    expect(team).toBeGreaterThan(own);
    expect(chartsOf(home).map((c) => c.title)).toEqual([
      'Conferences held as planned',
      'Overdue actions at the end of each week',
    ]);
    expect(buttonsOf(home).map((b) => b.label)).toContain('All figures');
    const more = buttonsOf(home).find((b) => b.label === 'All figures')!;
    const all = await router.handleAction({
      actionId: more.actionId,
      value: more.value,
      locale: 'en',
      actor: actor(world.carla),
      conversation: 'private',
    });
    expect(chartsOf(all)).toHaveLength(4);

    const member = await router.showHome({ locale: 'en', actor: actor(world.mo) });
    expect(visibleText(member)).not.toContain('Your team');
    expect(chartsOf(member)).toHaveLength(0);
  });

  it('reads a team in the same number of queries however many households it has', async () => {
    const count = async () => {
      let queries = 0;
      const counting = new Proxy(db().prisma, {
        get(target, property, receiver) {
          const delegate = Reflect.get(target, property, receiver);
          if (typeof property !== 'string' || property.startsWith('$') || typeof delegate !== 'object')
            return delegate;
          return new Proxy(delegate, {
            get(inner, method, innerReceiver) {
              const fn = Reflect.get(inner, method, innerReceiver);
              return typeof fn === 'function'
                ? (...args: unknown[]) => {
                    queries++;
                    return fn.apply(inner, args);
                  }
                : fn;
            },
          });
        },
      });
      const from = new Date('2026-09-14T00:00:00Z');
      await createTeamViewStore(counting).trendInput(world.noord, { from, to: NOW });
      return queries;
    };
    const before = await count();
    await db().prisma.household.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ teamId: world.noord, reference: `H-${100 + i}` })),
    });
    expect(await count()).toBe(before);
    expect(before).toBe(5);
  });
});
