import { reportFromIndex, reportSettings } from '../../src/trends/run.js';
import { renderMarkdown } from '../../src/trends/render/document.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { generatedCorpus } from '../support/generated-corpus.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('a report of 1,000 postmortems stays bounded (npm run bench measures 10,000)', () => {
  it('writes a Markdown report under 1 MB, every table capped with the rest counted', () => {
    const entries = generatedCorpus(1_000);
    const report = reportFromIndex(
      { version: 1, generatedAt: NOW.toISOString(), entries, failed: [] },
      reportSettings(resolveConfig({}, null, process.cwd())),
      { now: NOW, since: null, until: null },
    );
    const markdown = renderMarkdown(report);
    const bytes = Buffer.byteLength(markdown, 'utf8');
    process.stdout.write(`Markdown report of 1,000 postmortems: ${Math.round(bytes / 1024)} KiB\n`);
    expect(bytes).toBeLessThan(1_000_000);
    expect(report.current.incidents.total).toBeGreaterThan(300);
    const capped = renderMarkdown(report, { linkTo: (path) => path, maxRows: 5 });
    expect(capped).toMatch(/…and \d+ more overdue items \(see the JSON report\)/);
    expect(Buffer.byteLength(capped, 'utf8')).toBeLessThan(bytes);
  });
});
