/**
 * Word segmentation with nodejieba and the project's legal dictionary. The dictionary is loaded once per process
 * (or worker), on first use: nodejieba's full dictionary costs about a second, so the build writes a trimmed copy
 * (see scripts/build-dictionary.mjs) that loads in about a tenth of that.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pushAll } from '../util/arrays.js';
import { packageRoot } from '../util/package-root.js';

export interface Token {
  word: string;
  /** Offset of the token's first character in the segmented text's coordinate system. */
  start: number;
  end: number;
}

interface Jieba {
  load(options: { dict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, strict?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

const require = createRequire(import.meta.url);
const root = packageRoot(import.meta.url);

let jieba: Jieba | undefined;
let loadMilliseconds = 0;
const pendingWords: string[] = [];

function loadJieba(): Jieba {
  const started = performance.now();
  const instance = require('nodejieba') as Jieba;
  const builtDict = path.join(root, 'dist', 'dict');
  const trimmed = path.join(builtDict, 'jieba.trimmed.utf8');
  const userDict = path.join(root, 'dict', 'legal.dict.utf8');
  if (existsSync(trimmed)) {
    instance.load({
      dict: trimmed,
      userDict,
      idfDict: path.join(builtDict, 'idf.utf8'),
      stopWordDict: path.join(builtDict, 'stop_words.utf8'),
    });
  } else {
    instance.load({ userDict });
  }
  for (const word of pendingWords.splice(0)) instance.insertWord(word);
  loadMilliseconds = performance.now() - started;
  return instance;
}

/** Adds words (from the configuration's `dictionary`) so that they are never cut apart. */
export function addWords(words: readonly string[]): void {
  if (jieba) for (const word of words) jieba.insertWord(word);
  else pushAll(pendingWords, words);
}

export function dictionaryLoadMilliseconds(): number {
  return loadMilliseconds;
}

export function segment(text: string, base = 0): Token[] {
  jieba ??= loadJieba();
  const tokens: Token[] = [];
  let offset = 0;
  for (const word of jieba.cut(text)) {
    // cut() returns every character of the input in order, so offsets follow by accumulation; indexOf guards
    // against the rare normalisation of a character by the segmenter.
    const at = text.startsWith(word, offset) ? offset : text.indexOf(word, offset);
    const start = at === -1 ? offset : at;
    tokens.push({ word, start: base + start, end: base + start + word.length });
    offset = start + word.length;
  }
  return tokens;
}
