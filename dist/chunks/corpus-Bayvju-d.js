import { l as lintFiles } from './sarif-B2cw4LyG.js';

/**
 * The configuration to index with: the same parsing, no rules (the index needs models, not
 * findings, so indexing costs about a bare parse). Its own cache key, so an index run never stores
 * rule-less results where a lint run would read them. The rules keep their options: reports read
 * the practice's settings from them.
 */
function indexingConfig(config) {
    return {
        ...config,
        rules: config.rules.map((rule) => ({ ...rule, severity: 'off' })),
        hash: `${config.hash}:index`,
    };
}
/** The index of a lint run; `pathOf` maps the run's paths to the paths to show (relative ones). */
function corpusIndexOf(run, now, pathOf = (path) => path) {
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
/** The corpus index of some postmortems: one entry each, unreadable files listed under `failed`. */
async function indexPostmortems(request) {
    const run = await lintFiles({
        files: request.files,
        config: indexingConfig(request.config),
        now: request.now,
    });
    return corpusIndexOf(run, request.now, request.pathOf);
}

export { indexingConfig as a, corpusIndexOf as c, indexPostmortems as i };
