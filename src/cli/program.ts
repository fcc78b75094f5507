/** The command line, with help in Chinese. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { defaultConcurrency } from '../batch/pool.js';
import { formatterNames } from '../output/index.js';
import { CHINESE_HELP, CHINESE_OUTPUT } from './help-zh.js';

export interface CliOptions {
  format: string;
  outputFile?: string;
  maxWarnings: number;
  quiet: boolean;
  config?: string;
  /** false with --no-config. */
  useConfig: boolean;
  rule: string[];
  listRules: boolean;
  stdinFilename?: string;
  color?: boolean;
  template: boolean;
  // CI and templates (--report-unused-disable-directives, --cache, --timing).
  reportUnusedDisableDirectives: boolean;
  cache: boolean;
  cacheLocation?: string;
  timing: boolean;
  /** Worker threads for a batch; 1 lints in the main thread. */
  concurrency: number;
  summary: boolean;
  /** --report: the self-contained HTML audit report. */
  report?: string;
  annotateDocx?: string;
  /** --print-config: the configuration that applies to this file, as JSON. */
  printConfig?: string;
  /** --explain: print what is read in each operative item instead of linting. */
  explain: boolean;
  /** --ignore-pattern, in gitignore syntax (repeatable). */
  ignorePattern: string[];
  /** false with --no-ignore: neither .zhixinglintignore nor --ignore-pattern. */
  ignore: boolean;
}

function positiveNumber(value: string): number {
  const n = wholeNumber(value);
  if (n < 1) throw new InvalidArgumentError(`“${value}”应为正整数`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`“${value}”不是整数`);
  return n;
}

export function createProgram(version: string): Command {
  return new Command('zhixing-lint')
    .description('检查判决书、调解书主文的可执行性（焦作山阳规定第十八条等、绵阳执行溯源考核办法）')
    .usage('[选项] <文件、文件夹或通配符…>')
    .argument(
      '[patterns...]',
      '要检查的 .md/.markdown/.txt/.docx 文件、文件夹或通配符；“-”表示从标准输入读取',
    )
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(formatterNames()).default('stylish'))
    .option('-o, --output-file <文件>', '把报告写入文件（不会覆盖被检查的文件）')
    .option('--max-warnings <数量>', '警告超过此数量时以退出码 1 结束', wholeNumber, -1)
    .option('--quiet', '只报告错误，不报告警告', false)
    .option('-c, --config <文件>', '使用指定的配置文件')
    .option('--no-config', '不读取任何配置文件')
    .option('--rule <规则:级别>', '设置规则级别，如 money/deadline-missing:off（可重复）', collect, [])
    .option('--list-rules', '列出全部规则及其依据条文', false)
    .option(
      '--stdin-filename <文件名>',
      '从标准输入读取时使用的文件名（决定按 Word、Markdown 还是纯文本解析；不指定时看起来像 Markdown 的按 Markdown 解析）',
    )
    .option(
      '--ignore-pattern <模式>',
      '不检查匹配的文件（与 .gitignore 写法相同，相对当前目录；可重复），与 .zhixinglintignore 一并生效',
      collect,
      [],
    )
    .option('--no-ignore', '不使用 .zhixinglintignore 和 --ignore-pattern')
    .option('--print-config <文件>', '输出检查该文件时生效的配置（JSON），不做检查')
    .option(
      '--explain',
      '不做检查，逐项列出读到的内容：判项、框架、分句、当事人、给付、利息、金额、期限等（-f json 输出 JSON）',
      false,
    )
    .option(
      '--template',
      '模板模式：[金额]、XX元、＿＿日内等占位符视为已留好的要素，只检查每个要素是否留有占位',
      false,
    )
    .option(
      '--report-unused-disable-directives',
      '报告没有屏蔽任何问题的 <!-- zhixing-lint-disable… --> 注释（作为警告）',
      false,
    )
    .option(
      '--cache',
      '只检查内容有变化的文件，其余沿用上次结果（缓存按文件内容、配置和程序版本区分）',
      false,
    )
    .option('--cache-location <路径>', '缓存文件或其所在文件夹（默认当前目录下的 .zhixing-lint-cache）')
    .option('--timing', '在标准错误输出各阶段与各规则的耗时表', false)
    .option(
      '--concurrency <数量>',
      '并行检查的线程数（默认每个 CPU 核一个；不超过 CPU 核数和内存所能承受的数目；1 表示不用多线程）',
      positiveNumber,
      defaultConcurrency(),
    )
    .option('--summary', '输出汇总表：各规则、文书种类、法院、年份的问题数，以及无错误文书的占比', false)
    .option('--report <文件>', '另存一份可离线打开的 HTML 审查报告（统计图、问题最多的文书、全部问题）')
    .option('--annotate-docx <文件>', '把每个问题作为 Word 批注写入 .docx 原稿的副本（原稿不会被修改）')
    .option('--color', '强制彩色输出')
    .option('--no-color', '不使用颜色')
    .addHelpText(
      'after',
      '\n不用命令行检查：zhixing-lint serve [--port N] [--open] 在本机启动检查页面（见 zhixing-lint serve --help）',
    )
    .version(version, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureHelp(CHINESE_HELP)
    .configureOutput(CHINESE_OUTPUT);
}

export function readOptions(program: Command): CliOptions {
  const raw = program.opts<Omit<CliOptions, 'useConfig' | 'config'> & { config?: string | false }>();
  return { ...raw, config: raw.config === false ? undefined : raw.config, useConfig: raw.config !== false };
}
