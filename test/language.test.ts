import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { ItemView } from '../src/language/item-view.js';
import { SourceText } from '../src/input/source-text.js';
import { EntityRecognition, RECOGNIZERS, recognizeEntities } from '../src/language/entities/index.js';
import type { EntityType } from '../src/language/entities/entity.js';
import {
  creditCodeFault,
  validateCreditCode,
  validateIdNumber,
  validateOrganisationCode,
} from '../src/lexicon/identifiers.js';
import { parseNumber } from '../src/lexicon/numerals.js';
import { segment } from '../src/language/segmenter.js';
import { ALL_RULES } from './support/all-rules.js';

const found = (text: string, type: EntityType) =>
  recognizeEntities(text)
    .filter((e) => e.type === type)
    .map((e) => e.text);
const values = (text: string) =>
  recognizeEntities(text)
    .filter((e) => e.type === 'money')
    .map((e) => e.value);

describe('money', () => {
  it('reads Arabic, Chinese and 万 amounts with their value', () => {
    expect(values('借款本金200000元')).toEqual([200000]);
    expect(values('货款人民币叁万贰仟元整')).toEqual([32000]);
    expect(values('工程款3.5万元')).toEqual([35000]);
    expect(values('押金1,500.50元')).toEqual([1500.5]);
    expect(values('罚金人民币一千五百元')).toEqual([1500]);
    expect(values('￥8000')).toEqual([8000]);
  });

  it('reads full-width digits', () => {
    expect(values('货款５０００元')).toEqual([5000]);
  });
});

describe('deadlines and periods', () => {
  it.each([
    '于本判决生效之日起十日内',
    '判决发生法律效力后三十日内',
    '于2024年12月31日前',
    '立即',
    '每月15日前',
    '于本判决生效之次日',
    '限判决生效后一个月内',
    '于房屋过户登记完成之日起十日内',
    '在收到发票后十五日内',
    '于2024年底前',
    '于2025年内',
  ])('%s is a time limit', (text) => {
    expect(found(`被告${text}支付原告货款`, 'deadline')).not.toEqual([]);
  });

  it.each(['于前项期限内', '在本判决第一项确定的履行期限内', '在上述期限内'])(
    "%s is another item's time limit, and so a time limit",
    (text) => {
      expect(found(`被告${text}支付原告利息`, 'deadline')).not.toEqual([]);
    },
  );

  it('reads a sum paid with another item as timed by it, but not a period of accrual as a time limit', () => {
    expect(found('违约金与第一项款项同期支付', 'deadline')).toEqual(['与第一项款项同期支付']);
    expect(found('在上述期间内按年利率3.85%计算利息', 'deadline')).toEqual([]);
  });

  it('does not take a past date in the facts for a time limit', () => {
    expect(found('2021年8月20日，被告向原告借款', 'deadline')).toEqual([]);
    expect(found('对原告于2024年1月8日提出的申请予以答复', 'deadline')).toEqual([]);
  });

  it('reads the start and end of an accrual period', () => {
    const text = '以100000元为基数，自2023年1月1日起至实际清偿之日止计算';
    expect(found(text, 'periodStart')).toEqual(['自2023年1月1日起']);
    expect(found(text, 'periodEnd')).toEqual(['至实际清偿之日止']);
    expect(found('从2017年10月1日至2017年12月31日', 'periodStart')).toEqual(['从2017年10月1日']);
  });
});

describe('rates', () => {
  it.each([
    '年利率3.85%',
    '按全国银行间同业拆借中心公布的一年期贷款市场报价利率',
    'LPR的1.5倍',
    '日万分之五',
    '月息2分',
    '按每日50元',
    '按同期银行贷款利率',
    '按2%的月利率',
  ])('%s is a rate', (text) => {
    expect(found(`利息${text}计算`, 'rate')).not.toEqual([]);
  });

  it('does not read 按合同约定 as a rate', () => {
    expect(found('按借款合同约定的利率计算', 'rate')).toEqual([]);
  });
});

describe('land, quantities and identifiers', () => {
  it('reads areas and the four boundaries', () => {
    const text = '承包地（面积1.2亩，四至：东至罗某承包地，南至村组公路，西至罗德明承包地，北至水渠）';
    expect(found(text, 'area')).toEqual(['面积1.2亩'.slice(2)]);
    expect(found(text, 'boundary')).toHaveLength(4);
  });

  it('reads counted objects', () => {
    expect(found('手机两部、电动车1辆、海洛因19.33克', 'quantity')).toEqual(['两部', '1辆', '19.33克']);
    // An item label is not a number: "4. 对被告人…" counts no pairs.
    expect(found('4. 对被告人尹某的违法所得予以追缴', 'quantity')).toEqual([]);
  });

  it('validates GB 11643 numbers and GB 32100 codes', () => {
    expect(validateIdNumber('510703198604122089')).toBe('valid');
    expect(validateIdNumber('510703198604122088')).toBe('bad-checksum');
    expect(validateIdNumber('510703********2089')).toBe('masked');
    expect(validateCreditCode('91410811MA45XK2Q0G')).toBe(true);
    expect(validateCreditCode('91410811MA45XK2Q0H')).toBe(false);
  });

  it('checks the GB 11714 organisation code inside a credit code', () => {
    expect(validateOrganisationCode('19220382' + '1')).toBe(true);
    expect(validateOrganisationCode('MA45XK2Q9')).toBe(true);
    expect(validateOrganisationCode('MA45XK2Q0')).toBe(false);
    expect(creditCodeFault('914403001922038216')).toBeNull();
    // Passes GB 32100, but its organisation code MA45XK2Q-0 should end in 9.
    expect(creditCodeFault('91410811MA45XK2Q0G')).toBe('GB 11714');
    expect(creditCodeFault('91410811MA45XK2Q9D')).toBe('GB 32100');
  });
});

describe('entities asked for by type', () => {
  /** Every string in the rules' examples and the samples: text full of entities of every type. */
  const texts = [
    ...ALL_RULES.flatMap((rule) => strings(rule.examples)),
    ...readdirSync('samples')
      .filter((name) => /\.(md|txt)$/.test(name))
      .map((name) => readFileSync(path.join('samples', name), 'utf8')),
  ];
  const types = [...new Set(RECOGNIZERS.flatMap((recognizer) => recognizer.types))];

  it('runs recognisers that find only the types they declare', () => {
    for (const text of texts)
      for (const { recognize, types: declared } of RECOGNIZERS)
        for (const entity of recognize(text)) expect(declared).toContain(entity.type);
  });

  it('gives for one type the entities all types give, in the same order', () => {
    for (const text of texts) {
      const all = recognizeEntities(text, 7);
      for (const type of types) {
        const alone = new EntityRecognition(text, 7).ofType(type);
        expect(alone).toEqual(all.filter((e) => e.type === type));
      }
    }
  });
});

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('numerals', () => {
  it('reads Chinese numerals with units and digit-by-digit years', () => {
    expect(parseNumber('二〇二四')).toBe(2024);
    expect(parseNumber('十五')).toBe(15);
    expect(parseNumber('二百八十')).toBe(280);
    expect(parseNumber('壹万贰仟')).toBe(12000);
  });
});

describe('segment (nodejieba with the legal dictionary)', () => {
  const words = (text: string) => segment(text).map((t) => t.word);

  it('keeps legal terms whole and does not cut 十日内向原告 as 内向', () => {
    const tokens = words('被告于本判决生效之日起十日内向原告支付违约金');
    expect(tokens).toEqual(expect.arrayContaining(['本判决', '生效之日起', '日内', '向', '违约金']));
    expect(tokens).not.toContain('内向');
  });

  it('gives every token its offset in the text', () => {
    const text = '按一年期贷款市场报价利率计算';
    for (const token of segment(text, 100))
      expect(text.slice(token.start - 100, token.end - 100)).toBe(token.word);
  });
});

describe('party mentions', () => {
  it('finds the parties an item names', () => {
    const doc = buildDocument(
      SourceText.identity(
        'a.txt',
        '民事判决书\n原告：陈晓梅，女。\n被告：刘志强，男。\n原告陈晓梅与被告刘志强民间借贷纠纷一案，本院受理后。\n判决如下：\n一、被告刘志强于本判决生效之日起十日内偿还原告陈晓梅借款200000元。',
      ),
    );
    const first = doc.operative?.items[0];
    if (!first) throw new Error('no item');
    const item = new ItemView(first, doc.parties);
    expect(item.partyMentions.map((m) => [m.party.role, m.text])).toEqual([
      ['被告', '刘志强'],
      ['原告', '陈晓梅'],
    ]);
  });
});
