/**
 * `zhixing-lint serve [--port N] [--open]`: the local page for judges (drop a Word draft, see every finding at its
 * place, download the draft with review comments) and the JSON API for other court software. Listens on
 * 127.0.0.1 only. The rules, the configuration (found from the working folder as the command line finds it) and
 * the segmenter's dictionary load once, before the address is printed, so every request is answered warm.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { ConfigError } from '../cli/config.js';
import { CHINESE_HELP, CHINESE_OUTPUT } from '../cli/help-zh.js';
import { type LintSetupOptions, runInfoOf, setUpLint } from '../cli/lint-setup.js';
import { type LintOptions, lintLoaded } from '../engine/lint.js';
import { loadRules } from '../engine/registry.js';
import { loadBytes } from '../input/load.js';
import { loadMarkdownParser } from '../input/markdown.js';
import { packageRoot } from '../util/package-root.js';
import { type PageAssets, createApp } from './app.js';

export const DEFAULT_PORT = 8317;
/** Where the page itself connects: the only address the server listens on. */
export const HOST = '127.0.0.1';

const EXIT_OK = 0;
const EXIT_FATAL = 2;

interface ServeOptions extends LintSetupOptions {
  port: number;
  open: boolean;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`“${value}”不是 0–65535 的端口号`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function createServeProgram(): Command {
  return (
    new Command('zhixing-lint serve')
      .description(
        '在本机启动检查页面（只接受本机访问）：拖入 Word、Markdown 或文本文件，查看每个问题及其依据，下载带批注的 Word 文件',
      )
      .usage('[选项]')
      .option('-p, --port <端口>', '监听的端口（0 表示由系统选择空闲端口）', portNumber, DEFAULT_PORT)
      .option('--open', '启动后用默认浏览器打开页面', false)
      .option('-c, --config <文件>', '使用指定的配置文件（默认从当前目录查找，与命令行相同）')
      .option('--no-config', '不读取任何配置文件')
      .option('--rule <规则:级别>', '设置规则级别，如 money/deadline-missing:off（可重复）', collect, [])
      .option('--template', '模板模式：占位符视为已留好的要素', false)
      .helpOption('-h, --help', '显示帮助')
      // Checked below, with a Chinese message.
      .allowExcessArguments(true)
      .showHelpAfterError('（用 --help 查看用法）')
      .exitOverride()
      .configureHelp(CHINESE_HELP)
      .configureOutput(CHINESE_OUTPUT)
  );
}

function readServeOptions(program: Command): ServeOptions {
  const raw = program.opts<{
    port: number;
    open: boolean;
    config?: string | false;
    rule: string[];
    template: boolean;
  }>();
  return {
    port: raw.port,
    open: raw.open,
    ...(typeof raw.config === 'string' ? { config: raw.config } : {}),
    useConfig: raw.config !== false,
    rule: raw.rule,
    template: raw.template,
    reportUnusedDisableDirectives: false,
    timing: false,
  };
}

function fail(message: string): number {
  process.stderr.write(`zhixing-lint：${message}\n`);
  return EXIT_FATAL;
}

function readAssets(): PageAssets | undefined {
  const dir = path.join(packageRoot(import.meta.url), 'dist', 'bundle', 'page');
  try {
    return {
      html: readFileSync(path.join(dir, 'index.html'), 'utf8'),
      css: readFileSync(path.join(dir, 'style.css'), 'utf8'),
      script: readFileSync(path.join(dir, 'app.js'), 'utf8'),
    };
  } catch {
    return undefined;
  }
}

/**
 * Loads what a first request would otherwise wait for: the segmenter's dictionary (by linting a short mediation
 * agreement), the Markdown parser and the Word reader.
 */
const WARM_UP_DOCUMENT = `# 民事调解书

原告：张明。被告：李强。

本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：

一、被告于2025年3月31日前向原告支付借款本金10000元。

上述协议，不违反法律规定，本院予以确认。
`;

async function warmUp(lint: LintOptions): Promise<void> {
  lintLoaded(await loadBytes('warm-up.md', Buffer.from(WARM_UP_DOCUMENT)), lint);
  await loadMarkdownParser({ html: true });
  await import('../input/docx.js');
}

function listen(server: ReturnType<typeof createAdaptorServer>, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function listenError(error: unknown, port: number): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE')
    return `端口 ${port} 已被占用，请用 --port 指定其他端口（--port 0 由系统选择空闲端口）`;
  if (code === 'EACCES') return `没有权限监听端口 ${port}，请用 --port 指定 1024 以上的端口`;
  return `无法启动本机服务（${code || (error instanceof Error ? error.message : String(error))}）`;
}

/** Runs until SIGINT or SIGTERM; returns the exit code. */
export async function serve(args: string[], version: string): Promise<number> {
  const program = createServeProgram();
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FATAL;
    throw error;
  }
  if (program.args.length > 0)
    return fail(`serve 不接受文件参数（“${program.args.join(' ')}”）：请在页面中选择文件`);
  const options = readServeOptions(program);
  const assets = readAssets();
  if (!assets) return fail('找不到页面文件 dist/bundle/page/，请先运行 npm run build');
  const cwd = process.cwd();
  let setup;
  try {
    setup = await setUpLint(options, await loadRules(), cwd);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  await warmUp(setup.lint);

  let boundPort = options.port;
  const { rules } = setup;
  const app = createApp({
    rules,
    lint: setup.lint,
    run: runInfoOf(setup, options, rules.length, version),
    assets,
    cwd,
    port: () => boundPort,
  });
  const server = createAdaptorServer({ fetch: app.fetch });
  let address: AddressInfo;
  try {
    address = await listen(server, options.port);
  } catch (error) {
    return fail(listenError(error, options.port));
  }
  boundPort = address.port;
  // The address actually bound, as the system reports it.
  const url = `http://${address.address}:${address.port}/`;
  process.stdout.write(
    `zhixing-lint 检查页面已启动：${url}\n只接受本机访问；文书只在内存中检查，不写入磁盘。按 Ctrl+C 停止。\n`,
  );
  if (options.open) {
    const { default: open } = await import('open');
    open(url).catch(() => process.stderr.write(`zhixing-lint：无法自动打开浏览器，请手动访问 ${url}\n`));
  }

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => {
        process.stdout.write(`zhixing-lint 检查页面已停止（${signal}）。\n`);
        resolve(EXIT_OK);
      });
      if (server instanceof http.Server) server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
