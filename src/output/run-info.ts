/**
 * What an audit needs to know about a run besides its findings: when it was made, the tool's version, the rule
 * set (every enabled rule and its severity) and the configuration used. Stated by the HTML report (--report) and
 * by the page of `zhixing-lint serve`, in the same words.
 */
import type { Severity } from '../engine/rule.js';

export interface RunInfo {
  date: Date;
  version: string;
  /** false with --no-config. */
  useConfig: boolean;
  /** The configuration file found from the working folder or named with --config. */
  configPath?: string;
  /** --rule values given on the command line. */
  ruleOptions: string[];
  rules: { id: string; name: string; severity: Severity }[];
  totalRules: number;
  template: boolean;
  partyIds: boolean;
  dictionary: string[];
  vagueAllow: string[];
}

/** "2025年3月1日 14:05" in the machine's time zone. */
export function formatRunDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function listed(words: readonly string[], none: string): string {
  return words.length === 0 ? none : words.join('、');
}

/** The run's facts as label / value rows, in Chinese; `dateLabel` names what the date is the time of. */
export function runInfoRows(info: RunInfo, dateLabel = '生成时间'): [string, string][] {
  const errors = info.rules.filter((r) => r.severity === 'error').length;
  const config = info.useConfig
    ? (info.configPath ?? '未找到配置文件（使用默认设置）')
    : '未读取配置文件（--no-config）';
  return [
    [dateLabel, formatRunDate(info.date)],
    ['程序版本', `zhixing-lint ${info.version}`],
    [
      '规则集',
      `启用 ${info.rules.length} 条规则（共 ${info.totalRules} 条；错误级 ${errors} 条，警告级 ${info.rules.length - errors} 条）`,
    ],
    ['配置文件', config],
    ['命令行规则设置', listed(info.ruleOptions, '无')],
    ['模板模式', info.template ? '开启（占位符视为已留好的要素）' : '关闭'],
    ['当事人身份号码检查', info.partyIds ? '开启' : '关闭（partyIds: false）'],
    ['自定义词典', listed(info.dictionary, '无')],
    ['模糊用语白名单', listed(info.vagueAllow, '无')],
  ];
}
