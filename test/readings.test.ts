/**
 * Readings of the language stage that rules ask for instead of testing their own patterns on the text: each is
 * tested here on the wording it reads, with the span it returns.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/model.js';
import { firstLine } from '../src/document/span.js';
import { SourceText } from '../src/input/source-text.js';
import { ItemView, TextView } from '../src/language/item-view.js';
import { agencyDuties, agencyOrders, agencyTask } from '../src/language/administrative.js';
import { firstMention, datedSums, depositFates } from '../src/language/agreement-sums.js';
import { amountInAttachment } from '../src/language/attachments.js';
import { subItemLabelLength } from '../src/language/clauses.js';
import { leadUp, refunds, thingReturns } from '../src/language/duties/exchange.js';
import { apologyWording, courtFindings, formalApology } from '../src/language/duties/publicity.js';
import { handedOverObject, lostInFacts } from '../src/language/duties/substitute.js';
import {
  allocationIn,
  landDescribed,
  landDescribedEarlier,
  landHandover,
  landPointsBack,
  orderedDelivery,
  orderedTransfer,
  thingWord,
  withoutQualifyingReferences,
} from '../src/language/duties/things.js';
import { concreteMeasure, continuedPerformance, namedAsCost } from '../src/language/duties/works.js';
import { namesPaymentChannel, ownCaseYear } from '../src/language/late-performance.js';
import { partyNames, takersOn } from '../src/language/mediation.js';
import { interestAwards, remainderIn } from '../src/language/obligations.js';
import { carriesTravelDocument } from '../src/language/party-ids.js';
import { FRAMES, type FrameKind, type FrameName, textBefore } from '../src/language/frames.js';
import { type Place, type ReadingName, READINGS } from '../src/language/readings.js';

/** The frames read item by item (the others read the whole document). */
type ItemFrameName = {
  [K in FrameName]: (typeof FRAMES)[K] extends FrameKind ? K : never;
}[FrameName];

const documentOf = (text: string) => buildDocument(SourceText.identity('a.txt', text));

/** A reading's place for a text read on its own: an unnumbered order item of that text, with `before` before it. */
const placeOf = (clause: TextView, before: () => TextView[] = () => []): Place => ({
  item: new ItemView({
    start: clause.start,
    end: clause.end,
    text: clause.text,
    index: 0,
    label: null,
    kind: 'order',
    bodyStart: clause.start,
  }),
  orders: [],
  clause,
  before,
});

/** The operative items of a short judgment whose operative part is `items`. */
function itemsOf(items: string, kind = '民事判决书'): ItemView[] {
  const doc = documentOf(
    `${kind}\n（2024）豫0811民初1234号\n原告：张明，男。\n被告：李强，男。\n原告张明与被告李强合同纠纷一案，本院受理后。\n判决如下：\n${items}`,
  );
  return (doc.operative?.items ?? []).map((item) => new ItemView(item, doc.parties));
}

function onlyItem(text: string): ItemView {
  const item = itemsOf(text)[0];
  if (!item) throw new Error(`no item in ${text}`);
  return item;
}

const view = (text: string) => new TextView({ start: 0, end: text.length, text });

describe('document facts', () => {
  it('the first line that is not blank, from its first character', () => {
    expect(firstLine('\n\n  民事判决书\n（2024）…')).toEqual({ start: 4, end: 9 });
    expect(firstLine(' \n\t')).toBeNull();
  });

  it("the document's own case year, only from its caption", () => {
    expect(ownCaseYear(documentOf('民事判决书\n（2022）豫0811民初88号\n原告：张明。'))).toBe(2022);
    const quoted = documentOf(
      `民事判决书\n原告：张明。本院于2023年作出判决。\n原告曾诉至本院，案号（2019）豫0811民初5号。`,
    );
    expect(ownCaseYear(quoted)).toBeUndefined();
  });
});

describe('payments and parties', () => {
  it('an account only the parties know names no channel; a named one does', () => {
    expect(namesPaymentChannel('款项汇入原告指定账户。')).toBe(false);
    expect(namesPaymentChannel('款项汇入原告指定账户（户名：马国栋；账号：6230580000123456789）。')).toBe(
      true,
    );
    expect(namesPaymentChannel('被告以转账方式支付。')).toBe(true);
  });

  it('a party identified by a passport or travel permit number', () => {
    const [foreign, local] = documentOf(
      '民事判决书\n（2024）琼0203民初1号\n原告：陈大文，男，香港特别行政区居民，港澳居民来往内地通行证号码H01234567。\n被告：王某，男，汉族。\n原告与被告纠纷一案，本院受理后。\n判决如下：\n一、驳回原告的诉讼请求。',
    ).parties;
    expect(foreign && carriesTravelDocument(foreign)).toBe(true);
    expect(local && carriesTravelDocument(local)).toBe(false);
  });

  it('the remainder of a debt, with its span', () => {
    const item = onlyItem('一、被告有一期未按时足额支付的，原告有权就剩余全部货款申请强制执行。');
    expect(remainderIn(item)?.text).toBe('剩余全部货款');
    expect(remainderIn(onlyItem('一、被告于2024年6月30日前支付原告货款20000元。'))).toBeNull();
  });

  it('a sum left to the attachment', () => {
    expect(amountInAttachment('被告支付原告处置费用（具体金额详见附表）')).toBe(true);
    expect(amountInAttachment('被告支付原告处置费用23500元')).toBe(false);
  });
});

describe('administrative orders', () => {
  it('after an annulment, only the part from 责令 on orders the agency', () => {
    const [item] = itemsOf(
      '一、撤销被告作出的南人社复〔2020〕12号答复，责令被告为原告补缴2015年1月至2018年12月的基本养老保险费。',
      '行政判决书',
    );
    const clause = item?.clauses[0];
    expect(clause && agencyTask(clause)?.text).toBe('补缴');
  });
});

describe('administrative orders, each', () => {
  const place = (clause: TextView) => placeOf(clause);
  const read = (name: keyof typeof READINGS, text: string) =>
    READINGS[name].find(view(text), place(view(text)))?.text;

  it('every open duty, remedy and compensation of a clause, declaring clauses aside', () => {
    const items = itemsOf(
      '一、确认被告不履行法定职责的行为违法；\n二、责令被告履行法定职责，采取相应的补救措施，并依法予以补偿安置。',
      '行政判决书',
    );
    expect(items.flatMap(agencyDuties).map((d) => d.scope.text)).toEqual([
      '履行法定职责',
      '采取相应的补救措施',
      '予以补偿',
    ]);
    expect(read('bare-duty', '履行其法定职责')).toBe('履行其法定职责');
    expect(read('duty-matter', '对原告的举报依法作出处理')).toBe('对原告的举报依法');
    expect(read('open-remedy', '采取必要的补救措施')).toBe('采取必要的补救措施');
    expect(read('remedy-spelled-out', '采取补救措施，即在原址搭建临时用房')).toBeDefined();
    expect(read('remedy-spelled-out', '采取补救措施。')).toBeUndefined();
    expect(read('agency-compensation', '给予安置补偿')).toBe('给予安置');
    expect(read('compensation-terms', '以产权调换方式')).toBe('产权调换');
  });

  it('the order of each clause that orders the agency, not statute text', () => {
    const items = itemsOf(
      '一、撤销被告作出的答复；责令被告于三十日内重新作出答复；\n二、被告为原告办理房屋登记；\n三、人民法院可以判决被告重新作出行政行为。',
      '行政判决书',
    );
    expect(items.flatMap(agencyOrders).map((o) => o.scope.text)).toEqual(['重新作出', '办理房屋登记']);
    expect(read('agency-act', '依法进行调查处理')).toBe('进行调查处理');
    expect(read('agency-task', '重新核定养老保险待遇')).toBe('重新核定');
    expect(read('agency-task', '履行法定职责')).toBeUndefined();
    expect(read('statutory-period', '在法定期限内重新作出')).toBe('法定期限内');
  });
});

describe('acts to perform', () => {
  it('what an order to continue a contract says beyond naming it', () => {
    const bare = continuedPerformance(
      onlyItem('一、原告与被告继续履行双方于2022年5月签订的《店面装修合同》。'),
    );
    expect([bare.namesContract, bare.content(), bare.timed()]).toEqual([true, false, false]);
    const full = continuedPerformance(
      onlyItem('一、被告继续履行《商品混凝土供货合同》，于2024年9月30日前向原告供应C30商品混凝土800立方米。'),
    );
    expect([full.content(), full.timed()]).toEqual([true, true]);
  });

  it('a concrete removal, and a restoration named only as its cost', () => {
    expect(concreteMeasure(onlyItem('一、被告于十日内拆除其在通道上搭建的围墙。'))).toBe(true);
    expect(concreteMeasure(onlyItem('一、被告于十日内排除妨碍。'))).toBe(false);
    const item = onlyItem('一、被告赔偿原告恢复原状费用5000元。');
    const at = item.match(/恢复原状/);
    expect(at && namedAsCost(item, at)).toBe(true);
  });

  it('the formal apology and the words that say how it is made, takedowns aside', () => {
    const item = onlyItem(
      '一、被告删除其在微信公众号上发布的文章，并在该公众号上向原告书面赔礼道歉；如逾期不履行，本院将在《焦作日报》上刊登判决书主要内容。',
    );
    expect(formalApology(item)?.text).toBe('赔礼道歉');
    const wording = apologyWording(item);
    expect(wording.text.replace(/，+/g, '，')).toBe('，并在该公众号上向原告书面赔礼道歉；');
    expect(wording.text).toHaveLength(wording.end - wording.start);
    expect(wording.match(/书面/)?.start).toBe(item.start + item.text.indexOf('书面'));
  });

  it("the court's findings without the statutes it cites", () => {
    const doc = documentOf(
      '民事判决书\n原告张明诉称，被告发文侮辱原告。\n经审理查明：被告发布文章一篇，阅读量3000余次。\n本院认为，依照《中华人民共和国民法典》第一千零二十四条，判决如下：\n一、被告为原告消除影响。',
    );
    const findings = courtFindings(doc);
    expect(findings.text.startsWith('经审理查明')).toBe(true);
    expect(findings.text).not.toContain('民法典');
    expect(findings.match(/3000余次/)?.start).toBe(doc.text.indexOf('3000余次'));
    expect(findings.text).toHaveLength(findings.end - findings.start);
  });

  it('each preservation the document records, with the neighbouring sentences that speak of it', () => {
    const taken = (history: string) => {
      const doc = documentOf(
        `民事判决书\n（2024）豫0811民初1234号\n原告：张明，男。\n被告：李强，男。\n原告张明与被告李强民间借贷纠纷一案。${history}\n本院认为，原告的诉讼请求缺乏依据。判决如下：\n一、驳回原告张明的诉讼请求。`,
      );
      return FRAMES['preservation-taken'].inDocument(doc).map((f) => {
        expect(f.scope.text).toBe(doc.text.slice(f.scope.start, f.scope.end));
        return [f.at.text, f.clause.text, f.scope.text];
      });
    };
    expect(taken('诉讼中，原告申请财产保全，本院依法采取了保全措施。')).toEqual([
      [
        '本院依法采取了保全措施',
        '诉讼中，原告申请财产保全，本院依法采取了保全措施。',
        '诉讼中，原告申请财产保全，本院依法采取了保全措施。',
      ],
    ]);
    // The request before and what was frozen after are read with it; an unrelated sentence is not.
    expect(
      taken(
        '原告于2024年3月2日申请财产保全。本院作出保全裁定。冻结被告名下银行存款50000元。双方均到庭。',
      )[0]?.[2],
    ).toBe('原告于2024年3月2日申请财产保全。本院作出保全裁定。冻结被告名下银行存款50000元。');
    expect(taken('原告交纳诉讼费。本院作出保全裁定。双方均到庭。')[0]?.[2]).toBe('本院作出保全裁定。');
    // A neighbouring sentence about the preservation's costs is not read with it; a sentence about them is none.
    expect(taken('本院作出保全裁定。原告支付保全费5000元。')[0]?.[2]).toBe('本院作出保全裁定。');
    expect(taken('原告申请财产保全，本院予以准许，原告提供了保函。')).toEqual([]);
    // 证据保全 seizes nothing the judgment is paid from.
    expect(taken('本院依原告申请进行证据保全。')).toEqual([]);
  });

  it('the result of a preservation: the property, a quantity or a sum', () => {
    const result = (text: string) =>
      READINGS['preservation-result'].find(view(text), placeOf(view(text)))?.text;
    expect(result('本院裁定冻结被告名下银行存款50000元')).toBe('名下');
    expect(result('本院查封了被告的房屋一套')).toBe('房屋');
    expect(result('本院扣押了被告的挖掘机2台')).toBe('2台');
    expect(result('本院裁定冻结被告50000 元')).toBe('0 元');
    expect(result('本院依法采取了保全措施')).toBeUndefined();
    expect(result('本院作出（2024）豫0811民初1234号之一民事裁定书')).toBeUndefined();
    // A line break ends a sentence: a number at the end of one line and a 元 on the next are no sum.
    expect(result('本院作出民事裁定1\n元')).toBeUndefined();
  });
});

describe('things handed over', () => {
  it('an allocation, and a sub-item number before it', () => {
    const clause = view('（二）婚后购置的家具、电器归原告所有');
    expect(allocationIn(clause)?.text).toBe('归原告所有');
    expect(subItemLabelLength(clause.text)).toBe(3);
    expect(subItemLabelLength('家具归原告所有')).toBe(0);
  });

  it('the delivery ordered, not the one that only times another duty', () => {
    const clause = view('原告于被告交付车辆之日起三日内返还被告押金');
    expect(orderedDelivery(clause)?.text).toBe('返还');
  });

  it('an ordered transfer of title, not its cost', () => {
    expect(orderedTransfer(view('被告协助原告办理上述房屋的过户登记手续'))?.text).toBe('过户');
    expect(orderedTransfer(view('过户费用由原告负担'))).toBeNull();
  });

  it('back-references that only qualify, land that points back, the word a thing is known by', () => {
    expect(withoutQualifyingReferences('上述房屋的产权证书')).toBe('产权证书');
    const item = onlyItem('一、被告于十日内将上述土地返还原告。');
    const land = item.match(/土地/);
    expect(land && landPointsBack(item, land)).toBe(true);
    expect([thingWord('车辆'), thingWord('房产'), thingWord('挖掘机')]).toEqual(['车', '房', '挖掘机']);
  });

  it('land handed over or divided, what describes it, and land pointed back to an earlier item', () => {
    const [described, returned, timing] = itemsOf(
      '一、确认位于某村四组“塘埂田”的承包地（面积1.8亩，东至水渠，南至村组公路，西至邓某承包地，北至河堤）归原告；\n' +
        '二、驳回原告要求被告返还土地的其他请求；被告于三十日内将上述土地返还原告；\n' +
        '三、原告于被告返还上述土地之日起十日内退还转让款36000元。',
    );
    if (!described || !returned || !timing) throw new Error('three items expected');
    const handover = landHandover(returned);
    expect(handover?.at.text).toBe('返还');
    expect(handover?.scope.text).toBe('被告于三十日内将上述土地返还原告；');
    expect(landHandover(timing)).toBeNull();
    expect([landDescribed(described), landDescribed(returned)]).toEqual([true, false]);
    const clause = handover?.clause ?? returned;
    expect(landDescribedEarlier(returned, clause, [described])).toBe(true);
    expect(landDescribedEarlier(returned, clause, [timing])).toBe(false);
    const place = placeOf(clause, () => [described, returned.sub(returned.start, clause.start)]);
    expect(READINGS['land-described-before'].find(returned, place)).toBe(returned);
    expect(
      READINGS['land-described-before'].find(
        returned,
        placeOf(clause, () => [returned]),
      ),
    ).toBeNull();

    const divided = onlyItem(
      '一、责任田由双方平均分割，原告分得东侧2亩（东至水渠，南至王某承包地，西至分界桩，北至生产路）；被告分得西侧2亩。',
    );
    const division = landHandover(divided);
    expect(division?.at.text).toBe('分割');
    expect(division?.scope.end).toBe(divided.end);
    expect(READINGS['land-location'].find(view('位于焦作市山阳区北孔庄村二组'), place)?.text).toBe('位于');
    expect(READINGS['land-boundaries'].find(view('四至见附图'), place)?.text).toBe('四至');
    expect(READINGS['land-boundaries'].find(view('面积2.3亩'), place)).toBeNull();
  });

  it('the object handed over, and whether the facts say it is lost', () => {
    const clause = onlyItem('一、被告于十日内将徐工XE60DA型挖掘机一台返还原告。').clauses[0];
    const order = clause && handedOverObject(clause);
    expect(order?.verb.text).toBe('返还');
    expect(order && lostInFacts('被告已将挖掘机出售给案外人郭某。', order.object)).toBe(true);
    expect(order && lostInFacts('挖掘机停放在被告的工地。', order.object)).toBe(false);
  });

  it('a thing returned and the refund that answers it, with the words leading into each', () => {
    const items = itemsOf(
      '一、被告于十日内将挖掘机一台返还原告；\n二、原告于收到上述挖掘机之日起三日内退还被告押金30000元。',
    );
    const [thing] = items.flatMap(thingReturns);
    const [refund] = items.flatMap(refunds);
    expect([thing?.from, thing?.to, refund?.from, refund?.to]).toEqual(['被告', '原告', '原告', '被告']);
    expect(refund && leadUp(refund)).toContain('收到上述挖掘机之日起');
  });
});

describe('mediation agreements', () => {
  it('dated sums, deposits returned or kept, and where a date is first mentioned', () => {
    const [first, second] = itemsOf(
      '一、原告于五日内将被告所交押金20,000元退还被告，余款138000元于2024年8月31日前付清；\n二、被告所交押金20,000元在第二项租金中予以冲抵，原告不再另行退还。',
    );
    if (!first || !second) throw new Error('two items expected');
    expect(datedSums(first).map((d) => [d.money.text, d.date, d.named])).toEqual([
      ['138000元', '2024年8月31日', true],
    ]);
    expect(depositFates(first).map((d) => d.kept)).toEqual([false, false]);
    expect(depositFates(second).map((d) => d.kept)).toEqual([true]);
    expect(firstMention(first, '2024年8月31日')?.start).toBe(first.start + first.text.indexOf('2024'));
  });

  it('who takes something on without being a party, and the names the parties go by', () => {
    const doc = documentOf(
      '民事调解书\n（2024）豫0811民初1号\n原告：焦作市鑫源商贸有限公司（以下简称鑫源公司）。\n被告：李强，男。\n经本院主持调解，双方当事人自愿达成如下协议：\n一、上述款项由焦作市宏业建筑劳务有限公司于2024年9月30日前支付给原告。',
    );
    expect(partyNames(doc)).toEqual(['焦作市鑫源商贸有限公司', '李强', '鑫源公司']);
    const item = doc.operative?.items[0];
    const clause = item && new ItemView(item, doc.parties).clauses[0];
    expect(clause && takersOn(clause).map((s) => s.text)).toEqual(['焦作市宏业建筑劳务有限公司']);
  });
});

describe('named readings and frames that declarations use', () => {
  /** Every frame of an item as the engine calls it: with the item and its document. */
  const frames: Record<ItemFrameName, FrameKind> = FRAMES;
  /** What a reading finds in a text on its own (its place: the text itself, nothing before it). */
  const found = (name: ReadingName, text: TextView | string): string | null => {
    const view_ = typeof text === 'string' ? view(text) : text;
    return READINGS[name].find(view_, placeOf(view_))?.text ?? null;
  };

  it('the apology: where it is ordered, and the media, platform and time its wording names', () => {
    const [frame] = frames.apology.of(
      onlyItem(
        '一、被告删除其抖音账号上的视频，并在其微信公众号“焦作生活圈”首页置顶发布致歉声明，向原告赔礼道歉，置顶时间不少于连续十日；逾期不履行的，本院将在《焦作日报》刊登判决主要内容。',
      ),
      documentOf(''),
    );
    expect(frame?.at.text).toBe('赔礼道歉');
    const wording = frame?.scope ?? view('');
    expect(found('new-media', wording)).toBe('公众号');
    expect(found('platform-named', wording)).toBe('其微信');
    expect(found('platform-named', '在公众号“焦作生活圈”上')).toBe('“焦作生活圈”');
    expect(found('publication-duration', wording)).toBe('不少于连续十日');
    // The court's fallback names a newspaper, the takedown a platform: neither is the apology's medium.
    expect(found('newspaper-named', wording)).toBeNull();
    expect(wording.text).not.toContain('抖音');
    expect(found('apology-manner', '向原告书面赔礼道歉')).toBe('书面');
    expect(found('newspaper', '在报纸上刊登道歉声明')).toBe('报纸');
    expect(found('newspaper-named', '在省级法制类报纸上刊登')).toBe('省级法制类报纸');
    expect(found('media-unspecified', '在国家级媒体上公开赔礼道歉')).toBe('媒体');
    expect(found('non-penal-measure', '免予刑事处罚，责令其向被害人赔礼道歉')).toBe('免予刑事处罚');
    expect(frames.apology.of(onlyItem('一、驳回原告要求被告赔礼道歉的诉讼请求。'), documentOf(''))).toEqual(
      [],
    );
  });

  it('an obstruction removed, a removal or a repair ordered without those words, not its cost', () => {
    const at = (text: string) => frames.obstruction.of(onlyItem(text), documentOf('')).map((f) => f.at.text);
    expect(at('一、被告拆除围墙，排除对原告通行的妨碍。')).toEqual(['排除对原告通行的妨碍']);
    expect(at('一、被告拆除其在原告东墙外搭建的彩钢棚。')).toEqual(['拆除']);
    expect(at('二、被告于二十日内修复其施工损坏的原告厨房北墙。')).toEqual(['修复其']);
    expect(at('一、被告赔偿原告恢复原状费用5000元。')).toEqual([]);
    expect(at('一、被告于六个月内清除污染，对受损林地进行修复。')).toEqual([]);
    expect(found('repair', '修复其')).toBe('修复其');
    expect(found('repair', '拆除')).toBeNull();
    expect(found('concrete-measure', '清运拆除后的废料')).toBe('清运拆除后的废料');
    expect(found('concrete-measure', '排除妨碍')).toBeNull();
    expect(found('repair-standard', '修复至墙面平整、无裂缝')).toBe('修复至');
    expect(found('repair-standard', '修复原告厨房北墙')).toBeNull();
  });

  it('reputation: what the item orders, and what the findings state of the acts and their reach', () => {
    expect(found('reputation', '被告为原告消除影响、恢复名誉')).toBe('消除影响');
    expect(found('reputation-manner', '在《焦作日报》上刊登声明')).toBe('在《');
    expect(found('reputation-manner', '被告为原告消除影响')).toBeNull();
    expect(found('removing-effects', '被告停止侵害，消除影响')).not.toBeNull();
    expect(found('removing-effects', '被告停止侵害。')).toBeNull();
    expect(found('infringing-acts', '被告发布的文章内容失实')).toBe('发布');
    expect(found('infringement-reach', '被告发布的文章阅读量达1.8万次')).not.toBeNull();
    expect(found('infringement-reach', '被告发布的文章造成了不良影响')).toBeNull();
  });

  it('a thing to hand over that the facts say is lost, and the substitute an item states', () => {
    const doc = documentOf(
      '民事判决书\n（2024）豫0811民初1234号\n原告：张明，男。\n被告：李强，男。\n经审理查明：被告已将挖掘机出售给案外人郭某。\n判决如下：\n一、被告于十日内支付原告租金5000元，将徐工XE60DA型挖掘机一台返还原告。',
    );
    const [item] = (doc.operative?.items ?? []).map((i) => new ItemView(i, doc.parties));
    if (!item) throw new Error('one item expected');
    const [frame] = frames['lost-handover'].of(item, doc);
    expect(frame?.at.text).toBe('返还');
    expect(frame?.scope.text).toContain('挖掘机一台');
    expect(
      frames['lost-handover'].of(item, documentOf(doc.text.replace('已将挖掘机出售', '已支付'))),
    ).toEqual([]);
    const substitute = onlyItem('一、被告将挖掘机一台返还原告；不能返还的，按评估价值218000元折价赔偿。');
    expect(found('substitute-stated', substitute)).not.toBeNull();
    expect(found('substitute-stated', '不能返还的，折价赔偿')).toBeNull();
  });
});

/** What a named reading finds in `text`, standing in `clause` of `item` among the items of the operative part. */
function readAt(
  name: ReadingName,
  items: ItemView[],
  item: ItemView,
  clause: TextView = item,
  text: TextView = clause,
): string | null {
  const orders = items.filter((i) => i.kind === 'order');
  const place: Place = { item, orders, clause, before: () => textBefore(item, clause, orders) };
  return READINGS[name].find(text, place)?.text ?? null;
}

describe('interest awards', () => {
  /** What a reading finds in the scope of the item's first interest award. */
  function inAward(name: ReadingName, items: string, index = 0): string | null {
    const all = itemsOf(items);
    const item = all[index];
    const award = item && interestAwards(item)[0];
    if (!item || !award) throw new Error(`no interest award in ${items}`);
    return readAt(name, all, item, award.clause, award.scope);
  }

  it('a base stated in words, and a rate in yuan per day that needs none', () => {
    expect(
      inAward('interest-base', '一、被告支付原告违约金（以欠付货款386450元为基数，按日万分之五计算）。'),
    ).toBe('以欠付货款386450元为基数');
    expect(
      inAward('interest-base', '一、被告支付原告违约金（自2023年5月1日起按日万分之五计算）。'),
    ).toBeNull();
    expect(inAward('sum-per-period', '一、被告自2024年1月1日起按每日50元向原告支付占用费违约金。')).toContain(
      '50元',
    );
    expect(inAward('sum-per-period', '一、被告支付原告违约金（按日万分之五计算）。')).toBeNull();
  });

  it('a principal before the award, unless only the contract gives the rate', () => {
    const principal = inAward(
      'principal-before',
      '一、被告于十日内偿还原告借款本金80000元及利息（自2023年1月1日起按年利率6%计算）。',
    );
    expect(principal).not.toBeNull();
    expect(
      inAward('principal-before', '一、被告支付原告逾期利息（自2022年1月1日起按年利率6%计算）。'),
    ).toBeNull();
    const perContract = '一、被告偿还原告借款本金80000元及利息（自2023年1月1日起按借款合同约定计算）。';
    expect(inAward('principal-before', perContract)).toBeNull();
    // With the agreed rate written out, the principal before it is the base again.
    expect(inAward('principal-before', perContract.replace('约定计算', '约定的年利率6%计算'))).not.toBeNull();
  });

  it('a penalty that starts on a default of a time limit set before it', () => {
    const penalty = '二、被告迟延还款的，以未还金额为基数，按年利率3.45%支付违约金至还清之日止。';
    expect(
      inAward('starts-on-default', `一、被告于2023年12月31日前偿还原告借款80000元；\n${penalty}`, 1),
    ).not.toBeNull();
    // No time limit anywhere to be late on.
    expect(inAward('starts-on-default', `一、被告偿还原告借款80000元；\n${penalty}`, 1)).toBeNull();
    // A time limit, but the penalty is not a consequence of missing it.
    expect(
      inAward(
        'starts-on-default',
        '一、被告于2023年12月31日前偿还原告借款80000元及利息（按年利率3.45%计算）。',
      ),
    ).toBeNull();
  });
});

/** Each frame of the operative part, as the words it points at, and what named readings find in its scope. */
function framed(name: ItemFrameName, items: string, readings: ReadingName[]): [string, (string | null)[]][] {
  const all = itemsOf(items);
  return all.flatMap((item) =>
    FRAMES[name]
      .of(item, documentOf(items))
      .map(({ at, clause, scope }): [string, (string | null)[]] => [
        at.text,
        readings.map((reading) => readAt(reading, all, item, clause, scope)),
      ]),
  );
}

describe('contracts held void, rescinded or revoked', () => {
  const readings: ReadingName[] = ['consequences-stated', 'consequences-elsewhere'];

  it('the ruling item, and the consequences it states itself', () => {
    const rescinded =
      '一、解除原告与被告签订的《独家代理合同》，被告于本判决生效后十日内向原告返还加盟费60000元。';
    expect(framed('contract-ruling', rescinded, readings)).toEqual([[rescinded, [rescinded, null]]]);
    // Dismissing the claim to hold it void rules on nothing; a severance payment is no ruling on a contract.
    expect(
      framed(
        'contract-ruling',
        '一、驳回原告要求确认其与被告签订的《房屋买卖合同》无效的诉讼请求。\n二、被告于本判决生效之日起十日内支付原告违法解除劳动合同的赔偿金22000元。',
        readings,
      ),
    ).toEqual([]);
  });

  it('the consequences ruled on in another item, not by dismissing "the other claims"', () => {
    const ruling = '一、解除原告与被告于2021年4月2日签订的《健身服务合同》；';
    expect(
      framed('contract-ruling', `${ruling}\n二、驳回原告要求被告退还剩余课时费的诉讼请求。`, readings),
    ).toEqual([[ruling, [null, '二、驳回原告要求被告退还剩余课时费的诉讼请求。']]]);
    expect(framed('contract-ruling', `${ruling}\n二、驳回原告的其他诉讼请求。`, readings)).toEqual([
      [ruling, [null, null]],
    ]);
    // Another item holding a contract void is no ruling on the consequences of this one.
    const other = '二、撤销原告与被告于2017年10月30日签订的《还款协议》。';
    expect(framed('contract-ruling', `${ruling}\n${other}`, readings)).toEqual([
      [ruling, [null, null]],
      [other, [null, null]],
    ]);
  });
});

describe('distribution plans', () => {
  const readings: ReadingName[] = ['plan-adjusted', 'plan-adjusted-elsewhere'];

  it('a plan annulled and sent back, and a plan the court adjusts itself', () => {
    const annulled =
      '一、撤销本院（2023）豫0811执4471号执行案件于2024年6月12日作出的《执行财产分配方案》，由本院执行部门重新制作分配方案；';
    const words = '撤销本院（2023）豫0811执4471号执行案件于2024年6月12日作出的《执行财产分配方案';
    expect(framed('plan-annulled', `${annulled}\n二、驳回原告的其他诉讼请求。`, readings)).toEqual([
      [words, [null, null]],
    ]);
    const adjusted = '二、原告焦作市泉城建材有限公司按普通债权受偿612500元。';
    expect(framed('plan-annulled', `${annulled}\n${adjusted}`, readings)).toEqual([
      [words, [null, adjusted]],
    ]);
    expect(framed('plan-annulled', '一、驳回原告对《执行财产分配方案》提出的异议。', readings)).toEqual([]);
  });
});

describe('objections to enforcement', () => {
  const readings: ReadingName[] = ['object-identified', 'object-named-before', 'enforcement-ruled', 'share'];

  it('a ruling on enforcement that names the thing, or points back to one named before', () => {
    expect(
      framed(
        'enforcement-ruling',
        '一、确认登记在第三人名下的贵A5K820号白色大众牌小型轿车归原告所有；\n二、不得执行该车辆。',
        readings,
      ),
    ).toEqual([['不得执行', [null, '二、不得执行该车辆。', '二、不得执行该车辆。', null]]]);
    // A case number names the case, not the car; a dismissed claim rules on nothing.
    expect(
      framed(
        'enforcement-ruling',
        '一、驳回原告停止执行的诉讼请求。\n二、停止对本院（2023）桂0103执1234号案涉车辆的执行。',
        ['object-identified'],
      ),
    ).toEqual([['停止对本院（2023）桂0103执1234号案涉车辆的执行', [null]]]);
  });

  it('the things inside an earlier object are not named by pointing at it', () => {
    const [, inside] = framed(
      'enforcement-ruling',
      '一、不得执行位于重庆市渝北区金龙路188号3幢12-3号的房屋；\n二、停止对上述房屋内家具、家电等物品的执行。',
      ['object-identified', 'object-named-before'],
    );
    expect(inside).toEqual(['停止对上述房屋内家具、家电等物品的执行', [null, null]]);
  });

  it('a notarised instrument refused in part, and co-ownership held with or without the shares', () => {
    expect(
      framed(
        'notarised-refusal',
        '一、本院（2022）豫焦证经字第318号公证债权文书中已经清偿的部分不予执行。',
        [],
      ),
    ).toEqual([['不予执行', []]]);
    const held = '一、确认案涉房屋为原告与第三人共同共有；';
    expect(framed('co-ownership-held', `${held}\n二、驳回原告的其他诉讼请求。`, readings)).toEqual([
      [held, [null, null, null, null]],
    ]);
    const shared = '一、确认案涉房屋为原告与第三人共同共有，各占二分之一；';
    expect(
      framed('co-ownership-held', `${shared}\n二、不得执行该房屋中原告的份额。`, [
        'enforcement-ruled',
        'share',
      ]),
    ).toEqual([[shared, ['二、不得执行该房屋中原告的份额。', '二分之一']]]);
  });
});

describe('confiscation in a criminal judgment', () => {
  const disposal: ReadingName[] = [
    'disposal-counted',
    'disposal-uncounted',
    'disposal-recovers',
    'disposal-open-list',
  ];

  it('a penalty of confiscating property, and whether its sum follows it', () => {
    const sentence = '一、被告人王五犯集资诈骗罪，判处有期徒刑十年，并处没收个人财产';
    expect(framed('confiscation-penalty', `${sentence}。`, ['confiscation-penalty-sum'])).toEqual([
      ['并处没收个人财产', [null]],
    ]);
    expect(framed('confiscation-penalty', `${sentence}人民币五万元。`, ['confiscation-penalty-sum'])).toEqual(
      [['并处没收个人财产', ['并处没收个人财产人民币五万元']]],
    );
    // The whole estate needs no sum; an upheld item imposes nothing.
    expect(framed('confiscation-penalty', '一、被告人王五判处无期徒刑，并处没收个人全部财产。', [])).toEqual(
      [],
    );
    expect(
      framed('confiscation-penalty', '一、维持原判第一项，即“被告人王五犯诈骗罪，并处没收个人财产”。', []),
    ).toEqual([]);
  });

  it('each disposal, pointing at the first thing it leaves uncounted', () => {
    expect(
      framed(
        'confiscation',
        '二、查获的毒品依法予以销毁，向被告人王五追缴贩毒所得人民币800元，上缴国库。',
        disposal,
      ),
    ).toEqual([
      ['毒品', [null, '毒品', null, null]],
      // The recovery between them is a part of its own; the sum it pays over is counted there.
      ['上缴国库', ['上缴国库。', null, null, null]],
    ]);
    // A disposal that also recovers (no comma between them) is the recovery rule's.
    expect(
      framed('confiscation', '二、继续追缴被告人王五的违法所得予以没收。', ['disposal-recovers']),
    ).toEqual([['违法所得', ['继续追缴']]]);
    const counted = '二、扣押在案的毒品海洛因19.33克、金色苹果牌5S手机一部，由扣押机关予以没收。';
    expect(framed('confiscation', counted, ['disposal-counted', 'disposal-uncounted'])).toEqual([
      ['没收', [counted, null]],
    ]);
    // A lot counts no piece; a count that counts nothing, whatever the thing; an open list that another rule reports.
    expect(framed('confiscation', '二、暂扣的卷烟一批予以没收。', ['disposal-uncounted'])).toEqual([
      ['卷烟', ['卷烟']],
    ]);
    expect(
      framed('confiscation', '二、扣押的仿冒运动鞋数箱，依法予以销毁。', ['disposal-uncounted']),
    ).toEqual([['数箱', ['数箱']]]);
    expect(
      framed('confiscation', '二、扣押在案的手机、电脑等作案工具予以没收。', ['disposal-open-list']),
    ).toEqual([['手机', ['二、扣押在案的手机、电脑等']]]);
    // Confiscated before the judgment: no disposal ordered.
    expect(framed('confiscation', '二、被没收的手机已由公安机关处理。', disposal)).toEqual([]);
  });

  it('the rows of the table a disposal announces', () => {
    const rows = (quantity: string) =>
      `二、扣押在案的下列作案工具予以没收：\n\n| 序号 | 物品名称 | 数量 |\n|---|---|---|\n| 1 | 手机 | ${quantity} |`;
    expect(framed('confiscation', rows('1部'), ['disposal-uncounted'])).toEqual([['没收', [null]]]);
    expect(framed('confiscation', rows('若干'), ['disposal-uncounted'])).toEqual([['手机', ['手机']]]);
  });
});

describe('money ordered to be paid, and what states its sum', () => {
  const readings: ReadingName[] = [
    'sum-named-before',
    'sums-in-table',
    'payment-rate',
    'amount-reference',
    'amount-named-earlier',
    'amount-proportion',
    'remainder-on-default',
    'mediation-vague-default',
    'pays-interest-only',
    'open-range-before',
    'amount-deferred',
  ];

  /**
   * Each frame of a judgment's (or, as `mediation`, an agreement's) operative part: the words it points at, and the
   * readings that find something in its scope, by name.
   */
  function payments(
    frame: 'money-payment' | 'amount-deferred',
    items: string,
    mediation = false,
  ): [string, Partial<Record<ReadingName, string>>][] {
    const doc = documentOf(
      `${mediation ? '民事调解书' : '民事判决书'}\n（2024）豫0811民初1234号\n原告：张明，男。\n被告：李强，男。\n原告张明与被告李强合同纠纷一案，本院受理后。\n${mediation ? '经本院主持调解，双方当事人自愿达成如下协议：' : '判决如下：'}\n${items}`,
    );
    const all = (doc.operative?.items ?? []).map((item) => new ItemView(item, doc.parties));
    const orders = all.filter((item) => item.kind === 'order');
    const kinds: Record<ItemFrameName, FrameKind> = FRAMES;
    return all.flatMap((item) =>
      kinds[frame]
        .of(item, doc)
        .map(({ at, clause, scope }): [string, Partial<Record<ReadingName, string>>] => {
          const place: Place = {
            item,
            orders,
            clause,
            before: () => textBefore(item, at, orders),
            document: doc,
          };
          const found = readings.flatMap((name) => {
            const span = READINGS[name].find(scope, place);
            return span ? [[name, span.text] as const] : [];
          });
          return [at.text, Object.fromEntries(found)];
        }),
    );
  }

  it('a payment without its sum, and one whose sum is written before the verb', () => {
    expect(payments('money-payment', '一、被告于本判决生效之日起十日内支付原告货款及该货款的利息。')).toEqual(
      [['支付', {}]],
    );
    const owed = '一、被告李强尚欠原告张明劳务报酬38600元，于2024年9月30日前付清。';
    expect(payments('money-payment', owed, true)).toEqual([['付清', { 'sum-named-before': owed }]]);
  });

  it('a sum named with its figure in an earlier item, not one named there without it', () => {
    const second = '二、原告于2023年6月20日前向被告支付剩余购车款45000元；';
    expect(payments('money-payment', `${second}\n三、原告应于2023年6月20日前先行付清剩余购车款。`)).toEqual([
      ['支付', {}],
      ['付清', { 'amount-named-earlier': '三、原告应于2023年6月20日前先行付清剩余购车款。' }],
    ]);
    // The freight is named for the first time: nothing earlier states its sum.
    expect(
      payments(
        'money-payment',
        '一、被告于2024年9月30日前支付原告货款86000元；\n二、被告于2024年10月31日前支付原告运输费。',
      ),
    ).toEqual([
      ['支付', {}],
      ['支付', {}],
    ]);
  });

  it('sums in a table, at a rate, by reference or as a share', () => {
    const table = '一、被告李强于本判决生效之日起十日内向原告支付下列款项：';
    expect(
      payments('money-payment', `${table}\n\n| 序号 | 款项 | 金额 |\n|---|---|---|\n| 1 | 货款 | 50000元 |`),
    ).toEqual([['支付', { 'sums-in-table': table }]]);
    const monthly =
      '三、被告支付原告自2019年3月1日起至挖掘机实际返还之日止的设备占有使用费（按每月18000元计算），于每月10日前支付。';
    // A fee for using a thing accrues like interest: the interest rules read its rate and period.
    expect(payments('money-payment', monthly)).toEqual([
      ['支付', { 'payment-rate': monthly, 'pays-interest-only': monthly }],
    ]);
    // A multiple of a wage the item does not state is no rate.
    expect(
      payments(
        'money-payment',
        '一、被告于本判决生效之日起十日内按照原告离职前十二个月平均工资的二倍标准向原告支付违法解除劳动合同赔偿金。',
      ),
    ).toEqual([['支付', {}]]);
    expect(payments('money-payment', '二、被告于本判决生效之日起十日内返还原告上述款项。')).toEqual([
      ['返还', { 'amount-reference': '上述' }],
    ]);
    expect(payments('money-payment', '二、被告于本判决生效之日起十日内向原告支付维修费用的一半。')).toEqual([
      ['支付', { 'amount-proportion': '一半' }],
    ]);
  });

  it('the rest of a schedule on default, and a default clause that names no sum in an agreement only', () => {
    const rest = '二、被告有一期未按期足额支付的，应于2025年7月31日前一次性付清剩余全部货款。';
    expect(payments('money-payment', rest, true)).toEqual([['付清', { 'remainder-on-default': rest }]]);
    const vague = '三、若任何一方违反本协议约定，应承担相应的违约责任并赔偿损失。';
    expect(payments('money-payment', vague, true)).toEqual([['赔偿', { 'mediation-vague-default': vague }]]);
    expect(payments('money-payment', vague)).toEqual([['赔偿', {}]]);
  });

  it('a computed penalty, a range of liability before the verb, and a sum left to a later reckoning', () => {
    const penalty = '二、被告于本判决生效之日起十日内支付原告违约金（按合同约定的标准计算）。';
    expect(payments('money-payment', penalty)).toEqual([['支付', { 'pays-interest-only': penalty }]]);
    const range = '一、被告保险公司在商业三者险限额范围内赔偿原告车辆损失。';
    expect(payments('money-payment', range)).toEqual([['赔偿', { 'open-range-before': range }]]);
    expect(
      payments(
        'amount-deferred',
        '三、被告韩雪欠付的租金，具体数额由双方另行结算后由被告韩雪支付给原告马俊；',
        true,
      ),
    ).toEqual([['另行结算', { 'amount-deferred': '另行结算' }]]);
    // Other accounts settled elsewhere: nothing is ordered about them.
    expect(payments('amount-deferred', '二、双方之间的其他往来款项另行结算。', true)).toEqual([]);
  });
});

describe('criminal property orders', () => {
  it('each recovery an order item makes, upheld first-instance items included, not what was recovered already', () => {
    const [upheld, own] = itemsOf(
      '一、维持某县人民法院（2023）豫0811刑初45号刑事判决第三项，即三、对被告人王五的犯罪所得继续追缴。\n二、被追缴的毒品海洛因5.2克予以没收；追缴被告人王五违法所得人民币六千二百元。',
      '刑事判决书',
    );
    if (!upheld || !own) throw new Error('two items expected');
    expect(FRAMES['criminal-recovery'].of(upheld).map((f) => [f.at.text, f.scope.text])).toEqual([
      ['继续追缴', '三、对被告人王五的犯罪所得继续追缴。'],
    ]);
    expect(FRAMES['criminal-recovery'].of(own).map((f) => [f.at.text, f.clause.text])).toEqual([
      ['追缴', '追缴被告人王五违法所得人民币六千二百元。'],
    ]);
  });

  it('objects counted, summed or numbered, and the gains or loot named by kind alone', () => {
    const quantified = (text: string) => READINGS['objects-quantified'].find(view(text), placeOf(view(text)));
    expect(quantified('追缴被告人王五违法所得人民币600元')).not.toBeNull();
    expect(quantified('扣押在案的手机一部、豫A8K3M6号轿车予以没收')).not.toBeNull();
    expect(quantified('继续追缴赃款、赃物，退还给被害人')).toBeNull();
    expect(quantified('对被告人王五违法所得依法予以追缴')).toBeNull();
  });

  it('the shortfall of a sum stated earlier in the item, not a shortfall of nothing stated', () => {
    const [item] = itemsOf(
      '二、越野车一辆依法变卖，所得价款退赔被害人李某人民币八万五千元；不足部分继续向被告人王五追缴。',
      '刑事判决书',
    );
    const [, shortfall] = item?.clauses ?? [];
    if (!item || !shortfall) throw new Error('two clauses expected');
    expect(READINGS.shortfall.find(item, placeOf(shortfall))).not.toBeNull();
    const [bare] = itemsOf('二、不足部分继续向被告人王五追缴。', '刑事判决书');
    const [clause] = bare?.clauses ?? [];
    if (!bare || !clause) throw new Error('one clause expected');
    expect(READINGS.shortfall.find(bare, placeOf(clause))).toBeNull();
  });

  it('property the facts say was seized, when no order deals with seized property, with its sentence', () => {
    const judgment = (facts: string, items: string) => {
      const doc = documentOf(
        `刑事判决书\n（2024）豫0811刑初301号\n公诉机关焦作市山阳区人民检察院。\n被告人王五，男，1990年3月2日出生。\n经审理查明，${facts}\n本院认为，被告人王五犯盗窃罪。判决如下：\n${items}`,
      );
      const items_ = (doc.operative?.items ?? []).map((item) => new ItemView(item, doc.parties));
      return FRAMES['seized-in-facts'].inDocument(doc, items_).map((f) => [f.at.text, f.scope.text]);
    };
    const facts =
      '被告人王五窃取现金1800元。公安机关从王五身上扣押现金人民币1800元、折叠刀一把。上述事实，有扣押清单等证据证实。';
    const sentence = '公安机关从王五身上扣押现金人民币1800元、折叠刀一把';
    expect(judgment(facts, '一、被告人王五犯盗窃罪，判处有期徒刑八个月。')).toEqual([
      ['扣押现金人民币', sentence],
    ]);
    expect(
      judgment(facts, '一、被告人王五犯盗窃罪，判处有期徒刑八个月。\n二、扣押在案的折叠刀一把予以没收。'),
    ).toEqual([]);
    expect(judgment(facts, '一、维持某县人民法院（2023）豫0811刑初45号刑事判决。')).toEqual([]);
  });

  it('property dealt with before the judgment, as the facts say', () => {
    const disposed = (text: string) =>
      READINGS['disposed-before'].find(view(text), placeOf(view(text)))?.text;
    expect(disposed('公安机关扣押现金人民币1800元，已发还被害人钱某')).toBe('已发还');
    expect(disposed('扣押的毒品已依法销毁')).toBe('已依法销毁');
    expect(disposed('公安机关从赵某身上扣押现金人民币1800元、折叠刀一把')).toBeUndefined();
  });
});

describe('mediation agreements: conditions, and people bound who are not parties', () => {
  const parties = '原告：张明，男。\n被告：李强，男。';
  /**
   * The frames of a mediation agreement's items (or of a judgment's, `form` 判决书): where each points, its scope, and
   * what the readings find in the scope, read in the document.
   */
  function mediated(
    name: 'mediation-condition' | 'mediation-taker',
    items: string,
    readings: ReadingName[],
    { head = parties, tail = '', form = '调解书' } = {},
  ): [string, string, (string | null)[]][] {
    const opening = form === '调解书' ? '经本院主持调解，双方当事人自愿达成如下协议：' : '判决如下：';
    const doc = documentOf(`民事${form}\n（2024）豫0811民初1号\n${head}\n${opening}\n${items}\n${tail}`);
    const all = (doc.operative?.items ?? []).map((item) => new ItemView(item, doc.parties));
    const orders = all.filter((i) => i.kind === 'order');
    return all.flatMap((item) =>
      FRAMES[name].of(item, doc).map(({ at, clause, scope }): [string, string, (string | null)[]] => {
        const place: Place = {
          item,
          orders,
          clause,
          before: () => textBefore(item, at, orders),
          document: doc,
        };
        return [
          at.text,
          scope.text,
          readings.map((reading) => READINGS[reading].find(scope, place)?.text ?? null),
        ];
      }),
    );
  }

  it('the conditions a duty hangs on, and which of them can be verified', () => {
    const readings: ReadingName[] = ['verifiable-condition'];
    const onDefault = '二、如被告李强未按期足额支付上述款项，原告张明有权就全部未付款项申请强制执行。';
    expect(mediated('mediation-condition', onDefault, readings)).toEqual([
      [
        '如被告李强未按期足额支付上述款项，',
        '如被告李强未按期足额支付上述款项，',
        ['如被告李强未按期足额支付上述款项，'],
      ],
    ]);
    // A future event, and a second condition joined to it.
    const joined =
      '二、若被告李强收回第三方所欠货款，且届时原材料价格涨幅未超过10%的，原告张明同意减免货款5000元。';
    expect(mediated('mediation-condition', joined, readings)).toEqual([
      ['若被告李强收回第三方所欠货款，', '若被告李强收回第三方所欠货款，', [null]],
    ]);
    // The handover awaited is a performance; a performance joined to another condition is several conditions.
    const handover = '二、待被告将挖掘机交还原告后三日内，原告退还被告押金20000元。';
    expect(mediated('mediation-condition', handover, readings)).toEqual([
      ['待被告将挖掘机交还原告后', '待被告将挖掘机交还原告后', ['待被告将挖掘机交还原告后']],
    ]);
    const both = '三、如被告李强按期付清上述款项，并且原告张明收到全部货款的，原告张明自愿放弃其余诉讼请求。';
    expect(mediated('mediation-condition', both, readings)).toEqual([
      ['如被告李强按期付清上述款项，', '如被告李强按期付清上述款项，', [null]],
    ]);
    // Words that leave the duty to the obligor's fortunes: inside a condition they are where a finding points.
    const fortunes = '二、剩余借款100000元，待被告李强经营状况好转后再行支付。';
    expect(mediated('mediation-condition', fortunes, readings)).toEqual([
      ['经营状况好转', '待被告李强经营状况好转后', [null]],
      ['经营状况好转', '经营状况好转', [null]],
    ]);
    expect(
      mediated('mediation-condition', '三、被告视其经营状况酌情向原告支付剩余货款20000元。', readings),
    ).toEqual([['视其经营状况', '视其经营状况', [null]]]);
    // A judgment is no agreement.
    expect(mediated('mediation-condition', fortunes, readings, { form: '判决书' })).toEqual([]);
  });

  it('who takes something on in their own name, and whether they are a party', () => {
    const readings: ReadingName[] = ['agreement-party'];
    const wife = '二、被告李强之妻王春燕自愿对上述第一项款项承担连带保证责任。';
    expect(mediated('mediation-taker', wife, readings)).toEqual([['王春燕', '王春燕', [null]]]);
    // Listed among the parties, named as a guarantor, or signing the agreement, she is bound by it.
    const listed = `${parties}\n第三人：王春燕，女。`;
    expect(mediated('mediation-taker', wife, readings, { head: listed })).toEqual([
      ['王春燕', '王春燕', ['王春燕']],
    ]);
    const guarantor = '二、担保人王春燕自愿对上述第一项款项承担连带保证责任。';
    expect(mediated('mediation-taker', guarantor, readings)).toEqual([['王春燕', '王春燕', ['王春燕']]]);
    const signed = '王春燕已在调解协议上签名确认。';
    expect(mediated('mediation-taker', wife, readings, { tail: signed })).toEqual([
      ['王春燕', '王春燕', ['王春燕']],
    ]);
    // A company that pays from what it owes the defendant; the parties' short names are parties.
    const company = '二、上述款项由焦作市宏业建筑劳务有限公司于2024年9月30日前直接支付给原告张明。';
    expect(mediated('mediation-taker', company, readings)).toEqual([
      ['焦作市宏业建筑劳务有限公司', '焦作市宏业建筑劳务有限公司', [null]],
    ]);
    const shortName = `${parties}\n原告张明与被告李强及焦作市宏业建筑劳务有限公司（以下简称宏业公司）买卖合同纠纷一案。`;
    const byShortName = company.replace('焦作市宏业建筑劳务有限公司', '宏业公司');
    expect(mediated('mediation-taker', byShortName, readings, { head: shortName })).toEqual([
      ['宏业公司', '宏业公司', ['宏业公司']],
    ]);
    expect(mediated('mediation-taker', company, readings, { form: '判决书' })).toEqual([]);
  });
});

describe('mutual duties', () => {
  const readings: ReadingName[] = [
    'order-of-performance',
    'order-in-later-item',
    'own-due-days',
    'set-off-on-return',
  ];

  /** Each exchange of the operative part: the refund it points at, the thing answering it, and the readings held. */
  function exchanges(items: string): [string, string, boolean[]][] {
    const all = itemsOf(items);
    const orders = all.filter((i) => i.kind === 'order');
    return all.flatMap((item) =>
      FRAMES.exchange
        .of(item, documentOf(items), orders)
        .map(({ at, clause, scope, counterpart }): [string, string, boolean[]] => {
          const place: Place = { item, orders, clause, before: () => [], counterpart };
          return [
            at.text,
            counterpart.clause.text,
            readings.map((name) => READINGS[name].find(scope, place) !== null),
          ];
        }),
    );
  }

  const returned = '二、被告于本判决生效之日起十日内将挖掘机一台返还原告；';
  const refunded = '三、原告于本判决生效之日起十日内退还被告押金30000元。';

  it('a refund answered by a thing handed back the other way, with no order between them', () => {
    expect(exchanges(`${returned}\n${refunded}`)).toEqual([
      [refunded, returned, [false, false, false, false]],
    ]);
    // A thing handed back to the one who refunds answers nothing; a dismissed item orders no duty.
    expect(exchanges(`二、原告将挖掘机一台返还被告；\n${refunded}`)).toEqual([]);
    expect(exchanges(`二、驳回原告要求被告返还挖掘机的诉讼请求；\n${refunded}`)).toEqual([]);
  });

  it('the order stated in either duty, in a later item, by due days, or by a set-off', () => {
    const [received] = exchanges(`${returned}\n三、原告于收到上述挖掘机之日起三日内退还被告押金30000元。`);
    expect(received?.[2]).toEqual([true, false, false, false]);
    const [later] = exchanges(
      `${returned}\n${refunded}\n四、上述第二、三项义务，双方应于本判决生效之日起十五日内同时履行。`,
    );
    expect(later?.[2]).toEqual([false, true, false, false]);
    const [dated] = exchanges(
      '一、被告于2024年5月10日前将挖掘机一台返还原告；\n二、原告于2024年5月25日前退还被告押金30000元。',
    );
    expect(dated?.[2]).toEqual([false, false, true, false]);
    const [sameDay] = exchanges(
      '一、被告于2024年5月10日前将挖掘机一台返还原告；\n二、原告于2024年5月10日前退还被告押金30000元。',
    );
    expect(sameDay?.[2]).toEqual([false, false, false, false]);
    const [setOff] = exchanges(
      `${refunded}\n四、被告于本判决生效之日起十日内将跑步机一台返还原告；被告不能返还跑步机的，在原告应退还的押金中扣除9000元。`,
    );
    expect(setOff?.[2]).toEqual([false, false, false, true]);
  });
});

describe('attached lists', () => {
  const found = (name: ReadingName, text: TextView | string) => {
    const read = typeof text === 'string' ? view(text) : text;
    return READINGS[name].find(read, placeOf(read))?.text;
  };
  const judgment = (items: string, tail: string) =>
    documentOf(
      `刑事判决书\n（2024）豫0811刑初256号\n公诉机关焦作市山阳区人民检察院。\n被告人王五，男。\n本院认为，被告人王五犯诈骗罪。判决如下：\n${items}\n${tail}`,
    );

  it('an item referring to a list of the judgment, and the list after it', () => {
    const items = '一、责令被告人王五退赔各被害人经济损失共计418600元，退赔的金额详见附表。';
    const document = judgment(
      items,
      '审判长　　王立新\n书记员　　赵　敏\n附：本案适用的法律条文\n附表：被害人退赔明细\n',
    );
    const [item] = (document.operative?.items ?? []).map((i) => new ItemView(i, document.parties));
    if (!item) throw new Error('one item expected');
    const [frame] = FRAMES['attachment-reference'].of(item, document);
    expect(frame?.at.text).toBe('附表');
    const after = frame?.scope ?? view('');
    // The statutes appended are not the list.
    expect(found('attachment-heading', after)).toBe('附表：被害人退赔明细');
    expect(after.text.slice(0, 1)).toBe('\n');
    // A contract's own annex is no attachment of the judgment.
    const annex = onlyItem('一、原告按《装修工程合同》附件一《预算书》完成施工。');
    expect(FRAMES['attachment-reference'].of(annex, documentOf(''))).toEqual([]);
  });

  it('no list after the item, the signatures, and an item with nothing to enforce', () => {
    expect(found('attachment-heading', '\n审判长　　王立新\n附：相关法律规定\n')).toBeUndefined();
    expect(found('attachment-heading', '\n财产清单\n')).toBe('财产清单');
    expect(found('signatures', '审 判 长　　王立新')).toBe('审 判 长');
    expect(found('signatures', '二〇二四年六月十日')).toBeUndefined();
    expect(found('nothing-to-enforce', '一、维持原判决第二项，即：…（附清单）。')).toBe('一、维持');
    expect(found('nothing-to-enforce', '二、被告支付原告货款（明细见清单）。')).toBeUndefined();
  });
});
