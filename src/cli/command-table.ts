import type { CliCommand } from './cli-command.ts';
import { absenceCommand } from './commands/absence.ts';
import { actionCommand } from './commands/action.ts';
import { actionsCommand } from './commands/actions.ts';
import { auditCommand } from './commands/audit.ts';
import { conferenceCommand } from './commands/conference.ts';
import { digestCommand } from './commands/digest.ts';
import { helpCommand } from './commands/help.ts';
import { importCommand } from './commands/import.ts';
import { inviteCommand } from './commands/invite.ts';
import { jobsCommand } from './commands/jobs.ts';
import { migrateCommand } from './commands/migrate.ts';
import { nudgesCommand } from './commands/nudges.ts';
import { planCommand } from './commands/plan.ts';
import { cancelCommand, declineCommand, postponeCommand } from './commands/rescue.ts';
import { rotationCommand } from './commands/rotation.ts';
import { seedDemoCommand } from './commands/seed-demo.ts';
import { settingsCommand } from './commands/settings.ts';
import { statsCommand } from './commands/stats.ts';

/** Every `casus` subcommand, in the order `casus help` lists them. */
export const commandTable: readonly CliCommand[] = [
  importCommand,
  migrateCommand,
  seedDemoCommand,
  planCommand,
  inviteCommand,
  conferenceCommand,
  settingsCommand,
  actionCommand,
  actionsCommand,
  absenceCommand,
  declineCommand,
  postponeCommand,
  cancelCommand,
  nudgesCommand,
  statsCommand,
  digestCommand,
  rotationCommand,
  auditCommand,
  jobsCommand,
  helpCommand,
];
