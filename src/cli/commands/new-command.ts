import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { isoDay } from '../../model/dates.js';
import { findTemplate, TEMPLATE_FILE_NAME } from '../../scaffold/template-source.js';
import { ScaffoldError, scaffoldPostmortem } from '../../scaffold/scaffold.js';
import {
  CONFIG_OPTIONS,
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

/** Texts of the Markdown files under `dir` (any depth), for the incident ids they already use. */
async function existingTexts(dir: string): Promise<string[]> {
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
  return Promise.all(markdown.map((name) => readFile(join(dir, name), 'utf8')));
}

async function runNew(args: ParsedArgs, io: CliIo): Promise<number> {
  const title = required(args, 'title');
  const severity = required(args, 'severity');
  const now = parseNow(args.values.now);
  const date = typeof args.values.date === 'string' ? args.values.date.trim() : isoDay(now);
  const dir = resolve(io.cwd, typeof args.values.dir === 'string' ? args.values.dir : DEFAULT_DIR);
  const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
  const config = await loadConfig({ configPath, searchFrom: dir, cwd: io.cwd });

  const template = await findTemplate(dir);
  let scaffolded;
  try {
    scaffolded = scaffoldPostmortem({
      template: template.text,
      title,
      severity,
      date,
      existing: await existingTexts(dir),
      config,
    });
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }

  const target = join(dir, scaffolded.fileName);
  const shown = relative(io.cwd, target) || target;
  await mkdir(dir, { recursive: true });
  try {
    // 'wx': fail when the file exists, so an existing postmortem is never overwritten.
    await writeFile(target, scaffolded.text, { flag: 'wx' });
  } catch (error) {
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
      `  id ${scaffolded.id ?? '(yours to fill: incidentIdPattern is your own)'}, ${scaffolded.severity}, follow-up meeting by ${scaffolded.followUpDeadline}.`,
      `Replace every [placeholder]; "postmortem-lint ${shown}" lists the ones left.`,
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
