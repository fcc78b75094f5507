/**
 * Commander writes its help headings and its own error messages in English; judges and court IT read Chinese.
 * This maps them, keeping commander's layout.
 */
import type { Argument, HelpConfiguration, Option, OutputConfiguration } from 'commander';
import stringWidth from 'string-width';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Arguments:': '参数：',
  'Commands:': '命令：',
  'Global Options:': '全局选项：',
};

function describe(
  text: string,
  choices: readonly string[] | undefined,
  defaultValue: unknown,
  defaultDescription: string | undefined,
): string {
  const extras: string[] = [];
  if (choices) extras.push(`可选：${choices.join('、')}`);
  const plain = typeof defaultValue === 'number' || typeof defaultValue === 'string';
  const shown = defaultDescription ?? (plain ? String(defaultValue) : undefined);
  if (shown !== undefined) extras.push(`默认：${shown}`);
  return extras.length > 0 ? `${text}（${extras.join('；')}）` : text;
}

export const CHINESE_HELP: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  // Columns are aligned by how wide text looks, and a Chinese character is two columns wide.
  displayWidth: (text) => stringWidth(text),
  optionDescription: (option: Option) =>
    describe(option.description, option.argChoices, option.defaultValue, option.defaultValueDescription),
  argumentDescription: (argument: Argument) =>
    describe(
      argument.description,
      argument.argChoices,
      argument.defaultValue,
      argument.defaultValueDescription,
    ),
};

const ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [
    /^error: unknown option '([^']+)'(?:\n?\(Did you mean (\S+)\?\))?/,
    (flag, hint) => `未知选项“${flag}”${hint ? `（是否想用 ${hint}？）` : ''}`,
  ],
  [/^error: option '([^']+)' argument missing/, (flag) => `选项“${flag}”缺少参数值`],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./,
    (flag, value, choices) => `选项“${flag}”的值“${value}”无效，可选：${choices}`,
  ],
  [
    /^error: option '([^']+)' argument '([^']*)' is invalid\.\s*(.*)/,
    (flag, value, reason) => `选项“${flag}”的值“${value}”无效${reason ? `：${reason}` : ''}`,
  ],
];

export function translateError(message: string): string {
  for (const [pattern, render] of ERRORS) {
    const m = pattern.exec(message.trim());
    // An optional group that did not match is undefined at run time, whatever the type says.
    if (m) return `zhixing-lint：${render(...m.slice(1).map((g: string | undefined) => g ?? ''))}\n`;
  }
  return message.replace(/^error: /, 'zhixing-lint：');
}

export const CHINESE_OUTPUT: OutputConfiguration = {
  writeErr: (text) => process.stderr.write(text),
  outputError: (text, write) => {
    write(translateError(text));
  },
};
