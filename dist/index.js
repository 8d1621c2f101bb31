import * as os from 'os';
import os__default, { EOL } from 'os';
import * as crypto from 'crypto';
import * as fs from 'fs';
import { promises, constants } from 'fs';
import 'path';
import 'http';
import 'https';
import { r as requireTunnel } from './chunks/index-D7DmAl0Z.js';
import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import { resolve, posix, sep, isAbsolute, join, dirname, relative } from 'node:path';
import { r as ruleDocsUrl, l as loadConfig, C as ConfigError } from './chunks/index-Cgj-hIvX.js';
import { statSync, readFileSync } from 'node:fs';
import { u as urlPath, i as inlineText, a as link, t as table, r as renderMarkdown, l as linkTarget, o as overdueTable, p as patternTable, e as escapeMarkdown } from './chunks/document-C4WyzFo8.js';
import { e as readInstant, u as plural, c as ruleById, q as githubHosts, o as statusReader } from './chunks/resolve-cfr8Br3c.js';
import { mkdir as mkdir$1, writeFile as writeFile$1 } from 'node:fs/promises';
import { o as messageText, z as retrySleep, e as lintPostmortems, C as CACHE_FILE_NAME, f as formatJson, a as formatSarif, v as reconcileTracking, i as indexPostmortems, g as reportSettings, j as buildTrackedTrendReport, w as withTrackerNotes, A as reminders, q as lookUpTracker } from './chunks/report-iuJZ0I-V.js';
import { d as discoverFiles, N as NoFilesError } from './chunks/version-C0Mv0M4l.js';
import { u as untrackedItems, k as keyText, A as ACTION_ITEM_LABEL, a as assigneeOf, i as issueTitleOf, r as readMarker, b as issueMarker } from './chunks/action-item-issues-DsAs9ZCi.js';
import 'net';
import 'tls';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunks/_commonjsHelpers-BFTU3MAI.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'node:crypto';
import 'node:process';
import 'process';
import 'buffer';
import 'node:module';
import './chunks/pipeline-D7DYxzb-.js';
import './chunks/decode-BatIPcMV.js';
import './chunks/edits-vrcRL61i.js';
import 'node:os';
import './chunks/pool-DYaRj7HH.js';
import 'url';
import 'module';

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

requireTunnel();

/* eslint-disable @typescript-eslint/no-explicit-any */
(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
[
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
[
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}

/**
 * Whether the run is on the default branch: scheduled runs always are; others when GITHUB_REF is
 * the branch the payload names as the default. Unknown: not (writes stay opt-in and safe).
 */
function onDefaultBranch(context) {
    if (context.eventName === 'schedule')
        return true;
    return Boolean(context.defaultBranch) && context.ref === `refs/heads/${context.defaultBranch}`;
}
/**
 * The webhook payload at GITHUB_EVENT_PATH: a readable regular file holding a JSON object (the
 * runner always writes one). Anything else fails the run with one line naming the file.
 */
function readPayload(path) {
    if (!path)
        return {};
    const fail = (why) => {
        throw new Error(`the event payload GITHUB_EVENT_PATH=${path} ${why}`);
    };
    let text = '';
    try {
        const stats = statSync(path);
        if (!stats.isFile())
            fail(stats.isDirectory() ? 'is a directory, not a file' : 'is not a file');
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        if (!(error instanceof Error) || !('code' in error))
            throw error;
        fail(`could not be read (${error.message})`);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        fail(`is not valid JSON (${error.message})`);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        const found = Array.isArray(payload) ? 'an array' : payload === null ? 'null' : typeof payload;
        fail(`holds ${found}, not a JSON object`);
    }
    return payload;
}
function pullRequestOf(payload) {
    const pull = payload.pull_request;
    if (!pull || typeof pull.number !== 'number')
        return null;
    const head = pull.head?.repo?.full_name;
    return {
        number: pull.number,
        headSha: pull.head?.sha ?? '',
        fromFork: head === undefined || head !== pull.base?.repo?.full_name,
    };
}
function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pullRequest = pullRequestOf(payload);
    const defaultBranch = payload.repository?.default_branch;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        workspace: resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        sha: pullRequest?.headSha || (env.GITHUB_SHA ?? ''),
        runUrl: env.GITHUB_RUN_ID && owner
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
            : null,
        pullRequest,
        tempDir: env.RUNNER_TEMP || null,
        ref: env.GITHUB_REF ?? '',
        defaultBranch: typeof defaultBranch === 'string' && defaultBranch !== '' ? defaultBranch : null,
    };
}
/** Link to a file (repository-relative path), or to one of its lines, at the run's commit. */
function blobUrl(context, path, line) {
    if (!context.owner || !context.sha)
        return null;
    const url = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha}/${urlPath(path)}`;
    return line === undefined ? url : `${url}#L${line}`;
}

// Every input the Action reads (action.yml), read and validated here and nowhere else.
const MODES = ['lint', 'report', 'auto'];
const FAIL_ON = ['error', 'warning', 'never'];
/** An input with a value the action cannot use; the message names the input and the value. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** Events `mode: auto` answers with a trend report; every other event gets the lint check. */
const REPORT_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);
function resolveMode(mode, eventName) {
    if (mode !== 'auto')
        return mode;
    return REPORT_EVENTS.has(eventName) ? 'report' : 'lint';
}
function choice(name, allowed, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (found "${value}")`);
}
function flag(name, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new InputError(`input "${name}" must be true or false (found "${value}")`);
}
/**
 * Globs from a newline- or comma-separated list (YAML block scalars and one-liners both work). A
 * comma inside braces belongs to the glob (`postmortems/{2025,2026}/*.md`), as does one escaped
 * with a backslash.
 */
function splitList(text) {
    const items = [];
    for (const line of text.split('\n')) {
        let depth = 0;
        let start = 0;
        for (let i = 0; i < line.length; i++) {
            const char = line[i];
            if (char === '\\')
                i++;
            else if (char === '{')
                depth++;
            else if (char === '}' && depth > 0)
                depth--;
            else if (char === ',' && depth === 0) {
                items.push(line.slice(start, i));
                start = i + 1;
            }
        }
        items.push(line.slice(start));
    }
    return items.map((item) => item.trim()).filter((item) => item !== '');
}
/** `now`: a date (noon UTC that day) or a date-time with its zone; empty: the clock. */
function referenceInstant() {
    const value = getInput('now').trim();
    if (value === '')
        return new Date();
    const instant = readInstant(value);
    if (instant === null)
        throw new InputError(`input "now" must be an ISO date such as 2026-02-06 or 2026-02-06T14:00:00Z (found "${value}")`);
    return instant;
}
/**
 * The `paths` default of action.yml. The runner passes it when the workflow sets none, so it
 * stands for "no globs": the configuration's `files`, which find `.markdown` and `.MD` postmortems
 * this literal glob would miss.
 */
const DEFAULT_PATHS = 'postmortems/**/*.md';
/** Reads `INPUT_*` (through @actions/core) and validates every value; throws InputError. */
function readInputs() {
    const listed = splitList(getInput('paths'));
    const paths = listed.length === 1 && listed[0] === DEFAULT_PATHS ? [] : listed;
    const config = getInput('config').trim();
    const sarifFile = getInput('sarif-file').trim();
    return {
        paths,
        config: config === '' ? undefined : config,
        mode: choice('mode', MODES, 'auto'),
        changedOnly: flag('changed-only', true),
        failOn: choice('fail-on', FAIL_ON, 'error'),
        comment: flag('comment', true),
        sarifFile: sarifFile === '' ? null : sarifFile,
        githubToken: getInput('github-token'),
        now: referenceInstant(),
        cache: flag('cache', false),
    };
}
/** `remind-days`: a whole number of days, 0 to 365 (empty: 2). */
function remindDays() {
    const value = getInput('remind-days').trim();
    if (value === '')
        return 2;
    if (!/^\d{1,3}$/.test(value) || Number(value) > 365)
        throw new InputError(`input "remind-days" must be a whole number of days from 0 to 365 (found "${value}")`);
    return Number(value);
}
/** Reads the report mode's inputs; throws InputError for a `report-path` outside the workspace. */
function readReportInputs() {
    const reportPath = getInput('report-path').trim();
    const normalised = posix.normalize(reportPath.split(sep).join('/'));
    if (isAbsolute(reportPath) || normalised === '..' || normalised.startsWith('../')) {
        throw new InputError(`input "report-path" must be a path inside the repository (found "${reportPath}")`);
    }
    return {
        reportPath: reportPath === '' ? null : reportPath,
        issue: flag('issue', false),
        issueLabel: getInput('issue-label').trim() || 'postmortem-trends',
        mentionOwners: flag('mention-owners', false),
        createIssues: flag('create-issues', false),
        remindDays: remindDays(),
    };
}

/** GitHub shows at most this many error and this many warning annotations of one step. */
const SHOWN_PER_SEVERITY = 10;
/**
 * Where a finding shows in the diff. GitHub's columns are inclusive and allowed only on a one-line
 * range; the engine's end column is exclusive.
 */
function annotationProperties(filePath, diagnostic) {
    const oneLine = diagnostic.line === diagnostic.endLine;
    return {
        file: filePath,
        startLine: diagnostic.line,
        endLine: diagnostic.endLine,
        startColumn: oneLine ? diagnostic.column : undefined,
        endColumn: oneLine ? Math.max(diagnostic.column, diagnostic.endColumn - 1) : undefined,
        title: diagnostic.ruleId,
    };
}
/**
 * The annotations worth emitting: errors first, then warnings, each in file order and capped at
 * what GitHub displays, less the slots `reserved` for the step's other annotations (such as the
 * failure line), so that no annotation, the failure line included, is dropped silently; the
 * caller says how many findings were left out. `results` carry repository-relative paths.
 */
function planAnnotations(results, reserved = {}) {
    const reservedErrors = Math.min(SHOWN_PER_SEVERITY, Math.max(0, reserved.errors ?? 0));
    const reservedWarnings = Math.min(SHOWN_PER_SEVERITY, Math.max(0, reserved.warnings ?? 0));
    const errorLimit = SHOWN_PER_SEVERITY - reservedErrors;
    const warningLimit = SHOWN_PER_SEVERITY - reservedWarnings;
    const of = (severity) => results.flatMap((result) => result.diagnostics
        .filter((diagnostic) => diagnostic.severity === severity)
        .map((diagnostic) => ({
        severity,
        message: messageText(diagnostic),
        properties: annotationProperties(result.filePath, diagnostic),
    })));
    const errors = of('error');
    const warnings = of('warning');
    return {
        annotations: [...errors.slice(0, errorLimit), ...warnings.slice(0, warningLimit)],
        hiddenErrors: Math.max(0, errors.length - errorLimit),
        hiddenWarnings: Math.max(0, warnings.length - warningLimit),
        reservedErrors,
    };
}
/** The notice for findings GitHub would not display, or null when every one is shown. */
function hiddenAnnotationsNotice(plan, where) {
    const hidden = [
        plan.hiddenErrors > 0 ? plural(plan.hiddenErrors, 'error') : null,
        plan.hiddenWarnings > 0 ? plural(plan.hiddenWarnings, 'warning') : null,
    ].filter((part) => part !== null);
    if (hidden.length === 0)
        return null;
    const failureLine = plan.hiddenErrors > 0 && plan.reservedErrors > 0
        ? ', one of the errors being the failure line'
        : '';
    return (`${hidden.join(' and ')} not shown as annotations (GitHub displays ${SHOWN_PER_SEVERITY} of each per step${failureLine}). ` +
        `Every finding is listed in ${where}.`);
}

/**
 * `@actions/github` builds its `context` when its module loads, reading and parsing the file at
 * GITHUB_EVENT_PATH: a directory or malformed JSON there would end the process with a stack trace
 * before the Action runs a line. That `context` is never used here (context.ts reads the payload,
 * validated, when asked), so the module is loaded with the variable hidden from it.
 */
async function loadGitHub() {
    const eventPath = process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_EVENT_PATH;
    try {
        return await import('./chunks/github-DiOTiQ6y.js');
    }
    finally {
        if (eventPath !== undefined)
            process.env.GITHUB_EVENT_PATH = eventPath;
    }
}
const { getOctokit } = await loadGitHub();
/** Tries of an idempotent request (GET, or PATCH of a known id) before its error is passed on. */
const MAX_TRIES = 3;
/** A wait GitHub asks for that is longer than this is not waited for: the error is reported instead. */
const MAX_RETRY_DELAY_MS = 30_000;
/** Back-off before the second try of a request that failed without saying how long to wait. */
const BASE_DELAY_MS = 1_000;
/** The HTTP status of a failed API request, or null for any other error. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function header(error, name) {
    const headers = error?.response
        ?.headers;
    const value = headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
/**
 * A rate limit GitHub answered with (429, or a 403 with `retry-after`, `x-ratelimit-remaining: 0`
 * or a "rate limit" message, as for the secondary rate limits), and the seconds it asks to wait
 * (null when it does not say); null for any other error, a 403 of a missing permission included.
 */
function rateLimit(error, now = Date.now()) {
    const status = httpStatus(error);
    if (status !== 429 && status !== 403)
        return null;
    const retryAfter = header(error, 'retry-after');
    const remaining = header(error, 'x-ratelimit-remaining');
    const reset = header(error, 'x-ratelimit-reset');
    const message = error instanceof Error ? error.message : '';
    const limited = status === 429 || retryAfter !== null || remaining === '0' || /rate limit/i.test(message);
    if (!limited)
        return null;
    if (retryAfter !== null && /^\d+$/.test(retryAfter.trim()))
        return { retryAfterSeconds: Number(retryAfter.trim()) };
    if (remaining === '0' && reset !== null && /^\d+$/.test(reset.trim()))
        return { retryAfterSeconds: Math.max(0, Math.ceil(Number(reset.trim()) - now / 1000)) };
    return { retryAfterSeconds: null };
}
/** How long to wait before trying a failed idempotent request again; null: do not try again. */
function retryDelayMs(error, attempt, now = Date.now()) {
    if (attempt >= MAX_TRIES)
        return null;
    const backOff = BASE_DELAY_MS * 2 ** (attempt - 1);
    const limit = rateLimit(error, now);
    if (limit !== null) {
        const delay = limit.retryAfterSeconds === null ? backOff : limit.retryAfterSeconds * 1000;
        return delay <= MAX_RETRY_DELAY_MS ? delay : null;
    }
    const status = httpStatus(error);
    return status !== null && status >= 500 ? backOff : null;
}
/** Requests that may be sent again without doing twice what they do (no POST: a second comment). */
function idempotent(method) {
    const verb = (method ?? 'GET').toUpperCase();
    return verb === 'GET' || verb === 'HEAD' || verb === 'PATCH';
}
/**
 * A REST client for the run's API (GITHUB_API_URL read now, not when @actions/github was loaded:
 * GitHub Enterprise Server and test servers work the same way). Idempotent requests are tried up
 * to MAX_TRIES times on a server error or a short rate limit.
 */
function createOctokit(token, context, options = {}) {
    const octokit = getOctokit(token, { baseUrl: context.apiUrl });
    const sleep = options.sleep ?? retrySleep;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let attempt = 1;; attempt++) {
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const delay = idempotent(requestOptions.method) ? retryDelayMs(error, attempt) : null;
                if (delay === null)
                    throw error;
                await sleep(delay);
            }
        }
    });
    return octokit;
}
/** `HTTP 403: Resource not accessible by integration` for an API error, the message otherwise. */
function apiErrorText(error) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return status === null
        ? message
        : `HTTP ${status}: ${message.replace(/ - https:\/\/docs\.github\.com\S*$/, '')}`;
}
/**
 * An API error for a notice: `rate limited by GitHub (retry after 60 s)` (never mistaken for a
 * missing permission), `HTTP 403: …` for a refusal, the error's text otherwise.
 */
function describeApiFailure(error) {
    const limit = rateLimit(error);
    if (limit !== null) {
        const after = limit.retryAfterSeconds === null ? '' : ` (retry after ${limit.retryAfterSeconds} s)`;
        return { kind: 'rate-limited', reason: `rate limited by GitHub${after}` };
    }
    const reason = apiErrorText(error);
    return { kind: httpStatus(error) === 403 ? 'forbidden' : 'other', reason };
}
/**
 * The end of a notice about an issue that could not be written: the permission a refusal asks
 * for, or, when rate limited, `retried` (when the work is tried again).
 */
function issuesWriteHint(failure, retried) {
    if (failure.kind === 'forbidden')
        return ' The workflow needs "permissions: issues: write".';
    return failure.kind === 'rate-limited' ? ` ${retried}` : '';
}
/** The login behind the token; null for an installation token such as GITHUB_TOKEN (GET /user is 403). */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return null;
    }
}
/**
 * Of comments or issues carrying one of our markers, those the token's identity wrote: a marker
 * anyone can paste proves nothing, the author does. GITHUB_TOKEN and GitHub App tokens write as
 * bots (type "Bot"), which no person can be; only when none of `items` is a bot's (a personal
 * access token, or someone who pasted the marker) is the token's own login asked for, so that a
 * human's comment or issue is never taken over.
 */
async function writtenByToken(octokit, items) {
    const byBot = items.filter((item) => item.user?.type === 'Bot');
    if (byBot.length > 0 || items.length === 0)
        return byBot;
    const login = await tokenLogin(octokit);
    return login === null ? [] : items.filter((item) => item.user?.login === login);
}

/** The most files GitHub's API lists for one pull request; the rest are silently left out. */
const LISTED_FILES_LIMIT = 3000;
/**
 * Repository paths a pull request adds or changes. Paginated: the API lists 100 files a page, up
 * to 3,000 files (LISTED_FILES_LIMIT).
 */
async function pullRequestFiles(octokit, context, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        owner: context.owner,
        repo: context.repo,
        pull_number: pullNumber,
        per_page: 100,
    });
    return {
        paths: files.filter((file) => file.status !== 'removed').map((file) => file.filename),
        listed: files.length,
    };
}
/**
 * `pull_request.changed_files` of the event payload (GITHUB_EVENT_PATH): how many files the pull
 * request changes, however many the API lists. Null when the payload does not say (or cannot be
 * read: readRunContext has already failed the run on an unreadable one).
 */
function declaredChangedFiles(env = process.env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return null;
    try {
        const payload = JSON.parse(readFileSync(path, 'utf8'));
        const count = payload?.pull_request?.changed_files;
        return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : null;
    }
    catch {
        return null;
    }
}
/**
 * Whether the listing may lack files of the pull request: it lists fewer than the payload counts,
 * the payload counts more than GitHub lists, or (the count unknown) it reached the limit.
 */
function listingTruncated(listed, declared) {
    if (declared !== null && (declared >= LISTED_FILES_LIMIT || listed < declared))
        return true;
    return listed >= LISTED_FILES_LIMIT;
}

/** Whether a file fails the check: findings at or above the `fail-on` threshold (`never`: errors). */
function fileFails(result, failOn) {
    return failOn === 'warning' ? result.errorCount + result.warningCount > 0 : result.errorCount > 0;
}
function failedFiles(checked) {
    return checked.run.results.filter((result) => fileFails(result, checked.failOn)).length;
}
/** `3 errors and 1 warning` / `no findings`. */
function countsText(run) {
    if (run.errorCount + run.warningCount === 0)
        return 'no findings';
    const parts = [run.errorCount > 0 ? plural(run.errorCount, 'error') : null];
    parts.push(run.warningCount > 0 ? plural(run.warningCount, 'warning') : null);
    return parts.filter((part) => part !== null).join(' and ');
}
/** `2 changed postmortems` / `14 postmortems`. */
function scopeText(checked) {
    const count = checked.run.results.length;
    return checked.changedOnly ? plural(count, 'changed postmortem') : plural(count, 'postmortem');
}
/** One line saying how the run went, for headings. */
function headline(checked) {
    const { run } = checked;
    if (run.results.length === 0) {
        return checked.changedOnly
            ? '✅ No postmortem changed in this pull request'
            : '✅ No postmortems to check';
    }
    const failed = failedFiles(checked);
    if (failed === 0 && run.errorCount + run.warningCount === 0) {
        return `✅ All ${scopeText(checked)} pass`;
    }
    const icon = failed > 0 ? '❌' : '⚠️';
    return `${icon} ${countsText(run)} in ${scopeText(checked)}`;
}
function severityCell(diagnostic) {
    return diagnostic.severity === 'error' ? '❌ error' : '⚠️ warning';
}
/** The rule id, linked to its documentation when it is a rule (not a parse problem). */
function ruleCell(ruleId) {
    return ruleById(ruleId) ? link(ruleId, ruleDocsUrl(ruleId)) : inlineText(ruleId);
}
/** `path:line:column`, linked to the line at the run's commit. */
function locationCell(context, filePath, diagnostic) {
    const text = `${filePath}:${diagnostic.line}:${diagnostic.column}`;
    const url = blobUrl(context, filePath, diagnostic.line);
    return url === null ? inlineText(text) : link(text, url);
}
function findingRow(context, filePath, diagnostic) {
    return [
        locationCell(context, filePath, diagnostic),
        severityCell(diagnostic),
        ruleCell(diagnostic.ruleId),
        inlineText(messageText(diagnostic)),
    ];
}
const FINDINGS_HEADER = ['Location', 'Severity', 'Rule', 'Message'];
/** Every finding of a run as table rows: errors and warnings in file order, as an editor lists them. */
function findingRows(context, run) {
    return run.results.flatMap((result) => result.diagnostics.map((diagnostic) => findingRow(context, result.filePath, diagnostic)));
}
/**
 * As many table rows as fit in `budget` (measured by `size`, e.g. UTF-8 bytes or characters):
 * the rows kept and how many were left out.
 */
function rowsWithin(rows, budget, size) {
    const kept = [];
    let used = 0;
    for (const row of rows) {
        const cost = size(`| ${row.join(' | ')} |\n`);
        if (used + cost > budget)
            break;
        used += cost;
        kept.push(row);
    }
    return { kept, omitted: rows.length - kept.length };
}

/** Hidden marker that finds our comment again on the next run (the body is ours; users never see it). */
const COMMENT_MARKER = '<!-- postmortem-lint:comment -->';
/** GitHub refuses comment bodies over 65,536 characters; keep room for the heading and footer. */
const COMMENT_BUDGET_CHARS = 60_000;
/** Findings listed in the comment; a pull request conversation is no place for hundreds of rows. */
const COMMENT_MAX_FINDINGS = 50;
/** The sticky comment's body: counts and the findings table, or a short "all pass". */
function buildCommentBody(context, checked, budgetChars = COMMENT_BUDGET_CHARS) {
    const parts = [COMMENT_MARKER, `### postmortem-lint: ${headline(checked)}`];
    const summaryLink = context.runUrl === null ? 'the job summary' : link('job summary', context.runUrl);
    const rows = findingRows(context, checked.run);
    if (rows.length > 0) {
        const used = parts.join('\n\n').length;
        const fitted = rowsWithin(rows.slice(0, COMMENT_MAX_FINDINGS), budgetChars - used, (text) => text.length);
        parts.push(table(FINDINGS_HEADER, fitted.kept));
        const omitted = rows.length - fitted.kept.length;
        if (omitted > 0)
            parts.push(`${plural(omitted, 'more finding')} in ${summaryLink}.`);
    }
    const commit = context.sha === '' ? '' : ` at ${context.sha.slice(0, 7)}`;
    parts.push(`<sub>Checked${commit} with fail-on: ${checked.failOn}. Details: ${summaryLink}.</sub>`);
    return `${parts.join('\n\n')}\n`;
}
/**
 * Our earlier comment on the pull request: it carries the marker and was written by the token's
 * identity (writtenByToken: a bot, or the token's own login), so that a human's comment is never
 * taken over. Of several (two runs that raced), the oldest.
 */
async function findStickyComment(octokit, context, issueNumber) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: context.owner,
        repo: context.repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    const marked = comments.filter((comment) => comment.body?.includes(COMMENT_MARKER));
    const ours = await writtenByToken(octokit, marked);
    return ours.sort((a, b) => a.id - b.id)[0] ?? null;
}
/**
 * Creates or updates the one sticky comment. A pull request that never had findings gets no
 * comment at all; one that had them keeps its comment, updated to "all pass" once fixed.
 */
async function upsertStickyComment(octokit, context, issueNumber, checked) {
    const body = buildCommentBody(context, checked);
    const update = async (existing) => {
        if (existing.body === body)
            return 'unchanged';
        await octokit.rest.issues.updateComment({
            owner: context.owner,
            repo: context.repo,
            comment_id: existing.id,
            body,
        });
        return 'updated';
    };
    const existing = await findStickyComment(octokit, context, issueNumber);
    if (existing)
        return update(existing);
    if (checked.run.errorCount + checked.run.warningCount === 0)
        return 'not-needed';
    const created = await octokit.rest.issues.createComment({
        owner: context.owner,
        repo: context.repo,
        issue_number: issueNumber,
        body,
    });
    // Two runs for the same pull request (two quick pushes) may both have found no comment and
    // both created one. Looking again right after creating settles it: the oldest comment stays,
    // and the run whose comment is newer deletes its own and updates the oldest instead.
    const oldest = await findStickyComment(octokit, context, issueNumber);
    if (oldest === null || oldest.id >= created.data.id)
        return 'created';
    await octokit.rest.issues.deleteComment({
        owner: context.owner,
        repo: context.repo,
        comment_id: created.data.id,
    });
    return update(oldest);
}

/**
 * GitHub rejects a step summary over 1 MiB. Stay well below it: other steps' text is not ours,
 * and the closing lines need room.
 */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Share of the budget the per-file table may take, so findings always get most of it. */
const FILE_TABLE_BUDGET_BYTES = 200 * 1024;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
function fileRow(context, checked, index) {
    const result = checked.run.results[index];
    const url = blobUrl(context, result.filePath);
    const name = url === null ? inlineText(result.filePath) : link(result.filePath, url);
    const status = fileFails(result, checked.failOn)
        ? '❌ fail'
        : result.warningCount > 0
            ? '⚠️ pass'
            : '✅ pass';
    return [name, status, String(result.errorCount), String(result.warningCount)];
}
/** The job summary (GitHub Markdown): headline, per-file table, then every finding that fits. */
function buildSummary(context, checked, options) {
    const budget = options.budgetBytes ?? SUMMARY_BUDGET_BYTES;
    const { run } = checked;
    const failed = failedFiles(checked);
    const parts = [`## postmortem-lint: ${headline(checked)}`];
    if (run.results.length === 0)
        return `${parts[0]}\n`;
    parts.push(`${plural(run.results.length, 'postmortem')} checked${checked.changedOnly ? ' (changed in this pull request)' : ''}: ` +
        `${failed} failed, ${run.results.length - failed} passed; ${countsText(run)} (fail-on: ${checked.failOn}).`);
    const fileRows = rowsWithin(run.results.map((_, index) => fileRow(context, checked, index)), Math.min(FILE_TABLE_BUDGET_BYTES, budget / 4), utf8Bytes);
    parts.push('### Postmortems', table(['Postmortem', 'Result', 'Errors', 'Warnings'], fileRows.kept));
    if (fileRows.omitted > 0)
        parts.push(`…and ${plural(fileRows.omitted, 'more postmortem')}.`);
    const allFindings = findingRows(context, run);
    if (allFindings.length > 0) {
        const used = utf8Bytes(parts.join('\n\n'));
        const closingRoom = 1024;
        const findings = rowsWithin(allFindings, budget - used - closingRoom, utf8Bytes);
        parts.push('### Findings', table(FINDINGS_HEADER, findings.kept));
        if (findings.omitted > 0) {
            parts.push(`${plural(findings.omitted, 'more finding')} left out to keep this summary under GitHub's 1 MiB limit; ` +
                `all findings are in ${options.fullResults.join(' and ')}.`);
        }
    }
    return `${parts.join('\n\n')}\n`;
}
/** Appends to the step's job summary; outside a runner (no GITHUB_STEP_SUMMARY) says so and goes on. */
async function writeJobSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        info('No job summary written: GITHUB_STEP_SUMMARY is not set.');
        return;
    }
    await summary.addRaw(markdown).write();
}

/** File name of the ESLint-shape results (output `json`). */
const RESULTS_FILE_NAME = 'postmortem-lint-results.json';
function repositoryPath(absolutePath, workspace) {
    return relative(workspace, absolutePath).split(sep).join('/');
}
/**
 * Every postmortem the `paths` globs match (config ignores applied), as absolute paths, and the
 * globs that match none. No globs (the default `paths`): the configuration's `files`.
 */
async function matchPaths(patterns, config, workspace) {
    const found = new Set();
    const unmatched = [];
    // No globs: the configuration's `files`, discovered as the CLI does without a path (the
    // default one gives every Markdown file under postmortems/: `.md`, `.markdown`, any case).
    if (patterns.length === 0) {
        try {
            for (const path of await discoverFiles([], config, workspace))
                found.add(resolve(workspace, path));
        }
        catch (error) {
            if (!(error instanceof NoFilesError))
                throw error;
            unmatched.push(error);
        }
    }
    for (const pattern of patterns) {
        try {
            for (const path of await discoverFiles([pattern], config, workspace))
                found.add(resolve(workspace, path));
        }
        catch (error) {
            if (!(error instanceof NoFilesError))
                throw error;
            unmatched.push(error);
        }
    }
    return { files: [...found].sort(), unmatched };
}
/** What the globs that match nothing lack, for one line: `no file matches "a/*.md"; …`. */
function unmatchedText(unmatched) {
    return unmatched
        .map((error) => error.allIgnored
        ? `every file "${error.pattern}" matches is ignored (see "ignores" in the configuration)`
        : `no file matches "${error.pattern}"`)
        .join('; ');
}
/**
 * `mode: report`: every postmortem the `paths` globs match (config ignores applied), as absolute
 * paths. A glob that matches nothing gets a notice, not a failure: the report of a repository
 * without postmortems yet is an empty one, and a scheduled report should not fail every week.
 */
async function discoverCorpus(patterns, config, workspace) {
    const { files, unmatched } = await matchPaths(patterns, config, workspace);
    if (unmatched.length > 0) {
        notice(`Input "paths": ${unmatchedText(unmatched)}; ` +
            (files.length === 0
                ? 'the report covers no postmortem.'
                : `the report covers the ${plural(files.length, 'postmortem')} the other globs match.`));
    }
    return files;
}
/**
 * `mode: lint`: the postmortems the `paths` globs match. A glob that matches no postmortem fails
 * the step (InputError), as it makes the CLI exit with 2: a typo in a glob must not pass as a
 * check of nothing.
 */
async function lintCorpus(patterns, config, workspace) {
    const { files, unmatched } = await matchPaths(patterns, config, workspace);
    if (unmatched.length > 0)
        throw new InputError(`input "paths": ${unmatchedText(unmatched)}`);
    return files;
}
/**
 * The postmortems to report on: on a pull request with `changed-only`, those it adds or changes;
 * otherwise (or when the API cannot list the files, or lists fewer than the pull request changes:
 * it stops at 3,000) the whole corpus.
 */
async function selectFiles(run, corpus, octokit) {
    const { inputs, context } = run;
    if (!inputs.changedOnly || context.pullRequest === null)
        return { files: corpus, changedOnly: false };
    if (octokit === null) {
        notice('No github-token: checking every postmortem instead of only those the pull request changes.');
        return { files: corpus, changedOnly: false };
    }
    const declared = declaredChangedFiles();
    const truncated = (count) => {
        notice(`GitHub lists at most ${LISTED_FILES_LIMIT.toLocaleString('en-US')} files of a pull request; ` +
            `this one changes ${count.toLocaleString('en-US')}: checking every postmortem.`);
        return { files: corpus, changedOnly: false };
    };
    // Past the limit the listing is incomplete whatever it holds: not worth 30 API calls.
    if (declared !== null && declared >= LISTED_FILES_LIMIT)
        return truncated(declared);
    try {
        const listing = await pullRequestFiles(octokit, context, context.pullRequest.number);
        if (listingTruncated(listing.listed, declared))
            return truncated(Math.max(declared ?? 0, listing.listed));
        const changed = new Set(listing.paths);
        return {
            files: corpus.filter((path) => changed.has(repositoryPath(path, context.workspace))),
            changedOnly: true,
        };
    }
    catch (error) {
        notice(`Could not list the pull request's files (${apiErrorText(error)}): checking every postmortem instead.`);
        return { files: corpus, changedOnly: false };
    }
}
/** Result paths as the repository shows them (`postmortems/2026/db.md`), for annotations and links. */
function withRepositoryPaths(run, workspace) {
    return {
        ...run,
        results: run.results.map((result) => ({
            ...result,
            filePath: repositoryPath(result.filePath, workspace),
        })),
    };
}
async function writeResultFile(path, text) {
    await mkdir$1(dirname(path), { recursive: true });
    await writeFile$1(path, text);
}
/**
 * The findings as annotations, within GitHub's 10 errors and 10 warnings per step counting the
 * step's own: the failure line (core.setFailed is an error annotation) and `otherWarnings`.
 */
function emitAnnotations(checked, fullResults, own) {
    const plan = planAnnotations(checked.run.results, {
        errors: own.fails ? 1 : 0,
        warnings: own.otherWarnings,
    });
    for (const annotation of plan.annotations) {
        if (annotation.severity === 'error')
            error(annotation.message, annotation.properties);
        else
            warning(annotation.message, annotation.properties);
    }
    const notice$1 = hiddenAnnotationsNotice(plan, fullResults.join(', '));
    if (notice$1 !== null)
        notice(notice$1);
}
async function commentOnPullRequest(context, octokit, checked) {
    const pull = context.pullRequest;
    if (pull === null)
        return;
    if (pull.fromFork) {
        notice('Pull request from a fork: its token is read-only, so no comment was posted. The findings are in the annotations and the job summary.');
        return;
    }
    if (octokit === null) {
        notice('No github-token: no pull request comment was posted.');
        return;
    }
    try {
        const outcome = await upsertStickyComment(octokit, context, pull.number, checked);
        info(`Pull request comment: ${outcome}.`);
    }
    catch (error) {
        const { kind, reason } = describeApiFailure(error);
        if (kind === 'forbidden') {
            notice(`No pull request comment (${reason}). The workflow needs permissions: pull-requests: write to get one; ` +
                'the findings are in the annotations and the job summary.');
        }
        else if (kind === 'rate-limited') {
            notice(`No pull request comment (${reason}); the next run writes it. ` +
                'The findings are in the annotations and the job summary.');
        }
        else {
            warning(`The pull request comment could not be written (${reason}).`);
        }
    }
}
/**
 * The configuration to lint with: with a token, action-item-tracking gets the states of the
 * issues the checked files' action items link to (a read: a fork's read-only token does too).
 * What GitHub could not tell (rate limits, outages) is a notice, never a failure.
 */
async function trackedConfig(run, config, files) {
    const { inputs, context } = run;
    if (inputs.githubToken === '' || files.length === 0)
        return config;
    const tracked = await reconcileTracking({
        files,
        config,
        client: { token: inputs.githubToken, apiUrl: context.apiUrl },
        repository: context.owner ? `${context.owner}/${context.repo}` : null,
        serverUrl: context.serverUrl,
    });
    for (const notice$1 of tracked.notices)
        notice(notice$1, { title: 'postmortem-lint: action item tracking' });
    if (tracked.linked > 0)
        info(`Action item tracking: ${plural(tracked.linked, 'linked issue')} looked up in ${plural(tracked.requests, 'request')}.`);
    return tracked.config;
}
/** Why the step fails, or null when it passes. */
function failureReason(checked) {
    const { run, failOn } = checked;
    const failing = failOn === 'error'
        ? run.errorCount
        : failOn === 'warning'
            ? run.errorCount + run.warningCount
            : 0;
    if (failing === 0)
        return null;
    return `postmortem-lint found ${countsText(run)} in ${scopeText(checked)} (fail-on: ${failOn}).`;
}
/** `mode: lint`: check postmortems, report them every way GitHub shows, pass or fail the step. */
async function runLintMode(run) {
    const { inputs, context } = run;
    const { workspace } = context;
    const config = await loadConfig({
        configPath: inputs.config,
        searchFrom: workspace,
        cwd: workspace,
    });
    const octokit = inputs.githubToken === '' ? null : createOctokit(inputs.githubToken, context);
    const corpus = await lintCorpus(inputs.paths, config, workspace);
    const selection = await selectFiles(run, corpus, octokit);
    const lintConfig = await trackedConfig(run, config, selection.files);
    // Nothing to report (no postmortem changed): no need to read the corpus either.
    const linted = selection.files.length === 0
        ? { results: [], index: [], errorCount: 0, warningCount: 0 }
        : await lintPostmortems({
            rules: run.rules,
            files: selection.files,
            contextFiles: corpus,
            config: lintConfig,
            now: inputs.now,
            cache: inputs.cache,
            cacheLocation: join(workspace, CACHE_FILE_NAME),
        });
    // An unusable cache file is rebuilt: worth a log line, never a failure.
    for (const warning$1 of linted.warnings ?? [])
        warning(warning$1);
    const checked = {
        run: withRepositoryPaths(linted, workspace),
        changedOnly: selection.changedOnly,
        failOn: inputs.failOn,
    };
    const jsonPath = join(context.tempDir ?? workspace, RESULTS_FILE_NAME);
    await writeResultFile(jsonPath, formatJson(checked.run, { cwd: workspace }));
    const fullResults = ['the job summary', `the JSON results (output "json": ${jsonPath})`];
    if (inputs.sarifFile !== null) {
        await writeResultFile(resolve(workspace, inputs.sarifFile), formatSarif(checked.run, { baseDir: workspace }));
        fullResults.push(`the SARIF file ${inputs.sarifFile}`);
    }
    setOutput('errors', checked.run.errorCount);
    setOutput('warnings', checked.run.warningCount);
    setOutput('files-checked', checked.run.results.length);
    setOutput('files-failed', failedFiles(checked));
    setOutput('json', jsonPath);
    const reason = failureReason(checked);
    emitAnnotations(checked, fullResults, {
        fails: reason !== null,
        otherWarnings: linted.warnings?.length ?? 0,
    });
    await writeJobSummary(buildSummary(context, checked, { fullResults: fullResults.slice(1) }));
    if (inputs.comment)
        await commentOnPullRequest(context, octokit, checked);
    if (reason === null)
        info(`postmortem-lint: ${countsText(checked.run)} in ${scopeText(checked)}.`);
    else
        setFailed(reason);
}

/** Issues opened per run at most: a first run over a large backlog must not flood the tracker. */
const MAX_CREATED_PER_RUN = 20;
function itemName(untracked) {
    const id = untracked.item.id?.trim();
    if (id)
        return id;
    const title = issueTitleOf(untracked.item);
    return `"${title.length > 40 ? `${title.slice(0, 39)}…` : title}"`;
}
/** The issue body: where the item is, its incident and severity, deadline and owner; the marker. */
function itemIssueBody(untracked, context) {
    const { entry, item, key } = untracked;
    const url = blobUrl(context, entry.path, item.line);
    const where = url === null
        ? inlineText(`${entry.path}:${item.line}`)
        : link(`${entry.path}#L${item.line}`, url);
    const incident = entry.id ?? entry.title ?? entry.path;
    const severity = entry.severity === null ? 'not stated' : `SEV-${entry.severity}`;
    // The owner is shown, never pinged from the body (the assignment notifies them).
    return [
        issueMarker(key),
        `Action item ${inlineText(item.id ?? '(no id)')} of incident ${inlineText(incident)}, from ${where}.`,
        '',
        `- Severity: ${severity}`,
        `- Deadline: ${inlineText(item.deadline ?? 'not stated')}`,
        `- Owner: ${inlineText(item.owner ?? 'not stated')}`,
        '',
        'Opened by postmortem-lint for an action item without a tracker link. Add this issue (`#123`) to the ' +
            'item in the postmortem, or run `postmortem-lint link`, so that both stay in step.',
        '',
    ].join('\n');
}
/** Issues carrying an item marker, written by the token's own identity: by item key. */
async function markedIssues(octokit, context) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: context.owner,
        repo: context.repo,
        state: 'all',
        labels: ACTION_ITEM_LABEL,
        per_page: 100,
    });
    const marked = issues.filter((issue) => !issue.pull_request && readMarker(issue.body) !== null);
    const byKey = new Map();
    for (const issue of (await writtenByToken(octokit, marked)).sort((a, b) => a.number - b.number)) {
        const key = readMarker(issue.body);
        if (key !== null && !byKey.has(keyText(key)))
            byKey.set(keyText(key), issue.number);
    }
    return byKey;
}
/** Creates each label that does not exist yet (a concurrent run may create it first: 422). */
async function ensureLabels(octokit, context, names) {
    for (const name of names) {
        try {
            await octokit.rest.issues.getLabel({ owner: context.owner, repo: context.repo, name });
        }
        catch (error) {
            if (httpStatus(error) !== 404)
                throw error;
            try {
                await octokit.rest.issues.createLabel({
                    owner: context.owner,
                    repo: context.repo,
                    name,
                    color: name === ACTION_ITEM_LABEL ? '5319e7' : 'b60205',
                });
            }
            catch (created) {
                if (httpStatus(created) !== 422)
                    throw created;
            }
        }
    }
}
/**
 * `create-issues`: one issue for each open action item without a tracker link, found again by its
 * marker on reruns (never a second one; an issue someone else wrote with the marker is neither
 * trusted nor touched). Labels `postmortem-action-item` and the severity; the owner assigned when
 * a handle GitHub accepts (else a notice).
 */
async function openItemIssues(octokit, context, entries, statuses) {
    const untracked = untrackedItems(entries, statuses, {
        githubHosts: githubHosts(context.serverUrl),
    });
    const outcome = { issues: [], notices: [] };
    if (untracked.length === 0)
        return outcome;
    try {
        const existing = await markedIssues(octokit, context);
        const toCreate = [];
        for (const item of untracked) {
            const number = existing.get(keyText(item.key));
            if (number === undefined)
                toCreate.push(item);
            else
                outcome.issues.push({
                    name: itemName(item),
                    number,
                    created: false,
                    path: item.entry.path,
                    line: item.item.line,
                });
        }
        if (toCreate.length > MAX_CREATED_PER_RUN)
            outcome.notices.push(`${plural(toCreate.length, 'untracked action item')}: issues opened for the first ${MAX_CREATED_PER_RUN}; the next run opens more.`);
        const batch = toCreate.slice(0, MAX_CREATED_PER_RUN);
        if (batch.length === 0)
            return outcome;
        const severities = batch.flatMap(({ entry }) => entry.severity === null ? [] : [`SEV-${entry.severity}`]);
        await ensureLabels(octokit, context, new Set([ACTION_ITEM_LABEL, ...severities]));
        for (const item of batch) {
            const labels = [
                ACTION_ITEM_LABEL,
                ...(item.entry.severity === null ? [] : [`SEV-${item.entry.severity}`]),
            ];
            const assignee = assigneeOf(item.item.owner);
            const fields = {
                owner: context.owner,
                repo: context.repo,
                title: issueTitleOf(item.item),
                body: itemIssueBody(item, context),
                labels,
            };
            let number;
            try {
                number = (await octokit.rest.issues.create({
                    ...fields,
                    ...(assignee ? { assignees: [assignee] } : {}),
                })).data.number;
            }
            catch (error) {
                if (assignee === null || httpStatus(error) !== 422)
                    throw error;
                outcome.notices.push(`${itemName(item)}: @${assignee} cannot be assigned in ${context.owner}/${context.repo}; the issue is unassigned.`);
                number = (await octokit.rest.issues.create(fields)).data.number;
            }
            outcome.issues.push({
                name: itemName(item),
                number,
                created: true,
                path: item.entry.path,
                line: item.item.line,
            });
        }
    }
    catch (error) {
        const failure = describeApiFailure(error);
        const hint = issuesWriteHint(failure, 'The next run opens the rest.');
        outcome.notices.push(`Issues for untracked action items could not all be opened (${failure.reason}).${hint}`);
    }
    return outcome;
}
/** The job summary's list: `AI-5 → #123: add the link to the postmortem`. */
function itemIssuesSummary(outcome, context) {
    if (outcome.issues.length === 0 && outcome.notices.length === 0)
        return '';
    const lines = outcome.issues.map((issue) => {
        const where = blobUrl(context, issue.path, issue.line);
        const file = where === null ? inlineText(issue.path) : link(issue.path, where);
        return `- ${inlineText(issue.name)} → #${issue.number}${issue.created ? '' : ' (opened earlier)'}: add the link to the postmortem (${file}), or run \`postmortem-lint link\`.`;
    });
    return [
        '## Issues for untracked action items',
        '',
        ...lines,
        ...outcome.notices.map((n) => `- ${inlineText(n)}`),
        '',
    ].join('\n');
}

/** Hidden marker that identifies the one tracking issue (its body carries it). */
const ISSUE_MARKER = '<!-- postmortem-lint:trends-issue -->';
/** File name of the JSON report (output `report-json`), in RUNNER_TEMP. */
const REPORT_JSON_NAME = 'postmortem-trends.json';
/** Rows per table in the job summary and the issue: both have size limits. */
const MAX_ROWS = 200;
/** GitHub rejects issue bodies over 65,536 characters. */
const ISSUE_BODY_LIMIT = 65_000;
/** Links for the job summary and the issue: the file at the run's commit, else repository-relative. */
function blobLinks(context) {
    return (path, line) => blobUrl(context, path, line ?? undefined) ?? linkTarget(path, line);
}
/** Links for the committed report file: relative to the folder it is written to. */
function relativeLinks(reportPath) {
    const from = posix.dirname(reportPath.split(sep).join('/'));
    return (path, line) => linkTarget(posix.relative(from, path), line);
}
function issueTitle(report) {
    const overdue = report.overdueActionItems.length;
    return `Postmortem follow-ups: ${plural(overdue, 'overdue action item')}`;
}
/** Items due soon (or, in the digest, any reminder): a table linking each to its line. */
function reminderTable(items, options, withOwner) {
    const rows = items.slice(0, MAX_ROWS).map((item) => {
        const linkTo = options.linkTo ?? ((path, line) => linkTarget(path, line));
        const name = escapeMarkdown(item.id ?? item.action ?? `line ${item.line}`, { maxLength: 60 });
        const status = escapeMarkdown(item.trackerNote ?? item.status ?? '(no status)', {
            maxLength: 80,
        });
        const due = item.daysOverdue > 0
            ? `${plural(item.daysOverdue, 'day')} overdue`
            : item.daysOverdue === 0
                ? 'due today'
                : `due in ${plural(-item.daysOverdue, 'day')}`;
        return [
            `[${escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 })}](${linkTo(item.path, item.line)})`,
            name,
            ...(withOwner
                ? [escapeMarkdown(item.owner ?? '(no owner)', { mentions: options.mentions })]
                : []),
            item.deadline,
            due,
            status,
        ];
    });
    const header = [
        'Postmortem',
        'Item',
        ...(withOwner ? ['Owner'] : []),
        'Deadline',
        'When',
        'Status',
    ];
    const more = items.length > MAX_ROWS ? `\n\n…and ${items.length - MAX_ROWS} more.` : '';
    return table(header, rows) + more;
}
/** The per-owner digest: each owner's overdue and due-soon items; `@owner` pings only when asked. */
function digest(reminders, options) {
    return reminders.byOwner
        .map(({ owner, items }) => `### ${escapeMarkdown(owner, { mentions: options.mentions, maxLength: 60 })}\n\n${reminderTable(items, options, false)}`)
        .join('\n\n');
}
/** Items whose issue is closed but whose status is not: the postmortem's table is behind. */
function closedList(items, options) {
    const linkTo = options.linkTo ?? ((path, line) => linkTarget(path, line));
    const lines = items.slice(0, MAX_ROWS).map((item) => {
        const name = escapeMarkdown(item.id ?? item.action ?? `line ${item.line}`, { maxLength: 60 });
        const where = escapeMarkdown(item.incidentId ?? item.path, { maxLength: 60 });
        return `- [${where}](${linkTo(item.path, item.line)}) ${name}: ${escapeMarkdown(item.trackerNote ?? '', { maxLength: 100 })}`;
    });
    const more = items.length > MAX_ROWS ? `\n\n…and ${items.length - MAX_ROWS} more.` : '';
    return `Not overdue, since the tracker has them done; update their status.\n\n${lines.join('\n')}${more}`;
}
/**
 * The tracking issue: overdue action items (the tracker's state deciding where known), those due
 * within `remind-days`, a digest per owner, and patterns new this period, escaped; owners ping
 * only when asked.
 */
function issueBody(report, context, inputs, reminders = null) {
    const options = {
        linkTo: blobLinks(context),
        mentions: inputs.mentionOwners,
        maxRows: MAX_ROWS,
    };
    const fresh = report.patterns.filter((pattern) => pattern.isNew);
    const parts = [
        ISSUE_MARKER,
        `Kept up to date by postmortem-lint (${report.generatedAt.slice(0, 10)}${context.runUrl ? `, [run](${context.runUrl})` : ''}). ` +
            `Window: ${report.window.since.slice(0, 10)} to ${report.window.until.slice(0, 10)}.`,
        '## Overdue action items',
        report.overdueActionItems.length === 0
            ? 'None: every action item with a past deadline is done.'
            : overdueTable(report.overdueActionItems, options),
        ...(reminders === null
            ? []
            : [
                `## Due soon (within ${plural(inputs.remindDays, 'day')})`,
                reminders.dueSoon.length === 0
                    ? 'None.'
                    : reminderTable(reminders.dueSoon, options, true),
                ...(reminders.byOwner.length === 0 ? [] : ['## By owner', digest(reminders, options)]),
                ...(reminders.closedOnGitHub.length === 0
                    ? []
                    : [
                        '## Closed on GitHub, still open here',
                        closedList(reminders.closedOnGitHub, options),
                    ]),
            ]),
        '## New recurring patterns',
        fresh.length === 0 ? 'None new this period.' : patternTable(fresh, options),
    ];
    const body = `${parts.join('\n\n')}\n`;
    return body.length <= ISSUE_BODY_LIMIT
        ? body
        : `${body.slice(0, ISSUE_BODY_LIMIT)}\n\n…(cut to GitHub's issue size limit)\n`;
}
/**
 * The tracking issue: an open issue (not a pull request) carrying the marker and written by the
 * token's identity (writtenByToken, the rule the pull request comment follows too), so that anyone
 * who pastes the marker into an issue never gets it overwritten. First among those with the
 * label, then among any; of several, the oldest.
 */
async function findTrackingIssue(octokit, context, label) {
    const marked = async (labels) => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
            owner: context.owner,
            repo: context.repo,
            state: 'open',
            per_page: 100,
            ...(labels ? { labels } : {}),
        });
        const candidates = issues.filter((issue) => !issue.pull_request && (issue.body ?? '').includes(ISSUE_MARKER));
        const [found] = (await writtenByToken(octokit, candidates)).sort((a, b) => a.number - b.number);
        return found ? { number: found.number, body: found.body ?? '' } : null;
    };
    return (await marked(label)) ?? (await marked(undefined));
}
/** Creates or updates the one tracking issue; creates none while there is nothing to track. */
async function upsertTrackingIssue(octokit, context, report, inputs, reminders = null) {
    const body = issueBody(report, context, inputs, reminders);
    const title = issueTitle(report);
    const existing = await findTrackingIssue(octokit, context, inputs.issueLabel);
    if (existing) {
        if (existing.body === body)
            return { action: 'unchanged', number: existing.number };
        await octokit.rest.issues.update({
            owner: context.owner,
            repo: context.repo,
            issue_number: existing.number,
            title,
            body,
        });
        return { action: 'updated', number: existing.number };
    }
    if (report.overdueActionItems.length === 0 &&
        (reminders === null || reminders.byOwner.length === 0) &&
        !report.patterns.some((pattern) => pattern.isNew))
        return { action: 'not-needed' };
    const created = await octokit.rest.issues.create({
        owner: context.owner,
        repo: context.repo,
        title,
        body,
        labels: [inputs.issueLabel],
    });
    return { action: 'created', number: created.data.number };
}
/** What GitHub says of the issues the corpus links to (with a token); notices for what it could not. */
async function trackerView(run, index, config) {
    const { inputs, context } = run;
    if (inputs.githubToken === '')
        return null;
    const { tracker, notices } = await lookUpTracker(index, config, {
        client: { token: inputs.githubToken, apiUrl: context.apiUrl },
        repository: context.owner ? `${context.owner}/${context.repo}` : null,
        serverUrl: context.serverUrl,
    });
    for (const notice$1 of notices)
        notice(notice$1, { title: 'postmortem-lint: action item tracking' });
    return tracker;
}
/** `create-issues`: issues for untracked items (default branch only), as job summary lines. */
async function itemIssuesStep(run, reportInputs, octokit, entries, statuses) {
    if (!reportInputs.createIssues)
        return '';
    if (!onDefaultBranch(run.context)) {
        notice('create-issues: issues are opened only by runs on the default branch; none was opened.');
        return '';
    }
    if (octokit === null) {
        warning('create-issues: true needs a github-token: no issue was opened.');
        return '';
    }
    const outcome = await openItemIssues(octokit, run.context, entries, statuses);
    for (const notice$1 of outcome.notices)
        notice(notice$1, { title: 'postmortem-lint: create-issues' });
    setOutput('created-issues', outcome.issues.filter((issue) => issue.created).length);
    for (const issue of outcome.issues)
        info(`${issue.name} → #${issue.number}${issue.created ? ' (opened)' : ' (found)'}: add the link to the postmortem.`);
    return itemIssuesSummary(outcome, run.context);
}
async function writeText(path, text) {
    await mkdir$1(dirname(path), { recursive: true });
    await writeFile$1(path, text);
}
/**
 * `mode: report`: the trend report of every postmortem in `paths`, to the job summary and the
 * workspace (`report-path`, for a later step to commit or upload), as outputs, and optionally as
 * one tracking issue. Never fails the step over what the postmortems say.
 */
async function runReport(run) {
    const { inputs, context } = run;
    const { workspace } = context;
    const reportInputs = readReportInputs();
    const config = await loadConfig({
        configPath: inputs.config,
        searchFrom: workspace,
        cwd: workspace,
    });
    const files = await discoverCorpus(inputs.paths, config, workspace);
    // No cache here: it is keyed to the lint configuration, and indexing is about a bare parse anyway.
    const index = await indexPostmortems({
        files,
        config,
        now: inputs.now,
        pathOf: (path) => repositoryPath(resolve(workspace, path), workspace),
    });
    const statuses = statusReader(reportSettings(config).statuses);
    const octokit = inputs.githubToken === '' ? null : createOctokit(inputs.githubToken, context);
    const tracker = await trackerView(run, index, config);
    // The tracker's state decides where it is known: an item whose issue is closed is not overdue.
    const { report, notes } = buildTrackedTrendReport(index, config, { now: inputs.now, since: null, until: null }, tracker);
    const shown = withTrackerNotes(report, notes);
    const reminders$1 = reminders(index.entries, statuses, inputs.now, reportInputs.remindDays, tracker);
    const itemIssues = await itemIssuesStep(run, reportInputs, octokit, index.entries, statuses);
    const jsonPath = join(context.tempDir ?? workspace, REPORT_JSON_NAME);
    await writeText(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
    if (reportInputs.reportPath !== null) {
        const markdown = renderMarkdown(shown, { linkTo: relativeLinks(reportInputs.reportPath) });
        await writeText(resolve(workspace, reportInputs.reportPath), markdown);
        setOutput('report-path', reportInputs.reportPath);
    }
    let summary = renderMarkdown(shown, { linkTo: blobLinks(context), maxRows: MAX_ROWS });
    if (itemIssues !== '')
        summary = `${summary}\n${itemIssues}`;
    if (Buffer.byteLength(summary, 'utf8') > SUMMARY_BUDGET_BYTES) {
        summary = `${summary.slice(0, SUMMARY_BUDGET_BYTES / 4)}\n\n…(cut to GitHub's job summary limit; the full report is in ${jsonPath})\n`;
    }
    await writeJobSummary(summary);
    setOutput('incidents', report.current.incidents.total);
    setOutput('mttr-median-minutes', report.current.mttrMinutes.median ?? '');
    setOutput('overdue-action-items', report.overdueActionItems.length);
    setOutput('patterns', report.patterns.length);
    setOutput('report-json', jsonPath);
    for (const failed of report.files.failed)
        warning(failed.message, {
            title: 'postmortem-lint: file not read',
            file: failed.path,
            startLine: failed.line,
        });
    if (!reportInputs.issue)
        return;
    if (octokit === null) {
        warning('issue: true needs a github-token: no tracking issue was written.');
        return;
    }
    try {
        const outcome = await upsertTrackingIssue(octokit, context, shown, reportInputs, reminders$1);
        if (outcome.action !== 'not-needed')
            setOutput('issue-number', outcome.number);
        info(`Tracking issue: ${outcome.action}${outcome.action === 'not-needed' ? '' : ` (#${outcome.number})`}.`);
    }
    catch (error) {
        const failure = describeApiFailure(error);
        const hint = issuesWriteHint(failure, 'It is written again on the next run.');
        warning(`The tracking issue could not be written (${failure.reason}).${hint}`);
    }
}

// The GitHub Action's logic: `run()` reads the inputs and the run's context and runs one mode.
// The entry point (index.ts, bundled to dist/index.js) only calls it; tests call it in-process.
/**
 * Fails the step with one clear line (`postmortem-lint failed: …`); the stack only in debug logs.
 * A configuration error is also annotated on the config file, at the offending line.
 */
function reportFailure(error$1, workspace) {
    const message = error$1 instanceof Error ? error$1.message : String(error$1);
    if (error$1 instanceof ConfigError && error$1.file !== null) {
        const file = relative(workspace, error$1.file);
        if (!file.startsWith('..') && !isAbsolute(file)) {
            error(message, {
                title: 'postmortem-lint configuration',
                file: file.split(sep).join('/'),
                startLine: error$1.line ?? undefined,
            });
        }
    }
    if (error$1 instanceof Error && error$1.stack)
        debug(error$1.stack);
    setFailed(`postmortem-lint failed: ${message}`);
}
/**
 * Runs the Action once: inputs from `INPUT_*`, the run from `GITHUB_*`, results as outputs,
 * annotations, the job summary and the step's status. Never throws: a failure fails the step.
 */
async function run(options = {}) {
    let workspace = process.cwd();
    try {
        const context = readRunContext();
        workspace = context.workspace;
        const modeRun = { inputs: readInputs(), context, rules: options.rules };
        if (resolveMode(modeRun.inputs.mode, context.eventName) === 'report')
            await runReport(modeRun);
        else
            await runLintMode(modeRun);
    }
    catch (error) {
        reportFailure(error, workspace);
    }
}

// The GitHub Action's entry point (bundled to dist/index.js; action.yml runs it on node24). The
// logic is in main.ts, which tests import and run in-process.
await run();
