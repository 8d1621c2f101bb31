import { parseArgs } from 'node:util';

const version = "0.1.0";
const packageJson = {
	version: version};

/** The package version, shown by `--version` and written into SARIF and reports. */
const VERSION = packageJson.version;

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
        config[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
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
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/**
 * The reference instant for date checks. A plain date means noon UTC of that day, so that the
 * calendar day is the same in every time zone; without a value, the clock.
 */
function parseNow(value, clock = () => new Date()) {
    if (value === undefined)
        return clock();
    const text = String(value).trim();
    const dateOnly = ISO_DATE.exec(text);
    const instant = dateOnly
        ? new Date(`${text}T12:00:00Z`)
        : ISO_DATE_TIME.test(text)
            ? new Date(text)
            : null;
    const valid = instant !== null &&
        !Number.isNaN(instant.getTime()) &&
        (!dateOnly || instant.toISOString().slice(0, 10) === text);
    if (!valid)
        throw new UsageError(`--now must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (got "${text}").`);
    return instant;
}

export { CONFIG_OPTIONS as C, EXIT_OK as E, UsageError as U, VERSION as V, EXIT_USAGE as a, parseNow as b, choice as c, EXIT_FINDINGS as d, helpText as h, integer as i, parseCommandArgs as p };
