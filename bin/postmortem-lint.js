#!/usr/bin/env node
// Runs the bundled CLI (dist/ is committed, so a clean clone needs no build step).
const cli = await import('../dist/cli.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.js'))
    throw error;
  process.stderr.write('postmortem-lint: dist/cli.js is missing; run "npm run bundle" first.\n');
  process.exit(2);
});

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  // Read only when asked for (--stdin): an interactive terminal would otherwise wait for input.
  stdin: async () => {
    process.stdin.setEncoding('utf8');
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
});
