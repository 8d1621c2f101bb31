import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';

/**
 * A loopback stand-in for the GitHub REST API routes the Action uses, with real response shapes:
 * pull request files and issue comments (paginated with Link headers like GitHub), creating,
 * updating and deleting comments, listing (state / labels filters), getting (with ETags: a 304
 * for a matching If-None-Match), creating (labels, assignees: 422 for one that cannot be
 * assigned) and updating issues, getting and creating labels, and GET /user (403 for an
 * installation token, as with GITHUB_TOKEN). Repositories can be made unreadable (403).
 * Records every request; can be told to answer 403 "Resource not accessible by integration", or
 * to give scripted answers (rate limits, 5xx) once each.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
}

export type PullFileStatus =
  'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  user: FakeUser;
  /** The issues API lists pull requests too (with a `pull_request` key). */
  isPullRequest: boolean;
  /** `owner/repo` it belongs to; undefined: every repository's (the tests of one repository). */
  repository?: string;
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
  closedAt?: string | null;
  /** A pull request's merge time (null: closed without merging). */
  mergedAt?: string | null;
  assignees?: string[];
}

/** What the fake can be told to refuse with 403 (the way a read-only token is refused). */
export type Forbidden = 'list-files' | 'list-comments' | 'write-comments' | 'write-issues';

/** The user behind the GITHUB_TOKEN of a workflow run. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

const FORBIDDEN_BODY = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
};

/** An answer given once instead of the usual one (a rate limit, an outage), to the first request it matches. */
export interface ScriptedResponse {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Sent as it is instead of `body` as JSON (an HTML error page). */
  rawBody?: string;
  /** Wait this long before answering (a slow or hung server). */
  delayMs?: number;
}

export class FakeGitHub {
  /** Answers given before the usual ones, each once, in order (see ScriptedResponse). */
  readonly scripted: ScriptedResponse[] = [];
  /** Called with each request once recorded, before it is answered (e.g. another run's write). */
  onRequest: ((request: RecordedRequest) => void) | null = null;
  readonly requests: RecordedRequest[] = [];
  /** Files of each pull request, by number. */
  readonly pullFiles = new Map<number, { filename: string; status: PullFileStatus }[]>();
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  readonly forbidden = new Set<Forbidden>();
  /** Repositories (`owner/repo`) the token cannot read: 403 on their issues. */
  readonly unreadable = new Set<string>();
  /** Labels that exist (`GET /repos/o/r/labels/{name}`). */
  readonly labels = new Set<string>();
  /** Users issues can be assigned to. */
  readonly assignable = new Set<string>();
  /** Who comments (the token's user). */
  commenter: FakeUser = ACTIONS_BOT;
  /** What GET /user answers; null: 403, as for an installation token. */
  tokenUser: FakeUser | null = null;
  private nextCommentId = 1_000_001;
  private nextIssueNumber = 1;
  private server: Server | null = null;
  url = '';

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    fake.server = createServer((request, response) => {
      fake.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: String(error) }));
      });
    });
    await new Promise<void>((resolve) => fake.server?.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Forget state between scenarios. */
  reset(): void {
    this.requests.length = 0;
    this.pullFiles.clear();
    this.comments.length = 0;
    this.issues.length = 0;
    this.nextIssueNumber = 1;
    this.forbidden.clear();
    this.unreadable.clear();
    this.labels.clear();
    this.assignable.clear();
    this.commenter = ACTIONS_BOT;
    this.tokenUser = null;
    this.notModified = 0;
    this.scripted.length = 0;
    this.onRequest = null;
  }

  addComment(issueNumber: number, body: string, user: FakeUser): FakeComment {
    const comment = { id: this.nextCommentId++, issueNumber, body, user };
    this.comments.push(comment);
    return comment;
  }

  addIssue(fields: Partial<FakeIssue> & { body: string }): FakeIssue {
    const issue: FakeIssue = {
      number: this.nextIssueNumber++,
      title: 'An issue',
      labels: [],
      state: 'open',
      user: this.commenter,
      isPullRequest: false,
      ...fields,
    };
    this.issues.push(issue);
    return issue;
  }

  private issueJson(owner: string, repo: string, issue: FakeIssue): Record<string, unknown> {
    const base = `${this.url}/repos/${owner}/${repo}/issues/${issue.number}`;
    return {
      url: base,
      html_url: `https://github.com/${owner}/${repo}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
      id: 500_000 + issue.number,
      node_id: `I_kwDO${issue.number}`,
      number: issue.number,
      title: issue.title,
      user: this.userJson(issue.user),
      labels: issue.labels.map((name, i) => ({
        id: 9000 + i,
        name,
        color: 'ededed',
        default: false,
      })),
      state: issue.state,
      state_reason: issue.stateReason ?? null,
      assignees: (issue.assignees ?? []).map((login, i) =>
        this.userJson({ login, id: 7000 + i, type: 'User' }),
      ),
      locked: false,
      comments: 0,
      created_at: '2026-02-06T12:00:00Z',
      updated_at: '2026-02-06T12:00:00Z',
      closed_at: issue.closedAt ?? null,
      author_association: issue.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      body: issue.body,
      ...(issue.isPullRequest
        ? {
            pull_request: {
              url: `${this.url}/repos/${owner}/${repo}/pulls/${issue.number}`,
              merged_at: issue.mergedAt ?? null,
            },
          }
        : {}),
    };
  }

  /** Requests other than the reads, e.g. `POST /repos/o/r/issues/1/comments`. */
  writes(): string[] {
    return this.requests
      .filter((request) => request.method !== 'GET')
      .map((request) => `${request.method} ${request.path}`);
  }

  private userJson(user: FakeUser): Record<string, unknown> {
    return {
      login: user.login,
      id: user.id,
      node_id: `MDQ6VXNlcj${user.id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      url: `https://api.github.com/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
      type: user.type,
      site_admin: false,
    };
  }

  private commentJson(owner: string, repo: string, comment: FakeComment): Record<string, unknown> {
    return {
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      user: this.userJson(comment.user),
      created_at: '2026-02-06T12:00:00Z',
      updated_at: '2026-02-06T12:00:00Z',
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      body: comment.body,
      performed_via_github_app: null,
    };
  }

  private fileJson(
    owner: string,
    repo: string,
    file: { filename: string; status: PullFileStatus },
    index: number,
  ): Record<string, unknown> {
    const sha = index.toString(16).padStart(40, '0');
    return {
      sha,
      filename: file.filename,
      status: file.status,
      additions: file.status === 'removed' ? 0 : 10,
      deletions: file.status === 'added' ? 0 : 2,
      changes: 12,
      blob_url: `https://github.com/${owner}/${repo}/blob/${sha}/${file.filename}`,
      raw_url: `https://github.com/${owner}/${repo}/raw/${sha}/${file.filename}`,
      contents_url: `${this.url}/repos/${owner}/${repo}/contents/${file.filename}?ref=${sha}`,
      patch: '@@ -1,2 +1,10 @@',
    };
  }

  /** One page of `items` with GitHub's Link header (next/last/first/prev). */
  private page(
    response: ServerResponse,
    url: URL,
    items: readonly Record<string, unknown>[],
  ): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const pageUrl = (n: number): string => {
      // Like GitHub's, the links keep the request's filters (state, labels).
      const next = new URL(`${url.pathname}${url.search}`, this.url);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(n));
      return next.href;
    };
    const links: string[] = [];
    if (page < last)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
    if (links.length > 0) headers.link = links.join(', ');
    this.sendTagged(
      response,
      JSON.stringify(items.slice((page - 1) * perPage, page * perPage)),
      headers,
    );
  }

  /** Requests answered 304 Not Modified (an If-None-Match that matched the ETag). */
  notModified = 0;

  /** A 200 with a weak ETag of the body, or a 304 when the request already holds that ETag. */
  private sendTagged(
    response: ServerResponse,
    text: string,
    headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' },
  ): void {
    const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`;
    if (this.ifNoneMatch === etag) {
      this.notModified++;
      response.writeHead(304, { etag });
      response.end();
      return;
    }
    response.writeHead(200, { ...headers, etag });
    response.end(text);
  }

  private ifNoneMatch: string | undefined;

  /** Issues of one repository (those without a repository belong to every one). */
  private issuesOf(owner: string, repo: string): FakeIssue[] {
    const name = `${owner}/${repo}`.toLowerCase();
    return this.issues.filter(
      (issue) => issue.repository === undefined || issue.repository.toLowerCase() === name,
    );
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? null : JSON.parse(text);
    const method = request.method ?? 'GET';
    const tag = request.headers['if-none-match'];
    this.ifNoneMatch = typeof tag === 'string' ? tag : undefined;
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: request.headers.authorization,
    });

    const send = (status: number, json: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(json));
    };
    this.onRequest?.(this.requests[this.requests.length - 1]);
    const script = this.scripted.findIndex(
      (candidate) => candidate.method === method && candidate.path.test(url.pathname),
    );
    if (script !== -1) {
      const [answer] = this.scripted.splice(script, 1);
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (response.destroyed) return;
      if (answer.rawBody !== undefined) {
        response.writeHead(answer.status, { 'content-type': 'text/html', ...answer.headers });
        response.end(answer.rawBody);
        return;
      }
      return send(answer.status, answer.body ?? { message: 'Scripted' }, answer.headers);
    }
    const repository = /^\/repos\/([^/]+\/[^/]+)\//.exec(url.pathname)?.[1]?.toLowerCase();
    if (repository !== undefined && this.unreadable.has(repository))
      return send(403, FORBIDDEN_BODY);
    const refuse = (what: Forbidden): boolean => {
      if (!this.forbidden.has(what)) return false;
      send(403, FORBIDDEN_BODY);
      return true;
    };

    let match: RegExpExecArray | null;
    if (method === 'GET' && url.pathname === '/user') {
      if (this.tokenUser === null) send(403, FORBIDDEN_BODY);
      else send(200, this.userJson(this.tokenUser));
    } else if (
      method === 'GET' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname))
    ) {
      if (refuse('list-files')) return;
      const [, owner, repo, number] = match;
      const files = this.pullFiles.get(Number(number));
      if (files === undefined) return send(404, { message: 'Not Found', status: '404' });
      this.page(
        response,
        url,
        files.map((file, index) => this.fileJson(owner, repo, file, index)),
      );
    } else if (
      (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname))
    ) {
      const [, owner, repo, number] = match;
      if (method === 'GET') {
        if (refuse('list-comments')) return;
        const onIssue = this.comments.filter((comment) => comment.issueNumber === Number(number));
        this.page(
          response,
          url,
          onIssue.map((comment) => this.commentJson(owner, repo, comment)),
        );
      } else if (method === 'POST') {
        if (refuse('write-comments')) return;
        const comment = this.addComment(
          Number(number),
          (body as { body: string }).body,
          this.commenter,
        );
        send(201, this.commentJson(owner, repo, comment));
      } else send(404, { message: 'Not Found', status: '404' });
    } else if (
      method === 'DELETE' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname))
    ) {
      if (refuse('write-comments')) return;
      const index = this.comments.findIndex((candidate) => candidate.id === Number(match?.[3]));
      if (index === -1) return send(404, { message: 'Not Found', status: '404' });
      if (this.comments[index].user.login !== this.commenter.login)
        return send(403, FORBIDDEN_BODY);
      this.comments.splice(index, 1);
      response.writeHead(204);
      response.end();
    } else if (
      method === 'PATCH' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname))
    ) {
      if (refuse('write-comments')) return;
      const [, owner, repo, id] = match;
      const comment = this.comments.find((candidate) => candidate.id === Number(id));
      if (comment === undefined) return send(404, { message: 'Not Found', status: '404' });
      // GitHub lets only the author edit a comment (an installation token cannot edit a user's).
      if (comment.user.login !== this.commenter.login) return send(403, FORBIDDEN_BODY);
      comment.body = (body as { body: string }).body;
      send(200, this.commentJson(owner, repo, comment));
    } else if ((match = /^\/repos\/([^/]+)\/([^/]+)\/issues$/.exec(url.pathname))) {
      const [, owner, repo] = match;
      if (method === 'GET') {
        // GitHub's filters: state (default open) and labels (comma-separated, all required).
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '')
          .split(',')
          .filter((label) => label !== '');
        const listed = this.issuesOf(owner, repo).filter(
          (issue) =>
            (state === 'all' || issue.state === state) &&
            labels.every((label) => issue.labels.includes(label)),
        );
        this.page(
          response,
          url,
          listed.map((issue) => this.issueJson(owner, repo, issue)),
        );
      } else if (method === 'POST') {
        if (refuse('write-issues')) return;
        const fields = body as {
          title: string;
          body?: string;
          labels?: string[];
          assignees?: string[];
        };
        const unassignable = (fields.assignees ?? []).filter(
          (login) => !this.assignable.has(login),
        );
        if (unassignable.length > 0)
          return send(422, {
            message: 'Validation Failed',
            errors: [
              { value: unassignable[0], resource: 'Issue', field: 'assignees', code: 'invalid' },
            ],
            documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
            status: '422',
          });
        for (const label of fields.labels ?? []) this.labels.add(label);
        const issue = this.addIssue({
          title: fields.title,
          body: fields.body ?? '',
          labels: fields.labels ?? [],
          assignees: fields.assignees ?? [],
          repository: `${owner}/${repo}`,
        });
        send(201, this.issueJson(owner, repo, issue));
      } else send(404, { message: 'Not Found', status: '404' });
    } else if (
      method === 'GET' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname))
    ) {
      const [, owner, repo, number] = match;
      const issue = this.issuesOf(owner, repo).find(
        (candidate) => candidate.number === Number(number),
      );
      if (issue === undefined) return send(404, { message: 'Not Found', status: '404' });
      this.sendTagged(response, JSON.stringify(this.issueJson(owner, repo, issue)));
    } else if ((match = /^\/repos\/([^/]+)\/([^/]+)\/labels(?:\/([^/]+))?$/.exec(url.pathname))) {
      const [, , , name] = match;
      if (method === 'GET' && name !== undefined) {
        const label = decodeURIComponent(name);
        if (!this.labels.has(label)) return send(404, { message: 'Not Found', status: '404' });
        send(200, { id: 1, name: label, color: 'ededed', default: false });
      } else if (method === 'POST' && name === undefined) {
        if (refuse('write-issues')) return;
        const label = (body as { name: string }).name;
        if (this.labels.has(label))
          return send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
        this.labels.add(label);
        send(201, { id: 2, name: label, color: (body as { color?: string }).color ?? 'ededed' });
      } else send(404, { message: 'Not Found', status: '404' });
    } else if (
      method === 'PATCH' &&
      (match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/.exec(url.pathname))
    ) {
      if (refuse('write-issues')) return;
      const [, owner, repo, number] = match;
      const issue = this.issues.find((candidate) => candidate.number === Number(number));
      if (issue === undefined) return send(404, { message: 'Not Found', status: '404' });
      Object.assign(issue, body as Partial<FakeIssue>);
      send(200, this.issueJson(owner, repo, issue));
    } else {
      send(404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    }
  }
}
