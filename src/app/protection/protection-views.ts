import type { CancelReason, DeclineReason, DeputyKind } from '../../domain/conferences/rescue-policy.ts';
import { CANCEL_REASONS, DECLINE_REASONS } from '../../domain/conferences/rescue-policy.ts';
import type { Locale } from '../../domain/locale.ts';
import { ActionIds } from '../../views/action-ids.ts';
import { encodeActionValue } from '../../views/action-payload.ts';
import {
  type Block,
  button,
  buttons,
  context,
  createView,
  header,
  list,
  text,
  type View,
} from '../../views/view-model.ts';
import { formatInstant, formatTimeRange } from '../format-when.ts';
import { translator } from '../i18n/translate.ts';
import type { DisciplineName } from '../ports/planning-store.ts';
import { en } from './i18n/en.ts';
import { nl } from './i18n/nl.ts';

/** Messages of the conference's protection, in Dutch or English. */
export const protectionText = translator({ nl, en });
const t = protectionText;

export interface ShowSettings {
  locale: Locale;
  timeZone: string;
}

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

const when = (c: Timed, s: ShowSettings) => formatTimeRange(c.startsAt, c.endsAt, s.locale, s.timeZone);

export type NoticeKind =
  | 'ask-input'
  | 'covered'
  | 'declined-frozen'
  | 'deputy-frozen'
  | 'cancelled'
  | 'answer-please';

export interface NoticeData {
  references: readonly string[];
  conference: Timed & { id: string };
  name?: string;
  names?: readonly string[];
  reason?: CancelReason;
}

/** A private notice about one conference: to the person who declined, the deciders, or everyone invited. */
export function protectionNoticeView(kind: NoticeKind, data: NoticeData, settings: ShowSettings): View {
  const { locale } = settings;
  const references = data.references.join(', ');
  const params = {
    references,
    reference: data.references[0] ?? '',
    when: when(data.conference, settings),
    name: data.name ?? '',
    names: (data.names ?? []).join(', '),
    reason: data.reason ? t(locale, `reason.${data.reason}`) : '',
  };
  const title = t(locale, `notice.${kind}.title`, params);
  const body =
    kind === 'covered' && (data.names ?? []).length === 0
      ? t(locale, 'notice.covered.text-none', params)
      : t(locale, `notice.${kind}.text`, params);
  const blocks: Block[] = [header(title), text(body)];
  if (kind === 'ask-input') {
    blocks.push(
      buttons([
        button(ActionIds.conferenceWrittenInput, t(locale, 'button.written-input'), {
          value: encodeActionValue('conference.written-input', { conferenceId: data.conference.id }),
          style: 'primary',
        }),
      ]),
    );
  }
  return createView(`${title}. ${body}`, blocks);
}

export interface RescueRequest {
  conference: Timed & { id: string; references: readonly string[]; version: number };
  declined: { id: string; name: string };
  /** The quorum check: they have not answered (rather than declined). */
  unconfirmed?: boolean;
  discipline: string;
  disciplineName?: DisciplineName | undefined;
  deputies: readonly { id: string; name: string; kind: DeputyKind }[];
  frozen: boolean;
}

/** Shown to the coordinator, organiser and coaches: the gap, free deputies, and the other options in order. */
export function rescueRequestView(request: RescueRequest, settings: ShowSettings): View {
  const { locale } = settings;
  const { conference } = request;
  const references = conference.references.join(', ');
  const discipline = request.disciplineName?.[locale] ?? request.discipline;
  const title = t(locale, 'rescue.title', { references });
  const body = t(locale, request.unconfirmed ? 'rescue.text-unconfirmed' : 'rescue.text', {
    name: request.declined.name,
    when: when(conference, settings),
    discipline,
  });
  const rescue = (
    step: 'deputy' | 'online' | 'postpone',
    extra: { deputyId?: string; forId?: string } = {},
  ) =>
    encodeActionValue('conference.rescue', {
      conferenceId: conference.id,
      step,
      version: conference.version,
      ...extra,
    });
  const deputies = request.deputies.slice(0, 3);
  const blocks: Block[] = [header(title), text(body)];
  if (request.frozen) blocks.push(context(t(locale, 'rescue.frozen')));
  if (deputies.length > 0) {
    blocks.push(
      list(
        deputies.map((d) => ({ text: d.name, meta: t(locale, `deputy.${d.kind}`) })),
        t(locale, 'rescue.deputies'),
      ),
    );
  } else {
    blocks.push(context(t(locale, 'rescue.no-deputies', { discipline })));
  }
  blocks.push(
    buttons([
      ...deputies.map((d, index) =>
        button(ActionIds.conferenceRescue, t(locale, 'button.ask-deputy', { name: d.name }), {
          value: rescue('deputy', { deputyId: d.id, forId: request.declined.id }),
          ...(index === 0 ? { style: 'primary' as const } : {}),
        }),
      ),
      button(ActionIds.conferenceRescue, t(locale, 'button.online'), { value: rescue('online') }),
      button(ActionIds.conferenceRescue, t(locale, 'button.postpone'), { value: rescue('postpone') }),
      button(ActionIds.conferenceCancel, t(locale, 'button.cancel'), {
        value: encodeActionValue('conference.cancel', { conferenceId: conference.id }),
        style: 'danger',
      }),
    ]),
  );
  return createView(`${title}. ${body}`, blocks);
}

/** One line of answer, optionally with the buttons that follow from it. */
export function answerView(message: string, extra: readonly Block[] = []): View {
  return createView(message, [text(message), ...extra]);
}

/** After Decline: why, as buttons (optional; the decline already counts). */
export function declineReasonButtons(conferenceId: string, locale: Locale): Block[] {
  return [
    context(t(locale, 'answer.why')),
    buttons(
      DECLINE_REASONS.map((reason: DeclineReason) =>
        button(ActionIds.conferenceDeclineReason, t(locale, `reason.${reason}`), {
          value: encodeActionValue('conference.decline-reason', { conferenceId, reason }),
        }),
      ),
    ),
  ];
}

/** The written-input button, for the answer to the person who declined. */
export function writtenInputButton(conferenceId: string, locale: Locale): Block {
  return buttons([
    button(ActionIds.conferenceWrittenInput, t(locale, 'button.written-input'), {
      value: encodeActionValue('conference.written-input', { conferenceId }),
      style: 'primary',
    }),
  ]);
}

/** Cancel asks why first: one button per reason. */
export function cancelReasonView(conferenceId: string, references: readonly string[], locale: Locale): View {
  const question = t(locale, 'answer.cancel-why', { references: references.join(', ') });
  return createView(question, [
    text(question),
    buttons(
      CANCEL_REASONS.map((reason) =>
        button(ActionIds.conferenceCancel, t(locale, `reason.${reason}`), {
          value: encodeActionValue('conference.cancel', { conferenceId, reason }),
          ...(reason === 'niet-meer-nodig' ? {} : {}),
        }),
      ),
    ),
  ]);
}

export const formatLatest = (latest: Date, s: ShowSettings) => formatInstant(latest, s.locale, s.timeZone);
