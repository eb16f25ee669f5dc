import type { Locale } from '../../domain/locale.ts';
import type { AccessChannel } from '../ports/access-log.ts';
import { dueOf, turnNow } from './change-turn.ts';
import type { RotationPersonInfo, RotationUnitOfWork } from './rotation-store.ts';
import { dateText, messageView, swapRequestView } from './rotation-views.ts';

/**
 * Swapping a turn between two members, confirmed by both: the asker confirms by asking (they pick whom to ask
 * for their own turn), the other by pressing Accept. Only then does the turn change (reason `swap`); a Decline
 * or a second press changes nothing. The other member's load goes up by one, so the rule gives the asker a
 * later turn in return without a second swap.
 */

export type AskSwapResult =
  | { kind: 'asked'; swapId: string; role: string; date: string; otherName: string }
  | { kind: 'not-your-turn' | 'not-a-member' | 'same-person'; role?: string; date: string; name?: string };

export type AnswerSwapResult =
  | { kind: 'accepted' | 'declined'; role: string; date: string; askerName: string }
  | { kind: 'not-yours' }
  | { kind: 'answered' }
  | { kind: 'unknown' }
  | { kind: 'stale'; role: string; date: string; askerName: string };

export interface SwapDeps {
  work: RotationUnitOfWork;
  defaultLocale: Locale;
}

const localeOf = (person: RotationPersonInfo | undefined, fallback: Locale) => person?.locale ?? fallback;

export async function askSwap(
  deps: SwapDeps,
  request: {
    askerId: string;
    rotationId: string;
    date: string;
    otherKey: string;
    now: Date;
    channel: AccessChannel;
  },
): Promise<AskSwapResult> {
  return deps.work.run(async ({ store, outbox, accessLog }) => {
    const teamId = await store.rotationTeam(request.rotationId);
    const found = teamId
      ? await turnNow(store, { teamId, rotationId: request.rotationId, date: request.date })
      : undefined;
    if (!teamId || !found || found.turn.holderId !== request.askerId) {
      return { kind: 'not-your-turn', role: found?.turn.role, date: request.date } as const;
    }
    const { data, turn } = found;
    const other = data.people.find((p) => p.key === request.otherKey);
    if (!other || !data.team.memberIds.includes(other.id)) {
      return { kind: 'not-a-member', date: request.date, name: request.otherKey } as const;
    }
    if (other.id === request.askerId) return { kind: 'same-person', date: request.date } as const;
    const asker = data.people.find((p) => p.id === request.askerId);
    const swapId = await store.createSwap({
      rotationId: request.rotationId,
      turnOn: request.date,
      askedById: request.askerId,
      otherId: other.id,
      otherTurnOn: null,
      at: request.now,
    });
    await outbox.toPerson({
      professionalId: other.id,
      view: swapRequestView(
        { id: swapId, role: turn.role, date: turn.date, askerName: asker?.name ?? '' },
        localeOf(other, deps.defaultLocale),
      ),
      idempotencyKey: `rotation-swap:${swapId}:ask`,
    });
    await accessLog.record({
      actorId: request.askerId,
      teamId,
      kind: 'settings',
      action: 'create',
      channel: request.channel,
      outcome: 'ok',
      subjectId: swapId,
      details: { area: 'rotations', step: 'swap-asked', role: turn.role, date: turn.date },
    });
    return { kind: 'asked', swapId, role: turn.role, date: turn.date, otherName: other.name } as const;
  });
}

export async function answerSwap(
  deps: SwapDeps,
  request: { swapId: string; actorId: string; accept: boolean; now: Date; channel: AccessChannel },
): Promise<AnswerSwapResult> {
  return deps.work.run(async ({ store, outbox, accessLog }) => {
    const swap = await store.swap(request.swapId);
    if (!swap) return { kind: 'unknown' } as const;
    if (swap.otherId !== request.actorId) return { kind: 'not-yours' } as const;
    if (swap.status !== 'pending') return { kind: 'answered' } as const;
    const found = await turnNow(store, {
      teamId: swap.teamId,
      rotationId: swap.rotationId,
      date: swap.turnOn,
    });
    const asker = found?.data.people.find((p) => p.id === swap.askedById);
    const role = found?.turn.role ?? '';
    const facts = { role, date: swap.turnOn, askerName: asker?.name ?? '' };
    if (!found || found.turn.holderId !== swap.askedById) {
      // The turn moved on meanwhile (an override, another swap): nothing to swap any more.
      await store.answerSwap(swap.id, 'withdrawn', request.now);
      return { kind: 'stale', ...facts } as const;
    }
    const status = request.accept ? 'confirmed' : 'declined';
    if (!(await store.answerSwap(swap.id, status, request.now))) return { kind: 'answered' } as const;
    const other = found.data.people.find((p) => p.id === swap.otherId);
    if (request.accept) {
      await store.setTurn({
        rotationId: swap.rotationId,
        date: swap.turnOn,
        holderId: swap.otherId,
        reason: 'swap',
        swappedFromId: dueOf(found.turn) ?? swap.askedById,
      });
    }
    const locale = localeOf(asker, deps.defaultLocale);
    const key = request.accept ? 'swap.accepted.asker' : 'swap.declined.asker';
    await outbox.toPerson({
      professionalId: swap.askedById,
      view: messageView(locale, key, { name: other?.name ?? '', role, date: dateText(swap.turnOn, locale) }),
      idempotencyKey: `rotation-swap:${swap.id}:answer`,
    });
    await accessLog.record({
      actorId: request.actorId,
      teamId: swap.teamId,
      kind: 'settings',
      action: 'change',
      channel: request.channel,
      outcome: 'ok',
      subjectId: swap.id,
      details: { area: 'rotations', step: `swap-${status}`, role, date: swap.turnOn },
    });
    return { kind: request.accept ? 'accepted' : 'declined', ...facts } as const;
  });
}
