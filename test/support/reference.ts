import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The project's reference postmortem: a complete, template-shaped SEV-1 written for these tests
 * (zero findings with `--now 2026-02-06`), the shape of the practice's canonical example.
 */
export const REFERENCE_PATH = join(here, '..', 'fixtures', 'reference-postmortem.md');

export function referenceText(): string {
  return readFileSync(REFERENCE_PATH, 'utf8');
}

const HEADER_KEYS: Record<string, string> = {
  'Incident ID': 'id',
  Date: 'date',
  Severity: 'severity',
  Duration: 'duration',
  Status: 'status',
  Author: 'author',
  Reviewers: 'reviewers',
};

/**
 * The reference postmortem rewritten with YAML frontmatter instead of `**Field:** value` header
 * lines: same content, the other form teams use.
 */
export function referenceAsFrontmatter(): string {
  const lines = referenceText().split('\n');
  const yaml: string[] = [];
  const body: string[] = [];
  const title = lines[0].replace(/^#\s+/, '');
  yaml.push(`title: "${title}"`);
  for (const line of lines) {
    const match = /^\*\*([^*]+):\*\*\s*(.*?)\s*$/.exec(line);
    const key = match ? HEADER_KEYS[match[1]] : undefined;
    if (match && key) {
      const value = match[2];
      if (key === 'reviewers')
        yaml.push(
          `reviewers: [${value
            .split(',')
            .map((v) => `"${v.trim()}"`)
            .join(', ')}]`,
        );
      else yaml.push(`${key}: "${value}"`);
    } else body.push(line);
  }
  return `---\n${yaml.join('\n')}\n---\n${body.join('\n')}`;
}
