import { C as ConfigError } from './chunks/index-Ck11Zl3Q.js';
import { V as VERSION, E as EXIT_OK, p as parseCommandArgs, h as helpText, U as UsageError, a as EXIT_USAGE, N as NoFilesError } from './chunks/command-CzzEo1mI.js';
import 'node:fs/promises';
import 'node:path';
import './chunks/resolve-C5FT6IMq.js';
import 'node:crypto';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:util';

const PROGRAM = 'postmortem-lint';
/**
 * The subcommands, loaded on demand. Adding one is one line here plus its module exporting a
 * `Command` (see `command.ts`). `lint` is the default when the first argument is not a command.
 */
const COMMANDS = {
    lint: async () => (await import('./chunks/lint-DYtUjP1p.js')).lintCommand,
    index: async () => (await import('./chunks/index-command-DGeDXnVG.js')).indexCommand,
    report: async () => (await import('./chunks/report-command-B2qoAhSF.js')).reportCommand,
    new: async () => (await import('./chunks/new-command-MvFdnVKW.js')).newCommand,
};
const DEFAULT_COMMAND = 'lint';
async function generalHelp() {
    const names = Object.keys(COMMANDS);
    // One at a time: concurrent first imports of modules sharing dependencies trip jest's ESM loader.
    const commands = [];
    for (const name of names)
        commands.push(await COMMANDS[name]());
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
async function main(argv, io) {
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
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`${PROGRAM}: ${error.message}\nRun "${PROGRAM} ${name} --help" for usage.\n`);
            return EXIT_USAGE;
        }
        if (error instanceof NoFilesError) {
            io.stderr(`${PROGRAM}: ${error.message}\n`);
            return EXIT_USAGE;
        }
        if (error instanceof ConfigError) {
            io.stderr(`${PROGRAM}: invalid configuration:\n${error.message}\n`);
            return EXIT_USAGE;
        }
        // A crash must not look like "findings" (exit 1): report it as ESLint does, exit 2.
        io.stderr(`${PROGRAM}: internal error: ${error?.stack ?? String(error)}\n`);
        return EXIT_USAGE;
    }
}

export { main };
