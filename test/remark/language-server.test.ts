import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { tempTree } from '../support/lint.js';
import { referenceText } from '../support/reference.js';
import { installBundledPlugin } from './bundle.js';

/**
 * The editor path end to end: unified-language-server (what vscode-remark runs) with the bundled
 * `postmortem-lint/remark`, driven over stdio as a real client would: open a postmortem, read the
 * diagnostics, ask for the code actions of one, apply the quick fix, see the diagnostic go.
 */

const ROOT = process.cwd();
const NOW = '2026-02-06';

/** vscode-remark's server, as its readme sets it up, with the plugin given in `plugins`. */
const SERVER = `
import { createUnifiedLanguageServer } from ${JSON.stringify(
  pathToFileURL(join(ROOT, 'node_modules', 'unified-language-server', 'index.js')).href,
)};
createUnifiedLanguageServer({
  configurationSection: 'remark',
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  processorName: 'remark',
  processorSpecifier: 'remark',
  rcName: '.remarkrc',
  plugins: [['postmortem-lint/remark', { now: ${JSON.stringify(NOW)} }]],
});
`;

type Message = {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
};

/** JSON-RPC over stdio with LSP's Content-Length framing: just what the test needs. */
class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly waiting: Array<{
    match: (message: Message) => boolean;
    resolve: (message: Message) => void;
  }> = [];
  private readonly seen: Message[] = [];

  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(
        this.buffer.subarray(start, start + length).toString('utf8'),
      ) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server (e.g. workspace/configuration): none is needed here.
      this.send({ id: message.id, result: null });
      return;
    }
    const index = this.waiting.findIndex((waiter) => waiter.match(message));
    if (index === -1) this.seen.push(message);
    else this.waiting.splice(index, 1)[0].resolve(message);
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) =>
        message.error ? reject(new Error(message.error.message)) : resolve(message.result as T),
      );
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The next notification `match` accepts (one that already came, or the next to come). */
  notification(match: (message: Message) => boolean): Promise<Message> {
    const index = this.seen.findIndex(match);
    if (index !== -1) return Promise.resolve(this.seen.splice(index, 1)[0]);
    return new Promise((resolve) => this.waiting.push({ match, resolve }));
  }
}

/** Offset of an LSP position (UTF-16 code units, as JavaScript strings count). */
function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start))
    .reduce(
      (current, edit) =>
        current.slice(0, offsetAt(current, edit.range.start)) +
        edit.newText +
        current.slice(offsetAt(current, edit.range.end)),
      text,
    );
}

const TEXT = referenceText()
  .replace('**Severity:** SEV-1 (Critical)', '**Severity:** sev1 (Critical)')
  .replace('Fast Detection', 'Fast Detection, though the on-call should have known the limit');

let root = '';
let uri = '';
let server: ChildProcessWithoutNullStreams;
let client: Client;
let stderr = '';

beforeAll(async () => {
  root = tempTree({
    'package.json': '{"name": "postmortems", "private": true, "type": "module"}\n',
    'postmortems/2026-02-05-catalog-outage.md': TEXT,
    'server.mjs': SERVER,
  });
  await installBundledPlugin(root);
  // The processor itself comes from the workspace, as vscode-remark loads it.
  symlinkSync(join(ROOT, 'node_modules', 'remark'), join(root, 'node_modules', 'remark'), 'dir');
  writeFileSync(join(root, '.remarkignore'), '');
  uri = pathToFileURL(join(root, 'postmortems', '2026-02-05-catalog-outage.md')).href;
  server = spawn(process.execPath, [join(root, 'server.mjs'), '--stdio'], { cwd: root });
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client(server);
}, 120_000);

afterAll(async () => {
  if (!server) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await client.request('shutdown', null).catch(() => undefined);
  client.notify('exit', null);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
  if (server.exitCode === null && server.signalCode === null) server.kill();
});

const diagnosticsFor = (version: number) => (message: Message) =>
  message.method === 'textDocument/publishDiagnostics' &&
  (message.params as PublishDiagnosticsParams).uri === uri &&
  (message.params as PublishDiagnosticsParams).version === version;

const ms = (since: number): string => `${(performance.now() - since).toFixed(0)} ms`;

describe('postmortem-lint/remark in unified-language-server (vscode-remark), over stdio', () => {
  test('diagnostics with rule ids as codes, a quick fix per fixable one, gone once applied', async () => {
    const init = await client.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'postmortems' }],
      capabilities: {},
    });
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    client.notify('initialized', {});

    const opened = performance.now();
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: TEXT },
    });
    const first = (await client.notification(diagnosticsFor(1))).params as PublishDiagnosticsParams;
    const toDiagnostics = ms(opened);
    const shown = (diagnostic: Diagnostic) => {
      const { start, end } = diagnostic.range;
      return `${diagnostic.code} ${diagnostic.severity} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${diagnostic.source}`;
    };
    const blameAt = TEXT.split('\n').findIndex((line) => line.includes('should have known'));
    const blameColumn = TEXT.split('\n')[blameAt].indexOf('should have known') + 1;
    const severityColumn = TEXT.split('\n')[4].indexOf('sev1') + 1;
    expect(first.diagnostics.map(shown)).toEqual([
      // An info diagnostic (3): sev1 is accepted, --fix writes SEV-1.
      `required-metadata 3 5:${severityColumn}-5:${severityColumn + 4} postmortem-lint`,
      // An error (1) on the exact words, as the CLI reports them.
      `blameless-language 1 ${blameAt + 1}:${blameColumn}-${blameAt + 1}:${blameColumn + 17} postmortem-lint`,
    ]);
    const blame = first.diagnostics.find((d) => d.code === 'blameless-language') as Diagnostic;
    expect(blame.codeDescription?.href).toMatch(/docs\/rules\/blameless-language\.md$/);

    const asked = performance.now();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: blame.range,
      context: { diagnostics: [blame] },
    });
    const toActions = ms(asked);
    const openToActions = ms(opened);
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ['Replace `should have known` with `did not know`', 'quickfix', true],
    ]);

    const fixed = applyEdits(TEXT, actions[0].edit?.changes?.[uri] ?? []);
    expect(fixed).toContain('the on-call did not know the limit');
    const changed = performance.now();
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const second = (await client.notification(diagnosticsFor(2)))
      .params as PublishDiagnosticsParams;
    const toChangedDiagnostics = ms(changed);
    expect(second.diagnostics.map((d) => d.code)).toEqual(['required-metadata']);

    // The info diagnostic's quick fix: sev1 → SEV-1, then nothing is left.
    const [spelling] = second.diagnostics;
    const spellingActions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: spelling.range,
      context: { diagnostics: [spelling] },
    });
    expect(spellingActions.map((action) => action.title)).toEqual(['Replace `sev1` with `SEV-1`']);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: applyEdits(fixed, spellingActions[0].edit?.changes?.[uri] ?? []) }],
    });
    const third = (await client.notification(diagnosticsFor(3))).params as PublishDiagnosticsParams;
    expect(third.diagnostics).toEqual([]);
    expect(stderr).toBe('');

    console.log(
      `unified-language-server + postmortem-lint/remark: didOpen → diagnostics ${toDiagnostics} (cold: loads remark and the plugin); codeAction → actions ${toActions} (didOpen → actions ${openToActions}); didChange → diagnostics ${toChangedDiagnostics}`,
    );
  }, 120_000);
});
