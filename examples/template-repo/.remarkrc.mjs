// remark (remark-cli, and the vscode-remark extension while you type) runs postmortem-lint's
// per-file rules on the postmortems. Rules across incidents need the whole folder: the CLI and the
// pull-request check run those.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkPostmortemLint from 'postmortem-lint/remark';

export default {
  plugins: [remarkFrontmatter, remarkGfm, remarkPostmortemLint],
};
