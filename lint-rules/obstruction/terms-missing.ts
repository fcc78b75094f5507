/**
 * 焦作山阳规定 第十八条第（二）项：判决排除妨碍、恢复原状的，应明确排除妨碍、恢复原状的标准、方式、时间及具体
 * 要求。"停止妨碍，并恢复原状" names neither what is to be removed nor by when.
 */
import { defineRule } from '../../src/engine/rule.js';
import {
  OBSTRUCTION,
  REMEDIATION,
  REMOVAL,
  REPAIR,
  REPAIR_STANDARD,
  concreteMeasure,
  namedAsCost,
} from '../../src/language/duties/works.js';
import { orderedDuty } from '../../src/language/duties/ordering.js';

export default defineRule({
  id: 'obstruction/terms-missing',
  name: '排除妨碍、恢复原状未写明标准、方式或期限',
  category: 'obstruction.terms',
  severity: 'error',
  citation: {
    source: '焦作山阳规定',
    article: '第十八条第（二）项',
    quote: '排除妨碍、恢复原状的，应明确排除妨碍、恢复原状的标准、方式、时间以及具体要求',
  },
  message: '判令排除妨碍或恢复原状，但未明确',
  suggestion:
    '写明妨碍物、做法和期限，如“被告于本判决生效之日起十五日内清除其堆放在焦作市山阳区建设东路66号院内公共通道上的砖块、木料，恢复通道3米的通行宽度”',
  examples: {
    valid: [
      '一、被告于本判决生效之日起十五日内拆除其在焦作市山阳区建设东路66号院内公共通道上搭建的铁皮棚（长约4米、宽约2.5米），清运拆除后的废料，恢复通道原宽度3米；',
      '一、被告焦作鑫源建材有限公司于本判决生效之日起七日内清除其堆放在原告承包地南侧排水沟内的砂石、废渣，排除妨碍，恢复排水沟畅通。',
      '一、驳回原告要求被告排除妨碍的诉讼请求。',
      // The second item is what follows a default on the first: its time is the first item's.
      '一、被告于本判决生效之日起十五日内拆除其在焦作市山阳区百间房街道东王封村45号院与47号院之间通道上搭建的彩钢板棚（长6米、宽3米），恢复通道宽度不少于2.5米的通行条件；\n二、被告逾期不履行第一项义务的，原告可以委托第三方代为拆除、清理，所需费用由被告负担。',
      // A repair with its target state and material.
      '二、被告于本判决生效之日起二十日内将其施工损坏的原告厨房北墙开裂部位（长约1.2米）以同标号水泥砂浆修补，修复至墙面平整、无裂缝。',
    ],
    invalid: [
      { code: '二、被告停止对原告出行的妨碍，并恢复原状；', at: '停止对原告出行的妨碍' },
      { code: '五、被告王芳排除对原告通行的妨碍；', at: '排除对原告通行的妨碍' },
      {
        code: '一、被告于本判决生效之日起十日内排除对原告宅基地通行的妨碍，恢复原状。',
        at: '排除对原告宅基地通行的妨碍',
      },
      { code: '三、被告拆除其在原告东墙外搭建的彩钢棚。', at: '拆除' },
      // A repair with a time limit and a place, but nothing to check the repaired wall against.
      { code: '二、被告于本判决生效之日起二十日内修复其施工损坏的原告厨房北墙。', at: '修复' },
      // 未依照规划许可 describes the shed; it is no default.
      { code: '二、被告拆除其未依照规划许可在原告院门前搭建的彩钢棚。', at: '拆除' },
    ],
  },
  check({ document, orders, hasSharedDeadline, report }) {
    if (document.kind.category === '刑事' || document.kind.category === '行政') return;
    for (const item of orders()) {
      // Clearing polluted land is remediation/terms-missing's concern.
      const removal = REMEDIATION.test(item.text) ? null : orderedDuty(item, REMOVAL);
      const repair = REMEDIATION.test(item.text) ? null : orderedDuty(item, REPAIR);
      const at = (orderedDuty(item, OBSTRUCTION) ?? removal ?? repair)?.at;
      // 恢复原状费用 is money to pay, not a state to restore.
      if (!at || namedAsCost(item, at)) continue;
      const missing: string[] = [];
      // A repair names its place but must say to what standard (修复至不渗水, 按原设计, 同规格材料).
      const repairOnly = repair !== null && at === repair.at;
      const concrete = repairOnly ? REPAIR_STANDARD.test(item.text) : concreteMeasure(item);
      if (!concrete) missing.push(repairOnly ? '修复的标准和具体要求' : '妨碍物及排除、恢复的具体方式和标准');
      if (!item.has('deadline') && !hasSharedDeadline()) missing.push('履行期限');
      if (missing.length > 0) report({ at, item, detail: missing.join('、') });
    }
  },
});
