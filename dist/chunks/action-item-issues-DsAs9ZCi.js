import { createHash } from 'node:crypto';
import { t as trackedBy, i as trackerLinks } from './resolve-cfr8Br3c.js';

/**
 * Issues opened for untracked action items (the Action's `create-issues`), and found again by a
 * hidden marker of incident id + item id, so that a rerun never opens a second one and
 * `postmortem-lint link` can write the reference back into the postmortem. The marker is trusted
 * only on issues the token's own identity wrote (anyone can paste it).
 */
/** The label every such issue gets (created when missing). */
const ACTION_ITEM_LABEL = 'postmortem-action-item';
const MARKER_PREFIX = '<!-- postmortem-lint:action-item ';
const MARKER = /<!-- postmortem-lint:action-item incident="([^"\n]{1,200})" item="([^"\n]{1,200})" -->/;
/** Quotes and line breaks cannot be in a marker's value; everything else is kept as written. */
function markerValue(text) {
    return text.replace(/["\n\r]/g, ' ').slice(0, 200);
}
function itemKey(entry, item) {
    const incident = markerValue(entry.id ?? entry.path);
    const id = item.id?.trim();
    if (id)
        return { incident, item: markerValue(id) };
    const hash = createHash('sha256')
        .update(item.action ?? '')
        .digest('hex')
        .slice(0, 12);
    return { incident, item: `text-${hash}` };
}
function issueMarker(key) {
    return `${MARKER_PREFIX}incident="${key.incident}" item="${key.item}" -->`;
}
/** The key of a marker in an issue body, or null when there is none. */
function readMarker(body) {
    const match = MARKER.exec(body ?? '');
    return match ? { incident: match[1], item: match[2] } : null;
}
function keyText(key) {
    return `${key.incident}\0${key.item}`;
}
/**
 * The open action items with no tracker link (GitHub or another tracker), in path and line order:
 * those an issue may be opened for. An item done (per the configured statuses) needs none.
 */
function untrackedItems(entries, statuses, links) {
    const found = [];
    for (const entry of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
        for (const item of entry.actionItems) {
            if (statuses.state(item.status) === 'done')
                continue;
            if ((item.action ?? '').trim() === '')
                continue;
            if (trackedBy(trackerLinks({ id: item.id, action: item.action }, links)) !== null)
                continue;
            found.push({ entry, item, key: itemKey(entry, item) });
        }
    }
    return found;
}
/** A GitHub login an issue can be assigned to: `@alice` → `alice`; teams and names → null. */
function assigneeOf(owner) {
    const match = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(owner?.trim() ?? '');
    return match ? match[1] : null;
}
/** The issue title: the action's first line, within GitHub's 256 characters. */
function issueTitleOf(item) {
    const line = (item.action ?? '').trim().split('\n', 1)[0].replace(/\s+/g, ' ');
    return line.length <= 256 ? line : `${line.slice(0, 255)}…`;
}

export { ACTION_ITEM_LABEL as A, assigneeOf as a, issueMarker as b, issueTitleOf as i, keyText as k, readMarker as r, untrackedItems as u };
