/**
 * --explain: the reading of each operative item, as text for a judge (line and column in the original file, the
 * frames the rules start from, what each clause names) or as JSON for tools.
 */
import type { DocumentKind } from '../document/kind.js';
import type { SourceText } from '../input/source-text.js';
import type { EntityType } from '../language/entities/entity.js';
import type { ExplainedDocument, ReadSpan } from '../language/item-reading.js';
import { quoteOf } from '../util/quote.js';

const ENTITY_NAMES: Record<EntityType, string> = {
  money: '金额',
  date: '日期',
  deadline: '期限',
  rate: '利率或标准',
  periodStart: '起算',
  periodEnd: '截止',
  area: '面积',
  boundary: '四至',
  quantity: '数量',
  idNumber: '身份号码',
  creditCode: '统一社会信用代码',
  placeholder: '未填写的占位',
};

const QUOTE_LIMIT = 60;

export interface Explained {
  filePath: string;
  kind: DocumentKind;
  source: SourceText;
  reading: ExplainedDocument;
}

function quote(text: string): string {
  return quoteOf(text, QUOTE_LIMIT);
}

function placed(source: SourceText, span: ReadSpan): { line: number; column: number; text: string } {
  return { ...source.plainPosition(span.start), text: span.text };
}

function where(source: SourceText, span: ReadSpan): string {
  const { line, column } = source.plainPosition(span.start);
  return `${line}:${column}`;
}

/** The reading as text, one block per item. */
export function explainText({ filePath, kind, source, reading }: Explained): string {
  const lines = [`${filePath}（${kind.category}·${kind.form}）`];
  if (reading.items.length === 0) lines.push('  未找到判决主文或调解协议条款');
  if (reading.sharedDeadline) lines.push('  有一句为多个判项共同规定履行期限');
  for (const frame of reading.frames) {
    lines.push(`  全文 ${where(source, frame.at)}  ${frame.frame}：「${quote(frame.at.text)}」`);
  }
  for (const item of reading.items) {
    const label = item.label ?? '（无编号）';
    const kindName = item.kind === 'costs' ? '诉讼费用负担' : '判项';
    lines.push('', `  ${where(source, item.item)}  ${kindName} ${label}：${quote(item.body.text)}`);
    for (const frame of item.frames) {
      lines.push(`    框架 ${frame.frame}  ${where(source, frame.at)}「${quote(frame.at.text)}」`);
    }
    item.clauses.forEach((clause, i) => {
      lines.push(`    分句 ${i + 1}  ${where(source, clause.clause)}「${quote(clause.clause.text)}」`);
      if (clause.frames.length > 0) lines.push(`      框架：${clause.frames.join('、')}`);
      if (clause.ordersNothing) lines.push('      不需执行：驳回、确认、撤销或否认');
      if (clause.onDefault) lines.push(`      违约后果自「${quote(clause.onDefault.text)}」起`);
      if (clause.references.length > 0) {
        lines.push(`      指代：${clause.references.map((r) => r.text).join('、')}`);
      }
      if (clause.parties.length > 0) {
        lines.push(`      当事人：${clause.parties.map((p) => `${p.name}（${p.role}）`).join('、')}`);
      }
      if (clause.payment) {
        lines.push(`      给付：「${clause.payment.verb.text}」${quote(clause.payment.object)}`);
      }
      if (clause.interest.length > 0) {
        lines.push(`      利息类：${clause.interest.map((term) => term.text).join('、')}`);
      }
      for (const { type, span } of clause.entities) {
        lines.push(`      ${ENTITY_NAMES[type]}：「${quote(span.text)}」`);
      }
    });
  }
  return `${lines.join('\n')}\n\n`;
}

/** The reading as JSON, each span with its line and column in the original file. */
export function explainJson({ filePath, kind, source, reading }: Explained): unknown {
  return {
    filePath,
    kind: { category: kind.category, form: kind.form },
    sharedDeadline: reading.sharedDeadline,
    frames: reading.frames.map((f) => ({ frame: f.frame, at: placed(source, f.at) })),
    items: reading.items.map((item) => ({
      label: item.label,
      kind: item.kind,
      at: placed(source, item.item),
      body: item.body.text,
      frames: item.frames.map((f) => ({ frame: f.frame, at: placed(source, f.at) })),
      clauses: item.clauses.map((c) => ({
        at: placed(source, c.clause),
        frames: c.frames,
        ordersNothing: c.ordersNothing,
        onDefault: c.onDefault ? placed(source, c.onDefault) : null,
        references: c.references.map((r) => placed(source, r)),
        parties: c.parties,
        payment: c.payment ? { verb: placed(source, c.payment.verb), object: c.payment.object } : null,
        interest: c.interest.map((term) => placed(source, term)),
        entities: c.entities.map((e) => ({ type: e.type, ...placed(source, e.span) })),
      })),
    })),
  };
}
