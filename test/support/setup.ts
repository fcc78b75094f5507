/** Tests call parseMarkdown and loadText directly on any Markdown: load remark up front, as loadFile would on demand. */
import { loadMarkdownParser } from '../../src/input/markdown.js';

await loadMarkdownParser();
