/**
 * The document's reading (document-reading.ts) as a plain record, item by item: the item's number and body, every
 * frame it holds (what the declarations start from), and per clause the parties it names, the payment it orders,
 * the interest it awards and the entities found in it. `zhixing-lint --explain` prints it, so that a judge sees why
 * an item was or was not reported.
 */
import type { TextSpan } from '../document/span.js';
import type { Entity, EntityType } from './entities/entity.js';
import { FRAMES, type FrameName } from './frames.js';
import type { DocumentReading } from './document-reading.js';
import type { ItemView, TextView } from './item-view.js';
import { defaultConditionIn, ordersNothing } from './duties/ordering.js';
import { REFERENCE, SHARED_REFERENCE } from './lexicon.js';

/** A stretch of the document's plain text. */
export interface ReadSpan {
  start: number;
  end: number;
  text: string;
}

export interface FrameReading {
  frame: FrameName;
  /** Where the frame points (the act, the term, the reference). */
  at: ReadSpan;
}

export interface ExplainedClause {
  clause: ReadSpan;
  /** The frames pointing into this clause: what it orders (a payment, a handover, an apology …). */
  frames: FrameName[];
  /** It dismisses, confirms, annuls or denies (驳回…, 确认…, 无需支付…): nothing to enforce. */
  ordersNothing: boolean;
  /** Where it turns to what follows a default (逾期不履行第一项义务的，…): the rest is a consequence. */
  onDefault: ReadSpan | null;
  /** Words taking an amount or duty from elsewhere (上述款项, 第一项, 前项). */
  references: ReadSpan[];
  /** The parties of the document the clause names, with their procedural role. */
  parties: { name: string; role: string }[];
  /** The payment the clause orders: the verb and what it pays. */
  payment: { verb: ReadSpan; object: string } | null;
  /** The interest, penalty or loss to be computed that the clause awards, by the words naming it. */
  interest: ReadSpan[];
  entities: { type: EntityType; span: ReadSpan }[];
}

export interface ExplainedItem {
  item: ReadSpan;
  label: string | null;
  kind: ItemView['kind'];
  /** The item's words without its number. */
  body: ReadSpan;
  frames: FrameReading[];
  clauses: ExplainedClause[];
}

export interface ExplainedDocument {
  /** Frames of the document as a whole (what the facts say was seized, each preservation taken). */
  frames: FrameReading[];
  items: ExplainedItem[];
  /** A sentence that gives one time limit for several items (上述款项于…日内付清). */
  sharedDeadline: boolean;
}

/** Every frame kind's name, in the order the language stage defines them. */
const FRAME_NAMES = Object.keys(FRAMES) as FrameName[];

function spanOf({ start, end, text }: TextSpan): ReadSpan {
  return { start, end, text };
}

function framesOf(item: ItemView, reading: DocumentReading): FrameReading[] {
  const found: FrameReading[] = [];
  for (const name of FRAME_NAMES) {
    for (const frame of reading.frames(item, name)) found.push({ frame: name, at: spanOf(frame.at) });
  }
  return found.sort((a, b) => a.at.start - b.at.start);
}

/** Entities not inside a longer one of the same type (生效之日起十日内 holds 之日起十日内: one time limit). */
function outermost(entities: readonly Entity[]): Entity[] {
  return entities.filter(
    (e) =>
      !entities.some(
        (o) =>
          o !== e &&
          o.type === e.type &&
          o.start <= e.start &&
          o.end >= e.end &&
          o.end - o.start > e.end - e.start,
      ),
  );
}

/** 以上 refers back only before what it refers to (以上款项, 以上各项), not in 十级以上. */
const ABOVE_AS_REFERENCE = new RegExp(`^(?:${SHARED_REFERENCE.source})`);

function refersBack(clause: TextView, at: TextSpan): boolean {
  return at.text !== '以上' || ABOVE_AS_REFERENCE.test(clause.text.slice(at.start - clause.start));
}

function readClause(
  clause: TextView,
  item: ItemView,
  frames: readonly FrameReading[],
  reading: DocumentReading,
): ExplainedClause {
  const onDefault = defaultConditionIn(clause);
  const payment = reading.payments(item).find((p) => p.clause.start === clause.start);
  const parties = item.partyMentions
    .filter((mention) => mention.start >= clause.start && mention.end <= clause.end)
    .map(({ party }) => ({ name: party.name, role: party.role }));
  return {
    clause: spanOf(clause),
    frames: frames.filter(({ at }) => at.start >= clause.start && at.start < clause.end).map((f) => f.frame),
    ordersNothing: ordersNothing(clause),
    onDefault: onDefault ? spanOf(onDefault) : null,
    references: clause
      .matchAll(REFERENCE)
      .filter((at) => refersBack(clause, at))
      .map(spanOf),
    parties: parties.filter((p, i) => parties.findIndex((q) => q.name === p.name) === i),
    payment: payment
      ? { verb: spanOf(clause.sub(payment.verb.start, payment.verb.end)), object: payment.object }
      : null,
    interest: reading
      .interestAwards(item)
      .filter((award) => award.clause.start === clause.start)
      .map(({ term }) => spanOf(term)),
    entities: outermost(clause.entities).map((entity) => ({ type: entity.type, span: spanOf(entity) })),
  };
}

/** The reading of a document, item by item, as a plain record. */
export function explainReading(reading: DocumentReading): ExplainedDocument {
  return {
    frames: FRAME_NAMES.flatMap((name) =>
      reading.documentFrames(name).map((frame) => ({ frame: name, at: spanOf(frame.at) })),
    ),
    sharedDeadline: reading.sharedDeadline,
    items: reading.items.map((item) => {
      const frames = framesOf(item, reading);
      return {
        item: spanOf(item),
        label: item.label,
        kind: item.kind,
        body: spanOf(item.body),
        frames,
        clauses: item.clauses.map((clause) => readClause(clause, item, frames, reading)),
      };
    }),
  };
}
