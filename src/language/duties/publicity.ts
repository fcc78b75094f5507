/** Apology (赔礼道歉) and reputation (停止侵害、消除影响、恢复名誉): the medium, the platform, the reach. */
import { type ItemView, TextView } from '../item-view.js';
import type { TextSpan } from '../../document/span.js';
import type { DocumentModel } from '../../document/model.js';
import { CHINESE_DIGITS } from '../../lexicon/patterns.js';
import { alternation, wordAt, wordPattern } from '../../lexicon/index.js';
import { orderedDuty } from './ordering.js';

// Apology

export const APOLOGY = wordPattern('apology');
/** The fallback a court adds (逾期不履行的，本院将…刊登): it is not the ordered medium. */
const FALLBACK = /如逾期|逾期不履行|逾期未履行|若[^，。；]{0,20}逾期|如[^，。；]{0,12}拒不履行|否则/;
/** How the apology is made: written, oral, in person, published. */
export const APOLOGY_MANNER = wordPattern('apology-manner');
export const NEWSPAPER = wordPattern('newspaper');
/** A newspaper named by title or by level and kind. */
export const NEWSPAPER_NAMED =
  /《[^》]{1,20}》|(?:省级|市级|地市级|县级|全国性?|国家级)[^，。；]{0,8}(?:报纸|报刊|日报|晚报|法制报|报)|[\u4e00-\u9fa5]{2,8}(?:日报|晚报|法制报|都市报|商报)/;
export const NEW_MEDIA = wordPattern('new-media');
/** Media named by neither kind nor title (在国家级媒体上, 在省级新闻媒体上): a newspaper, television or a website? */
export const MEDIA_UNSPECIFIED = wordPattern('media');
/** A platform named by its title (“观潮财经”, 《…》) or account. */
export const PLATFORM_NAMED =
  /[“"《][^”"》]{1,30}[”"》]|微信号|账号|网址|域名|www\.|\.com|\.cn|其(?:个人|本人)?(?:实名)?(?:微信|微博|抖音|快手|QQ)|新浪|腾讯|抖音|快手|今日头条|百度/;
/** How long a published apology stays up. */
export const DURATION = new RegExp(
  `(?:连续|不少于|持续)[^，。；]{0,6}${alternation('duration-unit')}|保留[^，。；]{0,8}${alternation('duration-unit')}|置顶[^，。；]{0,6}${alternation('pinned-duration-unit')}`,
);

/** The part of an item before the court's fallback (如逾期不履行…). */
export function beforeFallback(view: TextView): TextView {
  const fallback = view.match(FALLBACK);
  return fallback ? view.sub(view.start, fallback.start) : view;
}

// Reputation

export const REPUTATION = new RegExp(
  String.raw`消除影响|恢复名誉|肃清影响|恢复(?:其)?(?:商业)?(?:名誉|信誉)|${alternation('stop-infringement')}(?=[，。；、\s]|$)`,
);
/** The item itself says how the effects are to be removed. */
export const REPUTATION_MANNER = wordPattern('reputation-manner');
/** The reasoning states what the infringing acts were … */
export const INFRINGING_ACTS = wordPattern('infringing-act');
/** Stopping an infringement needs the acts; removing effects also needs how far they reached. */
export const STOP_INFRINGEMENT = wordAt('start', 'stop-infringement');
/** … and how far their effects reached. */
export const EFFECT_SCOPE = new RegExp(
  String.raw`\d{2,}余?(?:人|次|名)|[百千万]余?(?:人|次|名)|阅读量|浏览量|点击量|播放量|转发量|(?:转发|转载|阅读|浏览)[^。，；]{0,4}[\d${CHINESE_DIGITS}百千万]+|(?:影响|传播|扩散|知晓)[^。]{0,30}范围|范围[^。]{0,30}(?:影响|传播|知晓)`,
);

const TAKEDOWN = wordPattern('takedown');

/** Where a clause orders the formal apology (赔礼道歉), or null when it only says 道歉 or 致歉. */
export function formalApology(clause: TextView): TextSpan | null {
  const words = '赔礼道歉';
  const at = clause.text.indexOf(words);
  return at < 0 ? null : { start: clause.start + at, end: clause.start + at + words.length, text: words };
}

/**
 * The words of an item that say how its apology is made: before the court's fallback, and without the parts between
 * commas that take content down (删除公众号上的文章 names where the infringement is, not where the apology goes). The
 * parts left out are blanked with commas, so that what is found keeps its place in the document.
 */
export function apologyWording(item: TextView): TextView {
  const wording = beforeFallback(item);
  const text = wording.text
    .replace(/[^，,]+/g, (part) =>
      APOLOGY.test(part) || !TAKEDOWN.test(part) ? part : '，'.repeat(part.length),
    )
    .replaceAll(',', '，');
  return new TextView({ start: wording.start, end: wording.end, text });
}

/** Where the item orders an apology (赔礼道歉, or else 道歉, 致歉), in a clause that does not dismiss or deny it. */
export function orderedApology(item: ItemView): { at: TextSpan; clause: TextView; wording: TextView } | null {
  const order = orderedDuty(item, APOLOGY);
  if (!order) return null;
  return { at: formalApology(order.clause) ?? order.at, clause: order.clause, wording: apologyWording(item) };
}

/** Whether a text orders effects removed or a reputation restored (消除影响、恢复名誉), not only an infringement stopped. */
export function removesEffects(text: TextView): boolean {
  return text.matchAll(REPUTATION).some((m) => !STOP_INFRINGEMENT.test(m.text));
}

/** Where the court's own findings begin: its allegations (诉称) before them are the parties'. */
const FACTS_FOUND = wordPattern('facts-found');

/** Statutes the reasoning cites (依照《中华人民共和国民法典》): their 《》 is no infringing work. */
const STATUTE_TITLE = new RegExp(`《[^》]{0,40}?${alternation('statute-kind')}》`, 'g');

const findingsByDocument = new WeakMap<DocumentModel, TextView>();

/**
 * What the court found and reasoned before its operative part, where the article lets it state the infringing acts
 * and their reach: from its own findings (经审理查明) or else its reasoning, statute titles left out. It is a text of
 * its own, starting where the findings start: a title left out does not count in the distance between two words
 * (影响…范围), so what is found after a cited statute lies that title's length earlier than in the document.
 */
export function courtFindings(document: DocumentModel): TextView {
  // One view per document, so that every rule reading the findings shares its entities and tokens.
  let findings = findingsByDocument.get(document);
  if (!findings) {
    const end = document.operative?.heading.start ?? 0;
    const found = FACTS_FOUND.exec(document.text.slice(0, end));
    const start = found ? found.index : (document.reasoning?.start ?? end);
    const text = document.text.slice(start, end).replace(STATUTE_TITLE, '');
    findings = new TextView({ start, end: start + text.length, text });
    findingsByDocument.set(document, findings);
  }
  return findings;
}
