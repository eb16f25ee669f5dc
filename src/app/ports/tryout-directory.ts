import type { Locale } from '../../domain/locale.ts';

/** A name in every language casus speaks, so the page can show the one it is in. */
export type LocalisedName = Readonly<Record<Locale, string>>;

/** A demo professional as the try-out's "who are you?" list shows them. */
export interface TryoutProfessional {
  /** The professional's try-out identity (PlatformIdentity.externalUserId), sent back as `professionalKey`. */
  key: string;
  name: string;
  organisation: string;
  disciplines: readonly LocalisedName[];
}

/**
 * What the try-out needs to know about the demo team beyond the channel store: who can be picked and
 * which TeamChannel the page's "team channel" view stands for. Implemented by
 * src/infra/db/repositories/tryout-directory.ts.
 */
export interface TryoutDirectory {
  listProfessionals(): Promise<TryoutProfessional[]>;
  /** The demo team's try-out TeamChannel id, or undefined when there is no demo team. */
  teamChannelId(): Promise<string | undefined>;
}
