export interface WordClass {
  means: string;
  words: string[];
  patterns: string[];
  excludes: string[];
}
export function readLexicon(file: string): { classes: Record<string, WordClass>; errors: string[] };
