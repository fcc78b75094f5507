/**
 * The text every later stage reads ("plain"), with a map back to the file as written ("original"), so that a
 * finding found in plain text is reported at the line and column a judge sees in the editor.
 */
export interface Position {
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in UTF-16 code units, as ESLint counts. */
  column: number;
}

/** A run of plain text copied unchanged from the original: plain[plainStart + i] = original[originalStart + i]. */
export interface Run {
  plainStart: number;
  originalStart: number;
  length: number;
}

export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(
    readonly filePath: string,
    readonly original: string,
    readonly plain: string,
    private readonly runs: readonly Run[],
    readonly encoding = 'UTF-8',
  ) {}

  static identity(filePath: string, text: string, encoding?: string): SourceText {
    return new SourceText(
      filePath,
      text,
      text,
      [{ plainStart: 0, originalStart: 0, length: text.length }],
      encoding,
    );
  }

  /** This text with the plain-text ranges `drop` (sorted, disjoint) left out; positions still map to the file. */
  without(drop: readonly { start: number; end: number }[]): SourceText {
    const runs: Run[] = [];
    const chunks: string[] = [];
    let length = 0;
    // Runs and ranges are both in plain-text order: one pass over each, however many there are.
    let next = 0;
    const keep = (start: number, end: number): void => {
      while (next < this.runs.length) {
        const run = this.runs[next];
        if (!run || run.plainStart >= end) break;
        const s = Math.max(start, run.plainStart);
        const e = Math.min(end, run.plainStart + run.length);
        if (s < e) {
          runs.push({
            plainStart: length + s - start,
            originalStart: run.originalStart + s - run.plainStart,
            length: e - s,
          });
        }
        if (run.plainStart + run.length > end) break;
        next++;
      }
      chunks.push(this.plain.slice(start, end));
      length += end - start;
    };
    let from = 0;
    for (const range of drop) {
      keep(from, range.start);
      from = range.end;
    }
    keep(from, this.plain.length);
    return new SourceText(this.filePath, this.original, chunks.join(''), runs, this.encoding);
  }

  /** Where a plain-text offset lies in the original; characters the parser added map to the next real one. */
  toOriginal(plainOffset: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid];
      if (run === undefined) break;
      if (run.plainStart <= plainOffset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const run = runs[found];
    if (run === undefined) return runs[0]?.originalStart ?? 0;
    const inside = plainOffset - run.plainStart;
    if (inside < run.length) return run.originalStart + inside;
    const next = runs[found + 1];
    return next ? next.originalStart : run.originalStart + run.length;
  }

  positionOf(originalOffset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.original));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= originalOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: originalOffset - (starts[lo] ?? 0) + 1 };
  }

  plainPosition(plainOffset: number): Position {
    return this.positionOf(this.toOriginal(plainOffset));
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
