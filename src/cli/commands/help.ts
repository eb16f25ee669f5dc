import { type CliCommand, type CliContext, EXIT, UsageError } from '../cli-command.ts';

export const helpCommand: CliCommand = {
  name: 'help',
  summary: 'command.help.summary',
  usage: 'command.help.usage',
  options: {},
  positionals: { min: 0, max: 1 },
  async run(context, { positionals }) {
    const { t } = context;
    const general = t('help.general').split('\n');
    const [name] = positionals;
    if (name !== undefined) {
      const command = context.commands.find((c) => c.name === name);
      if (!command) throw new UsageError('usage.unknown-command', { word: name });
      const help = describe(command, context);
      return {
        exitCode: EXIT.ok,
        json: { commands: [help] },
        lines: [
          t('usage.line', { usage: help.usage }),
          '',
          help.summary,
          ...(command.details ? t(command.details, command.helpParams).split('\n') : []),
          '',
          ...general,
        ],
      };
    }
    const width = Math.max(...context.commands.map((c) => c.name.length));
    return {
      exitCode: EXIT.ok,
      json: { commands: context.commands.map((c) => describe(c, context)) },
      lines: [
        t('help.title'),
        '',
        t('usage.line', { usage: t('usage.general') }),
        '',
        t('help.commands'),
        ...context.commands.map((c) => `  ${c.name.padEnd(width)}  ${t(c.summary, c.helpParams)}`),
        '',
        ...general,
      ],
    };
  },
};

function describe(command: CliCommand, { t }: CliContext) {
  return {
    name: command.name,
    summary: t(command.summary, command.helpParams),
    usage: `casus ${command.name} ${t(command.usage, command.helpParams)}`.trimEnd(),
  };
}
