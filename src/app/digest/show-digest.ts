import type { DigestListSection } from '../../domain/digest/digest-sections.ts';
import { personalDigest } from '../../domain/digest/personal-digest.ts';
import type { View } from '../../views/view-model.ts';
import type { UseCaseContext } from '../feature.ts';
import type { UnitOfWork } from '../ports/unit-of-work.ts';
import { type ComposeDigestDeps, type ComposedDigest, composeDigest } from './compose-digest.ts';
import { digestText as t } from './digest-text.ts';
import {
  combinedView,
  noticeView,
  optedInView,
  optedOutView,
  personalDigestView,
  sectionView,
  teamDigestView,
} from './digest-views.ts';

export interface DigestChatDeps extends ComposeDigestDeps {
  unitOfWork: UnitOfWork;
}

type Found = { composed: ComposedDigest } | { view: View };

async function digestFor(deps: DigestChatDeps, context: UseCaseContext, teamId?: string): Promise<Found> {
  const { locale, actor } = context;
  if (!actor.professionalId) return { view: noticeView(t(locale, 'unknown-person')) };
  const teams = await deps.store.teamsOf(actor.professionalId);
  const team = teamId === undefined ? teams[0] : teams.find((candidate) => candidate.id === teamId);
  if (!team) return { view: noticeView(t(locale, teamId === undefined ? 'no-team' : 'not-your-team')) };
  const composed = await composeDigest(deps, team, context.now);
  return composed ? { composed } : { view: noticeView(t(locale, 'no-team')) };
}

function teamView(composed: ComposedDigest, context: UseCaseContext, preview: boolean): View {
  return teamDigestView(composed, {
    locale: context.locale,
    timeZone: context.timeZone,
    preview,
    blockedDays: composed.read.settings.blockedEscalationWorkingDays,
  });
}

/**
 * `overzicht` / `digest`: this week's team digest as it stands now (a preview; households by reference only), and
 * in a private conversation the person's own digest above it.
 */
export async function showDigest(deps: DigestChatDeps, context: UseCaseContext): Promise<View> {
  const found = await digestFor(deps, context);
  if ('view' in found) return found.view;
  const { composed } = found;
  const preview = teamView(composed, context, true);
  if (!context.privateConversation) return preview;
  const id = context.actor.professionalId as string;
  const member = composed.read.members.find((m) => m.id === id);
  const personal = personalDigest(composed.input, composed.sections, {
    id,
    key: member?.key ?? id,
    name: member?.name ?? '',
  });
  const mine = personalDigestView(personal, composed.week, {
    locale: context.locale,
    timeZone: context.timeZone,
  });
  return combinedView(mine, preview);
}

/**
 * "Show more" on a section: the full list, privately. Pressed on the digest in a channel, the list goes to the
 * presser by direct message and the channel keeps its digest (the answer replaces the pressed message).
 */
export async function showDigestSection(
  deps: DigestChatDeps,
  context: UseCaseContext,
  payload: { teamId: string; section: DigestListSection },
): Promise<View> {
  const found = await digestFor(deps, context, payload.teamId);
  if ('view' in found) return found.view;
  const { composed } = found;
  const options = {
    locale: context.locale,
    timeZone: context.timeZone,
    blockedDays: composed.read.settings.blockedEscalationWorkingDays,
  };
  const full = sectionView(composed, payload.section, options);
  if (context.privateConversation) return full;
  const professionalId = context.actor.professionalId as string;
  const minute = Math.floor(context.now.getTime() / 60_000);
  await deps.unitOfWork.run(({ outbox }) =>
    outbox.toPerson({
      professionalId,
      view: full,
      idempotencyKey: `digest-more:${context.requestKey ?? `${professionalId}:${payload.section}:${minute}`}`,
    }),
  );
  return teamView(composed, context, false);
}

/** The personal digest off (with the way back in), or on again. */
export async function setDigestOptOut(
  deps: Pick<DigestChatDeps, 'store'>,
  context: UseCaseContext,
  optedOut: boolean,
): Promise<View> {
  const id = context.actor.professionalId;
  if (!id) return noticeView(t(context.locale, 'unknown-person'));
  await deps.store.setOptOut(id, optedOut);
  return optedOut ? optedOutView(context.locale) : optedInView(context.locale);
}
