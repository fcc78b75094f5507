/**
 * The --report HTML page in a real browser (Debian's chromium, headless, no network): it loads without console
 * errors, the charts are drawn, and a judgment's `<script>` stays text. Skipped, saying why, where chromium is
 * not installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './support/cli.js';
import { countColour, decodePng } from './support/png.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.log(`跳过浏览器测试：${CHROMIUM} 不存在（apt-get install -y chromium 后即可运行）`);

/** Chart bars (#c0392b) and the share-of-clean bar (#27ae60), as the report's stylesheet draws them. */
const BAR_RED: [number, number, number] = [0xc0, 0x39, 0x2b];
const CLEAN_GREEN: [number, number, number] = [0x27, 0xae, 0x60];

function chromium(args: string[]) {
  const profile = mkdtempSync(path.join(tmpdir(), 'zhixing-chromium-'));
  return spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-logging=stderr',
      '--v=0',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 240_000 }, // a hang guard only
  );
}

describe.skipIf(!available)('--report in headless Chromium', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-report-'));
  const hostile = readFileSync(path.join(ROOT, 'samples', '01-民间借贷-有缺陷.md'), 'utf8').replace(
    '五、被告易国平支付原告邓雅琴律师代理费6000元；',
    '五、被告易国平支付原告邓雅琴律师代理费6000元<script>document.title="pwned"</script>；',
  );
  // As plain text, so that the markup is part of the judgment's words (Markdown would treat it as HTML).
  writeFileSync(path.join(dir, '判决<script>.txt'), hostile);
  const report = path.join(dir, 'audit.html');
  const lint = runCli([dir, path.join(ROOT, 'samples'), '--report', report, '--format', 'json']);
  const url = pathToFileURL(report).href;

  it('loads without console errors and keeps the judgment’s script as text', () => {
    expect(lint.stderr).toBe('');
    expect(existsSync(report)).toBe(true);
    const run = chromium(['--dump-dom', url]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/CONSOLE|Uncaught|Refused to load|net::ERR_/);
    const dom = run.stdout;
    expect(dom.includes('<title>zhixing-lint 批量审查报告</title>')).toBe(true);
    expect(/<script/i.test(dom)).toBe(false);
    const escaped = '&lt;script&gt;document.title="pwned"&lt;/script&gt;';
    expect(dom.includes(escaped)).toBe(true);
    expect(dom.split('pwned').length).toBe(dom.split(escaped).length);
    expect(dom.match(/<rect class="bar"/g)?.length).toBeGreaterThan(5);
  });

  it('draws the charts', () => {
    const screenshot = path.join(dir, 'audit.png');
    const run = chromium(['--window-size=1000,1600', `--screenshot=${screenshot}`, url]);
    expect(run.status).toBe(0);
    const image = decodePng(readFileSync(screenshot));
    expect(image.width).toBe(1000);
    expect(countColour(image, BAR_RED)).toBeGreaterThan(2000);
    expect(countColour(image, CLEAN_GREEN)).toBeGreaterThan(1000);
  });
});
