/**
 * The lexicon: every word class of the project, defined once as data in words.yaml (one entry a line, each with
 * the wording it came from) and compiled at build time. Patterns of the language stage and the rules are built from
 * these classes instead of spelling the words out again.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { WORD_CLASSES } from './words.generated.js';

export type WordClassName = keyof typeof WORD_CLASSES;

/** The fixed words of a class. */
export function words(name: WordClassName): readonly string[] {
  return WORD_CLASSES[name].words;
}

const alternations = new Map<WordClassName, string>();

/**
 * A regular-expression alternation of a class's words (longest first, so 门面房 is tried before 房) and patterns,
 * in a non-capturing group, to put inside a larger pattern.
 */
export function alternation(...names: WordClassName[]): string {
  return `(?:${names.map(alternationOf).join('|')})`;
}

function alternationOf(name: WordClassName): string {
  let source = alternations.get(name);
  if (source === undefined) {
    const fixed = [...WORD_CLASSES[name].words].sort((a, b) => b.length - a.length).map(escapeStringRegexp);
    source = [...fixed, ...WORD_CLASSES[name].patterns].join('|');
    alternations.set(name, source);
  }
  return source;
}

/** The characters of a class of single characters, to put inside a character class: [${characters('…')}\d]. */
export function characters(name: WordClassName): string {
  return WORD_CLASSES[name].words.map(escapeStringRegexp).join('');
}

/** A pattern matching any entry of the given classes. */
export function wordPattern(...names: WordClassName[]): RegExp {
  return new RegExp(alternation(...names));
}

/** A pattern matching an entry of the given classes at the start of a text (^), or at its end ($). */
export function wordAt(edge: 'start' | 'end', ...names: WordClassName[]): RegExp {
  return new RegExp(edge === 'start' ? `^${alternation(...names)}` : `${alternation(...names)}$`);
}
