import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { searchStart } from '../../app/project.js';
import { cardYaml, positionCardOfFile } from '../../app/card.js';
import { displayPath } from '../../text/paths.js';
import { OUT_OPTION, writeOutput } from './index-command.js';
import {
  CONFIG_OPTIONS,
  CliError,
  EXIT_OK,
  parseNow,
  UsageError,
  type CliIo,
  type Command,
  type ParsedArgs,
} from '../command.js';

async function runCard(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) throw new UsageError('Give one postmortem file.');
  const file = args.positionals[0];
  const now = parseNow(args.values.now);
  const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
  const config = await loadConfig({
    configPath,
    searchFrom: searchStart([file], io.cwd),
    cwd: io.cwd,
  });
  const card = await positionCardOfFile(resolve(io.cwd, file), config, now);
  if ('error' in card) throw new CliError(`${file}: ${card.error}`);
  card.position_card.evidence_pointers[0].ref = displayPath(resolve(io.cwd, file), io.cwd);
  await writeOutput(cardYaml(card), args.values, io);
  return EXIT_OK;
}

export const cardCommand: Command = {
  summary:
    "Write the practice's position card (YAML) of one postmortem: claims, plan, evidence, confidence, risks.",
  usage: '[options] FILE',
  positionals: true,
  options: { ...CONFIG_OPTIONS, ...OUT_OPTION },
  run: runCard,
};
