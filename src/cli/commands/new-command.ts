import { mkdir, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { readBounded, realDirInside, safeWrite, UnsafeWriteError } from '../../files/safe-write.js';
import { isoDay } from '../../model/dates.js';
import { findTemplate, TEMPLATE_FILE_NAME } from '../../scaffold/template-source.js';
import { ScaffoldError, scaffoldPostmortem } from '../../scaffold/scaffold.js';
import {
  CONFIG_OPTIONS,
  CliError,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  parseNow,
  type CliIo,
  type Command,
  type ParsedArgs,
} from '../command.js';

const DEFAULT_DIR = 'postmortems';

function required(args: ParsedArgs, name: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required.`);
  return value;
}

/**
 * Texts of the Markdown files under `dir` (any depth), for the incident ids they already use. Each
 * is read with the size limit: a file over it (or not a regular file) is not read.
 */
async function existingTexts(dir: string, maxFileSize: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const markdown = names.filter(
    (name) => name.endsWith('.md') && !name.endsWith(TEMPLATE_FILE_NAME),
  );
  const decoder = new TextDecoder();
  const texts = await Promise.all(
    markdown.map(async (name) => {
      try {
        const read = await readBounded(join(dir, name), maxFileSize);
        return 'bytes' in read ? decoder.decode(read.bytes) : null;
      } catch (error) {
        // Not a regular file, or a dangling link: it holds no incident id.
        if (error instanceof UnsafeWriteError) return null;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    }),
  );
  return texts.filter((text): text is string => text !== null);
}

async function runNew(args: ParsedArgs, io: CliIo): Promise<number> {
  const title = required(args, 'title');
  const severity = required(args, 'severity');
  const now = parseNow(args.values.now);
  const date = typeof args.values.date === 'string' ? args.values.date.trim() : isoDay(now);
  const dir = resolve(io.cwd, typeof args.values.dir === 'string' ? args.values.dir : DEFAULT_DIR);
  const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
  const config = await loadConfig({ configPath, searchFrom: dir, cwd: io.cwd });

  const template = await findTemplate(dir, config.maxFileSize);
  if (template.warning !== undefined) io.stderr(`postmortem-lint: ${template.warning}\n`);
  let scaffolded;
  try {
    scaffolded = scaffoldPostmortem({
      template: template.text,
      title,
      severity,
      date,
      existing: await existingTexts(dir, config.maxFileSize),
      config,
    });
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }

  const target = join(dir, scaffolded.fileName);
  const shown = relative(io.cwd, target) || target;
  try {
    // Checked before mkdir, so that no folder is created outside the configuration's root either.
    await realDirInside(dir, config.baseDir);
    await mkdir(dir, { recursive: true });
    // 'create': written atomically, never through a symlink, never over an existing file.
    await safeWrite(target, scaffolded.text, { root: config.baseDir, mode: 'create' });
  } catch (error) {
    if (error instanceof UnsafeWriteError) throw new CliError(`${error.message}: not created.`);
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.stderr(
      `postmortem-lint: ${shown} already exists: not overwritten. Choose another --title or --date.\n`,
    );
    return EXIT_FINDINGS;
  }
  const from = template.path === null ? 'the built-in template' : relative(io.cwd, template.path);
  io.stdout(
    [
      `Created ${shown} from ${from}:`,
      `  id ${scaffolded.id ?? '(yours to fill: incidentIdPattern is your own)'}, ${scaffolded.severity}, follow-up meeting due by ${scaffolded.followUpDeadline}.`,
      `Replace every [placeholder]; once it is shared and reviewed, write who received it and the meeting date; "postmortem-lint ${shown}" lists what is left.`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export const newCommand: Command = {
  summary:
    'Create a postmortem from the template, with id, date, severity and follow-up deadline filled in.',
  usage: '--title TEXT --severity SEV [--date YYYY-MM-DD] [--dir DIR]',
  positionals: false,
  options: {
    title: {
      type: 'string',
      short: 't',
      valueName: 'TEXT',
      description: 'One-line title of the incident (required).',
    },
    severity: {
      type: 'string',
      short: 's',
      valueName: 'SEV',
      description: 'Severity, e.g. SEV-2 (required).',
    },
    date: {
      type: 'string',
      short: 'd',
      valueName: 'DATE',
      description: 'Incident date, YYYY-MM-DD (default: today).',
    },
    dir: {
      type: 'string',
      valueName: 'DIR',
      description: `Folder of the postmortems; its ${TEMPLATE_FILE_NAME} is used when present (default: ${DEFAULT_DIR}).`,
    },
    ...CONFIG_OPTIONS,
  },
  run: runNew,
};
