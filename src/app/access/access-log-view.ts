import type { Locale } from '../../domain/locale.ts';
import { createView, header, context as note, text, type View } from '../../views/view-model.ts';
import type { UseCaseContext } from '../feature.ts';
import { formatInstant } from '../format-when.ts';
import type { AccessLogLine, AccessLogReader } from '../ports/access-log.ts';
import { type DoorAnswer, type HouseholdDoor, refusalView } from './household-door.ts';
import { accessLogText as t, whoOf, wordsOf } from './i18n/access-log-text.ts';

export interface AccessLogViewDeps {
  door: HouseholdDoor;
  reader: AccessLogReader;
}

/** The chat shows the newest entries; `casus audit` lists them all. */
const SHOWN = 25;

/**
 * `huishouden HH-2041 inzage` / `household HH-2041 access`: who looked at this household, and when — what a
 * resident may ask for (NEN 7513). Only the coordinator and the team's coaches (deed read-access-log)
 * see it, and only in a private conversation; anyone else gets the same refusal as for any other detail.
 * Looking at the log is itself logged (kind access-log), by the door.
 */
export async function accessLogAnswer(
  deps: AccessLogViewDeps,
  reference: string,
  context: UseCaseContext,
): Promise<View[]> {
  const { locale } = context;
  // Said before any lookup, so it is the same whether the household exists or not.
  if (!context.privateConversation) return [message(t(locale, 'chat.shared', { reference }))];
  const answers = await deps.door.byReference(context, reference, {
    kind: 'access-log',
    deed: 'read-access-log',
  });
  return Promise.all(answers.map((answer) => answerFor(deps, answer, context)));
}

async function answerFor(
  deps: AccessLogViewDeps,
  answer: DoorAnswer,
  context: UseCaseContext,
): Promise<View> {
  const { locale } = context;
  if (!answer.granted) {
    const household = answer.household;
    if (answer.refusal !== 'not-allowed' || !household) return refusalView(answer);
    const name = household.coordinator?.name;
    return message(
      name
        ? t(locale, 'chat.not-allowed', { reference: household.reference, name })
        : t(locale, 'chat.not-allowed.no-coordinator', { reference: household.reference }),
    );
  }
  const { household } = answer;
  const lines = await deps.reader.entriesFor(household.id);
  // The door logged this look (kind access-log) when it let it through.
  return logView(household.reference, lines, locale, context.timeZone);
}

export function logView(
  reference: string,
  lines: readonly AccessLogLine[],
  locale: Locale,
  timeZone: string,
) {
  const title = t(locale, 'chat.title', { reference });
  if (lines.length === 0) {
    const empty = t(locale, 'chat.empty', { reference });
    return createView(`${title}: ${empty}`, [header(title), text(empty)]);
  }
  const newest = [...lines].reverse();
  const shown = newest.slice(0, SHOWN).map((line) => {
    const words = wordsOf(locale, line);
    return t(locale, 'chat.line', {
      when: formatInstant(line.at, locale, timeZone),
      who: whoOf(locale, line),
      kind: words.kind,
      action: words.action,
      channel: words.channel,
      outcome: line.outcome === 'ok' ? '' : t(locale, 'chat.outcome', { outcome: words.outcome }),
    });
  });
  const more = newest.length - shown.length;
  return createView(`${title}: ${shown.length} / ${newest.length}`, [
    header(title),
    note(t(locale, 'chat.intro')),
    text(shown.join('\n')),
    ...(more > 0 ? [note(t(locale, 'chat.more', { count: more, reference }))] : []),
  ]);
}

function message(value: string): View {
  return createView(value, [text(value)]);
}
