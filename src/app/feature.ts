import type { CommandId } from '../domain/commands.ts';
import type { Locale } from '../domain/locale.ts';
import type { ActionId } from '../views/action-ids.ts';
import type { ActionPayload } from '../views/action-payload.ts';
import type { Block, View } from '../views/view-model.ts';
import type { Actor } from './actor.ts';
import type { Mention } from './mentions.ts';

/** What every command, button and form handler gets besides its own input. */
export interface UseCaseContext {
  locale: Locale;
  actor: Actor;
  /** The request's instant, from the router's clock. */
  now: Date;
  /** The zone conferences are scheduled and shown in (Config.scheduling.timeZone). */
  timeZone: string;
  /**
   * True only when the answer is seen by the requester alone (a direct message, a Slack ephemeral answer or
   * modal, the try-out's DM pane). Care details (the resident's words, scores) are shown only then; in a
   * shared conversation a household appears by its reference and nothing else.
   */
  privateConversation: boolean;
  /**
   * Decided by the channel before any effect, the same on every re-run of this request (an acknowledged Slack
   * request answered again after a crash). A use case whose write is not idempotent by itself records it with
   * the write and, finding it, answers as the first run did.
   */
  requestKey?: string;
  /**
   * The people the channel found mentioned in a typed request, each written in the text as `@<handle>`
   * (src/app/mentions.ts). Resolve a word with resolvePerson (src/app/people/resolve-person.ts).
   */
  mentions?: readonly Mention[];
}

/** 'private': only the requester sees the answer. 'shared': a channel or group chat. */
export type ConversationKind = 'private' | 'shared';

export type Answer = View | Promise<View>;

export type CommandHandler = (args: readonly string[], context: UseCaseContext) => Answer;

export type ActionHandlers = {
  [A in ActionId]?: (payload: ActionPayload<A>, context: UseCaseContext) => Answer;
};

/**
 * A submitted form's values by field id: text as typed, a select's value, a multiselect's values joined by
 * ',' (option values never contain one), a date as YYYY-MM-DD, a number as its text; undefined when empty.
 */
export type FormValues = Readonly<Record<string, string | undefined>>;

/**
 * Handles one kind of form. Form ids are `<kind>` or `<kind>:<subject>` (e.g. `household:HH-2041`), so
 * the subject travels with the form and needs no hidden field; `subject` is '' when there is none.
 */
export type FormHandler = (values: FormValues, subject: string, context: UseCaseContext) => Answer;

/**
 * One area of the product (households, planning, calendar feed…) as the router sees it. Features are
 * composed in server.ts with their stores, so the router itself knows no storage.
 */
export interface Feature {
  commands?: Partial<Record<CommandId, CommandHandler>>;
  actions?: ActionHandlers;
  forms?: Readonly<Record<string, FormHandler>>;
  /**
   * The person's own part of App Home (and its summary), shown instead of the built-in list of open actions; a
   * later feature's wins.
   */
  home?: HomeSection;
  /**
   * A team coach's part of App Home, shown after the person's own part (not instead of it); empty blocks for
   * anyone who coaches no team. A later feature's wins.
   */
  teamHome?: HomeSection;
}

/** A part of the person's App Home: blocks and a one-line summary for the fallback text. */
export type HomeSection = (context: UseCaseContext) => Promise<{ summary: string; blocks: Block[] }>;

/** `household:HH-2041` → { kind: 'household', subject: 'HH-2041' }. */
export function splitFormId(formId: string): { kind: string; subject: string } {
  const colon = formId.indexOf(':');
  return colon < 0
    ? { kind: formId, subject: '' }
    : { kind: formId.slice(0, colon), subject: formId.slice(colon + 1) };
}

export function formId(kind: string, subject?: string): string {
  return subject ? `${kind}:${subject}` : kind;
}
