import { resolve } from 'node:path';
import { l as loadConfig, d as displayPath } from './index-Cgj-hIvX.js';
import { s as searchStart } from './project-DY8yG-kZ.js';
import { a as positionCardOfFile, c as cardYaml } from './card-B8u5voMj.js';
import { OUT_OPTION, writeOutput } from './index-command-Blhn_gvA.js';
import { C as CONFIG_OPTIONS, U as UsageError, p as parseNow, a as CliError, E as EXIT_OK } from './main-DqIZq3Ry.js';
import 'node:fs/promises';
import './resolve-cfr8Br3c.js';
import 'node:crypto';
import './_commonjsHelpers-BFTU3MAI.js';
import 'node:process';
import 'node:url';
import 'process';
import 'buffer';
import 'node:module';
import './report-iuJZ0I-V.js';
import './pipeline-D7DYxzb-.js';
import 'node:fs';
import './decode-BatIPcMV.js';
import './edits-vrcRL61i.js';
import './version-C0Mv0M4l.js';
import 'fs';
import 'path';
import 'url';
import 'module';
import 'node:os';
import './pool-DYaRj7HH.js';
import 'node:worker_threads';
import './lint-2KBpMPPm.js';
import 'node:perf_hooks';
import 'node:util';

async function runCard(args, io) {
    if (args.positionals.length !== 1)
        throw new UsageError('Give one postmortem file.');
    const file = args.positionals[0];
    const now = parseNow(args.values.now);
    const configPath = typeof args.values.config === 'string' ? args.values.config : undefined;
    const config = await loadConfig({
        configPath,
        searchFrom: searchStart([file], io.cwd),
        cwd: io.cwd,
    });
    const card = await positionCardOfFile(resolve(io.cwd, file), config, now);
    if ('error' in card)
        throw new CliError(`${file}: ${card.error}`);
    card.position_card.evidence_pointers[0].ref = displayPath(resolve(io.cwd, file), io.cwd);
    await writeOutput(cardYaml(card), args.values, io);
    return EXIT_OK;
}
const cardCommand = {
    summary: "Write the practice's position card (YAML) of one postmortem: claims, plan, evidence, confidence, risks.",
    usage: '[options] FILE',
    positionals: true,
    options: { ...CONFIG_OPTIONS, ...OUT_OPTION },
    run: runCard,
};

export { cardCommand };
