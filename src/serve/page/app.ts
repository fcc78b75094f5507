/**
 * The page's script (bundled by scripts/bundle.mjs, served by `zhixing-lint serve`; no outside resources). It
 * sends the chosen file to /api/check, shows the document with every finding highlighted at its line and columns
 * (the --format json result), a note beside each with what is missing, the article and its words, the suggested
 * wording and the rule's page, a list that jumps to each place, filters by severity and rule family, and for a Word
 * file the download of the copy with review comments. Document text is only ever set as text, never as markup.
 */
import type { JsonMessage } from '../../output/json.js';
import type { CheckResponse, ErrorResponse, RuleSummary, ServerInfo } from '../protocol.js';

type Sev = 'error' | 'warn';

interface Shown {
  index: number;
  message: JsonMessage;
  severity: Sev;
  family: string;
}

const SEVERITY_LABEL: Record<Sev, string> = { error: '错误', warn: '警告' };

let info: ServerInfo | undefined;
let rules = new Map<string, RuleSummary>();
/** The file last checked, kept in the page only, for the Word copy. */
let current: { name: string; body: Blob } | undefined;

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`页面缺少 #${id}`);
  return element;
}

function inputById(id: string): HTMLInputElement | HTMLTextAreaElement {
  const element = byId(id);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error(`#${id} 不是输入框`);
  }
  return element;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  element.append(...children);
  return element;
}

function setStatus(text: string, isError = false): void {
  const status = byId('status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: fall through to the status line.
  }
  return `检查失败（HTTP ${response.status}）`;
}

function familyOf(ruleId: string | null): string {
  if (!ruleId) return '其他';
  return rules.get(ruleId)?.family ?? ruleId.split('/')[0] ?? ruleId;
}

/** One finding's place on one line: [start, end) in UTF-16 code units of that line. */
interface Piece {
  start: number;
  end: number;
  finding: number;
}

/** Splits each finding's span over the lines it covers; an empty span marks its whole line. */
function piecesByLine(lines: readonly string[], shown: readonly Shown[]): Map<number, Piece[]> {
  const pieces = new Map<number, Piece[]>();
  const add = (line: number, piece: Piece) => {
    const list = pieces.get(line) ?? [];
    list.push(piece);
    pieces.set(line, list);
  };
  for (const { index, message } of shown) {
    const startLine = message.line;
    const endLine = message.endLine ?? message.line;
    const endColumn = message.endColumn ?? message.column;
    for (let line = startLine; line <= endLine; line++) {
      const length = lines[line - 1]?.length ?? 0;
      const start = line === startLine ? message.column - 1 : 0;
      const end = line === endLine ? endColumn - 1 : length;
      if (end > start)
        add(line, { start: Math.min(start, length), end: Math.min(end, length), finding: index });
    }
    if (startLine === endLine && endColumn <= message.column) {
      add(startLine, { start: 0, end: lines[startLine - 1]?.length ?? 0, finding: index });
    }
  }
  return pieces;
}

function highlight(mark: readonly HTMLElement[], on: boolean): void {
  for (const element of mark) element.classList.toggle('active', on);
}

function renderLine(
  text: string,
  pieces: readonly Piece[],
  shown: readonly Shown[],
  starts: readonly Shown[],
): HTMLElement {
  const container = make('div', { className: 'text' });
  const bounds = new Set([0, text.length]);
  for (const p of pieces) {
    bounds.add(p.start);
    bounds.add(p.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  // Anchors the list jumps to, at each finding's first character.
  const anchorAt = new Map<number, Shown[]>();
  for (const s of starts) {
    const at = Math.min(Math.max(0, s.message.column - 1), text.length);
    anchorAt.set(at, [...(anchorAt.get(at) ?? []), s]);
  }
  const addAnchors = (at: number) => {
    for (const s of anchorAt.get(at) ?? []) {
      const anchor = make('span', { className: 'anchor' });
      anchor.id = `f-${s.index}`;
      container.append(anchor);
    }
    anchorAt.delete(at);
  };
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? from;
    addAnchors(from);
    if (to <= from) continue;
    const segment = text.slice(from, to);
    const covering = pieces.filter((p) => p.start <= from && p.end >= to).map((p) => p.finding);
    if (covering.length === 0) {
      container.append(segment);
      continue;
    }
    const findings = [...new Set(covering)];
    const severe = findings.some((f) => shown[f]?.severity === 'error') ? 'error' : 'warn';
    const mark = make('mark', { className: `hl ${severe}`, text: segment });
    mark.dataset.findings = findings.join(' ');
    mark.title = findings.map((f) => shown[f]?.message.message ?? '').join('\n');
    container.append(mark);
  }
  for (const at of [...anchorAt.keys()]) addAnchors(at);
  return container;
}

function note(s: Shown): HTMLElement {
  const { message } = s;
  const rule = message.ruleId ? rules.get(message.ruleId) : undefined;
  const card = make('div', { className: `note ${s.severity}` });
  card.id = `note-${s.index}`;
  card.tabIndex = -1;
  card.dataset.finding = String(s.index);
  const head = make(
    'p',
    {},
    make('span', { className: `badge ${s.severity}`, text: SEVERITY_LABEL[s.severity] }),
  );
  if (message.ruleId) {
    const link = make('a', { text: message.ruleId });
    link.href = `/rules/${message.ruleId}`;
    link.target = '_blank';
    link.rel = 'noopener';
    head.append(link);
    if (rule) head.append(` ${rule.name}`);
  }
  card.append(head);
  card.append(make('p', {}, make('span', { className: 'label', text: '缺少：' }), message.message));
  if (message.citation) {
    const cite = make('p', {}, make('span', { className: 'label', text: '依据：' }), message.citation);
    card.append(cite);
    if (rule) card.append(make('blockquote', { text: `“${rule.citation.quote}”` }));
  }
  if (message.suggestion) {
    card.append(make('p', {}, make('span', { className: 'label', text: '建议：' }), message.suggestion));
  }
  return card;
}

function marksOf(index: number): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('mark.hl')].filter((m) =>
    (m.dataset.findings ?? '').split(' ').includes(String(index)),
  );
}

let lastActive: HTMLElement[] = [];

function focusFinding(index: number): void {
  highlight(lastActive, false);
  const card = document.getElementById(`note-${index}`);
  const anchor = document.getElementById(`f-${index}`);
  lastActive = [...marksOf(index), ...(card ? [card] : [])];
  highlight(lastActive, true);
  (anchor ?? card)?.scrollIntoView({ block: 'center' });
  card?.focus({ preventScroll: true });
}

function filterCheckbox(group: HTMLElement, value: string, label: string, count: number): void {
  const box = make('input');
  box.type = 'checkbox';
  box.checked = true;
  box.value = value;
  group.append(make('label', {}, box, ` ${label}（${count}）`));
}

function checkedValues(group: HTMLElement): Set<string> {
  return new Set(
    [...group.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
      .filter((b) => b.checked)
      .map((b) => b.value),
  );
}

function applyFilters(shown: readonly Shown[]): void {
  const severities = checkedValues(byId('severity-filter'));
  const families = checkedValues(byId('family-filter'));
  const visible = new Set(
    shown.filter((s) => severities.has(s.severity) && families.has(s.family)).map((s) => s.index),
  );
  for (const s of shown) {
    const off = !visible.has(s.index);
    document.getElementById(`note-${s.index}`)?.classList.toggle('off', off);
    document.getElementById(`item-${s.index}`)?.classList.toggle('off', off);
  }
  for (const mark of document.querySelectorAll<HTMLElement>('mark.hl')) {
    const findings = (mark.dataset.findings ?? '').split(' ').map(Number);
    const on = findings.filter((f) => visible.has(f));
    mark.classList.toggle('off', on.length === 0);
    const severe = on.some((f) => shown[f]?.severity === 'error') ? 'error' : 'warn';
    mark.classList.toggle('error', on.length > 0 && severe === 'error');
    mark.classList.toggle('warn', on.length > 0 && severe === 'warn');
  }
}

function renderFilters(shown: readonly Shown[]): void {
  const severityGroup = byId('severity-filter');
  const familyGroup = byId('family-filter');
  for (const group of [severityGroup, familyGroup]) {
    for (const label of [...group.querySelectorAll('label')]) label.remove();
  }
  for (const sev of ['error', 'warn'] as const) {
    const count = shown.filter((s) => s.severity === sev).length;
    filterCheckbox(severityGroup, sev, SEVERITY_LABEL[sev], count);
  }
  const families = new Map<string, number>();
  for (const s of shown) families.set(s.family, (families.get(s.family) ?? 0) + 1);
  for (const [family, count] of [...families].sort((a, b) => a[0].localeCompare(b[0]))) {
    filterCheckbox(familyGroup, family, family, count);
  }
  byId('filters').hidden = shown.length === 0;
}

function render(name: string, response: CheckResponse): void {
  const { report, text } = response;
  const fatal = report.messages.find((m) => m.fatal);
  if (fatal || text === undefined) {
    byId('result').hidden = true;
    setStatus(`无法检查 ${name}：${fatal?.message ?? '文件没有可检查的文字'}`, true);
    return;
  }
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const shown: Shown[] = report.messages.map((message, index) => ({
    index,
    message,
    severity: message.severity === 2 ? 'error' : 'warn',
    family: familyOf(message.ruleId),
  }));
  byId('doc-title').textContent = name;
  byId('counts').textContent =
    shown.length === 0 ? '未发现问题' : `错误 ${report.errorCount} 个，警告 ${report.warningCount} 个`;
  byId('download').hidden = !/\.docx$/i.test(name);

  const list = byId('finding-list');
  list.replaceChildren(
    ...shown.map((s) => {
      const link = make(
        'a',
        {},
        make('span', { className: `badge ${s.severity}`, text: SEVERITY_LABEL[s.severity] }),
        make('span', { className: 'where', text: `第 ${s.message.line} 行 ` }),
        s.message.message,
      );
      link.href = `#f-${s.index}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focusFinding(s.index);
      });
      const item = make('li', {}, link);
      item.id = `item-${s.index}`;
      return item;
    }),
  );

  const pieces = piecesByLine(lines, shown);
  const startsByLine = new Map<number, Shown[]>();
  for (const s of shown) startsByLine.set(s.message.line, [...(startsByLine.get(s.message.line) ?? []), s]);
  const rows = lines.map((line, i) => {
    const number = i + 1;
    const starts = startsByLine.get(number) ?? [];
    const textCell = renderLine(line, pieces.get(number) ?? [], shown, starts);
    textCell.prepend(make('span', { className: 'ln', text: String(number) }));
    const row = make(
      'div',
      { className: 'row' },
      textCell,
      make('aside', { className: 'notes' }, ...starts.map(note)),
    );
    row.dataset.line = String(number);
    return row;
  });
  const documentView = byId('document');
  documentView.replaceChildren(...rows);
  renderFilters(shown);
  byId('result').hidden = false;
  setStatus(shown.length === 0 ? `${name}：未发现问题。` : `${name}：发现 ${shown.length} 个问题。`);
  documentView.onclick = (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const mark = target.closest('mark.hl');
    if (!(mark instanceof HTMLElement) || mark.classList.contains('off')) return;
    const first = (mark.dataset.findings ?? '').split(' ').map(Number)[0];
    if (first !== undefined) focusFinding(first);
  };
  byId('filters').onchange = () => {
    applyFilters(shown);
  };
}

async function check(name: string, body: Blob): Promise<void> {
  if (info && body.size > info.maxBytes) {
    setStatus(
      `${name} 超过单份文书 ${(info.maxBytes / 1048576).toFixed(1)} MB 的上限，未检查（可能是多份文书合并或数据文件，请拆分后再检查）`,
      true,
    );
    return;
  }
  setStatus(`正在检查 ${name} …`);
  current = { name, body };
  try {
    const response = await fetch(`/api/check?filename=${encodeURIComponent(name)}`, { method: 'POST', body });
    if (!response.ok) {
      byId('result').hidden = true;
      setStatus(await errorText(response), true);
      return;
    }
    render(name, (await response.json()) as CheckResponse);
  } catch {
    setStatus('无法连接本机检查服务（zhixing-lint serve 是否已停止？）', true);
  }
}

async function downloadAnnotated(): Promise<void> {
  if (!current) return;
  const { name, body } = current;
  setStatus(`正在生成 ${name} 的批注副本 …`);
  const response = await fetch(`/api/annotate?filename=${encodeURIComponent(name)}`, {
    method: 'POST',
    body,
  });
  if (!response.ok) {
    setStatus(await errorText(response), true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = make('a');
  link.href = url;
  link.download = `${name.replace(/\.docx$/i, '')}-批注.docx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
  setStatus(`已生成 ${link.download}（${response.headers.get('X-Comments') ?? '0'} 条批注）。`);
}

function renderConfig(server: ServerInfo): void {
  byId('config-table').replaceChildren(
    ...server.run.map(([label, value]) =>
      make('tr', {}, make('th', { text: label }), make('td', { text: value })),
    ),
  );
}

function wire(): void {
  const drop = byId('drop');
  const input = inputById('file');
  input.addEventListener('change', () => {
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file) void check(file.name, file);
    input.value = '';
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => {
    drop.classList.remove('over');
  });
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void check(file.name, file);
  });
  byId('paste-check').addEventListener('click', () => {
    const text = inputById('paste').value;
    if (text.trim() === '') {
      setStatus('请先粘贴文书全文', true);
      return;
    }
    void check('粘贴的文书.txt', new Blob([text], { type: 'text/plain;charset=utf-8' }));
  });
  byId('download').addEventListener('click', () => {
    void downloadAnnotated();
  });
  byId('print').addEventListener('click', () => {
    window.print();
  });
}

async function start(): Promise<void> {
  wire();
  try {
    const response = await fetch('/api/info');
    info = (await response.json()) as ServerInfo;
    rules = new Map(info.rules.map((rule) => [rule.id, rule]));
    renderConfig(info);
    document.body.dataset.ready = 'true';
  } catch {
    setStatus('无法连接本机检查服务（zhixing-lint serve 是否已停止？）', true);
  }
}

void start();
