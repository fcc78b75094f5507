/**
 * The page of `zhixing-lint serve` in a real browser (Debian's chromium, headless, driven by playwright-core; no
 * network besides the local server): a Word draft uploaded from the fixtures comes back with every finding
 * highlighted at the line and columns `--format json` gives, a note beside each, a list that jumps, filters and
 * the Word copy; a document's `<script>` and `<img onerror>` stay text; no console error on the way. Skipped,
 * saying why, where chromium is not installed. UPDATE_SCREENSHOT=1 also writes docs/serve-page.png for the README.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/cli.js';
import { countColour, decodePng } from './support/png.js';
import { type RunningServer, startServer } from './support/server.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log(`跳过浏览器测试：${CHROMIUM} 不存在（apt-get install -y chromium 后即可运行）`);

const DOCX = path.join(ROOT, 'test', 'fixtures', '民间借贷-有缺陷.docx');
/** The highlight of an error (--error-bg in the page's stylesheet). */
const ERROR_BG: [number, number, number] = [0xfa, 0xdb, 0xd8];

interface CliMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 1 | 2;
}

describe.skipIf(!available)('zhixing-lint serve in headless Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    const context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request: ${request.url()}`));
    await page.goto(server.url.href);
    await page.waitForSelector('body[data-ready="true"]');
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('highlights every finding of the Word draft where --format json puts it', async () => {
    const cli = JSON.parse(runCli([DOCX, '--format', 'json']).stdout) as { messages: CliMessage[] }[];
    const messages = cli[0]?.messages ?? [];
    expect(messages.length).toBeGreaterThan(0);
    await page.setInputFiles('#file', DOCX);
    await page.waitForSelector('mark.hl');
    const found = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('mark.hl')];
      const ids = new Set(marks.flatMap((m) => (m.dataset.findings ?? '').split(' ')));
      return {
        ids: [...ids].sort(),
        notes: document.querySelectorAll('.note').length,
        listed: document.querySelectorAll('#finding-list li').length,
      };
    });
    expect(found.ids).toEqual(messages.map((_, i) => String(i)).sort());
    expect(found.notes).toBe(messages.length);
    expect(found.listed).toBe(messages.length);
    for (const [index, m] of messages.entries()) {
      const place = await page.evaluate((i) => {
        const anchor = document.getElementById(`f-${String(i)}`);
        const row = anchor?.closest<HTMLElement>('.row');
        const marked = [...(row?.querySelectorAll<HTMLElement>('mark.hl') ?? [])]
          .filter((mark) => (mark.dataset.findings ?? '').split(' ').includes(String(i)))
          .map((mark) => mark.textContent)
          .join('');
        const line = [...(row?.querySelector('.text')?.childNodes ?? [])]
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('ln')))
          .map((node) => node.textContent)
          .join('');
        const note = row?.querySelector(`#note-${String(i)}`);
        return { line: Number(row?.dataset.line), marked, text: line, note: note?.textContent ?? '' };
      }, index);
      expect(place.line, m.ruleId).toBe(m.line);
      expect(place.marked, m.ruleId).toBe(place.text.slice(m.column - 1, m.endColumn - 1));
      expect(place.note).toContain(m.ruleId);
    }
    const href = await page.getAttribute('#note-0 a', 'href');
    expect(href).toBe(`/rules/${messages[0]?.ruleId ?? ''}`);
    expect(await page.textContent('#note-0')).toContain('依据：');
  });

  it('jumps to a finding from the list and filters by severity and family', async () => {
    await page.click('#item-1 a');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-1');
    expect(await page.getAttribute('#note-1', 'class')).toContain('active');
    const families = await page.$$eval('#family-filter input', (boxes) =>
      boxes.map((b) => (b as HTMLInputElement).value),
    );
    expect(families).toEqual(['interest', 'money']);
    await page.uncheck('#family-filter input[value="interest"]');
    expect(await page.locator('.note:visible').count()).toBe(1);
    await page.check('#family-filter input[value="interest"]');
    await page.uncheck('#severity-filter input[value="error"]');
    expect(await page.locator('.note:visible').count()).toBe(0);
    expect(await page.locator('mark.hl.error').count()).toBe(0);
    await page.check('#severity-filter input[value="error"]');
    expect(await page.locator('.note:visible').count()).toBe(3);
  });

  it('shows the page with its highlights (screenshot)', async () => {
    await page.click('#item-0 a');
    const shot = await page.screenshot({ fullPage: false });
    const image = decodePng(shot);
    expect(image.width).toBe(1400);
    expect(countColour(image, ERROR_BG)).toBeGreaterThan(300);
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-shot-'));
    writeFileSync(path.join(dir, 'serve-page.png'), shot);
    if (process.env.UPDATE_SCREENSHOT === '1') writeFileSync(path.join(ROOT, 'docs', 'serve-page.png'), shot);
  });

  it('prints the document and its notes only', async () => {
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['#input', '#findings', '#filters', '#download', '#document', '.note'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? element.getClientRects().length > 0 : undefined;
      }),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(shown).toEqual([false, false, false, false, true, true]);
  });

  it('downloads the Word copy with review comments', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('民间借贷-有缺陷-批注.docx');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(await page.textContent('#status')).toContain('3 条批注');
  });

  it('keeps a document’s <script> and <img onerror> as text', async () => {
    const hostile = readFileSync(path.join(ROOT, 'samples', '01-民间借贷-有缺陷.md'), 'utf8').replace(
      '五、被告易国平支付原告邓雅琴律师代理费6000元；',
      '五、被告易国平支付原告邓雅琴律师代理费6000元<script>window.pwned=1</script><img src=x onerror="window.pwned=2">；',
    );
    await page.click('#paste-box summary');
    await page.fill('#paste', hostile);
    await page.click('#paste-check');
    await page.waitForFunction(() => document.querySelector('#doc-title')?.textContent === '粘贴的文书.txt');
    await page.waitForSelector('mark.hl');
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('#document script').length,
      images: document.querySelectorAll('img').length,
      text: document.querySelector('#document')?.textContent ?? '',
      pwned: (window as unknown as { pwned?: number }).pwned,
    }));
    expect(dom).toMatchObject({ scripts: 0, images: 0, pwned: undefined });
    expect(dom.text).toContain('<script>window.pwned=1</script><img src=x onerror="window.pwned=2">');
  });

  it('shows the CLI’s message for a file it cannot read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-serve-doc-'));
    const doc = path.join(dir, '旧判决.doc');
    writeFileSync(doc, 'old word');
    await page.setInputFiles('#file', doc);
    await page.waitForSelector('#status.error');
    expect(await page.textContent('#status')).toContain('旧版 Word（.doc）文件无法直接读取');
  });

  it('logged no console error', () => {
    expect(problems).toEqual([]);
  });
});
