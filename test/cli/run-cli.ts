import { main } from '../../src/cli/main.js';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process, as the bin does, capturing its output. `stdin` is what standard input
 * holds (`--stdin`); without it, the CLI has no standard input to read.
 */
export async function runCli(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  stdin?: string,
): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env,
    ...(stdin === undefined ? {} : { stdin: () => Promise.resolve(stdin) }),
  });
  return { code, stdout, stderr };
}
