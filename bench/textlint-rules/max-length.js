/** Benchmark-only textlint rule: a paragraph longer than 500 characters. */
const LIMIT = 500;

export default function maxLength(context) {
  const { Syntax, RuleError, report, getSource } = context;
  return {
    [Syntax.Paragraph](node) {
      const length = getSource(node).length;
      if (length > LIMIT) report(node, new RuleError(`段落过长（${length} 字，上限 ${LIMIT} 字）`));
    },
  };
}
