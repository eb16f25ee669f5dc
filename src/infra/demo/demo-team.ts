import { readFile } from 'node:fs/promises';
import type { ImportSource } from '../../app/roster/read-roster.ts';

/**
 * The fictional neighbourhood team "Buurtteam Oost" that a new installation starts with, so people can try
 * casus before importing their own roster. Every person, organisation and household in it is made up.
 * It is written in the import format and goes through the importer, so the demo also exercises the import.
 */
export const DEMO_TEAM_SLUG = 'demo';

const DEMO_ROSTER = new URL('./demo-roster.json', import.meta.url);

export async function demoRosterSource(): Promise<ImportSource> {
  return { name: 'demo-roster.json', text: await readFile(DEMO_ROSTER, 'utf8'), format: 'json' };
}

let tryoutKeys: Promise<ReadonlySet<string>> | undefined;

/**
 * The try-out identities the demo roster itself hands out. Where the try-out may only serve the fictional team,
 * these are the only keys it accepts, so an imported team that happens to be called `demo` is not opened up.
 */
export function demoTryoutKeys(): Promise<ReadonlySet<string>> {
  tryoutKeys ??= demoRosterSource().then(({ text }) => {
    const roster = JSON.parse(text) as {
      professionals: { identities?: { platform: string; userId: string }[] }[];
    };
    return new Set(
      roster.professionals.flatMap((professional) =>
        (professional.identities ?? [])
          .filter((identity) => identity.platform === 'tryout')
          .map((identity) => identity.userId),
      ),
    );
  });
  return tryoutKeys;
}
