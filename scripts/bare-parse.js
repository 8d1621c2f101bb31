// The bench's baseline: unified + remark-parse + remark-frontmatter + remark-gfm and nothing else.
// The bench bundles this file the way dist/ is bundled, so baseline and linter run the same remark code.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

export function createBareParser() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
}
