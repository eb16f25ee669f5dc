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
