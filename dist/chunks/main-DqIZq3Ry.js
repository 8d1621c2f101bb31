import { C as ConfigError } from './index-Cgj-hIvX.js';
import { V as VERSION, N as NoFilesError } from './version-C0Mv0M4l.js';
import { parseArgs } from 'node:util';
import { e as readInstant } from './resolve-cfr8Br3c.js';

/** Exit codes shared by every command (ESLint's): 0 clean, 1 findings, 2 usage or configuration error. */
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** Bad command-line use: printed with a pointer to `--help`, exit code 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/**
 * A problem the user can act on that is not bad usage (an existing file not overwritten, a
 * formatter module that does not load): printed as it is, exit code 2.
 */
class CliError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CliError';
    }
}
/** Options every command understands. */
const HELP_OPTIONS = {
    help: { type: 'boolean', short: 'h', description: 'Show this help and exit.' },
};
/** Options of commands that read postmortems with a configuration and a reference date. */
const CONFIG_OPTIONS = {
    config: {
        type: 'string',
        short: 'c',
        valueName: 'FILE',
        description: 'Use this config file instead of searching for .postmortemrc.{yml,yaml,json}.',
    },
    now: {
        type: 'string',
        valueName: 'DATE',
        description: 'Reference date for date checks (YYYY-MM-DD or ISO date-time; default: today).',
    },
};
function parseCommandArgs(command, argv) {
    const options = { ...HELP_OPTIONS, ...command.options };
    const config = {};
    for (const [name, spec] of Object.entries(options)) {
        config[name] = {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
        };
    }
    try {
        const parsed = parseArgs({
            args: argv,
            options: config,
            allowPositionals: command.positionals,
            strict: true,
        });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (error) {
        // node:util's messages are precise ("Unknown option '--fromat'"); drop its advice about '--'.
        throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, '.'));
    }
}
function helpText(program, name, command) {
    const options = { ...command.options, ...HELP_OPTIONS };
    const rows = Object.entries(options).map(([long, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${long}${spec.valueName ? ` ${spec.valueName}` : ''}`;
        return [flag, spec.description];
    });
    const width = Math.max(...rows.map(([flag]) => flag.length));
    return [
        `Usage: ${program} ${name} ${command.usage}`.trimEnd(),
        '',
        command.summary,
        '',
        'Options:',
        ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`),
        '',
    ].join('\n');
}
/** The value of an option that must be one of a few words. */
function choice(name, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}").`);
}
/** The value of an option that must be a whole number >= `minimum`. */
function integer(name, value, minimum) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'string' && /^\d+$/.test(value.trim()) && Number(value) >= minimum)
        return Number(value);
    throw new UsageError(`--${name} must be a whole number >= ${minimum} (got "${String(value)}").`);
}
/**
 * The reference instant for date checks (`--now`): a plain date means noon UTC of that day, so
 * that the calendar day is the same in every time zone; without a value, the clock.
 */
function parseNow(value, clock = () => new Date()) {
    if (value === undefined)
        return clock();
    const instant = readInstant(String(value));
    if (instant === null)
        throw new UsageError(`--now must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (got "${String(value).trim()}").`);
    return instant;
}

const PROGRAM = 'postmortem-lint';
/**
 * The subcommands, loaded on demand. Adding one is one line here plus its module exporting a
 * `Command` (see `command.ts`). `lint` is the default when the first argument is not a command.
 */
const COMMANDS = {
    lint: async () => (await import('./lint-2KBpMPPm.js').then(n => n.l)).lintCommand,
    index: async () => (await import('./index-command-Blhn_gvA.js')).indexCommand,
    report: async () => (await import('./report-command-Bghaj9DZ.js')).reportCommand,
    new: async () => (await import('./new-command-DRpl18Yv.js')).newCommand,
    link: async () => (await import('./link-command-mkDi6Ozz.js')).linkCommand,
    card: async () => (await import('./card-command-BP1kp-Rs.js')).cardCommand,
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
        if (error instanceof NoFilesError || error instanceof CliError) {
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

export { CONFIG_OPTIONS as C, EXIT_OK as E, UsageError as U, CliError as a, EXIT_FINDINGS as b, choice as c, integer as i, main as m, parseNow as p };
