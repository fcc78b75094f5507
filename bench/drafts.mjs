/**
 * Generates realistic drafts for the benchmark: civil judgments (loans, sales, leases), criminal judgments with
 * property orders, administrative judgments and mediation documents, 2–20 KB each, from the templates below and
 * a fixed seed, so that every run lints the same files. Some items leave out an amount, a deadline or an interest
 * base on purpose, as real drafts do, so that the rules have something to report.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small deterministic generator. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉力峰宇浩然子轩梓涵欣怡晨阳志鹏海燕雅琴振宇秀珍';
const COURTS = [
  ['河南省焦作市山阳区人民法院', '豫0811', '河南省焦作市中级人民法院', '焦作市山阳区'],
  ['湖南省株洲市芦淞区人民法院', '湘0203', '湖南省株洲市中级人民法院', '株洲市芦淞区'],
  ['上海市浦东新区人民法院', '沪0115', '上海市第一中级人民法院', '上海市浦东新区'],
  ['四川省绵阳市涪城区人民法院', '川0703', '四川省绵阳市中级人民法院', '绵阳市涪城区'],
  ['江苏省无锡市梁溪区人民法院', '苏0213', '江苏省无锡市中级人民法院', '无锡市梁溪区'],
  ['广东省广州市天河区人民法院', '粤0106', '广东省广州市中级人民法院', '广州市天河区'],
  ['北京市朝阳区人民法院', '京0105', '北京市第三中级人民法院', '北京市朝阳区'],
  ['重庆市渝中区人民法院', '渝0103', '重庆市第五中级人民法院', '重庆市渝中区'],
];
const COMPANIES = [
  '恒锐五金塑料制品有限公司',
  '美嘉家电制造有限公司',
  '鑫达建材贸易有限公司',
  '华信物流有限公司',
  '盛世置业有限公司',
  '远大汽车配件有限公司',
];
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const FACTS = [
  (p) =>
    `${p.date()}，${p.a}与${p.b}签订《${p.contract}》，约定${p.b}向${p.a}${p.verb}，金额${p.money()}元，并约定逾期付款的，按未付款项每日万分之五支付违约金。`,
  (p) =>
    `合同签订后，${p.a}依约履行了义务，${p.b}于${p.date()}支付${p.money()}元，其余款项经${p.a}多次催要未付。`,
  (p) =>
    `${p.date()}，双方对账确认${p.b}尚欠${p.a}款项${p.money()}元，${p.b}在对账单上签字确认，并承诺于${p.date()}前付清。`,
  (p) =>
    `庭审中，${p.b}对${p.a}提交的${p.contract}、转账凭证、对账单的真实性无异议，但辩称因经营困难暂时无力支付。`,
  (p) => `另查明，${p.a}为本案诉讼支出律师代理费${p.money(4)}元，有委托代理合同及发票为证。`,
  (p) => `上述事实，有${p.contract}、银行转账凭证、对账单、催款函及当事人陈述等证据在卷佐证，本院予以确认。`,
];
const REASONS = [
  (p) =>
    `本院认为，${p.a}与${p.b}签订的《${p.contract}》系双方真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效，双方均应按约履行。`,
  (p) =>
    `${p.b}未按约定履行付款义务，构成违约，应当承担继续履行及赔偿损失等违约责任。${p.a}主张的违约金计算标准未超过法律规定的上限，本院予以支持。`,
  () =>
    '当事人对自己提出的主张，有责任提供证据。被告未提交证据证明其已履行付款义务，应承担举证不能的不利后果。',
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A citizen ID number with a valid GB 11643 check digit. */
function idNumber(area, birth, sequence) {
  const body = `${area}${birth}${String(sequence).padStart(3, '0')}`;
  const sum = [...body].reduce((n, c, i) => n + Number(c) * ID_WEIGHTS[i], 0);
  return body + '10X98765432'[sum % 11];
}

/** A unified social credit code with a valid GB 32100 check character. */
function creditCode(area, organisation) {
  const body = `91${area}${organisation}`;
  const sum = [...body].reduce((n, c, i) => n + CODE_CHARS.indexOf(c) * CODE_WEIGHTS[i], 0);
  return body + CODE_CHARS[(31 - (sum % 31)) % 31];
}

class Draft {
  constructor(rand) {
    this.rand = rand;
    this.court = this.pick(COURTS);
    this.year = 2019 + this.int(6);
    this.a = this.person();
    this.b = this.rand() < 0.4 ? `${this.court[3]}${this.pick(COMPANIES)}` : this.person();
    this.contract = this.pick(['借款合同', '买卖合同', '房屋租赁合同', '建设工程施工合同', '货物采购合同']);
    this.verb = this.pick(['借款', '采购货物', '承租房屋', '支付工程款']);
  }
  int(n) {
    return Math.floor(this.rand() * n);
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  person() {
    return (
      this.pick([...SURNAMES]) + this.pick([...GIVEN]) + (this.rand() < 0.5 ? this.pick([...GIVEN]) : '')
    );
  }
  money(digits = 5 + this.int(3)) {
    return String(1 + this.int(9)) + String(this.int(10 ** (digits - 1))).padStart(digits - 1, '0');
  }
  date() {
    return `${this.year - 1 - this.int(3)}年${1 + this.int(12)}月${1 + this.int(28)}日`;
  }
  caseNumber(type) {
    return `（${this.year}）${this.court[1]}${type}${100 + this.int(9000)}号`;
  }
  party(role, name) {
    const area = String(410000 + this.int(9000));
    if (name.endsWith('公司')) {
      const organisation = Array.from({ length: 9 }, () => CODE_CHARS[this.int(10)]).join('');
      return `${role}：${name}，住所地${this.court[3]}人民路${1 + this.int(200)}号，统一社会信用代码${creditCode(area, organisation)}。法定代表人：${this.person()}，总经理。`;
    }
    const [y, m, d] = [1960 + this.int(40), 1 + this.int(12), 1 + this.int(28)];
    const birth = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
    return `${role}：${name}，${this.rand() < 0.5 ? '男' : '女'}，${y}年${m}月${d}日出生，汉族，住${this.court[3]}建设路${1 + this.int(300)}号，公民身份号码${idNumber(area, birth, this.int(1000))}。`;
  }
  /** The Civil Procedure Law's article on late performance, as numbered in the judgment's year. */
  lateArticle() {
    if (this.year >= 2024) return '第二百六十四条';
    if (this.year >= 2022) return '第二百六十条';
    return '第二百五十三条';
  }
  accountNotice() {
    return `负有给付义务的当事人可将款项汇入本院执行款专户：户名：${this.court[0]}；开户行：中国工商银行${this.court[3]}支行；账号：${String(1e18 + this.int(1e9))}。`;
  }
  /** Facts and reasoning, repeated with fresh details until the draft reaches its size. */
  body(targetBytes, bank) {
    const paragraphs = [];
    let bytes = 0;
    while (bytes < targetBytes) {
      const text = this.pick(bank)(this);
      paragraphs.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
    return paragraphs;
  }
  deadline() {
    return this.rand() < 0.9 ? '于本判决生效之日起十日内' : '';
  }
  signature(tail) {
    return [
      tail,
      `审判员　　${this.person()}`,
      `${this.year}年${1 + this.int(12)}月${1 + this.int(28)}日`,
      `书记员　　${this.person()}`,
    ];
  }
}

function civil(d, size) {
  const principal = d.money();
  const base = d.rand() < 0.9 ? `以${principal}元为基数，` : '';
  const items = [
    `被告${d.b}${d.deadline()}支付原告${d.a}货款${principal}元`,
    `被告${d.b}于本判决生效之日起十日内支付原告${d.a}逾期付款违约金（${base}自${d.date()}起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算）`,
    d.rand() < 0.5 ? `被告${d.b}${d.deadline()}支付原告${d.a}律师代理费${d.money(4)}元` : null,
    `驳回原告${d.a}的其他诉讼请求`,
  ].filter(Boolean);
  return [
    `# ${d.court[0]}`,
    '# 民事判决书',
    d.caseNumber('民初'),
    d.party('原告', d.a),
    d.party('被告', d.b),
    `原告${d.a}与被告${d.b}${d.contract.replace('合同', '')}合同纠纷一案，本院于${d.date()}立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。`,
    ...d.body(size * 0.6, FACTS),
    ...d.body(size * 0.25, REASONS),
    '依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条规定，判决如下：',
    ...items.map((item, i) => `${CHINESE_NUMBERS[i]}、${item}${i === items.length - 1 ? '。' : '；'}`),
    `如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》${d.lateArticle()}规定，加倍支付迟延履行期间的债务利息。`,
    `案件受理费${d.money(4)}元，减半收取，由被告${d.b}负担。`,
    d.accountNotice(),
    ...d.signature(`如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于${d.court[2]}。`),
  ];
}

function criminal(d, size) {
  const accused = d.person();
  const confiscate =
    d.rand() < 0.8
      ? `扣押在案的作案工具OPPO牌手机${CHINESE_NUMBERS[d.int(3)]}部，予以没收`
      : '扣押在案的手机等作案工具予以没收';
  return [
    `# ${d.court[0]}`,
    '# 刑事判决书',
    d.caseNumber('刑初'),
    `公诉机关${d.court[3]}人民检察院。`,
    `被告人${accused}，男，${1970 + d.int(30)}年${1 + d.int(12)}月${1 + d.int(28)}日出生，汉族，初中文化，无业，住${d.court[3]}。因涉嫌诈骗罪于${d.date()}被刑事拘留。`,
    `${d.court[3]}人民检察院指控被告人${accused}犯诈骗罪，向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。现已审理终结。`,
    ...d.body(size * 0.8, [
      () =>
        `经审理查明：${d.date()}，被告人${accused}在网络平台发布虚假信息，骗取被害人${d.person()}人民币${d.money(5)}元。`,
      () =>
        `上述事实，被告人${accused}在开庭审理过程中亦无异议，并有被害人陈述、银行交易明细、扣押清单等证据证实，足以认定。`,
      () =>
        `本院认为，被告人${accused}以非法占有为目的，虚构事实骗取他人财物，数额较大，其行为已构成诈骗罪。被告人到案后如实供述，依法可以从轻处罚。`,
    ]),
    '依照《中华人民共和国刑法》第二百六十六条、第六十七条第三款、第六十四条之规定，判决如下：',
    `一、被告人${accused}犯诈骗罪，判处有期徒刑${CHINESE_NUMBERS[d.int(5)]}年，并处罚金人民币${d.money(5)}元。（罚金于本判决生效后十日内缴纳。）`,
    `二、责令被告人${accused}退赔被害人${d.person()}人民币${d.money(5)}元。`,
    `三、${confiscate}。`,
    ...d.signature(`如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向${d.court[2]}提出上诉。`),
  ];
}

function administrative(d, size) {
  const agency = `${d.court[3]}${d.pick(['市场监督管理局', '自然资源局', '人力资源和社会保障局'])}`;
  const order =
    d.rand() < 0.85
      ? `责令被告${agency}于本判决生效之日起六十日内对原告${d.a}提出的申请重新作出处理`
      : `责令被告${agency}重新作出行政行为`;
  return [
    `# ${d.court[0]}`,
    '# 行政判决书',
    d.caseNumber('行初'),
    d.party('原告', d.a),
    `被告：${agency}，住所地${d.court[3]}政府路${1 + d.int(99)}号。`,
    `原告${d.a}不服被告${agency}作出的行政行为，于${d.date()}向本院提起行政诉讼。本院依法组成合议庭，公开开庭审理了本案。`,
    ...d.body(size * 0.8, [
      () =>
        `经审理查明，${d.date()}，原告${d.a}向被告提交申请，被告于${d.date()}作出答复。原告不服，诉至本院。`,
      () =>
        `本院认为，被告作出的行政行为认定事实不清，主要证据不足，依法应予撤销。被告应当在法定期限内依法重新作出处理。`,
    ]),
    '依照《中华人民共和国行政诉讼法》第七十条第一项之规定，判决如下：',
    `一、撤销被告${agency}作出的行政行为；`,
    `二、${order}。`,
    `案件受理费50元，由被告${agency}负担。`,
    ...d.signature(`如不服本判决，可以在判决书送达之日起十五日内提起上诉，上诉于${d.court[2]}。`),
  ];
}

function mediation(d, size) {
  const total = d.money();
  return [
    `# ${d.court[0]}`,
    '# 民事调解书',
    d.caseNumber('民初'),
    d.party('原告', d.a),
    d.party('被告', d.b),
    `原告${d.a}与被告${d.b}${d.contract.replace('合同', '')}合同纠纷一案，本院于${d.date()}立案后，依法适用简易程序进行了审理。`,
    ...d.body(size * 0.8, FACTS),
    '本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：',
    `一、被告${d.b}于${d.year}年${1 + d.int(12)}月${1 + d.int(28)}日前支付原告${d.a}货款${total}元；`,
    d.rand() < 0.85
      ? `二、如被告${d.b}未按期足额支付上述款项，原告${d.a}有权就全部未付款项申请强制执行；`
      : `二、如被告${d.b}未按期支付，应按合同约定支付违约金；`,
    `三、案件受理费${d.money(3)}元，减半收取，由被告${d.b}负担。`,
    d.accountNotice(),
    '上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。',
    ...d.signature(''),
  ];
}

const KINDS = [
  [civil, 0.55],
  [criminal, 0.2],
  [administrative, 0.1],
  [mediation, 0.15],
];

export function draftText(rand) {
  const d = new Draft(rand);
  const size = 2048 + d.int(18 * 1024);
  let roll = rand();
  const [make] = KINDS.find(([, share]) => (roll -= share) < 0) ?? KINDS[0];
  const paragraphs = make(d, size * 0.8).filter((p) => p !== '');
  // Half the drafts as Word converters write them, item numbers in bold: those blocks need the Markdown parser.
  const bold = rand() < 0.5;
  const written = bold
    ? paragraphs.map((p) => p.replace(/^([一二三四五六七八九十]、)/, '**$1**'))
    : paragraphs;
  return `${written.join('\n\n')}\n`;
}

/** Writes `count` drafts into `dir` (100 per sub-folder) and returns their total size in bytes. */
export function generateDrafts(dir, count, seed = 20241125) {
  const rand = random(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const text = draftText(rand);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, `draft-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}
