import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { p as plural, k as githubHosts, l as practiceOptions, t as trackedBy, h as trackerLinks, m as issueKey } from './edit-distance-DBWagdYF.js';
import { r as readPostmortem, m as modelBytes } from './pipeline-DmzcLj3R.js';

/**
 * Looks up the GitHub issues action items link to, before the rules run: the rules are pure, so
 * what GitHub says is handed to `action-item-tracking` as its options. Plain `fetch` against the
 * REST API (the CLI and the Action alike); every fault (HTTP errors, HTML bodies, timeouts, rate
 * limits) ends as a notice, never as a failure of the run.
 */
const RULE_ID = 'action-item-tracking';
/** Tries of one request (the first and two retries) on a 5xx, a timeout or a short rate limit. */
const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the lookup stops instead. */
const MAX_RETRY_DELAY_MS = 30_000;
const BASE_DELAY_MS = 1_000;
/** Per request: GitHub answers in well under a second; a hung connection must not hang the check. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Above this many linked issues in one repository, its issues are listed (100 a page) instead. */
const SINGLE_LOOKUPS_MAX = 10;
/** Pages of the listing read at most (1,000 issues); GitHub's own UI stops being useful well before. */
const MAX_PAGES = 10;
/** Why a lookup stopped: `rate-limited` ends every other lookup of the run too. */
class LookupFault extends Error {
    rateLimited;
    constructor(message, rateLimited) {
        super(message);
        this.rateLimited = rateLimited;
        this.name = 'LookupFault';
    }
}
/**
 * The wait between tries of every GitHub API client (the lookups here and the Action's own):
 * POSTMORTEM_LINT_RETRY_DELAY_SCALE (a factor, e.g. 0) shortens it for tests of the built bundle.
 * The decision to retry always uses the real delay.
 */
function retrySleep(ms) {
    const scale = Number(process.env.POSTMORTEM_LINT_RETRY_DELAY_SCALE ?? 1);
    const wait = Number.isFinite(scale) && scale >= 0 ? ms * scale : ms;
    return new Promise((resolve) => setTimeout(resolve, wait));
}
/** Seconds a rate-limited answer asks to wait (Retry-After, else the reset time), null: unsaid. */
function waitAsked(response) {
    const retryAfter = response.headers.get('retry-after')?.trim();
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter);
    const reset = response.headers.get('x-ratelimit-reset')?.trim();
    if (response.headers.get('x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Math.ceil(Number(reset) - Date.now() / 1000));
    return null;
}
function isRateLimit(response, text) {
    if (response.status === 429)
        return true;
    if (response.status !== 403)
        return false;
    return (response.headers.has('retry-after') ||
        response.headers.get('x-ratelimit-remaining') === '0' ||
        /rate limit/i.test(text));
}
function nextLink(response) {
    const link = response.headers.get('link') ?? '';
    return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] ?? null;
}
/** A REST GET with ETags, bounded retries with back-off, and a timeout; faults as LookupFault. */
class TrackerClient {
    options;
    requests = 0;
    fetch;
    sleep;
    constructor(options) {
        this.options = options;
        this.fetch = options.fetch ?? fetch;
        this.sleep = options.sleep ?? retrySleep;
    }
    async get(url) {
        const cached = this.options.cache?.entries[url];
        for (let attempt = 1;; attempt++) {
            const backOff = BASE_DELAY_MS * 2 ** (attempt - 1);
            const retry = async (delay, why, rateLimited = false) => {
                if (attempt >= MAX_TRIES || delay > MAX_RETRY_DELAY_MS)
                    throw new LookupFault(why, rateLimited);
                await this.sleep(delay);
            };
            let response;
            let text;
            this.requests++;
            try {
                response = await this.fetch(url, {
                    headers: {
                        accept: 'application/vnd.github+json',
                        authorization: `Bearer ${this.options.token}`,
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'postmortem-lint',
                        ...(cached ? { 'if-none-match': cached.etag } : {}),
                    },
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS),
                });
                text = await response.text();
            }
            catch (error) {
                const timedOut = error.name === 'TimeoutError';
                await retry(backOff, timedOut
                    ? `GitHub did not answer within ${(this.options.timeoutMs ?? REQUEST_TIMEOUT_MS) / 1000} s`
                    : `GitHub could not be reached (${error.message})`);
                continue;
            }
            if (response.status === 304 && cached)
                return { status: 200, body: cached.body, next: null };
            if (isRateLimit(response, text)) {
                const wait = waitAsked(response);
                const after = wait === null ? '' : ` (retry after ${wait} s)`;
                await retry(wait === null ? backOff : wait * 1000, `rate limited by GitHub${after}`, true);
                continue;
            }
            if (response.status >= 500) {
                await retry(backOff, `GitHub answered HTTP ${response.status}`);
                continue;
            }
            if (response.status === 404 || response.status === 410 || response.status === 403)
                return { status: response.status === 403 ? 403 : 404, body: null, next: null };
            let body;
            try {
                body = JSON.parse(text);
            }
            catch {
                throw new LookupFault(`GitHub answered HTTP ${response.status} with a body that is not JSON`, false);
            }
            if (response.status !== 200)
                throw new LookupFault(`GitHub answered HTTP ${response.status}`, false);
            const etag = response.headers.get('etag');
            if (etag && this.options.cache)
                this.options.cache.entries[url] = { etag, body };
            return { status: 200, body, next: nextLink(response) };
        }
    }
}
/** An issue (or pull request) as the REST API gives it; null for a shape that is not one. */
function trackedIssue(json) {
    const issue = json;
    if (issue === null || typeof issue !== 'object')
        return null;
    if (issue.state !== 'open' && issue.state !== 'closed')
        return null;
    if (issue.state === 'open')
        return { state: 'open' };
    const closedAt = typeof issue.closed_at === 'string' ? issue.closed_at : null;
    // A pull request closed without being merged was not done; its state_reason is always null.
    const reason = issue.pull_request
        ? issue.pull_request.merged_at
            ? 'completed'
            : 'not_planned'
        : typeof issue.state_reason === 'string'
            ? issue.state_reason
            : 'completed';
    return { state: 'closed', reason, closedAt };
}
function permissionFault() {
    return new LookupFault(`the token cannot read them (HTTP 403); a workflow needs "permissions: issues: read"`, false);
}
function apiPath(apiUrl, owner, repo) {
    return `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues`;
}
/**
 * Looks up issues (`owner/repo#number` keys): one GET each for a few in a repository; for more, the
 * repository's issues listed 100 a page (at most MAX_PAGES pages), then single GETs for up to
 * SINGLE_LOOKUPS_MAX the listing missed. A rate limit stops every lookup left; other faults stop
 * one repository's. Never throws for what GitHub answers.
 */
async function lookUpIssues(keys, options) {
    const client = new TrackerClient(options);
    const issues = {};
    const notices = [];
    const byRepository = new Map();
    for (const key of new Set(keys)) {
        const [repository, number] = key.split('#');
        byRepository.set(repository, [...(byRepository.get(repository) ?? []), Number(number)]);
    }
    let unchecked = 0;
    let stopped = null;
    for (const [repository, numbers] of byRepository) {
        if (stopped !== null) {
            unchecked += numbers.length;
            continue;
        }
        const own = repository === options.ownRepository;
        const [owner, repo] = repository.split('/');
        const base = apiPath(options.apiUrl, owner, repo);
        const wanted = new Set(numbers);
        try {
            if (numbers.length > SINGLE_LOOKUPS_MAX) {
                let url = `${base}?state=all&per_page=100`;
                let pages = 0;
                while (url !== null && wanted.size > 0 && pages < MAX_PAGES) {
                    const answer = await client.get(url);
                    pages++;
                    if (answer.status === 403 && own)
                        throw permissionFault();
                    if (answer.status !== 200) {
                        // The whole repository is unreadable (or gone): every link to it says so.
                        for (const number of wanted)
                            issues[`${repository}#${number}`] = {
                                state: answer.status === 403 ? 'inaccessible' : 'missing',
                            };
                        wanted.clear();
                        break;
                    }
                    for (const json of Array.isArray(answer.body) ? answer.body : []) {
                        const number = json.number;
                        const state = trackedIssue(json);
                        if (typeof number !== 'number' || state === null || !wanted.has(number))
                            continue;
                        issues[`${repository}#${number}`] = state;
                        wanted.delete(number);
                    }
                    url = answer.next;
                }
                if (url === null) {
                    // The listing ended: what it did not hold does not exist (deleted or transferred).
                    for (const number of wanted)
                        issues[`${repository}#${number}`] = { state: 'missing' };
                    wanted.clear();
                }
                else if (wanted.size > SINGLE_LOOKUPS_MAX) {
                    notices.push(`${plural(wanted.size, 'linked issue')} of ${repository} are older than the ${MAX_PAGES * 100} issues listed (${MAX_PAGES} pages): not checked.`);
                    unchecked += wanted.size;
                    wanted.clear();
                }
            }
            for (const number of [...wanted].sort((a, b) => a - b)) {
                const answer = await client.get(`${base}/${number}`);
                if (answer.status === 403 && own)
                    throw permissionFault();
                const state = answer.status === 403
                    ? { state: 'inaccessible' }
                    : answer.status === 404
                        ? { state: 'missing' }
                        : trackedIssue(answer.body);
                if (state === null)
                    throw new LookupFault(`GitHub's answer for ${repository}#${number} is not an issue`, false);
                issues[`${repository}#${number}`] = state;
                wanted.delete(number);
            }
        }
        catch (error) {
            if (!(error instanceof LookupFault))
                throw error;
            unchecked += wanted.size;
            if (error.rateLimited)
                stopped = error.message;
            else
                notices.push(`Issues of ${repository} not checked: ${error.message}.`);
        }
    }
    if (stopped !== null)
        notices.push(`Action item tracking stopped (${stopped}): ${plural(unchecked, 'linked issue')} not checked; the next run checks them.`);
    return { issues, notices, requests: client.requests };
}
/** What every GitHub link contains: a `#` before digits, or an issues or pull path. */
const LINK_HINT = /#\d|\/(?:issues|pull)\//;
/** The GitHub issue keys the action items of `files` link to. */
function linkedKeys(files, config, linkOptions, repository) {
    const keys = new Set();
    let bare = 0;
    for (const path of files) {
        const bytes = readPostmortem(path, config);
        if (!(bytes instanceof Uint8Array))
            continue; // The lint reports the unreadable file.
        // Most postmortems link no issue: not worth a second parse.
        if (!LINK_HINT.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')))
            continue;
        const modelled = modelBytes(path, bytes, config);
        if (!modelled.ok)
            continue;
        for (const item of modelled.model.actionItems?.items ?? []) {
            const link = trackedBy(trackerLinks({ id: item.id?.text ?? null, action: item.action?.text ?? null }, linkOptions));
            if (link?.kind !== 'github')
                continue;
            const key = issueKey(link, repository);
            if (key === null)
                bare++;
            else
                keys.add(key);
        }
    }
    return { keys: [...keys], bare };
}
/** `config` with the tracking rule given `options` (it stays off when the configuration turns it off). */
function withTrackingRule(config, options) {
    const rules = config.rules.map((rule) => rule.id === RULE_ID ? { ...rule, options: { ...rule.options, ...options } } : rule);
    // The looked-up states change findings: cached results of another lookup must not be reused.
    const hash = createHash('sha256')
        .update(`${config.hash}\0${JSON.stringify(options)}`)
        .digest('hex');
    return { ...config, rules, hash };
}
/**
 * Reads the action items' links in `files`, looks the GitHub ones up and returns the configuration
 * the lint runs with: the tracking rule on, with the states found. Notices say what was not checked.
 */
async function reconcileTracking(request) {
    // Turned off in the configuration: not worth a request.
    if (request.config.rules.find((rule) => rule.id === RULE_ID)?.severity === 'off')
        return { config: request.config, notices: [], requests: 0, linked: 0 };
    const hosts = githubHosts(request.serverUrl);
    const repository = request.repository?.toLowerCase() ?? null;
    const { keys, bare } = linkedKeys(request.files, request.config, { githubHosts: hosts }, repository);
    const lookup = keys.length === 0
        ? { issues: {}, notices: [], requests: 0 }
        : await lookUpIssues(keys, { ownRepository: repository, ...request.client });
    const notices = [...lookup.notices];
    if (bare > 0)
        notices.push(`${plural(bare, 'action item')} link to a bare #number, but the repository is unknown (set GITHUB_REPOSITORY=owner/repo): not checked.`);
    const config = withTrackingRule(request.config, {
        lookedUp: true,
        ...practiceOptions(request.config).statuses,
        repository: repository ?? '',
        githubHosts: hosts,
        issues: lookup.issues,
    });
    return { config, notices, requests: lookup.requests, linked: keys.length };
}
/**
 * Issues of `repository` with `label` whose body passes `marked`, written by the token's own
 * identity (a bot's, else GET /user's login): anyone can paste a marker, only the author proves
 * it is ours. At most MAX_PAGES pages. By number, with their bodies.
 */
async function markedIssues(repository, label, marked, options) {
    const client = new TrackerClient(options);
    const [owner, repo] = repository.split('/');
    const found = [];
    try {
        let url = `${apiPath(options.apiUrl, owner, repo)}?state=all&labels=${encodeURIComponent(label)}&per_page=100`;
        for (let page = 0; url !== null && page < MAX_PAGES; page++) {
            const answer = await client.get(url);
            if (answer.status !== 200)
                return {
                    issues: [],
                    notices: [`Issues of ${repository} cannot be read (HTTP ${answer.status}).`],
                };
            for (const json of (Array.isArray(answer.body) ? answer.body : [])) {
                const body = typeof json.body === 'string' ? json.body : '';
                if (typeof json.number !== 'number' || json.pull_request || !marked(body))
                    continue;
                found.push({
                    number: json.number,
                    body,
                    login: typeof json.user?.login === 'string' ? json.user.login : '',
                    bot: json.user?.type === 'Bot',
                });
            }
            url = answer.next;
        }
        let trusted = found.filter((issue) => issue.bot);
        if (trusted.length === 0 && found.length > 0) {
            const me = await client.get(`${options.apiUrl.replace(/\/+$/, '')}/user`);
            const login = me.body?.login;
            trusted = found.filter((issue) => typeof login === 'string' && issue.login === login);
        }
        return {
            issues: trusted
                .sort((a, b) => a.number - b.number)
                .map(({ number, body }) => ({ number, body })),
            notices: [],
        };
    }
    catch (error) {
        if (!(error instanceof LookupFault))
            throw error;
        return { issues: [], notices: [`Issues of ${repository} not read: ${error.message}.`] };
    }
}
/** An ETag cache kept in a JSON file between runs (a missing or unreadable file: an empty cache). */
async function readEtagCache(path) {
    try {
        const parsed = JSON.parse(await readFile(path, 'utf8'));
        if (parsed && typeof parsed.entries === 'object' && parsed.entries !== null)
            return parsed;
    }
    catch {
        // Rebuilt from the next answers.
    }
    return { entries: {} };
}
async function writeEtagCache(path, cache) {
    await writeFile(path, `${JSON.stringify(cache)}\n`);
}

export { reconcileTracking as a, retrySleep as b, lookUpIssues as l, markedIssues as m, readEtagCache as r, writeEtagCache as w };
