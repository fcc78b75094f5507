/** A full collection after a large .docx: the garbage of mammoth's XML tree does not stay for the rules' run. */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/util/collect-garbage.js';

describe('collectGarbage', () => {
  it('collects an object nothing refers to any more', async () => {
    let tree: { paragraphs: string[] } | undefined = {
      paragraphs: Array.from({ length: 1000 }, (_, i) => `第${i + 1}段`),
    };
    const left = new WeakRef(tree);
    tree = undefined;
    // A WeakRef keeps its target until the end of the job that made it.
    await new Promise(setImmediate);
    collectGarbage();
    expect(left.deref()).toBeUndefined();
  });
});
