import { resolve } from 'node:path';
import { linkIssues } from '../../app/link.js';
import { displayPath } from '../../text/paths.js';
import { plural } from '../../text/wording.js';
import { configAndFiles } from '../lint.js';
import { githubToken, GITHUB_TOKEN_ENV_OPTION, repositoryOf } from '../tracking.js';
import {
  CONFIG_OPTIONS,
  EXIT_OK,
  UsageError,
  type CliIo,
  type Command,
  type ParsedArgs,
} from '../command.js';

/**
 * `postmortem-lint link [paths]`: writes `(#123)` after the action of each open, untracked item
 * for which the Action's `create-issues` opened an issue (found by its hidden marker).
 */
async function runLink(args: ParsedArgs, io: CliIo): Promise<number> {
  const { values, positionals } = args;
  const token = githubToken(values, io.env);
  if (token === null)
    throw new UsageError(
      'link reads the issues create-issues opened: set GITHUB_TOKEN or GH_TOKEN, or name the variable with --github-token-env NAME.',
    );
  const repository = await repositoryOf(io);
  if (repository === null)
    throw new UsageError(
      'link needs the repository the issues are in: set GITHUB_REPOSITORY=owner/repo (or run it in a checkout whose origin is on GitHub).',
    );
  const { config, files } = await configAndFiles(positionals, values, io);
  const outcome = await linkIssues({
    files: files.map((path) => resolve(io.cwd, path)),
    config,
    repository,
    client: { token, apiUrl: io.env.GITHUB_API_URL?.trim() || 'https://api.github.com' },
    pathOf: (path) => displayPath(path, io.cwd),
    serverUrl: io.env.GITHUB_SERVER_URL,
    dryRun: values['dry-run'] === true,
  });
  for (const notice of outcome.notices) io.stderr(`postmortem-lint: notice: ${notice}\n`);
  for (const line of outcome.linked) io.stdout(`${line}\n`);
  const dry = values['dry-run'] === true;
  io.stdout(
    outcome.linked.length === 0
      ? 'No issue to link: every open item with an issue opened for it is linked already.\n'
      : `${plural(outcome.linked.length, 'reference')} ${dry ? 'to write' : `written in ${plural(outcome.filesChanged, 'file')}`}.\n`,
  );
  return EXIT_OK;
}

export const linkCommand: Command = {
  summary:
    'Write the issues create-issues opened for untracked action items into the postmortems (needs a GitHub token).',
  usage: '[options] [paths|directories|globs...]',
  positionals: true,
  options: {
    ...CONFIG_OPTIONS,
    'github-token-env': GITHUB_TOKEN_ENV_OPTION,
    'dry-run': {
      type: 'boolean',
      description: 'Print the references that would be written; write nothing.',
    },
  },
  run: runLink,
};
