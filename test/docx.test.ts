/** Word input: .docx read with mammoth (line = paragraph), and --annotate-docx writing review comments. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { lintLoaded } from '../src/engine/lint.js';
import { alignParagraphs, annotateDocx } from '../src/output/docx-annotate.js';
import { docxParagraphs, loadDocx } from '../src/input/docx.js';
import { loadFile } from '../src/input/load.js';
import { ALL_RULES } from './support/all-rules.js';
import { ROOT, runCli } from './support/cli.js';
import { buildDocx } from './support/docx.js';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', '民间借贷-有缺陷.docx');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'zhixing-docx-'));

/** A civil judgment as a judge types it in Word: a title, parties, reasoning, items, tail; some runs split. */
const JUDGMENT = [
  '河南省焦作市山阳区人民法院',
  '民事判决书',
  '（2024）豫0811民初1234号',
  '原告：张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号。',
  '被告：李强，男，1985年3月15日出生，汉族，住河南省焦作市山阳区人民路16号。',
  '',
  '原告张明与被告李强民间借贷纠纷一案，本院于2024年3月1日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。',
  [
    '本院认为，原、被告之间的借贷关系合法有效，',
    '被告应当按约还本付息。依照《中华人民共和国民法典》第六百七十五条规定，判决如下：',
  ],
  ['一、被告李强于本判决生效之日起十日内偿还原告张明借款本金', '100000', '元；'],
  '二、被告李强支付原告张明律师代理费5000元；',
  '三、驳回原告张明的其他诉讼请求。',
  '如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。',
  '案件受理费50元，由被告李强负担。',
  '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于河南省焦作市中级人民法院。',
  '审判员　　王立新',
  '二〇二四年六月十日',
];
const ITEM_TWO_LINE = 10;

function lintDocxBytes(bytes: Buffer) {
  return loadDocx('draft.docx', bytes).then((loaded) =>
    lintLoaded(loaded, {
      rules: ALL_RULES.map((rule) => ({ rule, severity: rule.severity })),
      template: false,
    }),
  );
}

describe('reading .docx', () => {
  it('gives one line per paragraph, empty ones included, runs joined', async () => {
    const paragraphs = await docxParagraphs(await buildDocx(JUDGMENT));
    expect(paragraphs).toHaveLength(JUDGMENT.length);
    expect(paragraphs[5]).toBe('');
    expect(paragraphs[8]).toBe('一、被告李强于本判决生效之日起十日内偿还原告张明借款本金100000元；');
  });

  it('locates a finding by paragraph number and the column inside the paragraph', async () => {
    const result = await lintDocxBytes(await buildDocx(JUDGMENT));
    const deadline = result.findings.filter((f) => f.ruleId === 'money/deadline-missing');
    expect(deadline).toHaveLength(1);
    expect(deadline[0]?.line).toBe(ITEM_TWO_LINE);
    expect(deadline[0]?.quote).toContain('律师代理费5000元');
    expect(result.document?.court).toBe('豫0811');
  });

  it('refuses a damaged or empty .docx with a clear reason', async () => {
    const damaged = await loadDocx('x.docx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.message).toContain('无法读取该 Word 文件');
    const empty = await loadDocx('y.docx', await buildDocx(['', '   ']));
    expect(empty.ok).toBe(false);
  });

  it('explains how to convert old .doc and .wps files', async () => {
    for (const name of ['旧稿.doc', '旧稿.wps']) {
      const loaded = await loadFile(name);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.message).toContain('.docx');
    }
  });
});

describe('--annotate-docx', () => {
  it('pairs paragraphs by text, so a paragraph mammoth skipped does not shift the rest', () => {
    expect(alignParagraphs(['甲', '', '乙'], ['甲', '（文本框）', '', '乙'])).toEqual([0, 2, 3]);
    expect(alignParagraphs(['甲', '丙'], ['甲', '乙'])).toEqual([0, undefined]);
  });

  it('adds each finding as a comment on its paragraph, with the OOXML parts Word needs', async () => {
    const original = await buildDocx(JUDGMENT);
    const before = Buffer.from(original);
    const result = await lintDocxBytes(original);
    const annotated = await annotateDocx(original, result.findings, new Date('2024-06-11T08:00:00Z'));
    expect(original.equals(before)).toBe(true);
    expect(annotated.comments).toBe(result.findings.length);
    expect(annotated.unplaced).toBe(0);

    const zip = await JSZip.loadAsync(annotated.bytes);
    const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    expect(comments.match(/<w:comment /g)).toHaveLength(result.findings.length);
    expect(comments).toContain('money/deadline-missing');
    expect(comments).toContain('依据：焦作山阳规定');
    expect(comments).toContain('w:date="2024-06-11T08:00:00Z"');
    expect(await zip.file('word/_rels/document.xml.rels')?.async('string')).toContain(
      'relationships/comments" Target="comments.xml"',
    );
    expect(await zip.file('[Content_Types].xml')?.async('string')).toContain('PartName="/word/comments.xml"');

    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const paragraphs = documentXml.split('</w:p>');
    const itemTwo = paragraphs[ITEM_TWO_LINE - 1] ?? '';
    expect(itemTwo).toContain('律师代理费5000元');
    expect(itemTwo).toMatch(/<w:pPr>.*<\/w:pPr>(<w:commentRangeStart w:id="\d+"\/>)+<w:r>/);
    expect(itemTwo).toMatch(
      /<w:commentRangeEnd w:id="(\d+)"\/><w:r><w:commentReference w:id="\1"\/><\/w:r>$/,
    );
    // The text itself is unchanged: mammoth reads the copy exactly as the original.
    expect(await docxParagraphs(annotated.bytes)).toEqual(await docxParagraphs(original));
  });

  it('numbers new comments after the reviewers’ comments already in the draft', async () => {
    const original = await buildDocx(JUDGMENT);
    const result = await lintDocxBytes(original);
    // A draft a judge has commented on: the same places, another author.
    const once = await JSZip.loadAsync((await annotateDocx(original, result.findings)).bytes);
    const theirs = (await once.file('word/comments.xml')?.async('string')) ?? '';
    once.file('word/comments.xml', theirs.replaceAll('w:author="zhixing-lint"', 'w:author="审判员"'));
    const reviewed = await once.generateAsync({ type: 'nodebuffer' });
    const twice = await annotateDocx(reviewed, result.findings);
    const comments =
      (await (await JSZip.loadAsync(twice.bytes)).file('word/comments.xml')?.async('string')) ?? '';
    const ids = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2 * result.findings.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(twice.replaced).toBe(0);
    expect(comments.match(/w:author="审判员"/g)).toHaveLength(result.findings.length);
  });

  it('replaces its own earlier comments when the draft is an annotated copy', async () => {
    const original = await buildDocx(JUDGMENT);
    const result = await lintDocxBytes(original);
    const date = new Date('2024-06-11T08:00:00Z');
    const once = await annotateDocx(original, result.findings, date);
    const twice = await annotateDocx(once.bytes, result.findings, date);
    const partsOf = async (bytes: Buffer) => {
      const zip = await JSZip.loadAsync(bytes);
      const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
      return [await part('word/comments.xml'), await part('word/document.xml')];
    };
    expect(twice.replaced).toBe(result.findings.length);
    expect(await partsOf(twice.bytes)).toEqual(await partsOf(once.bytes));
  });
});

describe('Word from the command line', () => {
  it('lints a .docx saved by a word processor and reports paragraph numbers', () => {
    const run = runCli([FIXTURE, '--format', 'json']);
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number }[] }[];
    expect(result?.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [15, 'interest/per-contract'],
      [16, 'interest/base-missing'],
      [17, 'money/deadline-missing'],
    ]);
  });

  it('finds .docx files when given a folder', () => {
    const dir = tempDir();
    copyFileSync(FIXTURE, path.join(dir, '判决.docx'));
    const run = runCli([dir, '--format', 'json']);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath))).toEqual([
      '判决.docx',
    ]);
  });

  it('writes an annotated copy and never touches the original', async () => {
    const dir = tempDir();
    const draft = path.join(dir, '判决.docx');
    copyFileSync(FIXTURE, draft);
    const before = readFileSync(draft);
    const out = path.join(dir, '判决-批注.docx');
    const run = runCli([draft, '--annotate-docx', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('已写入带 3 条批注的副本');
    expect(readFileSync(draft).equals(before)).toBe(true);
    const comments = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file('word/comments.xml')
      ?.async('string');
    expect(comments?.match(/<w:comment /g)).toHaveLength(3);
  });

  it('refuses to overwrite the draft, to write a non-.docx copy, or to guess between several drafts', () => {
    const dir = tempDir();
    const draft = path.join(dir, '判决.docx');
    copyFileSync(FIXTURE, draft);
    const before = readFileSync(draft);
    const overwrite = runCli([draft, '--annotate-docx', draft]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toContain('拒绝覆盖');
    expect(readFileSync(draft).equals(before)).toBe(true);
    expect(runCli([draft, '--annotate-docx', path.join(dir, 'x.md')]).stderr).toContain('应以 .docx 结尾');
    const second = path.join(dir, '另一份.docx');
    writeFileSync(second, readFileSync(FIXTURE));
    expect(runCli([draft, second, '--annotate-docx', path.join(dir, 'o.docx')]).stderr).toContain('恰好一个');
  });
});
