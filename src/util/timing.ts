/**
 * Where the time goes (--timing): each thread adds the milliseconds it spends per stage (read, parse, model,
 * recognisers, segmenter, rules, directives) to its own tally; lintLoaded takes the tally for each file. The clock
 * is always on: a few performance.now() calls per file cost nothing measurable.
 */
export type Stage = 'read' | 'parse' | 'model' | 'recognisers' | 'segmenter' | 'rules' | 'directives';

export const STAGES: readonly Stage[] = [
  'read',
  'parse',
  'model',
  'recognisers',
  'segmenter',
  'rules',
  'directives',
];

export type StageTimes = Partial<Record<Stage, number>>;

let tally: StageTimes = {};
/** Milliseconds spent in stages nested inside a rule (recognisers, segmenter run lazily when a rule asks). */
let nested = 0;

export function addTime(stage: Stage, ms: number): void {
  tally[stage] = (tally[stage] ?? 0) + ms;
  if (stage === 'recognisers' || stage === 'segmenter') nested += ms;
}

export function timed<T>(stage: Stage, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    addTime(stage, performance.now() - started);
  }
}

/** Time spent so far in lazily run stages, to take out of a rule's own time. */
export function nestedTime(): number {
  return nested;
}

/** The stage times since the last call, and a fresh tally. */
export function takeStageTimes(): StageTimes {
  const taken = tally;
  tally = {};
  return taken;
}
