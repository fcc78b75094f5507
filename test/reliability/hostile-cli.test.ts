/**
 * The command line under attack and in a newcomer's hands, end to end through the built CLI: where reports go
 * (the inputs, devices, FIFOs, folders, two outputs on one file), what a folder scan and a glob find, the exit
 * code when the reader goes away, interrupted runs, a damaged cache, mistyped configuration, raw system messages,
 * runaway thread counts, standard input in Word and Markdown, annotated copies annotated again, ignore files.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, judgment } from '../../bench/hostile-inputs.mjs';
import { ROOT, runCli } from '../support/cli.js';
import { buildDocx } from '../support/docx.js';
import { FIXTURE_CORPUS } from '../support/shared.js';
import { stackTraceLines, temporaryFolder } from './support.js';

const BIN = path.join(ROOT, 'bin', 'zhixing-lint');
const DRAFT = judgment([`一、${DEFECTIVE_ITEM}`]);
const WORD_DRAFT = path.join(ROOT, 'test', 'fixtures', '民间借贷-有缺陷.docx');

const folders: string[] = [];
function folderWith(files: Record<string, string | Buffer> = {}): string {
  const dir = temporaryFolder('cli');
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

afterAll(() => {
  // Left for inspection on failure would fill /tmp: remove them all.
  for (const dir of folders) spawnSync('rm', ['-rf', dir]);
});

function temporaryFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; fatal?: boolean }[];
}

function reportOf(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** A batch of `count` real judgments (the committed fixtures, copied under other names). */
function judgmentBatch(dir: string, count: number): void {
  const names = readdirSync(FIXTURE_CORPUS, { recursive: true, encoding: 'utf8' }).filter((n) =>
    n.endsWith('.txt'),
  );
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length] ?? '';
    copyFileSync(path.join(FIXTURE_CORPUS, name), path.join(dir, `${String(i).padStart(4, '0')}.txt`));
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
}

describe('where the report goes', () => {
  it('refuses -o onto the file standard input is named after, as for a named input', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    const run = runCli(['--no-config', '-', '--stdin-filename', 'draft.md', '-o', 'draft.md'], {
      cwd: dir,
      input: DRAFT,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('拒绝覆盖');
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(DRAFT);
  });

  it('writes into a FIFO without replacing it', async () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    const fifo = path.join(dir, 'report.fifo');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    const received: Buffer[] = [];
    reader.stdout.on('data', (chunk: Buffer) => received.push(chunk));
    const run = runCli(['--no-config', '--format', 'json', '-o', 'report.fifo', 'draft.md'], { cwd: dir });
    const kept = lstatSync(fifo).isFIFO();
    if (!kept) reader.kill(); // the reader would wait forever on a FIFO nobody writes
    await exited(reader);
    expect(kept).toBe(true);
    expect(run.code).toBe(1);
    expect(reportOf(Buffer.concat(received).toString('utf8'))[0]?.filePath).toBe('draft.md');
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('writes into a device through a symbolic link, leaving the link a link', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    symlinkSync('/dev/null', path.join(dir, 'discard'));
    const run = runCli(['--no-config', '-o', 'discard', 'draft.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(lstatSync(path.join(dir, 'discard')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'discard'))).toBe('/dev/null');
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('writes -o /dev/stdout and -o /dev/fd/1 to standard output, a pipe or not', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    for (const target of ['/dev/stdout', '/dev/fd/1']) {
      const run = runCli(['--no-config', '--format', 'json', '-o', target, 'draft.md'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(reportOf(run.stdout)[0]?.filePath).toBe('draft.md');
    }
    const piped = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" --no-config --format json -o /dev/fd/1 draft.md | cat`],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(piped.stderr).toBe('');
    expect(reportOf(piped.stdout)[0]?.filePath).toBe('draft.md');
  });

  it('refuses -o onto a folder before linting, in Chinese', () => {
    const dir = folderWith({ 'draft.md': DRAFT, 'out/keep.txt': 'x' });
    const run = runCli(['--no-config', '-o', 'out', 'draft.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('输出文件“out”是一个文件夹');
    expect(run.stderr).not.toMatch(/EISDIR|\.tmp/);
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it('checks --report and --annotate-docx before linting, and refuses two outputs on one file', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    copyFileSync(WORD_DRAFT, path.join(dir, 'draft.docx'));
    const missing = runCli(['--no-config', '--report', 'no-such-folder/report.html', 'draft.md'], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法写入HTML 报告“no-such-folder/report.html”：所在文件夹不存在');
    expect(missing.stdout).toBe(''); // nothing was linted
    const folder = runCli(['--no-config', '--annotate-docx', '.', 'draft.docx'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stdout).toBe('');
    const twice = runCli(['--no-config', '-o', 'out.html', '--report', './out.html', 'draft.md'], {
      cwd: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--output-file 与 --report 指向同一个文件');
    expect(existsSync(path.join(dir, 'out.html'))).toBe(false);
  });

  it('names no temporary file in a message', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    copyFileSync(WORD_DRAFT, path.join(dir, 'draft.docx'));
    for (const args of [
      ['-o', 'missing/report.json', 'draft.md'],
      ['--annotate-docx', 'missing/o.docx', 'draft.docx'],
    ]) {
      const run = runCli(['--no-config', ...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('所在文件夹不存在');
      expect(run.stderr).not.toMatch(/\.tmp|ENOENT/);
    }
  });
});

describe('what a folder scan and a glob find', () => {
  it('reads upper-case extensions, as Windows archives have them', () => {
    const dir = folderWith({ 'archive/A.MD': DRAFT, 'archive/B.TXT': DRAFT, 'archive/D.Markdown': DRAFT });
    copyFileSync(WORD_DRAFT, path.join(dir, 'archive', 'C.DOCX'));
    const run = runCli(['--no-config', '--format', 'json', 'archive'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(reportOf(run.stdout).map((r) => r.filePath)).toEqual([
      'archive/A.MD',
      'archive/B.TXT',
      'archive/C.DOCX',
      'archive/D.Markdown',
    ]);
    const docx = reportOf(run.stdout)[2];
    expect(docx?.messages.some((m) => m.fatal)).toBe(false);
  });

  it('finds a symbolic link to a file by a glob and in a folder, without following linked folders', () => {
    const dir = folderWith({ 'real/a.md': DRAFT });
    symlinkSync('real/a.md', path.join(dir, 'linked.md'));
    symlinkSync('.', path.join(dir, 'real', 'loop'));
    const glob = runCli(['--no-config', '--format', 'json', 'link*.md'], { cwd: dir });
    expect(glob.stderr).not.toContain('没有文件匹配');
    expect(reportOf(glob.stdout).map((r) => r.filePath)).toEqual(['linked.md']);
    const scan = runCli(['--no-config', '--format', 'json', '.'], { cwd: dir });
    expect(reportOf(scan.stdout).map((r) => r.filePath)).toEqual(['linked.md', 'real/a.md']);
  });

  it('leaves out what .zhixinglintignore and --ignore-pattern match; --no-ignore lints everything', () => {
    const dir = folderWith({
      '.zhixinglintignore': '# 已结案的旧稿\narchive/\n',
      'archive/old.md': DRAFT,
      'drafts/a.md': DRAFT,
      'drafts/b.md': DRAFT,
    });
    const lintedBy = (...args: string[]) =>
      reportOf(runCli(['--no-config', '--format', 'json', ...args], { cwd: dir }).stdout).map(
        (r) => r.filePath,
      );
    expect(lintedBy('.')).toEqual(['drafts/a.md', 'drafts/b.md']);
    expect(lintedBy('.', '--ignore-pattern', 'b.md')).toEqual(['drafts/a.md']);
    expect(lintedBy('.', '--no-ignore')).toEqual(['archive/old.md', 'drafts/a.md', 'drafts/b.md']);
    const named = runCli(['--no-config', '--format', 'json', 'archive/old.md', 'drafts/a.md'], { cwd: dir });
    expect(named.stderr).toContain('已跳过 archive/old.md');
    expect(reportOf(named.stdout).map((r) => r.filePath)).toEqual(['drafts/a.md']);
    const none = runCli(['--no-config', 'archive'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('1 个被忽略规则排除');
  });
});

describe('output safety', () => {
  it('keeps a document’s escape sequences out of the terminal', () => {
    const fake = '\u001b[2J\u001b[H\u001b[32m✔ 0 problems\u001b[0m\u0007';
    const dir = folderWith({ 'draft.md': judgment([`一、被告李强向原告张明支付借款本金${fake}及利息。`]) });
    const run = runCli(['--no-config', 'draft.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('money/amount-missing');
    // No control character but the line end: no ESC, no BEL.
    expect(run.stdout.match(/[^\P{Cc}\n]/gu)).toBeNull();
  });

  it('lets no CSV cell start a spreadsheet formula', () => {
    const name = '=HYPERLINK("http://example.com","点此").md';
    const dir = folderWith({ [name]: DRAFT });
    const run = runCli(['--no-config', '--format', 'csv', name], { cwd: dir });
    expect(run.code).toBe(1);
    const rows = run.stdout.split('\r\n').slice(1, -1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith(`"'=HYPERLINK(`)).toBe(true);
  });

  it('puts a file that cannot be read at 1:1 in every format', () => {
    const dir = folderWith({ 'empty.md': '', 'draft.md': DRAFT });
    const stylish = runCli(['--no-config', 'empty.md', 'draft.md'], { cwd: dir });
    expect(stylish.stdout).toMatch(/empty\.md\n {2}1:1 {2}error {2}无法检查/);
    const csv = runCli(['--no-config', '--format', 'csv', 'empty.md', 'draft.md'], { cwd: dir });
    expect(csv.stdout).toContain('empty.md,1,1,错误');
    const json = reportOf(
      runCli(['--no-config', '--format', 'json', 'empty.md', 'draft.md'], { cwd: dir }).stdout,
    );
    expect(json[0]?.messages[0]).toMatchObject({ line: 1, column: 1, fatal: true });
  });
});

describe('the exit code', () => {
  it('still says errors were found when the reader stops early (| head -1)', () => {
    const dir = folderWith();
    for (let i = 0; i < 80; i++) writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.md`), DRAFT);
    const run = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" --no-config . | head -1 > /dev/null; echo "\${PIPESTATUS[0]}"`],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(stackTraceLines(run.stderr)).toEqual([]);
    expect(run.stdout.trim()).toBe('1');
  });
});

describe('an interrupted run', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves no temporary file behind on ${signal}`, async () => {
      const dir = folderWith();
      mkdirSync(path.join(dir, 'batch'));
      judgmentBatch(path.join(dir, 'batch'), 400);
      const child = spawn(
        process.execPath,
        [BIN, '--no-config', '--concurrency', '1', '--format', 'json', '-o', 'report.json', 'batch'],
        { cwd: dir, stdio: 'ignore' },
      );
      const done = exited(child);
      // The report's temporary file exists from the start of the batch.
      while (temporaryFiles(dir).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill(signal);
      const { code } = await done;
      expect(temporaryFiles(dir)).toEqual([]);
      expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    });
  }
});

describe('a damaged cache', () => {
  it('treats an entry of the wrong shape as a miss and lints the file again', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    const args = ['--no-config', '--format', 'json', '--cache', 'draft.md'];
    const first = runCli(args, { cwd: dir });
    const cacheFile = path.join(dir, '.zhixing-lint-cache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      files: Record<string, { result: { findings: unknown } }>;
    };
    const damaged: unknown[] = [5, { findings: 'oops' }, { findings: [{}], notices: [] }];
    for (const result of damaged) {
      for (const entry of Object.values(cache.files)) Object.assign(entry, { result });
      writeFileSync(cacheFile, JSON.stringify(cache));
      const again = runCli(args, { cwd: dir });
      expect(again.stderr).not.toContain('内部错误');
      expect(again.code).toBe(1);
      expect(again.stdout).toBe(first.stdout);
    }
  });

  it('is kept by --timing', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    runCli(['--no-config', '--cache', 'draft.md'], { cwd: dir });
    const timed = runCli(['--no-config', '--cache', '--timing', 'draft.md'], { cwd: dir });
    expect(timed.stderr).toContain('1 个文件，其中 1 个取自缓存');
  });
});

describe('configuration', () => {
  it('refuses unknown keys, with exit 2 and a guess', () => {
    for (const [config, expected] of [
      ['rulez:\n  money/amount-missing: off\n', '未知的配置项“rulez”，是不是“rules”？'],
      ['partyids: false\n', '未知的配置项“partyids”，是不是“partyIds”？'],
      ['vague:\n  alow: [另行协商]\n', '未知的配置项“alow”，是不是“allow”？'],
      [
        'rules:\n  money/amount-mising: off\n',
        '未知规则“money/amount-mising”，是不是“money/amount-missing”？',
      ],
    ]) {
      const dir = folderWith({ '.zhixinglintrc.yml': config ?? '', 'draft.md': DRAFT });
      const run = runCli(['draft.md'], { cwd: dir });
      expect(run.code, config).toBe(2);
      expect(run.stderr).toContain(expected);
      expect(run.stdout).toBe('');
    }
  });

  it('keeps the line, column and reason of a syntax error', () => {
    const yaml = folderWith({ '.zhixinglintrc.yml': 'rules:\n  money/amount-missing: off\n   bad: [\n' });
    const yamlRun = runCli(['x.md'], { cwd: yaml });
    expect(yamlRun.code).toBe(2);
    expect(yamlRun.stderr).toMatch(/\.zhixinglintrc\.yml”：第 3 行第 \d+ 列：bad indentation/);
    const json = folderWith({
      '.zhixinglintrc.json': '{\n  "rules": {\n    "money/amount-missing": "off",\n  }\n}\n',
    });
    const jsonRun = runCli(['x.md'], { cwd: json });
    expect(jsonRun.code).toBe(2);
    expect(jsonRun.stderr).toMatch(/\.zhixinglintrc\.json”：第 4 行第 3 列：.*property name/);
  });

  it('--print-config prints what applies to a file', () => {
    const dir = folderWith({
      '.zhixinglintrc.yml': 'rules:\n  money/amount-missing: off\ndictionary: [山阳区人民法院]\n',
      '.zhixinglintignore': 'old/\n',
    });
    const run = runCli(['--print-config', 'old/draft.md', '--rule', 'money/deadline-missing:warn'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout) as {
      configFile: string;
      ignored: boolean;
      rules: Record<string, string>;
      dictionary: string[];
    };
    expect(config.configFile).toBe(path.join(dir, '.zhixinglintrc.yml'));
    expect(config.ignored).toBe(true);
    expect(config.rules['money/amount-missing']).toBe('off');
    expect(config.rules['money/deadline-missing']).toBe('warn');
    expect(config.dictionary).toEqual(['山阳区人民法院']);
  });
});

describe('messages', () => {
  it('keeps the XML parser’s own reports off stderr', async () => {
    // A numbered paragraph: the numbering reader parses the document before mammoth does.
    const good = await buildDocx([{ text: '被告李强向原告张明支付借款。', numId: 1, ilvl: 0 }], {
      numbering:
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    });
    const zip = await JSZip.loadAsync(good);
    const xml = await zip.file('word/document.xml')?.async('string');
    zip.file('word/document.xml', (xml ?? '').replace('<w:body>', '<w:body><w:p><w:r><w:t>甲</w:r></w:p>'));
    const dir = folderWith({ 'broken.docx': await zip.generateAsync({ type: 'nodebuffer' }) });
    const run = runCli(['--no-config', 'broken.docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法检查 broken.docx：');
    expect(run.stderr).not.toContain('[xmldom');
  });

  it('says in Chinese that a socket is not a file', async () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'socket.md'), resolve));
    try {
      const run = runCli(['--no-config', 'socket.md', 'draft.md'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('无法检查 socket.md：这是套接字');
      expect(run.stderr).not.toContain('ENXIO');
    } finally {
      server.close();
    }
  });

  it('caps --concurrency at what the machine can take, and says so', () => {
    const dir = folderWith({ 'draft.md': DRAFT });
    const run = runCli(['--no-config', '--concurrency', '500', 'draft.md'], { cwd: dir });
    expect(run.code).toBe(1);
    const cap = Number(/--concurrency 500 超过本机所能承受的线程数，改为 (\d+)/.exec(run.stderr)?.[1]);
    expect(cap).toBeGreaterThanOrEqual(1);
    expect(cap).toBeLessThanOrEqual(availableParallelism());
  });
});

describe('standard input', () => {
  it('reads a .docx named by --stdin-filename as the file itself is read, and can annotate it', () => {
    const dir = folderWith();
    copyFileSync(WORD_DRAFT, path.join(dir, '草稿.docx'));
    const fromFile = runCli(['--no-config', '--format', 'json', '草稿.docx'], { cwd: dir });
    const run = runCli(['--no-config', '--format', 'json', '-', '--stdin-filename', '草稿.docx'], {
      cwd: dir,
      input: readFileSync(WORD_DRAFT),
    });
    expect(run.code).toBe(1);
    expect(reportOf(run.stdout)[0]?.messages.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(fromFile.stdout);
    const annotated = runCli(
      ['--no-config', '-', '--stdin-filename', '草稿.docx', '--annotate-docx', 'o.docx'],
      { cwd: dir, input: readFileSync(WORD_DRAFT) },
    );
    expect(annotated.stderr).toContain('已写入带');
    expect(existsSync(path.join(dir, 'o.docx'))).toBe(true);
  });

  it('reads unnamed input as Markdown when it looks like Markdown', () => {
    const markdown = judgment([
      '<!-- zhixing-lint-disable-next-line money/deadline-missing -- 期限见调解协议 -->',
      `**一、**${DEFECTIVE_ITEM}`,
    ]);
    const ruleIds = (run: { stdout: string }) => reportOf(run.stdout)[0]?.messages.map((m) => m.ruleId);
    // The directive is an HTML comment: only a Markdown reading sees it.
    const unnamed = runCli(['--no-config', '--format', 'json', '-'], { input: markdown });
    expect(ruleIds(unnamed)).not.toContain('money/deadline-missing');
    const asText = runCli(['--no-config', '--format', 'json', '-', '--stdin-filename', 'a.txt'], {
      input: markdown,
    });
    expect(ruleIds(asText)).toContain('money/deadline-missing');
    expect(runCli(['--no-config', '-'], { input: markdown }).stdout).toContain('已按 Markdown 解析');
    const plain = runCli(['--no-config', '-'], { input: DRAFT.replace(/^# /gm, '') });
    expect(plain.stdout).not.toContain('已按 Markdown 解析');
    expect(plain.stdout).toContain('money/deadline-missing');
  });
});

describe('an annotated copy annotated again', () => {
  it('replaces the earlier zhixing-lint comments instead of doubling them', async () => {
    const dir = folderWith();
    copyFileSync(WORD_DRAFT, path.join(dir, 'draft.docx'));
    const comments = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(path.join(dir, file)));
      const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
      const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return {
        comments: (xml.match(/<w:comment /g) ?? []).length,
        references: (body.match(/<w:commentReference /g) ?? []).length,
      };
    };
    expect(runCli(['--no-config', '--annotate-docx', 'once.docx', 'draft.docx'], { cwd: dir }).code).toBe(1);
    const again = runCli(['--no-config', '--annotate-docx', 'twice.docx', 'once.docx'], { cwd: dir });
    expect(again.code).toBe(1);
    const once = await comments('once.docx');
    expect(once.comments).toBeGreaterThan(0);
    expect(await comments('twice.docx')).toEqual(once);
    expect(again.stderr).toContain(`替换了上次检查留下的 ${once.comments} 条批注`);
  });
});
