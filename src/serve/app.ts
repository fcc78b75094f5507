/**
 * The local server's routes (hono): the page and its assets, the JSON API for other court software, the Word copy
 * with review comments, and the rules' documentation pages. Every request is answered from memory; nothing is
 * written to disk. The server listens on 127.0.0.1 only (command.ts); the routes also refuse any peer that is not
 * this machine and any Host other than its own address, so that a web page elsewhere cannot reach them by DNS
 * rebinding.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ipRestriction } from 'hono/ip-restriction';
import { secureHeaders } from 'hono/secure-headers';
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { isDocxPath } from '../input/load.js';
import { MAX_FILE_BYTES, fileTooLargeMessage, streamTooLargeMessage } from '../input/limits.js';
import { type RunInfo, runInfoRows } from '../output/run-info.js';
import { jsonReport, jsonResult, lintUpload } from './lint-upload.js';
import type { CheckResponse, ErrorResponse, RuleSummary, ServerInfo } from './protocol.js';
import { notFoundPageHtml, rulePageHtml } from './rule-page.js';

export interface PageAssets {
  html: string;
  css: string;
  script: string;
}

export interface ServerState {
  rules: readonly Rule[];
  lint: LintOptions;
  run: RunInfo;
  assets: PageAssets;
  /** The folder the server was started in (file paths in reports are relative to it, as in the CLI's). */
  cwd: string;
  /** The port the server listens on, once known: only Host headers naming it are accepted. */
  port: () => number;
}

const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];
const NO_FILENAME = '请用 ?filename=文件名 指明文件名（扩展名决定按 Word、Markdown 还是纯文本读取）';

function refuse(status: 400 | 403 | 404 | 413 | 422 | 500, error: string): Response {
  const body: ErrorResponse = { error };
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  // A refused upload is answered before its body is read: the connection cannot carry another request.
  if (status === 413) headers.Connection = 'close';
  return new Response(JSON.stringify(body), { status, headers });
}

function ruleSummaries(state: ServerState): RuleSummary[] {
  const enabled = new Map(state.lint.rules.map(({ rule, severity }) => [rule.id, severity]));
  return state.rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    family: rule.id.split('/')[0] ?? rule.id,
    severity: enabled.get(rule.id) ?? 'off',
    citation: { ...rule.citation },
  }));
}

/** The file's name from ?filename=, or undefined. Only its last path segment is kept: it names, it locates nothing. */
function filenameOf(c: Context): string | undefined {
  const name = c.req.query('filename')?.trim();
  if (!name) return undefined;
  return name.split(/[\\/]/).pop() || undefined;
}

async function bodyBytes(c: Context): Promise<Buffer> {
  return Buffer.from(await c.req.arrayBuffer());
}

export function createApp(state: ServerState): Hono {
  const app = new Hono();
  const info: ServerInfo = {
    version: state.run.version,
    run: runInfoRows(state.run, '启动时间'),
    rules: ruleSummaries(state),
    maxBytes: MAX_FILE_BYTES,
  };
  const rulesById = new Map(state.rules.map((rule) => [rule.id, rule]));

  app.use(
    '*',
    ipRestriction(getConnInfo, { allowList: LOOPBACK }, () => refuse(403, '只接受本机访问')),
  );
  app.use('*', async (c, next) => {
    const host = c.req.header('host') ?? '';
    const allowed = [`127.0.0.1:${state.port()}`, `localhost:${state.port()}`];
    if (!allowed.includes(host.toLowerCase()))
      return refuse(403, `不接受主机名“${host}”，请访问 http://127.0.0.1:${state.port()}/`);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  const limit = bodyLimit({
    maxSize: MAX_FILE_BYTES,
    // The command line's message: with the size when the request states it, as for a file.
    onError: (c) => {
      const length = Number(c.req.header('content-length'));
      return refuse(413, length > MAX_FILE_BYTES ? fileTooLargeMessage(length) : streamTooLargeMessage());
    },
  });

  app.get('/', (c) => c.html(state.assets.html));
  app.get('/app.js', (c) =>
    c.body(state.assets.script, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/style.css', (c) => c.body(state.assets.css, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/api/info', (c) => c.json(info));

  // The command line's `--format json` answer for this file, byte for byte.
  app.post('/api/lint', limit, async (c) => {
    const name = filenameOf(c);
    if (!name) return refuse(400, NO_FILENAME);
    const { result } = await lintUpload(name, await bodyBytes(c), state.lint);
    // Ended by a newline, as the command line prints it.
    return c.body(`${jsonReport(result, state.rules, state.cwd)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  // The page's view: the same result, and the text it counts lines and columns in.
  app.post('/api/check', limit, async (c) => {
    const name = filenameOf(c);
    if (!name) return refuse(400, NO_FILENAME);
    const { result, text } = await lintUpload(name, await bodyBytes(c), state.lint);
    const body: CheckResponse = {
      report: jsonResult(result, state.rules, state.cwd),
      ...(text === undefined ? {} : { text }),
    };
    return c.json(body);
  });

  // The same Word copy with review comments as --annotate-docx.
  app.post('/api/annotate', limit, async (c) => {
    const name = filenameOf(c);
    if (!name) return refuse(400, NO_FILENAME);
    if (!isDocxPath(name)) return refuse(422, `只能为 Word（.docx）文件添加批注：“${name}”`);
    const bytes = await bodyBytes(c);
    const { result } = await lintUpload(name, bytes, state.lint);
    if (result.fatal !== undefined) return refuse(422, `无法为 ${name} 添加批注：${result.fatal}`);
    const { annotateDocx, AnnotateError } = await import('../output/docx-annotate.js');
    try {
      const annotated = await annotateDocx(bytes, result.findings);
      const download = `${name.replace(/\.docx$/i, '')}-批注.docx`;
      return c.body(new Uint8Array(annotated.bytes), 200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="annotated.docx"; filename*=UTF-8''${encodeURIComponent(download)}`,
        'X-Comments': String(annotated.comments),
      });
    } catch (error) {
      if (error instanceof AnnotateError) return refuse(422, error.message);
      throw error;
    }
  });

  app.get('/rules/:id{.+}', (c) => {
    const rule = rulesById.get(c.req.param('id'));
    if (!rule) return c.html(notFoundPageHtml(`没有规则“${c.req.param('id')}”。`), 404);
    return c.html(rulePageHtml(rule));
  });

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? refuse(404, `没有这个接口：${c.req.method} ${c.req.path}`)
      : c.html(notFoundPageHtml(`没有这个页面：${c.req.path}`), 404),
  );
  app.onError((error) => refuse(500, `内部错误，检查未完成（${error.message}）`));
  return app;
}
