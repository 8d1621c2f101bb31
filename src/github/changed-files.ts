import type { Octokit } from './api.js';
import type { RunContext } from './context.js';

/**
 * Repository paths a pull request adds or changes (renamed files under their new name; removed
 * files left out). Paginated: the API lists 100 files a page, up to 3,000 files.
 */
export async function pullRequestFiles(
  octokit: Octokit,
  context: RunContext,
  pullNumber: number,
): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.filter((file) => file.status !== 'removed').map((file) => file.filename);
}
