import type { View } from '../../views/view-model.ts';

/** What casus knows of one inbound delivery it took on (see InboundStore). */
export interface InboundEntry {
  key: string;
  /** The platform request as the channel recorded it; gone once the reply went out. */
  request: unknown;
  receivedAt: Date;
  /** The use case's answer, once it ran. */
  answer: View | undefined;
  replied: boolean;
}

/**
 * Commands, button presses and form submissions that a channel has acknowledged to the platform. The platform
 * will not send them again (Slack does not retry a command it got a 200 for), so what casus acknowledged must
 * survive a crash: the channel records the request here BEFORE it acknowledges, together with a durable job
 * that answers it, and the answer is carried out by that job — at once, or after a restart.
 */
export interface InboundStore {
  /**
   * Claims every key (the first names the entry) and records the request with the job that answers it, all in
   * one transaction. False, with nothing written, when any key was claimed before: a retry, a redelivery or a
   * double click. `stillWanted` is asked just before the commit: false (the platform's deadline passed and the
   * person was told nothing was done) rolls everything back and throws TooLateToRecord.
   */
  accept(keys: readonly string[], request: unknown, stillWanted?: () => boolean): Promise<boolean>;
  /**
   * Runs what accept runs once and rolls it back, at start-up: the first query of a kind costs the database
   * client hundreds of milliseconds, which the first person's ack should not wait for (Slack allows 3 s).
   */
  warmUp(): Promise<void>;
  find(key: string): Promise<InboundEntry | undefined>;
  /** Keeps the first answer stored for the key and returns it: a re-run sends what the first run decided. */
  saveAnswer(key: string, answer: View): Promise<View>;
  /** The reply went out: nothing is sent again, and the request (what the person typed) is forgotten. */
  markReplied(key: string): Promise<void>;
}

/** The job that answers an inbound entry, by platform; its key is derived from the entry's. */
export function inboundJobKey(entryKey: string): string {
  return `inbound:${entryKey}`;
}

/** The request was not recorded because the channel gave up waiting for the database (see accept). */
export class TooLateToRecord extends Error {
  constructor() {
    super('The platform deadline passed before the request was recorded');
    this.name = 'TooLateToRecord';
  }
}
