import type { Clock } from '../../../src/app/ports/clock.ts';
import type {
  MessagePlatform,
  Messenger,
  OutgoingMessage,
  SentMessage,
} from '../../../src/app/ports/messenger.ts';

/** What the next send does instead of succeeding: throw this error, or never answer (a worker dying mid-call). */
export type ScriptedOutcome = Error | 'hang';

/** A Messenger that records every call with the clock's time and plays scripted failures in order. */
export class FakeMessenger implements Messenger {
  readonly calls: { message: OutgoingMessage; at: Date }[] = [];
  private readonly script: ScriptedOutcome[] = [];

  constructor(
    readonly platform: MessagePlatform,
    private readonly clock: Clock,
  ) {}

  /** The next sends play these outcomes, one each; after them, sends succeed again. */
  failNext(...outcomes: ScriptedOutcome[]): void {
    this.script.push(...outcomes);
  }

  async send(message: OutgoingMessage): Promise<SentMessage> {
    this.calls.push({ message, at: this.clock.now() });
    const outcome = this.script.shift();
    if (outcome === 'hang') return new Promise<never>(() => {});
    if (outcome) throw outcome;
    return { platformMessageId: `${this.platform}-message-${this.calls.length}` };
  }

  callsFor(idempotencyKey: string): { message: OutgoingMessage; at: Date }[] {
    return this.calls.filter((call) => call.message.idempotencyKey === idempotencyKey);
  }

  /** Call times in ms since `since`, for asserting when things went out. */
  offsets(since: Date): number[] {
    return this.calls.map((call) => call.at.getTime() - since.getTime());
  }
}
