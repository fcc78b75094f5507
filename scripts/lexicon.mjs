// Reads and checks the lexicon (src/lexicon/words.yaml): used by the build, which compiles it, and by its test.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';

const FIELDS = new Set(['means', 'words', 'patterns', 'excludes', 'includes']);

/**
 * The word classes of a lexicon file, and every problem with them as "file:line: message": a class defined twice,
 * an unknown field, an empty class, a word twice in one class, a word in two classes that exclude each other, a
 * pattern that is no regular expression, an included class that does not exist or includes the class again. A class
 * that includes others (handover includes restitution) has their words after its own: each word is written once.
 */
export function readLexicon(file) {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const errors = [];
  const at = (node) => `${file}:${node?.range ? lineCounter.linePos(node.range[0]).line : 1}`;
  for (const error of doc.errors) errors.push(`${file}:${error.linePos?.[0]?.line ?? 1}: ${error.message}`);
  const classes = {};
  const where = {};
  if (!isMap(doc.contents))
    return { classes, errors: [...errors, `${file}:1: 词类文件应为“类名: 定义”的映射`] };
  for (const pair of doc.contents.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    where[name] = at(pair.key);
    if (!isMap(pair.value)) {
      errors.push(`${at(pair.key)}: 词类“${name}”应有 means、words 等字段`);
      continue;
    }
    const entry = { means: '', words: [], patterns: [], excludes: [], includes: [] };
    for (const field of pair.value.items) {
      const key = isScalar(field.key) ? String(field.key.value) : '';
      if (!FIELDS.has(key)) errors.push(`${at(field.key)}: 词类“${name}”中有未知字段“${key}”`);
      else if (key === 'means') entry.means = String(isScalar(field.value) ? field.value.value : '');
      else if (isSeq(field.value)) {
        for (const item of field.value.items) {
          const value = isScalar(item) ? String(item.value) : '';
          if (entry[key].includes(value)) errors.push(`${at(item)}: “${value}”在词类“${name}”中重复`);
          if (key === 'patterns') {
            try {
              new RegExp(value);
            } catch {
              errors.push(`${at(item)}: “${value}”不是有效的正则表达式`);
            }
          }
          entry[key].push(value);
        }
      } else errors.push(`${at(field.key)}: 词类“${name}”的 ${key} 应为列表`);
    }
    if (!entry.means) errors.push(`${at(pair.key)}: 词类“${name}”缺少 means（说明）`);
    if (entry.words.length + entry.patterns.length + entry.includes.length === 0)
      errors.push(`${at(pair.key)}: 词类“${name}”是空的`);
    classes[name] = entry;
  }
  const resolved = {};
  const resolve = (name, path) => {
    if (resolved[name]) return resolved[name];
    const entry = classes[name];
    const words = [...entry.words];
    const patterns = [...entry.patterns];
    for (const other of entry.includes) {
      if (!classes[other]) errors.push(`${where[name]}: 词类“${name}”包含的“${other}”不存在`);
      else if (path.includes(other)) errors.push(`${where[name]}: 词类“${name}”与“${other}”互相包含`);
      else {
        const included = resolve(other, [...path, other]);
        for (const word of included.words) {
          if (words.includes(word))
            errors.push(`${where[name]}: “${word}”在词类“${name}”和它包含的“${other}”中重复`);
          else words.push(word);
        }
        patterns.push(...included.patterns);
      }
    }
    return (resolved[name] = { ...entry, words, patterns });
  };
  for (const name of Object.keys(classes)) resolve(name, [name]);
  Object.assign(classes, resolved);
  for (const [name, entry] of Object.entries(classes)) {
    for (const other of entry.excludes) {
      if (!classes[other]) {
        errors.push(`${where[name]}: 词类“${name}”排斥的“${other}”不存在`);
        continue;
      }
      for (const word of entry.words) {
        if (classes[other].words.includes(word))
          errors.push(`${where[name]}: “${word}”同时属于互相排斥的词类“${name}”和“${other}”`);
      }
    }
  }
  return { classes, errors };
}
