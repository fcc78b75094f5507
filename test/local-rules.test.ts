/**
 * A court's own rules, written as declarations without TypeScript: the worked example in samples/local-rules/ runs
 * with the built-in rules, its message is the one its file says, and a broken file stops the run naming the file
 * and line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeclaration } from '../src/engine/declaration-file.js';
import { DeclarationError } from '../src/engine/declaration.js';
import { compileLocalRules } from '../src/engine/local-rules.js';
import type { ExampleText, Rule } from '../src/engine/rule.js';
import { ROOT, runCli } from './support/cli.js';
import { exampleDocument } from './support/documents.js';
import { lintText } from './support/lint-text.js';
import { ALL_RULES } from './support/all-rules.js';

const SAMPLE = path.join(ROOT, 'samples', 'local-rules');
const RULE_FILE = path.join(SAMPLE, '本院规则', 'house-number-missing.yaml');
const DRAFT = '交付房屋-草稿.md';

/** A copy of the worked example, to change without touching the sample. */
function copyOfSample(): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'local-rules-')), 'court');
  cpSync(SAMPLE, folder, { recursive: true });
  return folder;
}

describe('the worked example in samples/local-rules', () => {
  const rule = parseDeclaration(readFileSync(RULE_FILE, 'utf8'), RULE_FILE);

  it.each(rule.examples.valid.map((code, i) => [i, code] as const))(
    'valid example %i stays silent',
    (_, code) => {
      const doc = exampleDocument(code);
      expect(lintText(doc.text, [rule], doc.filename).findings).toEqual([]);
    },
  );

  it.each(rule.examples.invalid.map((example, i) => [i, example] as const))(
    'invalid example %i is found where it says',
    (_, example) => {
      const doc = exampleDocument(example.code);
      const findings = lintText(doc.text, [rule], doc.filename).findings;
      expect(findings).toHaveLength(1);
      const at = doc.text.indexOf(example.at ?? '', doc.bodyStart);
      const before = doc.text.slice(0, at);
      expect(findings[0]?.line).toBe(before.split('\n').length);
      expect(findings[0]?.column).toBe(at - before.lastIndexOf('\n'));
    },
  );

  it('runs from the court folder with the built-in rules, listed by --list-rules', () => {
    const run = runCli([DRAFT, '--format', 'json'], { cwd: SAMPLE });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as {
      messages: { ruleId: string; message: string; line: number }[];
    }[];
    const local = result?.messages.filter((m) => m.ruleId === 'local/house-number-missing') ?? [];
    expect(local.map((m) => [m.line, m.message])).toEqual([
      [17, '第一项：判令交付房屋，但未写明（门牌号或权属证号）'],
    ]);
    expect(result?.messages.some((m) => m.ruleId === 'property/terms-missing')).toBe(true);
    expect(runCli(['--list-rules'], { cwd: SAMPLE }).stdout).toContain('local/house-number-missing');
  });

  it('prints the message its file says, in worker threads too, and appears in SARIF', () => {
    const folder = copyOfSample();
    const file = path.join(folder, '本院规则', 'house-number-missing.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('message: 判令交付房屋，但未写明', 'message: 交房判项缺少'),
    );
    cpSync(path.join(folder, DRAFT), path.join(folder, '副本.md'));
    const run = runCli(['.', '--format', 'json', '--concurrency', '2'], { cwd: folder });
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[])
      .flatMap((r) => r.messages)
      .filter((m) => m.ruleId === 'local/house-number-missing')
      .map((m) => m.message);
    expect(messages).toEqual([
      '第一项：交房判项缺少（门牌号或权属证号）',
      '第一项：交房判项缺少（门牌号或权属证号）',
    ]);
    const sarif = JSON.parse(runCli([DRAFT, '--format', 'sarif'], { cwd: folder }).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toContain('local/house-number-missing');
  });

  it('can be switched off like any rule', () => {
    const run = runCli([DRAFT, '--format', 'json', '--rule', 'local/house-number-missing:off'], {
      cwd: SAMPLE,
    });
    expect(run.stdout).not.toContain('local/house-number-missing');
  });
});

describe('a broken rule file', () => {
  function runWith(text: string): { code: number | null; stderr: string } {
    const folder = copyOfSample();
    writeFileSync(path.join(folder, '本院规则', 'house-number-missing.yaml'), text);
    return runCli([DRAFT], { cwd: folder });
  }
  const original = readFileSync(RULE_FILE, 'utf8');

  it('stops the run with exit 2, naming the file and the line of a misspelt field', () => {
    const run = runWith(original.replace('suggestion:', 'sugestion:'));
    expect(run.code).toBe(2);
    const line = original.split('\n').findIndex((l) => l.startsWith('suggestion:')) + 1;
    expect(run.stderr).toContain(`house-number-missing.yaml:${line}：（顶层） 中有未知字段“sugestion”`);
    expect(run.stderr).toContain('（顶层） 缺少字段“suggestion”');
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('names the line of a word class the lexicon does not have, and of a YAML syntax error', () => {
    expect(runWith(original.replace('classes: [house]', 'classes: [houses]')).stderr).toContain(
      '词库中没有词类“houses”',
    );
    const broken = runWith(original.replace('severity: error', 'severity: [error'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/house-number-missing\.yaml:\d+：YAML 语法错误/);
  });

  it('refuses an id that a built-in rule already has', () => {
    expect(() =>
      parseDeclaration(original.replace('id: local/house-number-missing', 'id: x'), 'r.yaml'),
    ).toThrow(DeclarationError);
    const run = runWith(original.replace('id: local/house-number-missing', 'id: property/terms-missing'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('规则 id“property/terms-missing”已被内置规则使用');
  });
});

describe('a declaration over the item model', () => {
  /** A court's stricter rule: every interest award states its rate in figures, not only "按合同约定". */
  const RATE_IN_FIGURES = `
id: local/rate-in-figures
name: 利息未写明具体利率
category: interest.local
severity: warn
citation: { source: 本院规定, article: 第三条, quote: 判决利息的，应写明具体利率 }
message: 判令支付利息，但未写明
suggestion: 写明年利率或日利率
when: { frame: interest }
require:
  - element: 具体利率
    entities: [rate]
    in: scope
note: { readings: [per-contract], as: '仅写“{}”', in: scope }
examples:
  valid: [一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（以100000元为基数，自2023年1月1日起至实际清偿之日止，按年利率3.85%计算）。]
  invalid: [{ code: 一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（自2023年1月1日起至实际清偿之日止按合同约定计算）。, at: 利息 }]
`;

  function lintItems(rule: Rule, code: ExampleText): string[] {
    const doc = exampleDocument(code);
    return lintText(doc.text, [rule], doc.filename).findings.map((f) => f.message);
  }

  it('reads each interest award of the item, and names what a reading found', () => {
    const rule = parseDeclaration(RATE_IN_FIGURES, 'rate.yaml');
    expect(lintItems(rule, rule.examples.valid[0] ?? '')).toEqual([]);
    expect(
      lintItems(
        rule,
        '一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（自2023年1月1日起至实际清偿之日止按合同约定计算）。',
      ),
    ).toEqual(['第一项：判令支付利息，但未写明（具体利率、仅写“按合同约定计算”）']);
  });

  it('names the whole text of its scope with a note that names no words', () => {
    const rule = parseDeclaration(
      RATE_IN_FIGURES.replace(
        "note: { readings: [per-contract], as: '仅写“{}”', in: scope }",
        "note: { as: '即“{}”', in: at }",
      ),
      'whole.yaml',
    );
    expect(
      lintItems(
        rule,
        '一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（自2023年1月1日起至实际清偿之日止按合同约定计算）。',
      ),
    ).toEqual(['第一项：判令支付利息，但未写明（具体利率、即“利息”）']);
  });

  it('finds an act by a reading of the language stage, as the built-in rules do', () => {
    const rule = parseDeclaration(
      RATE_IN_FIGURES.replace('when: { frame: interest }', 'when: { act: { readings: [remediation] } }')
        .replace('entities: [rate]', 'readings: [remediation-acceptance]')
        .replace('in: scope\nnote', 'in: item\nnote'),
      'remediation.yaml',
    );
    expect(lintItems(rule, '二、被告于2025年3月31日前在涉案林地补植侧柏苗木600株，由林业局验收。')).toEqual(
      [],
    );
    expect(lintItems(rule, '二、被告于2025年3月31日前在涉案林地补植侧柏苗木600株。')).toEqual([
      '第二项：判令支付利息，但未写明（具体利率）',
    ]);
  });

  it('requires an element only where its condition holds, names it only if listed, once per item if asked', () => {
    const declaration = `
id: local/agency-terms
name: 责令行政机关履行职责或补偿未写明事项或标准
category: admin.local
severity: error
citation: { source: 本院规定, article: 第五条, quote: 责令行政机关履行职责的，应写明所涉事项 }
message: 责令行政机关履行职责或予以补偿，但未写明
suggestion: 写明所涉事项和补偿标准
when: { frame: agency-duty }
require:
  - element: 所涉事项
    if: { readings: [bare-duty], in: scope }
    readings: [duty-matter]
  - element: 补偿标准
    if: [{ readings: [agency-compensation], in: scope, documents: { categories: [行政] } }]
    readings: [compensation-terms]
    listed: false
examples:
  valid: [{ kind: administrative, items: 一、责令被告对原告的举报依法履行法定职责。 }]
  invalid: [{ code: { kind: administrative, items: 一、责令被告履行法定职责。 }, at: 履行法定职责 }]
`;
    const rule = parseDeclaration(declaration, 'agency.yaml');
    const administrative = (items: string): ExampleText => ({ kind: 'administrative', items });
    const message = '第一项：责令行政机关履行职责或予以补偿，但未写明';
    expect(lintItems(rule, administrative('一、责令被告履行法定职责。'))).toEqual([`${message}（所涉事项）`]);
    expect(lintItems(rule, administrative('一、被告给予原告补偿。'))).toEqual([message]);
    expect(lintItems(rule, administrative('一、被告按照本市补偿标准给予原告补偿。'))).toEqual([]);
    expect(lintItems(rule, '一、被告给予原告补偿。')).toEqual([]);
    const both = administrative('一、责令被告履行法定职责，给予原告补偿。');
    expect(lintItems(rule, both)).toEqual([`${message}（所涉事项）`, message]);
    const once = parseDeclaration(`${declaration}onePerItem: true\n`, 'once.yaml');
    expect(lintItems(once, both)).toEqual([`${message}（所涉事项）`]);
  });

  it('checks an also case only in the kinds of document it names', () => {
    const rule = parseDeclaration(
      `
id: local/agency-payment
name: 行政机关给付未写明期限
category: admin.local
severity: error
citation: { source: 本院规定, article: 第六条, quote: 判决行政机关给付的，应写明期限 }
message: 未写明履行期限
suggestion: 写明期限
when: { frame: agency-order }
require: [{ element: 期限, entities: [deadline] }]
also:
  - documents: { categories: [行政] }
    when: { frame: money-payment }
    require: [{ element: 期限, entities: [deadline] }]
listMissing: false
examples:
  valid: [{ kind: administrative, items: 一、被告于本判决生效之日起十日内退还原告登记费550元。 }]
  invalid: [{ code: { kind: administrative, items: 一、被告退还原告登记费550元。 }, at: 退还 }]
`,
      'agency-payment.yaml',
    );
    const refund = '一、被告退还原告登记费550元。';
    expect(lintItems(rule, { kind: 'administrative', items: refund })).toEqual(['第一项：未写明履行期限']);
    expect(lintItems(rule, refund)).toEqual([]);
  });

  it('lists the missing elements in a template of its own, joined by its own word', () => {
    const rule = parseDeclaration(
      RATE_IN_FIGURES.replace(
        "note: { readings: [per-contract], as: '仅写“{}”', in: scope }",
        [
          '  - element: 起算日',
          '    entities: [periodStart]',
          '    in: scope',
          "listMissing: { as: '缺少{}', joinedBy: 和 }",
        ].join('\n'),
      ),
      'period.yaml',
    );
    expect(
      lintItems(
        rule,
        '一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（至实际清偿之日止按合同约定计算）。',
      ),
    ).toEqual(['第一项：判令支付利息，但未写明（缺少具体利率和起算日）']);
    expect(
      lintItems(
        rule,
        '一、被告于本判决生效之日起十日内偿还原告借款100000元及利息（自2023年1月1日起按合同约定计算）。',
      ),
    ).toEqual(['第一项：判令支付利息，但未写明（缺少具体利率）']);
    expect(() =>
      parseDeclaration(
        RATE_IN_FIGURES.replace('note: {', 'listMissing: { joinedBy: 和 }\nnote: {'),
        'r.yaml',
      ),
    ).toThrow(/r\.yaml:\d+：/);
  });

  it('checks the further cases of a rule, each with its own when, require and unless', () => {
    const also = [
      'also:',
      '  - when: { act: { readings: [remediation] } }',
      '    require: [{ element: 验收方式, readings: [remediation-acceptance], in: item }]',
      '    unless: { words: [修复费用] }',
      'examples:',
    ].join('\n');
    const rule = parseDeclaration(RATE_IN_FIGURES.replace('examples:', also), 'also.yaml');
    const planting = '二、被告于2025年3月31日前在涉案林地补植侧柏苗木600株。';
    expect(lintItems(rule, planting)).toEqual(['第二项：判令支付利息，但未写明（验收方式）']);
    expect(lintItems(rule, planting.replace('。', '，由林业局验收。'))).toEqual([]);
    expect(lintItems(rule, planting.replace('。', '，逾期未补植的，承担修复费用8000元。'))).toEqual([]);
    // The rule's own case still applies.
    expect(lintItems(rule, rule.examples.valid[0] ?? '')).toEqual([]);
    expect(() =>
      parseDeclaration(
        RATE_IN_FIGURES.replace(
          'examples:',
          also.replace('act: { readings: [remediation] }', 'frame: interests'),
        ),
        'r.yaml',
      ),
    ).toThrow(/r\.yaml:\d+：also\.0\.when\.frame 的值应为/);
  });

  it('reads a frame of the whole document once, reporting no item, and once for the document when asked for one per item', () => {
    const SEIZED = `
id: local/seized-kept
name: 扣押财物未处理
category: criminal.local
severity: warn
citation: { source: 本院规定, article: 第五条, quote: 扣押的财物应在判项中处理 }
message: 事实部分载明扣押财物，判项未处理
suggestion: 写明扣押财物的处理
documents: { categories: [刑事] }
when: { frame: seized-in-facts }
require: [{ element: 判决前的处理, readings: [disposed-before], in: scope }]
listMissing: false
examples:
  valid: [{ items: 一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。, kind: criminal }]
  invalid: [{ code: { items: 一、被告人王五犯盗窃罪，判处有期徒刑一年。, kind: criminal } }]
`;
    const judgment = (facts: string) =>
      `# 刑事判决书\n\n（2024）豫0811刑初301号\n\n公诉机关焦作市山阳区人民检察院。\n\n被告人王五，男，1990年3月2日出生，公民身份号码410821199003020019。\n\n经审理查明，${facts}\n\n本院认为，被告人王五犯盗窃罪。判决如下：\n\n一、被告人王五犯盗窃罪，判处有期徒刑一年，并处罚金人民币二千元（已预缴）。\n\n如不服本判决，可在接到判决书的第二日起十日内提出上诉。\n\n审判员　　王立新\n\n二〇二四年六月十日\n`;
    const twice = judgment(
      '公安机关扣押手机一部。公安机关扣押现金人民币500元，已发还被害人。公安机关扣押电动车一辆。',
    );
    const every = parseDeclaration(SEIZED, 'seized.yaml');
    const found = lintText(twice, [every], 'a.md').findings;
    expect(
      found.map((f) => [f.message, twice.split('\n')[f.line - 1]?.slice(f.column - 1, f.endColumn - 1)]),
    ).toEqual([
      ['事实部分载明扣押财物，判项未处理', '扣押手机一部'],
      ['事实部分载明扣押财物，判项未处理', '扣押电动车一辆'],
    ]);
    const first = parseDeclaration(`${SEIZED}onePerItem: true\n`, 'seized.yaml');
    expect(lintText(twice, [first], 'a.md').findings.map((f) => f.column)).toEqual([found[0]?.column]);
    expect(
      lintText(judgment('公安机关扣押现金人民币500元，已发还被害人。'), [first], 'a.md').findings,
    ).toEqual([]);
  });

  it('refuses a reading or a frame the language stage does not have, and a frame beside an act', () => {
    expect(() =>
      parseDeclaration(
        RATE_IN_FIGURES.replace('readings: [per-contract]', 'readings: [per-contracts]'),
        'r.yaml',
      ),
    ).toThrow('语言层没有读法“per-contracts”');
    expect(() =>
      parseDeclaration(RATE_IN_FIGURES.replace('frame: interest', 'frame: interests'), 'r.yaml'),
    ).toThrow(/r\.yaml:\d+：when\.frame 的值应为 interest、costs、liability-range、[^：]*之一/);
    expect(() =>
      parseDeclaration(
        RATE_IN_FIGURES.replace('{ frame: interest }', '{ frame: interest, act: { words: [支付] } }'),
        'r.yaml',
      ),
    ).toThrow('when 中 frame 与 act/object 只能写一种');
  });
});

describe('requirements that apply only in some cases', () => {
  /**
   * A court's rule for things handed back: a car needs its number plate, a house its door number unless an earlier
   * item described it, and an order to hand something over (交付, not 返还) where it is handed over.
   */
  const HANDOVER_TERMS = `
id: local/handover-terms
name: 交付、返还财物未写明识别要素
category: property.local
severity: warn
citation: { source: 本院规定, article: 第五条, quote: 交付车辆的应写明号牌，交付房屋的应写明门牌号 }
message: 判令交付、返还财物，但未写明
suggestion: 写明号牌、门牌号或交付地点
when: { act: { classes: [handover] } }
require:
  - element: 车辆号牌
    if: { words: [车] }
    words: [号牌, 车牌]
  - element: 房屋门牌号
    if: { words: [房屋] }
    unless: { classes: [back-reference] }
    classes: [house-identification]
  - element: 交付地点
    if: { words: [交付], in: at }
    words: [送至, 运至]
examples:
  valid: [一、被告于本判决生效之日起十日内将挖掘机一台返还原告。]
  invalid: [{ code: 一、被告于本判决生效之日起十日内将轿车一辆返还原告。, at: 返还 }]
`;
  const rule = parseDeclaration(HANDOVER_TERMS, 'handover.yaml');
  const lint = (items: string): string[] => {
    const doc = exampleDocument(items);
    return lintText(doc.text, [rule], doc.filename).findings.map((f) => f.message);
  };

  it('asks for an element only when its if words are there, and not when its unless words are', () => {
    expect(lint('一、被告于本判决生效之日起十日内将挖掘机一台返还原告。')).toEqual([]);
    expect(lint('一、被告于本判决生效之日起十日内将大众轿车一辆（号牌豫H5D8K2）返还原告。')).toEqual([]);
    expect(lint('一、被告于本判决生效之日起十日内将大众轿车一辆返还原告。')).toEqual([
      '第一项：判令交付、返还财物，但未写明（车辆号牌）',
    ]);
    expect(lint('一、被告于本判决生效之日起十日内将涉案房屋返还原告。')).toEqual([
      '第一项：判令交付、返还财物，但未写明（房屋门牌号）',
    ]);
    expect(lint('一、被告于本判决生效之日起十日内将上述房屋返还原告。')).toEqual([]);
  });

  it('reads the words the finding points at with in: at, and the court findings with in: findings', () => {
    expect(lint('一、被告于本判决生效之日起十日内将挖掘机一台交付原告。')).toEqual([
      '第一项：判令交付、返还财物，但未写明（交付地点）',
    ]);
    expect(lint('一、被告于本判决生效之日起十日内将挖掘机一台运至原告工地交付原告。')).toEqual([]);
    const valued = parseDeclaration(
      HANDOVER_TERMS.replace(
        /require:[^]*examples:/,
        'require:\n  - element: 物的价值\n    entities: [money]\n    in: findings\nexamples:',
      ),
      'valued.yaml',
    );
    const judgment = (facts: string): ExampleText => ({
      judgment: {
        cause: '租赁合同纠纷',
        plaintiff:
          '张明，男，1980年1月1日出生，汉族，住河南省焦作市山阳区太行中路88号，公民身份号码410811198001010012',
        defendant:
          '李强，男，1985年3月2日出生，汉族，住河南省焦作市山阳区人民路9号，公民身份号码410811198503020015',
        facts,
        reasoning: '被告应当返还租赁物。',
        items: ['一、被告于本判决生效之日起十日内将挖掘机一台返还原告。'],
      },
    });
    const messages = (facts: string): string[] => {
      const doc = exampleDocument(judgment(facts));
      return lintText(doc.text, [valued], doc.filename).findings.map((f) => f.message);
    };
    expect(messages('被告租赁原告挖掘机一台，经评估，挖掘机的市场价值为218000元。')).toEqual([]);
    expect(messages('被告租赁原告挖掘机一台，至今未返还。')).toEqual([
      '第一项：判令交付、返还财物，但未写明（物的价值）',
    ]);
  });

  it('refuses a condition that names nothing to look for, and a scope the engine does not have', () => {
    expect(() => parseDeclaration(HANDOVER_TERMS.replace('if: { words: [车] }', 'if: {}'), 'r.yaml')).toThrow(
      'require[0].if：至少要有一个词类、词语、模式或读法',
    );
    expect(() => parseDeclaration(HANDOVER_TERMS.replace('in: at }', 'in: act }'), 'r.yaml')).toThrow(
      /r\.yaml:\d+：require\.2\.if\.in 的值应为 clause、item、scope、at、findings、tail 之一/,
    );
  });
});

describe('hand-offs between rules', () => {
  it('name rules that exist, built-in ones included', () => {
    const handOffs = ALL_RULES.flatMap((rule) => (rule.handsOffTo ?? []).map((to) => [rule.id, to]));
    expect(handOffs).toContainEqual(['range-liability/amount-missing', 'parties-change/scope-missing']);
    const ids = new Set(ALL_RULES.map((rule) => rule.id));
    expect(handOffs.filter(([, to]) => !ids.has(to ?? ''))).toEqual([]);
  });

  it('refuse a local rule that hands a case to a rule nobody has', () => {
    const text = readFileSync(RULE_FILE, 'utf8').replace(
      'unless:\n  classes: [back-reference]',
      'unless:\n  classes: [back-reference]\n  reportedBy: property/house-missing',
    );
    expect(text).toContain('reportedBy');
    expect(() => compileLocalRules([{ file: 'r.yaml', text }], ALL_RULES)).toThrow(
      'r.yaml:1：reportedBy 指向的规则“property/house-missing”不存在',
    );
    const known = text.replace('property/house-missing', 'property/terms-missing');
    expect(compileLocalRules([{ file: 'r.yaml', text: known }], ALL_RULES)[0]?.handsOffTo).toEqual([
      'property/terms-missing',
    ]);
  });
});
