/** The lexicon: every word class defined once, as data, and checked when the project is built. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLexicon } from '../scripts/lexicon.mjs';
import { alternation, characters, wordAt, wordPattern, words } from '../src/lexicon/index.js';
import { followedWithin, wordNearEnd, wordNearStart } from '../src/lexicon/patterns.js';

const LEXICON = path.resolve(import.meta.dirname, '../src/lexicon/words.yaml');

function lexiconOf(text: string): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lexicon-')), 'words.yaml');
  writeFileSync(file, text);
  return readLexicon(file).errors.map((e) => e.replace(`${file}:`, 'line '));
}

describe('the project lexicon', () => {
  it('has no class defined twice, no word twice, and no word in two classes that exclude each other', () => {
    const { classes, errors } = readLexicon(LEXICON);
    expect(errors).toEqual([]);
    expect(Object.keys(classes)).toContain('back-reference');
  });

  it('builds patterns from its classes, longest word first', () => {
    expect(words('back-reference')).toEqual(['上述', '前述', '上列', '前列']);
    expect(characters('chinese-digit')).toBe('一二三四五六七八九十');
    expect(wordPattern('house').exec('被告将门面房两间交付原告')?.[0]).toBe('门面房');
    expect(new RegExp(alternation('house-identification')).exec('太行中路88号3幢1单元502室')?.[0]).toBe(
      '88号',
    );
  });

  it('finds a word of a class at the start or the end of a text only', () => {
    expect(wordAt('start', 'open-class').test('物品交付原告')).toBe(true);
    expect(wordAt('start', 'open-class').test('交付原告物品')).toBe(false);
    expect(wordAt('end', 'actor').test('会计师事务所')).toBe(true);
    expect(wordAt('end', 'actor').test('事务所的')).toBe(false);
  });

  it('finds a word near the end of a text, with no stop between it and the end', () => {
    expect(wordNearEnd('原告自愿放弃主张逾期付款', words('waiver'), 8)).toBe(true);
    expect(wordNearEnd('原告自愿放弃主张被告支付逾期付款', words('waiver'), 8)).toBe(false);
    expect(wordNearEnd('原告放弃，被告支付', words('waiver'), 8)).toBe(false);
    expect(wordNearEnd('本息合计', words('total'), 4, '，。；0123456789')).toBe(true);
    expect(wordNearEnd('合计3', words('total'), 4, '，。；0123456789')).toBe(false);
  });

  it('finds a word near the start of a text, with no stop before it', () => {
    expect(wordNearStart('一并申请人民法院强制执行', words('apply-court-enforcement'), 6)).toBe(true);
    expect(wordNearStart('，一并申请强制执行', words('apply-court-enforcement'), 6)).toBe(false);
    expect(wordNearStart('由被告于十日内一并申请执行', words('apply-court-enforcement'), 6)).toBe(false);
  });

  it('finds a word followed by another within a reach, with no stop between them', () => {
    expect(followedWithin('如违反本协议约定的', words('breach'), words('agreed-terms'), 12)).toBe(true);
    expect(followedWithin('如违反，则按协议约定', words('breach'), words('agreed-terms'), 12)).toBe(false);
    expect(followedWithin('由其兄代被告履行', words('on-behalf'), words('act-on-behalf'), 6)).toBe(true);
  });

  it('gives a class that includes another the included words too, written once in the file', () => {
    expect(words('handover')).toEqual(expect.arrayContaining([...words('restitution'), '交出', '移交']));
    expect(words('restitution')).not.toContain('移交');
    expect(wordPattern('handover').exec('原告于收到后移交工程竣工资料')?.[0]).toBe('移交');
  });
});

describe('a broken lexicon is refused with the line of each problem', () => {
  it('a class defined twice', () => {
    expect(lexiconOf('a:\n  means: 甲\n  words: [上述]\na:\n  means: 乙\n  words: [前述]\n')).toEqual([
      expect.stringMatching(/^line 4: Map keys must be unique/),
    ]);
  });

  it('a word in two classes that exclude each other', () => {
    const text =
      'verbs:\n  means: 动词\n  words: [返还, 交付]\n  excludes: [refs]\nrefs:\n  means: 指代\n  words: [上述, 交付]\n';
    expect(lexiconOf(text)).toEqual(['line 1: “交付”同时属于互相排斥的词类“verbs”和“refs”']);
  });

  it('an included class that does not exist, that includes the class again, or repeats its words', () => {
    const text =
      'a:\n  means: 甲\n  words: [交出]\n  includes: [b, z]\nb:\n  means: 乙\n  words: [交出, 返还]\n  includes: [a]\n';
    expect(lexiconOf(text)).toEqual([
      'line 5: 词类“b”与“a”互相包含',
      'line 1: “交出”在词类“a”和它包含的“b”中重复',
      'line 1: 词类“a”包含的“z”不存在',
    ]);
  });

  it('an empty class, an unknown field, a repeated word and a broken pattern', () => {
    const text =
      'a:\n  means: 甲\n  word: [上述]\nb:\n  means: 乙\n  words: [上述, 上述]\n  patterns: ["(\\\\d"]\n';
    expect(lexiconOf(text)).toEqual([
      'line 3: 词类“a”中有未知字段“word”',
      'line 1: 词类“a”是空的',
      'line 6: “上述”在词类“b”中重复',
      'line 7: “(\\d”不是有效的正则表达式',
    ]);
  });
});
