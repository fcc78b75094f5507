/**
 * Arrays whose length the input decides: a configuration's dictionary, the page-number lines of one file. Spread
 * into a call (`push(...words)`) they overflowed the stack past about 100,000 elements.
 */
import { describe, expect, it } from 'vitest';
import { DEFECTIVE_ITEM, judgment } from '../bench/hostile-inputs.mjs';
import { buildDocument } from '../src/document/model.js';
import { SourceText } from '../src/input/source-text.js';
import { addWords, segment } from '../src/language/segmenter.js';
import { maxOf, pushAll } from '../src/util/arrays.js';

const MANY = 200_000;

describe('arrays of any length', () => {
  it('appends and takes the largest of 200,000 elements', () => {
    const target = [1];
    const items = Array.from({ length: MANY }, (_, i) => i);
    pushAll(target, items);
    expect(target).toHaveLength(MANY + 1);
    expect(maxOf(items, -1)).toBe(MANY - 1);
    expect(maxOf([], -1)).toBe(-1);
  });

  it('takes a dictionary of 150,000 words and keeps each of them whole', () => {
    // Names of the parties of an archive, as a court would list them in the configuration's `dictionary`.
    const words = Array.from(
      { length: 150_000 },
      (_, i) => `焦作${String(i).padStart(6, '0')}号商贸有限公司`,
    );
    expect(() => {
      addWords(words);
    }).not.toThrow();
    const text = '被告焦作149999号商贸有限公司于本判决生效之日起十日内支付货款';
    expect(segment(text).map((token) => token.word)).toContain('焦作149999号商贸有限公司');
  });

  it('leaves 200,000 page-number lines between two items out of the text the rules read', () => {
    const pages = Array.from({ length: MANY }, (_, i) => `— ${(i % 90) + 2} —`).join('\n');
    const text = judgment([`一、${DEFECTIVE_ITEM}\n${pages}`, `二、${DEFECTIVE_ITEM}`]);
    const document = buildDocument(SourceText.identity('archive.txt', text));
    const [first, second] = document.operative?.items ?? [];
    expect(first?.text).toBe(`一、${DEFECTIVE_ITEM}`);
    expect(second?.text).toBe(`二、${DEFECTIVE_ITEM}`);
  });
});
