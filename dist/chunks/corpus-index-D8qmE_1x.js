/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them.
 */
function indexingConfig(config) {
    return { ...config, rules: [], hash: `${config.hash}:index` };
}
/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
function corpusIndex(run, now, pathOf = (path) => path) {
    const failed = [];
    for (const result of run.results) {
        const fatal = result.diagnostics.find((diagnostic) => diagnostic.fatal);
        if (fatal)
            failed.push({ path: pathOf(result.filePath), message: fatal.message, line: fatal.line });
    }
    return {
        version: 1,
        generatedAt: now.toISOString(),
        entries: run.index.map((entry) => ({ ...entry, path: pathOf(entry.path) })),
        failed,
    };
}
/** Checks the outline of an index read back from disk; returns a problem or null. */
function corpusIndexProblem(data) {
    if (typeof data !== 'object' || data === null)
        return 'not a JSON object';
    const candidate = data;
    if (candidate.version !== 1)
        return 'unsupported "version" (expected 1)';
    if (!Array.isArray(candidate.entries))
        return '"entries" must be an array';
    if (!Array.isArray(candidate.failed))
        return '"failed" must be an array';
    const bad = candidate.entries.findIndex((entry) => typeof entry !== 'object' || entry === null || typeof entry.path !== 'string');
    return bad === -1 ? null : `entries[${bad}] has no "path"`;
}

export { corpusIndexProblem as a, corpusIndex as c, indexingConfig as i };
