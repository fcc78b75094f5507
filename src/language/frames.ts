/**
 * Frames: the typed readings of what an item orders (or of the costs paragraph) that a rule declaration can start
 * from instead of an act's words. Each frame has the words a finding points at, the clause it stands in and the
 * stretch of text its terms are read from (an interest award's scope runs to where the award ends, not to the end of
 * the clause); what comes before it is derived from where it points. A few frames read the document as a whole (what
 * the facts say was seized): they belong to no item.
 */
import type { DocumentModel } from '../document/model.js';
import type { TextSpan } from '../document/span.js';
import { type ItemView, TextView } from './item-view.js';
import { ATTACHMENT_REFERENCE } from './attachments.js';
import { agencyDuties, agencyOrders } from './administrative.js';
import { COSTS_FEE } from './costs.js';
import { deferredAmount } from './amounts.js';
import { disposals, propertyPenalties } from './confiscation.js';
import { orderedApology } from './duties/publicity.js';
import { liabilityRanges } from './duties/range.js';
import { lostHandover } from './duties/substitute.js';
import { orderedRemoval } from './duties/works.js';
import { documentsHandover, landHandover } from './duties/things.js';
import { type Duty, exchangesOf } from './duties/exchange.js';
import { rulesOnValidity } from './contract-validity.js';
import {
  PLAN_ANNULLED,
  coOwnershipHeld,
  enforcementRulings,
  notarisedRefusals,
  partyAdded,
} from './enforcement-suits.js';
import { RECOVER, ordersWith, seizuresLeftOpen } from './criminal.js';
import { conditionalTerms, isMediation, takersOn } from './mediation.js';
import { preservationsTaken } from './preservation.js';
import { interestAwards, paymentClauses } from './obligations.js';

export interface Frame {
  at: TextSpan;
  clause: TextView;
  scope: TextView;
  /** The other side's duty, in a frame of two duties (the thing handed back for a refund). */
  counterpart?: Duty;
}

/** The operative text before `at`: the earlier order items, then the item's own text up to it. */
export function textBefore(item: ItemView, at: TextSpan, orders: readonly ItemView[]): TextView[] {
  const index = orders.indexOf(item);
  return [...orders.slice(0, Math.max(index, 0)), item.sub(item.start, at.start)];
}

export interface FrameKind {
  /** What the frame is, in the words of the README's list. */
  readonly description: string;
  /**
   * The frames of an item; a few read the document beyond it (the facts found) or its other order items (the other
   * side of an exchange; the item alone when they are not given).
   */
  of(item: ItemView, document: DocumentModel, orders?: readonly ItemView[]): Frame[];
}

/** A frame of the document as a whole, found once per document, belonging to no item. */
export interface DocumentFrameKind {
  readonly description: string;
  inDocument(document: DocumentModel, items: readonly ItemView[]): Frame[];
}

/** A frame an order item holds at most once (the first handover of documents, of land). */
function atMostOnce(find: (item: ItemView) => Frame | null): (item: ItemView) => Frame[] {
  return (item) => {
    const frame = item.kind === 'order' ? find(item) : null;
    return frame ? [frame] : [];
  };
}

export const FRAMES = {
  interest: {
    description:
      '每一笔须计算的利息、违约金、逾期付款损失（已算定数额的“利息18000元”不算）；in: scope 指该笔利息自己的说明（含括号）',
    // interestAwards reads order items only.
    of: (item) => interestAwards(item).map(({ term, clause, scope }) => ({ at: term, clause, scope })),
  },
  costs: {
    description: '诉讼费用负担段（案件受理费…由…负担），指向其中的费用名称；in: scope 指整段',
    of: (item) =>
      item.kind === 'costs' ? [{ at: item.match(COSTS_FEE) ?? item, clause: item, scope: item }] : [],
  },
  'confiscation-penalty': {
    description:
      '刑事判项并处没收财产（并处没收个人财产、并处没收部分财产），维持、驳回的判项除外，指向这几个字；in: scope 指其后到下一个逗号或括号为止的文字（数额写在那里）',
    of: (item) => propertyPenalties(item).map(({ at, words }) => ({ at, clause: item, scope: words })),
  },
  confiscation: {
    description:
      '刑事判项（含二审维持并复述的原判项）对财物的每一处处置：没收、销毁、上缴国库、由扣押机关依法处理，“被没收的”“已销毁”不算；指向第一件没有写明数量、金额或编号的财物（或“若干”“一批”），都写明了的指向处置的说法；in: scope 指该处置所在的一段（到它的动词为止）',
    of: (item) => disposals(item).map(({ at, part }) => ({ at, clause: part, scope: part })),
  },
  'money-payment': {
    description:
      '判令给付金钱的每一个分句（支付、偿还、赔偿、返还、退还…款项），返还财物、对他人债务承担责任、驳回的分句除外，每个分句一处，指向给付的动词；in: scope 指该分句',
    of: (item) =>
      paymentClauses(item).map(({ clause, verb }) => ({
        at: clause.sub(verb.start, verb.end),
        clause,
        scope: clause,
      })),
  },
  'amount-deferred': {
    description:
      '判项把应付的数额留待双方另行对账、结算（具体数额以双方对账确认的金额为准，被告于对账后付清），“其他往来款项另行结算”不算，指向“另行结算”一类的说法；in: scope 指整个判项',
    of: (item) => {
      const deferred = deferredAmount(item);
      return deferred ? [{ at: deferred, clause: item, scope: item }] : [];
    },
  },
  'liability-range': {
    description:
      '每一处限定责任范围的说法（在…范围内承担、以…为限）；in: scope 指范围本身（“在继承遗产范围内”），不是整个分句',
    of: (item) =>
      item.kind !== 'order'
        ? []
        : liabilityRanges(item).map((range) => ({
            at: range,
            clause: item.clauses.find((c) => c.start <= range.start && range.end <= c.end) ?? range,
            scope: range,
          })),
  },
  'party-added': {
    description: '追加、变更被执行人（追加某某为被执行人），不含不予追加；in: scope 指整个判项',
    of: (item) => {
      const added = item.kind === 'order' ? partyAdded(item) : null;
      return added ? [{ at: added, clause: item, scope: item }] : [];
    },
  },
  'documents-handover': {
    description:
      '判令交付、移交资料或证照（移交竣工资料、交还公章、营业执照等证照），查阅、复制除外；in: scope 指交付的对象',
    of: atMostOnce(documentsHandover),
  },
  apology: {
    description:
      '判令赔礼道歉（驳回的除外），指向“赔礼道歉”；in: scope 指说明道歉方式的文字，法院写明的逾期后果（逾期不履行的，本院将…刊登）和删除侵权内容的分句不算',
    of: (item) => {
      const apology = item.kind === 'order' ? orderedApology(item) : null;
      return apology ? [{ at: apology.at, clause: apology.clause, scope: apology.wording }] : [];
    },
  },
  obstruction: {
    description:
      '判令排除妨碍、恢复原状、消除危险，或直接判令拆除、清除妨碍物、修复损坏的财物（生态修复、“恢复原状费用”除外），指向该说法；in: scope 指整个判项',
    of: (item) => {
      const order = item.kind === 'order' ? orderedRemoval(item) : null;
      return order ? [{ at: order.at, clause: order.clause, scope: item }] : [];
    },
  },
  'lost-handover': {
    description:
      '判令交付、返还或协助过户的特定物，而判决主文之前的事实表明该物已灭失、下落不明或已出售（每个判项只取第一处），指向交付的动作；in: scope 指该物',
    of: (item, document) => {
      const order = item.kind === 'order' ? lostHandover(item, document) : null;
      return order ? [{ at: order.verb, clause: order.clause, scope: order.object }] : [];
    },
  },
  'land-handover': {
    description:
      '判令交付、返还或分割土地、水面（将承包地返还原告、责任田由双方平均分割），不含土地证、土地补偿款；in: scope 指交付的分句，分割时指分割及其后各份的说明',
    of: atMostOnce(landHandover),
  },
  'agency-duty': {
    description:
      '责令行政机关履行职责（履行法定职责）、采取补救措施或予以补偿安置的每一处说法，确认、驳回的分句除外；in: scope 指这一说法本身',
    of: agencyDuties,
  },
  'agency-order': {
    description:
      '责令行政机关作出的每一项行为（重新作出、予以答复、履行职责、补救措施，或重新核定、办理登记、公开、补缴等具体行为），每个分句一项，确认、驳回的分句和判决书后所附法条除外；in: scope 指这一行为的说法本身',
    of: agencyOrders,
  },
  'contract-ruling': {
    description:
      '确认合同无效、解除或撤销合同的判项（驳回、维持这样的请求的除外），指向整个判项；in: scope 指整个判项',
    of: (item) =>
      item.kind === 'order' && rulesOnValidity(item.text) ? [{ at: item, clause: item, scope: item }] : [],
  },
  'plan-annulled': {
    description: '撤销执行财产分配方案或交由执行部门重新制作，指向这几个字；in: scope 指整个判项',
    of: (item) => {
      // Every annulment names the 分配方案: most items are passed over without the pattern.
      const annulled =
        item.kind === 'order' && item.text.includes('分配方案') ? item.match(PLAN_ANNULLED) : null;
      return annulled ? [{ at: annulled, clause: item, scope: item }] : [];
    },
  },
  'enforcement-ruling': {
    description:
      '准许或停止执行的分句（不得执行、停止对…的执行、准许执行、解除查封），驳回请求的除外；in: scope 指该分句',
    of: (item) =>
      item.kind === 'order'
        ? enforcementRulings(item).map(({ clause, at }) => ({ at, clause, scope: clause }))
        : [],
  },
  'notarised-refusal': {
    description: '以已经清偿为由对公证债权文书部分不予执行的分句，指向“不予执行”；in: scope 指该分句',
    of: (item) =>
      item.kind === 'order'
        ? notarisedRefusals(item).map(({ clause, at }) => ({ at, clause, scope: clause }))
        : [],
  },
  'co-ownership-held': {
    description: '确认财产为共有的判项（确认…为原告与第三人共同共有），指向整个判项；in: scope 指整个判项',
    of: (item) =>
      item.kind === 'order' && coOwnershipHeld(item) ? [{ at: item, clause: item, scope: item }] : [],
  },
  'criminal-recovery': {
    description:
      '刑事判项判令追缴（予以追缴、继续追缴），含二审维持并复述的原判项，不含“被追缴的”“已追缴”；指向“追缴”；in: scope 指该分句',
    of: (item) => ordersWith([item], RECOVER).map(({ clause, at }) => ({ at, clause, scope: clause })),
  },
  'seized-in-facts': {
    description:
      '（整份文书）事实部分载明扣押、查封、冻结的财物（扣押现金人民币1800元、折叠刀一把），而判项（含维持的原判项）未对任何扣押、在案的财物作出处理：每一处，扣押清单、扣押笔录等证据名称不算；指向该处，in: scope 指该句',
    inDocument: (document, items) =>
      seizuresLeftOpen(document, items).map(({ at, sentence }) => ({
        at,
        clause: sentence,
        scope: sentence,
      })),
  },
  'preservation-taken': {
    description:
      '（整份文书）每一处记载本院采取、裁定或准许保全的说法（本院依法采取了保全措施、原告申请财产保全，本院作出…民事裁定），保全费、保全保险费、保函等所在的句子不算；指向该说法，in: scope 指该句，连同谈及该保全（而非其费用）的前一句（申请）和后一句（冻结了什么）',
    inDocument: (document) =>
      preservationsTaken(document.text).map(({ at, sentence, scope }) => ({ at, clause: sentence, scope })),
  },
  'mediation-condition': {
    description:
      '调解书、调解协议或司法确认裁定的条款中，义务所附的每一项条件（若…的、如…时、待…后），其后是把义务留给义务人酌定的说法（视经营状况、酌情、资金宽裕时）；条件中有这样的说法的，指向该说法；in: scope 指条件或说法本身',
    of: (item, document) =>
      item.kind === 'order' && isMediation(document)
        ? conditionalTerms(item).map(({ at, condition }) => ({
            at,
            clause: item,
            scope: item.sub(condition.start, condition.end),
          }))
        : [],
  },
  'mediation-taker': {
    description:
      '调解书、调解协议或司法确认裁定的条款中，以自己的名义承受权利或义务的人或单位（案外人王某自愿…、被告之妻王春燕承担保证责任、由某某有限公司于…前支付），指向其名称；in: scope 指该名称',
    of: (item, document) =>
      item.kind === 'order' && isMediation(document)
        ? item.clauses.flatMap((clause) =>
            takersOn(clause).map((name) => ({ at: name, clause, scope: clause.sub(name.start, name.end) })),
          )
        : [],
  },
  exchange: {
    description:
      '双方互负给付义务：一方退还押金、价款或支付价款的分句，对方在本判项或另一判项中向其返还、交付财物或协助过户（驳回、确认、不予等不需执行的判项不算），指向退还或支付款项的分句；in: scope 指该分句，读法还可以读对方的义务',
    of: (item, _document, orders = [item]) =>
      exchangesOf(item, orders).map(({ refund, answered }) => ({
        at: refund.clause,
        clause: refund.clause,
        scope: refund.clause,
        counterpart: answered,
      })),
  },
  'attachment-reference': {
    description:
      '判项（包括诉讼费用负担段）引用本文书所附的附件或清单（详见附件、见附表、另附清单），合同自己的附件（以合同附件一为准）不算，指向引用的文字；in: scope 指判项之后直到文书末尾的文字（清单可以紧随判项，也可以在落款之后）',
    of: (item, document) => {
      const reference = item.match(ATTACHMENT_REFERENCE);
      if (!reference) return [];
      const { text } = document;
      const after = new TextView({ start: item.end, end: text.length, text: text.slice(item.end) });
      return [{ at: reference, clause: item, scope: after }];
    },
  },
} satisfies Record<string, FrameKind | DocumentFrameKind>;

export type FrameName = keyof typeof FRAMES;
