/**
 * Word packages that inflate far beyond their size: a zip bomb, a directory that lies about a part's size, and a
 * small file holding 100,000 numbered paragraphs. Each is refused, before anything in it is inflated whole, with a
 * Chinese message; a batch holding one goes on.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, docxBomb, judgment, numberedDocx } from '../bench/hostile-inputs.mjs';
import { loadDocx } from '../src/input/docx.js';
import { MAX_DOCX_XML_BYTES, MAX_DOCX_XML_TAGS } from '../src/input/docx-package.js';
import { runCli } from './support/cli.js';

const CENTRAL_DIRECTORY_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** The package with its directory's uncompressed size of `part` replaced by `size` (a bomb that lies). */
function withDeclaredSize(zip: Buffer, part: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (
    let at = copy.indexOf(CENTRAL_DIRECTORY_ENTRY);
    at !== -1;
    at = copy.indexOf(CENTRAL_DIRECTORY_ENTRY, at + 4)
  ) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) !== part) continue;
    copy.writeUInt32LE(size, at + 24);
    return copy;
  }
  throw new Error(`${part} is not in the package`);
}

let folder: string;
let bomb: Buffer;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'zhixing-docx-package-'));
  bomb = await docxBomb(MAX_DOCX_XML_BYTES / (1024 * 1024) + 8);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('Word packages over the limits', () => {
  it('refuses a zip bomb from the sizes in its directory, in Chinese', async () => {
    expect(bomb.length).toBeLessThan(200_000);
    const loaded = await loadDocx('bomb.docx', bomb);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toContain('超过 32.0 MB 的上限');
    expect(loaded.message).toContain('压缩炸弹');
  });

  it('refuses a bomb whose directory understates what a part inflates to', async () => {
    const lying = withDeclaredSize(await docxBomb(4), 'word/document.xml', 4096);
    const loaded = await loadDocx('lying.docx', lying);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toContain('与其目录不符');
  });

  it(`refuses a 60 KB file of 100,000 numbered paragraphs (over ${MAX_DOCX_XML_TAGS} tags) without reading it`, async () => {
    const numbered = await numberedDocx(100_000);
    expect(numbered.length).toBeLessThan(100_000);
    const loaded = await loadDocx('numbered.docx', numbered);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.message).toContain('段落和格式元素超过 20 万个');
  });

  it('still reads a numbered judgment of 2,000 paragraphs, numbers and all', async () => {
    const loaded = await loadDocx('long.docx', await numberedDocx(2_000));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const lines = loaded.source.plain.split('\n');
    expect(lines).toContain('一、被告支付货款。');
    expect(lines).toContain('二〇〇〇、被告支付货款。');
  });

  it('goes on with the batch after a bomb: exit 1, the report written, no temporary file left', () => {
    writeFileSync(path.join(folder, 'bomb.docx'), bomb);
    writeFileSync(path.join(folder, 'draft.md'), judgment([`一、${DEFECTIVE_ITEM}`]));
    const run = runCli(['.', '--format', 'json', '-o', 'report.json'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('无法检查 bomb.docx：Word 文件解压后的内容有');
    expect(run.stderr).not.toMatch(/^\s{4}at /m);
    const report = JSON.parse(readFileSync(path.join(folder, 'report.json'), 'utf8')) as {
      filePath: string;
      messages: { ruleId: string | null }[];
    }[];
    const draft = report.find((r) => r.filePath.endsWith('draft.md'));
    expect(draft?.messages.map((m) => m.ruleId)).toContain('money/amount-missing');
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
