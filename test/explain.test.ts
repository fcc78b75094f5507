/** --explain: the reading of each operative item, from the language stage to the CLI. */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { explainDocument } from '../src/engine/explain.js';
import { loadText } from '../src/input/load.js';
import { ROOT, lineOf, runCli } from './support/cli.js';

const JUDGMENT = `河南省焦作市山阳区人民法院
民事判决书
（2024）豫0811民初1234号
原告：李娜，女，1985年3月2日出生，汉族，住焦作市山阳区。
被告：王强，男，1980年5月6日出生，汉族，住焦作市解放区。
本院认为，被告借款未还，应当偿还。依照《中华人民共和国民法典》第六百六十七条之规定，判决如下：
一、被告王强于本判决生效之日起十日内偿还原告李娜借款本金50000元及利息（以50000元为基数，自2024年1月1日起至实际清偿之日止，按年利率3.45%计算）；
二、扣押在案的手机一部予以没收。
案件受理费1050元，由被告王强负担。
`;

function read(text: string) {
  const loaded = loadText('draft.md', new TextEncoder().encode(text), true);
  if (!loaded.ok) throw new Error(loaded.message);
  return explainDocument(buildDocument(loaded.source));
}

describe('the reading of an item', () => {
  const reading = read(JUDGMENT);
  const [first, second, costs] = reading.items;

  it('reads every operative item with its number, its body without the number, and the costs paragraph', () => {
    expect(reading.items.map((item) => [item.label, item.kind])).toEqual([
      ['一', 'order'],
      ['二', 'order'],
      [null, 'costs'],
    ]);
    expect(first?.body.text.startsWith('被告王强于本判决生效之日起')).toBe(true);
    expect(costs?.frames.map((f) => f.frame)).toEqual(['costs']);
  });

  it('names the frames a payment with interest holds, pointing at the verb and the interest term', () => {
    expect(first?.frames.map((f) => [f.frame, f.at.text])).toEqual([
      ['money-payment', '偿还'],
      ['interest', '利息'],
    ]);
  });

  it('reads the clause: who, the payment, the interest, the sums, the time limit and the period', () => {
    const clause = first?.clauses[0];
    expect(clause?.parties).toEqual([
      { name: '王强', role: '被告' },
      { name: '李娜', role: '原告' },
    ]);
    expect(clause?.payment?.verb.text).toBe('偿还');
    expect(clause?.interest.map((term) => term.text)).toEqual(['利息']);
    const entities = clause?.entities.map((e) => `${e.type}:${e.span.text}`) ?? [];
    expect(entities).toEqual(
      expect.arrayContaining(['money:50000元', 'rate:年利率3.45%', 'periodStart:自2024年1月1日起']),
    );
    // One time limit, not also the shorter one inside it (之日起十日内).
    expect(entities.filter((e) => e.startsWith('deadline:'))).toEqual(['deadline:生效之日起十日内']);
  });

  it('reads a confiscation as the frame the criminal rules start from', () => {
    expect(second?.frames.map((f) => f.frame)).toEqual(['confiscation']);
  });
});

const WITH_DEFAULT = `河南省焦作市山阳区人民法院
民事判决书
（2024）豫0811民初2345号
原告：李娜，女，1985年3月2日出生，汉族，住焦作市山阳区。
被告：王强，男，1980年5月6日出生，汉族，住焦作市解放区。
本院认为，被告应当拆除违章建筑。判决如下：
一、被告王强于本判决生效之日起三十日内拆除其在山阳区太行路88号院内搭建的彩钢棚；逾期不拆除的，原告李娜可以委托他人拆除，费用由被告王强负担。
二、被告王强支付原告李娜损失3000元，上述款项于本判决生效之日起十日内付清。
三、驳回原告李娜的其他诉讼请求。
`;

describe('what each clause is read as', () => {
  const [removal, payment, dismissal] = read(WITH_DEFAULT).items;

  it('places each frame in the clause it points into', () => {
    expect(removal?.clauses.map((c) => c.frames)).toEqual([['obstruction'], []]);
    expect(payment?.clauses[0]?.frames).toEqual(['money-payment']);
  });

  it('marks where a clause turns to the consequence of a default', () => {
    expect(removal?.clauses[1]?.onDefault?.text).toBe('逾期不拆除的，');
    expect(removal?.clauses[0]?.onDefault).toBeNull();
  });

  it('marks a clause that dismisses as ordering nothing', () => {
    expect(dismissal?.clauses.map((c) => c.ordersNothing)).toEqual([true]);
    expect(payment?.clauses.every((c) => !c.ordersNothing)).toBe(true);
  });

  it('reads a back-reference, but not 以上 in a count', () => {
    expect(payment?.clauses.flatMap((c) => c.references.map((r) => r.text))).toEqual(['上述']);
    const injury = read(WITH_DEFAULT.replace('损失3000元', '十级以上伤残赔偿金3000元')).items[1];
    expect(injury?.clauses.flatMap((c) => c.references.map((r) => r.text))).toEqual(['上述']);
  });
});

describe('zhixing-lint --explain', () => {
  it('prints each item of a sample with its line, its frames and what its clauses name, and exits 0', () => {
    const run = runCli(['--explain', 'samples/01-民间借贷-有缺陷.md']);
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(ROOT, 'samples/01-民间借贷-有缺陷.md'), 'utf8');
    const line = lineOf(text, '三、被告易国平');
    expect(run.stdout).toContain(`${line}:`);
    expect(run.stdout).toMatch(/框架 interest {2}\d+:\d+「逾期利息」/);
    expect(run.stdout).toContain('当事人：易国平（被告）、邓雅琴（原告）');
  });

  it('prints JSON with -f json, each span placed by line and column in the original file', () => {
    const run = runCli(['--explain', '-f', 'json', 'samples/04-调解协议-分期付款.md']);
    const [file] = JSON.parse(run.stdout) as {
      kind: { form: string };
      items: { label: string; at: { line: number; column: number } }[];
    }[];
    expect(file?.kind.form).toBe('调解书');
    const text = readFileSync(path.join(ROOT, 'samples/04-调解协议-分期付款.md'), 'utf8');
    expect(file?.items[0]).toMatchObject({
      label: '一',
      at: { line: lineOf(text, '一、被告马立新'), column: 1 },
    });
  });

  it('names a file it cannot read and still explains the others; exits 2 when none could be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhixing-lint-'));
    const binary = path.join(dir, '坏文件.md');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const both = runCli(['--explain', binary, 'samples/02-民间借贷-已修正.md']);
    expect(both.code).toBe(0);
    expect(both.stderr).toContain('无法读取');
    expect(both.stdout).toContain('02-民间借贷-已修正.md');
    const none = runCli(['--explain', binary]);
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
