import { ConfigError } from '../config/load.js';
import { NoFilesError } from '../files/discover.js';
import { VERSION } from '../version.js';
import {
  EXIT_OK,
  EXIT_USAGE,
  helpText,
  parseCommandArgs,
  CliError,
  UsageError,
  type CliIo,
  type Command,
} from './command.js';

export type { CliIo } from './command.js';

const PROGRAM = 'postmortem-lint';

/**
 * The subcommands, loaded on demand. Adding one is one line here plus its module exporting a
 * `Command` (see `command.ts`). `lint` is the default when the first argument is not a command.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./lint.js')).lintCommand,
  index: async () => (await import('./commands/index-command.js')).indexCommand,
  report: async () => (await import('./commands/report-command.js')).reportCommand,
  new: async () => (await import('./commands/new-command.js')).newCommand,
  link: async () => (await import('./commands/link-command.js')).linkCommand,
  card: async () => (await import('./commands/card-command.js')).cardCommand,
};

const DEFAULT_COMMAND = 'lint';

async function generalHelp(): Promise<string> {
  const names = Object.keys(COMMANDS);
  // One at a time: concurrent first imports of modules sharing dependencies trip jest's ESM loader.
  const commands: Command[] = [];
  for (const name of names) commands.push(await COMMANDS[name]());
  const width = Math.max(...names.map((name) => name.length));
  return [
    `Usage: ${PROGRAM} [command] [options] [arguments]`,
    '',
    'Commands:',
    ...names.map((name, i) => `  ${name.padEnd(width)}  ${commands[i].summary}`),
    '',
    `Without a command, ${PROGRAM} runs "${DEFAULT_COMMAND}". "${PROGRAM} <command> --help" lists the`,
    'options of a command; --version prints the version.',
    '',
    helpText(PROGRAM, DEFAULT_COMMAND, commands[names.indexOf(DEFAULT_COMMAND)]),
  ].join('\n');
}

/** Runs the CLI; returns the exit code (0 clean, 1 findings, 2 usage or configuration error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(await generalHelp());
    return EXIT_OK;
  }
  const named = first !== undefined && Object.hasOwn(COMMANDS, first);
  const name = named ? first : DEFAULT_COMMAND;
  const command = await COMMANDS[name]();
  try {
    const args = parseCommandArgs(command, named ? argv.slice(1) : argv);
    if (args.values.help) {
      io.stdout(helpText(PROGRAM, name, command));
      return EXIT_OK;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${error.message}\nRun "${PROGRAM} ${name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof NoFilesError || error instanceof CliError) {
      io.stderr(`${PROGRAM}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.stderr(`${PROGRAM}: invalid configuration:\n${error.message}\n`);
      return EXIT_USAGE;
    }
    // A crash must not look like "findings" (exit 1): report it as ESLint does, exit 2.
    io.stderr(`${PROGRAM}: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_USAGE;
  }
}
