import { type CliCommand, EXIT, UsageError } from '../cli-command.ts';

const GENERAL = [
  'Options for every command:',
  '  --json        print one JSON document on stdout (also on errors), for scripts',
  '  -h, --help    show the help of a command',
  '',
  'Exit codes: 0 done, 1 failed (invalid file, database or configuration problem), 2 wrong command line.',
  'Database: the embedded database in DATA_DIR (default ./data), or PostgreSQL when DATABASE_URL is set.',
  'Every command that uses the database first applies pending migrations.',
];

export const helpCommand: CliCommand = {
  name: 'help',
  summary: 'list the commands, or explain one: casus help import',
  usage: '[command]',
  options: {},
  positionals: { min: 0, max: 1 },
  async run(context, { positionals }) {
    const [name] = positionals;
    if (name !== undefined) {
      const command = context.commands.find((c) => c.name === name);
      if (!command) throw new UsageError(`unknown command "${name}"`);
      return {
        exitCode: EXIT.ok,
        json: { commands: [describe(command)] },
        lines: [
          `Usage: casus ${command.name} ${command.usage}`.trimEnd(),
          '',
          command.summary,
          ...(command.details ?? []),
          '',
          ...GENERAL,
        ],
      };
    }
    const width = Math.max(...context.commands.map((c) => c.name.length));
    return {
      exitCode: EXIT.ok,
      json: { commands: context.commands.map(describe) },
      lines: [
        'casus: case conferences for neighbourhood care teams',
        '',
        'Usage: casus <command> [options]',
        '',
        'Commands:',
        ...context.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        ...GENERAL,
      ],
    };
  },
};

function describe(command: CliCommand) {
  return {
    name: command.name,
    summary: command.summary,
    usage: `casus ${command.name} ${command.usage}`.trimEnd(),
  };
}
