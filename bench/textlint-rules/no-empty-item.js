/** Benchmark-only textlint rule: a numbered item (一、 / 1. / （一）) with nothing after its number. */
const EMPTY_ITEM = /^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])\s*$/;

export default function noEmptyItem(context) {
  const { Syntax, RuleError, report, getSource } = context;
  return {
    [Syntax.Paragraph](node) {
      if (EMPTY_ITEM.test(getSource(node))) report(node, new RuleError('判项只有序号，没有内容'));
    },
  };
}
