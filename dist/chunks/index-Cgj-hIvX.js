import { readFile, stat } from 'node:fs/promises';
import { relative, isAbsolute, sep, resolve, dirname, join } from 'node:path';
import { R as RULES, z as DEFAULT_ACTION_ITEM_COLUMNS, A as DEFAULT_INCIDENT_ID_PATTERN, B as DEFAULT_FILE_TIME_BUDGET, x as DEFAULT_MAX_FILE_SIZE, C as DEFAULT_IGNORES, y as DEFAULT_FILES, S as SEVERITY_INPUTS, r as resolveConfig, E as ajvExports, j as distExports, F as severityAliasesOf, s as severityLevel, G as mergeRuleSettings, v as editDistance } from './resolve-cfr8Br3c.js';
import { g as getDefaultExportFromCjs } from './_commonjsHelpers-BFTU3MAI.js';

/** Where the project lives; rule documentation links point into it. */
const REPOSITORY_URL = 'https://github.com/postmortem-lint/postmortem-lint';
/** The doc page of a rule (`docs/rules/<id>.md`), for reporters' help links. */
function ruleDocsUrl(ruleId) {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

const STRING_LIST = { type: 'array', items: { type: 'string', minLength: 1 } };
/** Adds each option's default value (from the rule's defaultOptions) for editors' completion. */
function withDefaults(properties, defaults) {
    const result = {};
    for (const [name, schema] of Object.entries(properties)) {
        result[name] =
            name in defaults && !('default' in schema) ? { ...schema, default: defaults[name] } : schema;
    }
    return result;
}
/**
 * The options of a rule that the run fills in (`readOnly: true` in its options schema, JSON
 * Schema's mark for a value managed by its owner), such as what GitHub said of the linked issues:
 * left out of the config schema and generated configurations, and refused in a config file.
 */
function runFilledOptions(rule) {
    const properties = (rule.meta.optionsSchema.properties ?? {});
    return new Set(Object.entries(properties)
        .filter(([, schema]) => schema.readOnly === true)
        .map(([name]) => name));
}
/** Whether `option` of the rule `ruleId` is filled in by the run (see runFilledOptions). */
function isRunFilledOption(ruleId, option, rules = RULES) {
    const rule = rules.find((candidate) => candidate.meta.id === ruleId);
    return rule !== undefined && runFilledOptions(rule).has(option);
}
/** A rule's setting: a severity, or an object with a severity and the rule's own options. */
function ruleSettingSchema(rule) {
    const { meta } = rule;
    const options = meta.optionsSchema;
    const runFilled = runFilledOptions(rule);
    const properties = Object.fromEntries(Object.entries((options.properties ?? {})).filter(([name]) => !runFilled.has(name)));
    const severity = {
        description: '"off", "warning" or "error"; ESLint\'s "warn" and 0, 1, 2 are accepted too.',
        enum: SEVERITY_INPUTS,
        default: meta.defaultSeverity,
    };
    const description = `${meta.description} Default severity: ${meta.defaultSeverity}. ${ruleDocsUrl(meta.id)}`;
    return {
        description,
        // if/then/else rather than oneOf: ajv then reports only the errors of the form actually used.
        if: { type: ['string', 'number'] },
        then: severity,
        else: {
            ...options,
            type: 'object',
            properties: {
                severity,
                ...withDefaults(properties, meta.defaultOptions),
            },
            additionalProperties: false,
        },
    };
}
/**
 * The JSON schema of `.postmortemrc.*`, generated from the rules' metadata so that it can never
 * disagree with them. `schemas/config.schema.json` is this, written by `npm run schema`.
 */
function buildConfigSchema(rules = RULES) {
    const ruleProperties = {};
    for (const rule of rules)
        ruleProperties[rule.meta.id] = ruleSettingSchema(rule);
    const columnProperties = {};
    for (const [column, spellings] of Object.entries(DEFAULT_ACTION_ITEM_COLUMNS)) {
        columnProperties[column] = { ...STRING_LIST, default: spellings };
    }
    const rulesSchema = {
        type: 'object',
        description: 'Per rule: "off", "warning" ("warn"), "error", 0, 1, 2, or { severity, ...options }.',
        properties: ruleProperties,
        additionalProperties: false,
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: `${REPOSITORY_URL}/schemas/config.schema.json`,
        title: 'postmortem-lint configuration',
        description: 'Configuration of postmortem-lint (.postmortemrc.yml, .postmortemrc.yaml or .postmortemrc.json). Generated from the rules by `npm run schema`: do not edit by hand.',
        type: 'object',
        properties: {
            $schema: { type: 'string' },
            files: {
                ...STRING_LIST,
                minItems: 1,
                description: 'Globs of the postmortems to lint when no path is given, relative to the config file.',
                default: DEFAULT_FILES,
            },
            ignores: {
                ...STRING_LIST,
                description: 'Globs never linted when expanding directories and globs (a file named explicitly is always linted).',
                default: DEFAULT_IGNORES,
            },
            maxFileSize: {
                type: 'integer',
                minimum: 1,
                description: 'Files larger than this many bytes are reported as invalid-file and not parsed.',
                default: DEFAULT_MAX_FILE_SIZE,
            },
            fileTimeBudget: {
                type: 'number',
                minimum: 0,
                maximum: 3600,
                description: 'Seconds one file may take to read and check; a file over it is reported as invalid-file and the others are still linted (0: no limit).',
                default: DEFAULT_FILE_TIME_BUDGET,
            },
            incidentIdPattern: {
                type: 'string',
                minLength: 1,
                description: 'Regular expression (JavaScript syntax) an incident id must match.',
                default: DEFAULT_INCIDENT_ID_PATTERN,
            },
            severityAliases: {
                type: 'object',
                description: 'Extra severity spellings mapped to a level (1 is the most severe) or to a known spelling.',
                additionalProperties: {
                    anyOf: [
                        { type: 'integer', minimum: 1, maximum: 5 },
                        { type: 'string', minLength: 1 },
                    ],
                },
            },
            actionItemColumns: {
                type: 'object',
                description: 'Header spellings that identify each action-item table column (case-insensitive).',
                properties: columnProperties,
                additionalProperties: false,
            },
            rules: rulesSchema,
            overrides: {
                type: 'array',
                description: "Rule settings for postmortems of some severities, applied over `rules` in order (as ESLint's overrides are for some files), e.g. [{ severities: [3, 4], rules: { required-sections: { required: [...] } } }].",
                items: {
                    type: 'object',
                    properties: {
                        severities: {
                            type: 'array',
                            minItems: 1,
                            description: 'The severities this override applies to: levels 1-5, or spellings such as "SEV-3", "P3" or a severityAliases key.',
                            items: {
                                anyOf: [
                                    { type: 'integer', minimum: 1, maximum: 5 },
                                    { type: 'string', minLength: 1 },
                                ],
                            },
                        },
                        rules: { ...rulesSchema, description: 'Rule settings, as in the top-level `rules`.' },
                    },
                    required: ['severities', 'rules'],
                    additionalProperties: false,
                },
            },
        },
        additionalProperties: false,
    };
}

/**
 * A static check of the regular expressions a config file supplies (`incidentIdPattern`, the
 * no-placeholders `patterns`): JavaScript's engine backtracks, so a pattern such as `(a+)+` takes
 * seconds on a short id. Patterns that can backtrack catastrophically are refused before any text
 * is matched: a repeated group whose body holds an unbounded quantifier (`(a+)+`, `(\w+\s?)*`) or
 * can split its input several ways (`(a|aa)+`, `(a{1,3})+`), backreferences, quantifiers inside a
 * lookbehind, and patterns longer than {@link MAX_PATTERN_LENGTH}. The check is conservative: it
 * refuses some patterns that are in fact fast, never the defaults or ordinary id patterns.
 */
/** Longer than this, a config pattern is refused outright. */
const MAX_PATTERN_LENGTH = 200;
const range = (from, to) => {
    const codes = [];
    for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
        codes.push(code);
    return codes;
};
const DIGITS = range('0', '9');
const WORD = [...range('a', 'z'), ...range('A', 'Z'), ...DIGITS, '_'.charCodeAt(0)];
const SPACE = [...' \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'].map((char) => char.charCodeAt(0));
class PatternReader {
    source;
    index = 0;
    constructor(source) {
        this.source = source;
    }
    /** The top-level alternatives (the pattern compiled, so its brackets balance). */
    parse() {
        return this.alternatives();
    }
    peek(offset = 0) {
        return this.source[this.index + offset];
    }
    alternatives() {
        const alternatives = [this.sequence()];
        while (this.peek() === '|') {
            this.index++;
            alternatives.push(this.sequence());
        }
        return alternatives;
    }
    sequence() {
        const items = [];
        while (this.index < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
            const atom = this.atom();
            items.push({ atom, quantifier: this.quantifier() });
        }
        return items;
    }
    quantifier() {
        const char = this.peek();
        let quantifier = null;
        if (char === '*')
            quantifier = { min: 0, max: Infinity };
        else if (char === '+')
            quantifier = { min: 1, max: Infinity };
        else if (char === '?')
            quantifier = { min: 0, max: 1 };
        if (quantifier)
            this.index++;
        else if (char === '{') {
            const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.index));
            if (!braces)
                return null;
            const min = Number(braces[1]);
            const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
            quantifier = { min, max };
            this.index += braces[0].length;
        }
        else
            return null;
        if (this.peek() === '?')
            this.index++; // lazy: the same backtracking, in another order
        return quantifier;
    }
    atom() {
        const char = this.source[this.index++];
        if (char === '(')
            return this.group();
        if (char === '[')
            return { kind: 'chars', set: this.characterClass() };
        if (char === '\\')
            return this.escape(false);
        if (char === '.')
            return { kind: 'chars', set: 'any' };
        if (char === '^' || char === '$')
            return { kind: 'assertion' };
        return { kind: 'chars', set: new Set([char.charCodeAt(0)]) };
    }
    group() {
        let lookaround = null;
        if (this.peek() === '?') {
            const rest = this.source.slice(this.index);
            if (rest.startsWith('?:'))
                this.index += 2;
            else if (rest.startsWith('?=') || rest.startsWith('?!')) {
                lookaround = 'ahead';
                this.index += 2;
            }
            else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
                lookaround = 'behind';
                this.index += 3;
            }
            else {
                const name = /^\?<[^>]*>/.exec(rest);
                this.index += name ? name[0].length : 1;
            }
        }
        const alternatives = this.alternatives();
        if (this.peek() === ')')
            this.index++;
        return { kind: 'group', lookaround, alternatives };
    }
    /** After a backslash; `inClass` is true inside `[…]`, where `\b` is a backspace. */
    escape(inClass) {
        const char = this.source[this.index++] ?? '\\';
        switch (char) {
            case 'd':
                return { kind: 'chars', set: new Set(DIGITS) };
            case 'w':
                return { kind: 'chars', set: new Set(WORD) };
            case 's':
                return { kind: 'chars', set: new Set(SPACE) };
            case 'D':
            case 'W':
            case 'S':
                return { kind: 'chars', set: 'any' };
            case 'p':
            case 'P': {
                const braces = /^\{[^}]*\}/.exec(this.source.slice(this.index));
                if (braces)
                    this.index += braces[0].length;
                return { kind: 'chars', set: 'any' };
            }
            case 'b':
                return inClass ? { kind: 'chars', set: new Set([8]) } : { kind: 'assertion' };
            case 'B':
                return { kind: 'assertion' };
            case 'k':
                if (this.peek() === '<')
                    return this.skipTo('>', { kind: 'backreference' });
                return { kind: 'chars', set: new Set(['k'.charCodeAt(0)]) };
            case 'x':
            case 'u':
            case 'c':
                return this.codeEscape(char);
            case 'n':
                return { kind: 'chars', set: new Set([10]) };
            case 't':
                return { kind: 'chars', set: new Set([9]) };
            case 'r':
                return { kind: 'chars', set: new Set([13]) };
            case 'f':
                return { kind: 'chars', set: new Set([12]) };
            case 'v':
                return { kind: 'chars', set: new Set([11]) };
            default:
                if (/[1-9]/.test(char) && !inClass) {
                    while (/\d/.test(this.peek() ?? ''))
                        this.index++;
                    return { kind: 'backreference' };
                }
                if (/\d/.test(char))
                    return { kind: 'chars', set: 'any' };
                return { kind: 'chars', set: new Set([char.charCodeAt(0)]) };
        }
    }
    skipTo(end, value) {
        const close = this.source.indexOf(end, this.index);
        this.index = close === -1 ? this.source.length : close + 1;
        return value;
    }
    codeEscape(kind) {
        const rest = this.source.slice(this.index);
        const code = kind === 'x'
            ? /^[0-9a-fA-F]{2}/.exec(rest)
            : kind === 'u'
                ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(rest)
                : /^[A-Za-z]/.exec(rest);
        if (!code)
            return { kind: 'chars', set: new Set([kind.charCodeAt(0)]) };
        this.index += code[0].length;
        if (kind === 'c')
            return { kind: 'chars', set: new Set([code[0].charCodeAt(0) % 32]) };
        return { kind: 'chars', set: new Set([parseInt(code[0].replace(/[{}]/g, ''), 16)]) };
    }
    /** After `[`, up to and including `]`. */
    characterClass() {
        const negated = this.peek() === '^';
        if (negated)
            this.index++;
        const codes = new Set();
        let any = negated;
        while (this.index < this.source.length && this.peek() !== ']') {
            const start = this.classMember();
            if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
                this.index++;
                const end = this.classMember();
                if (start !== 'any' && end !== 'any' && start.size === 1 && end.size === 1) {
                    const [from] = start;
                    const [to] = end;
                    for (let code = from; code <= to; code++)
                        codes.add(code);
                    continue;
                }
                any = true;
                continue;
            }
            if (start === 'any')
                any = true;
            else
                for (const code of start)
                    codes.add(code);
        }
        this.index++; // `]`
        return any ? 'any' : codes;
    }
    classMember() {
        const char = this.source[this.index++];
        if (char !== '\\')
            return new Set([char.charCodeAt(0)]);
        const escaped = this.escape(true);
        return escaped.kind === 'chars' ? escaped.set : 'any';
    }
}
function overlaps(a, b) {
    if (a === 'any' || b === 'any')
        return true;
    for (const code of a)
        if (b.has(code))
            return true;
    return false;
}
const repeats = (quantifier) => quantifier !== null && quantifier.max > 1;
const varies = (quantifier) => quantifier !== null && quantifier.min !== quantifier.max;
/** Every item inside `sequences`, at any depth. */
function* itemsIn(sequences) {
    for (const sequence of sequences) {
        for (const item of sequence) {
            yield item;
            if (item.atom.kind === 'group')
                yield* itemsIn(item.atom.alternatives);
        }
    }
}
/** The character sets a sequence can consume (lookarounds consume nothing). */
function consumedSets(sequences) {
    const sets = [];
    for (const sequence of sequences) {
        for (const { atom } of sequence) {
            if (atom.kind === 'chars')
                sets.push(atom.set);
            else if (atom.kind === 'group' && atom.lookaround === null)
                sets.push(...consumedSets(atom.alternatives));
            else if (atom.kind === 'backreference')
                sets.push('any');
        }
    }
    return sets;
}
/** A single character every match of `item` consumes exactly once, and its set. */
function delimiterOf(item) {
    if (item.atom.kind !== 'chars')
        return null;
    const once = item.quantifier === null || (item.quantifier.min === 1 && item.quantifier.max === 1);
    return once ? item.atom.set : null;
}
/**
 * Whether the body begins (or ends; anywhere when `anywhere`) with a single character that no other
 * part of the body can match: each pass then starts (or ends) at its own such character, so the
 * passes cannot split the text two ways.
 */
function delimited(alternatives, anywhere) {
    if (alternatives.length !== 1)
        return false;
    const [sequence] = alternatives;
    const candidates = anywhere ? sequence.map((_, i) => i) : [0, sequence.length - 1];
    return candidates.some((index) => {
        const item = sequence[index];
        const delimiter = item ? delimiterOf(item) : null;
        if (delimiter === null)
            return false;
        const others = consumedSets([sequence.filter((_, i) => i !== index)]);
        return others.every((set) => !overlaps(delimiter, set));
    });
}
/**
 * Whether one pass of a repeated group's body (without unbounded quantifiers) can only match one
 * way: a body without alternation or variable quantifiers, fixed alternatives that start with
 * distinct characters (`(?:ab|cd)+`), or a delimited body.
 */
function unambiguousBody(alternatives, bounded) {
    const inner = [...itemsIn(alternatives)];
    const choice = inner.some((item) => item.atom.kind === 'group' && item.atom.alternatives.length > 1);
    const flexible = inner.some((item) => varies(item.quantifier));
    if (alternatives.length === 1 && !choice && !flexible)
        return true;
    if (alternatives.length > 1) {
        if (flexible || choice)
            return false;
        const firsts = alternatives.map((sequence) => (sequence[0] ? delimiterOf(sequence[0]) : null));
        if (firsts.some((set) => set === null))
            return false;
        return firsts.every((set, i) => firsts.every((other, j) => j <= i || !overlaps(set, other)));
    }
    return delimited(alternatives, bounded);
}
/** Why `sequences` can backtrack catastrophically, or null. */
function problemIn(sequences, inLookbehind) {
    for (const sequence of sequences) {
        for (const { atom, quantifier } of sequence) {
            if (atom.kind === 'backreference')
                return 'backreferences are not allowed';
            if (inLookbehind && repeats(quantifier))
                return 'quantifiers inside a lookbehind are not allowed';
            if (atom.kind !== 'group')
                continue;
            const behind = inLookbehind || atom.lookaround === 'behind';
            if (repeats(quantifier) && atom.lookaround === null) {
                const nested = [...itemsIn(atom.alternatives)].some((item) => item.quantifier !== null && item.quantifier.max === Infinity);
                // `(?:-[a-z0-9]+)*` is linear: every pass starts at a `-` nothing else in it matches.
                if (nested && !delimited(atom.alternatives, false))
                    return 'a repeated group contains an unbounded quantifier (nested quantifiers such as (a+)+ backtrack catastrophically)';
                if (!nested &&
                    !unambiguousBody(atom.alternatives, quantifier.max !== Infinity))
                    return 'a repeated group can match the same text in several ways (such as (a|aa)+ or (a{1,3})+, which backtrack catastrophically)';
            }
            const inner = problemIn(atom.alternatives, behind);
            if (inner)
                return inner;
        }
    }
    return null;
}
/**
 * Why the regular expression `source` (already known to compile) is refused as a config pattern,
 * or null when it is accepted.
 */
function unsafePatternReason(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return `it is longer than ${MAX_PATTERN_LENGTH} characters (${source.length})`;
    return problemIn(new PatternReader(source).parse(), false);
}

/** A path with `/` separators, as glob patterns are written. */
function toPosix(path) {
    return sep === '/' ? path : path.split(sep).join('/');
}
/** Relative to `cwd` when inside it, absolute otherwise (how the user should see a path). */
function displayPath(absolutePath, cwd) {
    const shown = relative(cwd, absolutePath);
    return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? absolutePath : shown;
}

/** Config file names looked for in each directory, in this order. */
const CONFIG_FILE_NAMES = ['.postmortemrc.yml', '.postmortemrc.yaml', '.postmortemrc.json'];
/** Aliases allowed in a YAML config: plenty for anchors, too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;
/** A configuration file that cannot be used. The message names the file, the key and, for YAML, the line. */
class ConfigError extends Error {
    file;
    key;
    line;
    constructor(message, details) {
        super(message);
        this.name = 'ConfigError';
        this.file = details.file;
        this.key = details.key ?? null;
        this.line = details.line ?? null;
    }
}
let compiledValidator = null;
/** Compiled on first use: a run without a config file (the action's default) never pays for it. */
function configValidator() {
    compiledValidator ??= new ajvExports.Ajv({
        allErrors: true,
        strict: false,
        verbose: true,
    }).compile(buildConfigSchema());
    return compiledValidator;
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}
/** The first `.postmortemrc.*` in `from` or one of its ancestors, up to the filesystem root. */
async function findConfigFile(from) {
    let directory = resolve(from);
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = join(directory, name);
            if (await isFile(candidate))
                return candidate;
        }
        const parent = dirname(directory);
        if (parent === directory)
            return null;
        directory = parent;
    }
}
/** `rules.five-whys.minDepth` from its path segments (indices into lists as `[0]`). */
function keyOf(segments, data) {
    let key = '';
    let container = data;
    for (const segment of segments) {
        key = Array.isArray(container)
            ? `${key}[${segment}]`
            : key === ''
                ? segment
                : `${key}.${segment}`;
        container =
            container !== null && typeof container === 'object'
                ? container[segment]
                : undefined;
    }
    return key;
}
function pathSegments(instancePath) {
    return instancePath === ''
        ? []
        : instancePath
            .slice(1)
            .split('/')
            .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** What a schema accepts, in words: `integer >= 1`, `one of "off", "warning", "error"`, … */
function describeSchema(schema) {
    if (Array.isArray(schema.enum))
        return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
    if (Array.isArray(schema.anyOf))
        return schema.anyOf.map(describeSchema).join(' or ');
    const type = schema.type;
    if (type === 'integer' || type === 'number') {
        const bounds = [];
        if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') {
            return `${type} from ${schema.minimum} to ${schema.maximum}`;
        }
        if (typeof schema.minimum === 'number')
            bounds.push(`>= ${schema.minimum}`);
        if (typeof schema.exclusiveMinimum === 'number')
            bounds.push(`> ${schema.exclusiveMinimum}`);
        if (typeof schema.maximum === 'number')
            bounds.push(`<= ${schema.maximum}`);
        if (typeof schema.exclusiveMaximum === 'number')
            bounds.push(`< ${schema.exclusiveMaximum}`);
        return [type, ...bounds].join(' ');
    }
    if (type === 'string') {
        if (typeof schema.pattern === 'string')
            return `a string matching /${schema.pattern}/`;
        return typeof schema.minLength === 'number' && schema.minLength > 0
            ? 'a non-empty string'
            : 'a string';
    }
    if (type === 'array') {
        const items = schema.items && typeof schema.items === 'object' ? schema.items : null;
        const list = typeof schema.minItems === 'number' && schema.minItems > 0 ? 'a non-empty list' : 'a list';
        const unique = schema.uniqueItems === true ? ' without repeats' : '';
        return items ? `${list}${unique}, each ${describeSchema(items)}` : `${list}${unique}`;
    }
    if (type === 'object')
        return 'a mapping (key: value)';
    if (type === 'boolean')
        return 'true or false';
    return Array.isArray(type) ? type.join(' or ') : 'valid';
}
function closest(name, candidates) {
    const normal = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    let best = null;
    for (const candidate of candidates) {
        const distance = editDistance(normal(name), normal(candidate));
        if (distance <= 2 && (best === null || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate ?? null;
}
/** A value as JSON, shortened: enough to recognise it in a message. */
function excerpt(value) {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}
/** What kind of value `value` is, without its content: `a string`, `a list`, … */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}
/** One readable sentence per offending key (ajv may report several errors for one value). */
function issuesOf(errors, data) {
    const issues = new Map();
    const add = (segments, text) => {
        const key = keyOf(segments, data);
        if (!issues.has(key))
            issues.set(key, { key, segments, text: key === '' ? text : `${key} ${text}` });
    };
    const anyOfPaths = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath));
    for (const error of errors) {
        if (error.keyword === 'if')
            continue;
        const segments = pathSegments(error.instancePath);
        if (error.keyword === 'additionalProperties') {
            const extra = String(error.params.additionalProperty);
            const known = Object.keys((error.parentSchema?.properties ?? {}));
            const parentKey = keyOf(segments, data);
            const suggestion = closest(extra, known);
            const hint = suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}`;
            // `rules` at the top or in an override (`overrides[0].rules`).
            const rulesAt = segments.lastIndexOf('rules');
            if (rulesAt !== -1 &&
                rulesAt === segments.length - 2 &&
                isRunFilledOption(segments[segments.length - 1], extra)) {
                add([...segments, extra], 'is set by the run from what it looked up, not in a configuration: remove it');
                continue;
            }
            const what = parentKey === 'rules' || (rulesAt !== -1 && rulesAt === segments.length - 1)
                ? 'unknown rule'
                : rulesAt !== -1
                    ? 'unknown option'
                    : 'unknown key';
            add([...segments, extra], `is an ${what} (${hint})`);
            continue;
        }
        if (anyOfPaths.has(error.instancePath) && error.keyword !== 'anyOf')
            continue;
        if (error.keyword === 'required') {
            const missing = error.params.missingProperty;
            add(segments, `needs the key "${missing}"`);
            continue;
        }
        if (error.keyword === 'propertyNames')
            continue;
        if (error.propertyName !== undefined) {
            add([...segments, error.propertyName], `is not an allowed key: keys must be ${describeSchema({ type: 'string', ...(error.parentSchema ?? {}) })}`);
            continue;
        }
        // The whole file is never echoed (it may be a symlink to a secret): only what kind of value it holds.
        const found = error.data === undefined
            ? ''
            : segments.length === 0
                ? ` (found ${kindOf(error.data)})`
                : ` (found ${excerpt(error.data)})`;
        if (segments.length >= 2 &&
            segments[segments.length - 2] === 'rules' &&
            (error.keyword === 'type' || error.keyword === 'enum')) {
            add(segments, `must be "off", "warning", "warn", "error", 0, 1, 2 or a mapping { severity, ...options }${found}`);
            continue;
        }
        add(segments, `must be ${describeSchema((error.parentSchema ?? {}))}${found}`);
    }
    return [...issues.values()];
}
/**
 * A config regular expression that does not compile, or could backtrack catastrophically (`(a+)+`
 * takes seconds on a short id): refused, never run.
 */
function patternIssue(source, segments, data) {
    const key = keyOf(segments, data);
    try {
        new RegExp(source);
    }
    catch (error) {
        return {
            key,
            segments,
            text: `${key} must be a valid regular expression (${error.message})`,
        };
    }
    const reason = unsafePatternReason(source);
    return reason === null
        ? null
        : { key, segments, text: `${key} must be a safe regular expression: ${reason}` };
}
/** The no-placeholders `patterns` of a `rules` mapping, with their key paths. */
function placeholderPatternIssues(rules, data, at = ['rules']) {
    const setting = rules?.['no-placeholders'];
    if (setting === null || typeof setting !== 'object')
        return [];
    const patterns = setting.patterns;
    if (!Array.isArray(patterns))
        return [];
    return patterns.flatMap((source, index) => {
        if (typeof source !== 'string')
            return [];
        const issue = patternIssue(source, [...at, 'no-placeholders', 'patterns', String(index)], data);
        return issue ? [issue] : [];
    });
}
/** Checks the schema cannot express: the patterns compile and are safe, severity aliases name a severity. */
function semanticIssues(file) {
    const issues = [];
    if (file.incidentIdPattern !== undefined) {
        const issue = patternIssue(file.incidentIdPattern, ['incidentIdPattern'], file);
        if (issue)
            issues.push(issue);
    }
    issues.push(...placeholderPatternIssues(file.rules, file));
    const aliases = severityAliasesOf(file);
    (file.overrides ?? []).forEach((override, index) => {
        const at = ['overrides', String(index)];
        issues.push(...placeholderPatternIssues(override.rules, file, [...at, 'rules']));
        override.severities.forEach((written, position) => {
            if (typeof written !== 'string' || severityLevel(written, aliases) !== null)
                return;
            const segments = [...at, 'severities', String(position)];
            issues.push({
                key: keyOf(segments, file),
                segments,
                text: `${keyOf(segments, file)} must be a level 1-5 or a severity such as "SEV-3", "P3" or a severityAliases spelling (found ${JSON.stringify(written)})`,
            });
        });
    });
    for (const [alias, target] of Object.entries(file.severityAliases ?? {})) {
        if (typeof target === 'string' && severityLevel(target, {}) === null) {
            issues.push({
                key: `severityAliases.${alias}`,
                segments: ['severityAliases', alias],
                text: `severityAliases.${alias} must be a level 1-5 or a severity such as "SEV-1" or "P2" (found ${JSON.stringify(target)})`,
            });
        }
    }
    return issues;
}
/**
 * The parser's reason, without the source: its message goes on to quote the offending lines, and
 * some reasons end with the token (`Unresolved tag: !secret`). The file may be a symlink to a
 * secret, so none of its content is echoed; the line number says where to look.
 */
function yamlReason(message) {
    const [first] = message.split('\n');
    return first.replace(/ at line \d+, column \d+:?$/, '').replace(/:\s.*$/, '');
}
function parseYaml(text, shown, file) {
    const lineCounter = new distExports.LineCounter();
    const document = distExports.parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter });
    const [error] = document.errors;
    if (error) {
        const line = lineCounter.linePos(error.pos[0]).line;
        const reason = yamlReason(error.message);
        throw new ConfigError(`${shown}:${line}: invalid YAML: ${reason}`, { file, line });
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        throw new ConfigError(`${shown}: invalid YAML: ${yamlReason(cause.message)}`, {
            file,
        });
    }
    return {
        data,
        lineOf(segments) {
            for (let depth = segments.length; depth > 0; depth--) {
                const node = document.getIn(segments.slice(0, depth), true);
                if (node?.range)
                    return lineCounter.linePos(node.range[0]).line;
            }
            return null;
        },
    };
}
function parseJson(text, shown, file) {
    try {
        return { data: JSON.parse(text), lineOf: () => null };
    }
    catch (cause) {
        // V8's message quotes the source ("SECRET=hunter2" is not valid JSON): only its position is kept.
        const message = cause.message;
        const position = /position (\d+)/.exec(message);
        const before = position ? text.slice(0, Number(position[1])).split('\n') : null;
        const line = before ? before.length : null;
        const column = before ? before[before.length - 1].length + 1 : null;
        const reason = /end of (JSON )?input/i.test(message)
            ? 'unexpected end of input'
            : `unexpected ${column === null ? 'content' : `character at column ${column}`}`;
        throw new ConfigError(`${shown}${line ? `:${line}` : ''}: invalid JSON: ${reason}`, {
            file,
            line,
        });
    }
}
/** Throws a ConfigError listing every issue, in line order, each prefixed with `shown`. */
function rejectIssues(issues, shown, file, lineOf) {
    if (issues.length === 0)
        return;
    const located = issues
        .map((issue) => ({ ...issue, line: lineOf(issue.segments) }))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const lines = located.map((issue) => `${shown}: ${issue.text}${issue.line === null ? '' : ` (line ${issue.line})`}`);
    const [first] = located;
    throw new ConfigError(lines.join('\n'), { file, key: first.key, line: first.line });
}
/** Reads, parses and validates one config file: its data as written, and its absolute path. */
async function readConfigData(path, cwd) {
    const file = resolve(cwd, path);
    const shown = displayPath(file, cwd);
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (cause) {
        const code = cause.code ?? cause.message;
        throw new ConfigError(`${shown}: config file could not be read (${code})`, { file });
    }
    const parsed = file.endsWith('.json')
        ? parseJson(text, shown, file)
        : parseYaml(text, shown, file);
    const data = parsed.data ?? {};
    const validateConfig = configValidator();
    const issues = validateConfig(data)
        ? semanticIssues(data)
        : issuesOf(validateConfig.errors ?? [], data);
    rejectIssues(issues, shown, file, parsed.lineOf);
    return { file, data: data };
}
/** `--rule` settings, validated as the `rules` of a config file (messages start `--rule:`). */
function validRuleOverrides(overrides) {
    const data = { rules: overrides };
    const validateConfig = configValidator();
    if (!validateConfig(data))
        rejectIssues(issuesOf(validateConfig.errors ?? [], data), '--rule', null, () => null);
    rejectIssues(placeholderPatternIssues(overrides, data), '--rule', null, () => null);
    return overrides;
}
/**
 * The file's rule settings with the command line's applied: a severity replaces the severity and
 * keeps the file's options; options are merged over the file's. They win over `overrides` too,
 * as ESLint's `--rule` does: they are applied over each override's settings as well.
 */
function withRuleOverrides(file, overrides) {
    return {
        ...file,
        rules: mergeRuleSettings(file.rules ?? {}, overrides),
        ...(file.overrides
            ? {
                overrides: file.overrides.map((override) => ({
                    ...override,
                    rules: mergeRuleSettings(override.rules, overrides),
                })),
            }
            : {}),
    };
}
/**
 * The configuration for a run: `configPath` when given (its patterns then relative to `cwd`, as
 * ESLint's `--config`), else the first `.postmortemrc.yml`, `.postmortemrc.yaml` or
 * `.postmortemrc.json` found in `searchFrom` or an ancestor directory (patterns relative to that
 * file), else the built-in defaults (patterns relative to `cwd`); `ruleOverrides` on top. Throws
 * ConfigError.
 */
async function loadConfig(options) {
    const cwd = options.cwd ?? process.cwd();
    const overrides = options.ruleOverrides === undefined ? null : validRuleOverrides(options.ruleOverrides);
    const apply = (data) => overrides === null ? data : withRuleOverrides(data, overrides);
    if (options.configPath !== undefined) {
        const { file, data } = await readConfigData(options.configPath, cwd);
        return resolveConfig(apply(data), file, cwd);
    }
    const found = await findConfigFile(resolve(cwd, options.searchFrom));
    // No file: the built-in defaults (and the overrides), patterns relative to the working directory.
    if (found === null)
        return resolveConfig(apply({}), null, cwd);
    const { file, data } = await readConfigData(found, cwd);
    return resolveConfig(apply(data), file, dirname(file));
}
/** The names of the config files looked for in each directory, in the order they are looked for. */
const CONFIG_FILES = CONFIG_FILE_NAMES;

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
const picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

export { ConfigError as C, REPOSITORY_URL as R, runFilledOptions as a, buildConfigSchema as b, CONFIG_FILES as c, displayPath as d, isRunFilledOption as i, loadConfig as l, picomatch as p, ruleDocsUrl as r, toPosix as t };
