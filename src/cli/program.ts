/** The command line, with help in Chinese. */
import { Command, Option } from 'commander';
import { formatterNames } from '../report/index.js';

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
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`“${value}”不是整数`);
  return n;
}

export function createProgram(version: string): Command {
  return new Command('zhixing-lint')
    .description('检查判决书、调解书主文的可执行性（焦作山阳规定第十八条等、绵阳执行溯源考核办法）')
    .usage('[选项] <文件、文件夹或通配符…>')
    .argument('[patterns...]', '要检查的 .md/.txt 文件、文件夹或通配符；“-”表示从标准输入读取')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(formatterNames()).default('stylish'))
    .option('-o, --output-file <文件>', '把报告写入文件（不会覆盖被检查的文件）')
    .option('--max-warnings <数量>', '警告超过此数量时以退出码 1 结束', wholeNumber, -1)
    .option('--quiet', '只报告错误，不报告警告', false)
    .option('-c, --config <文件>', '使用指定的配置文件')
    .option('--no-config', '不读取任何配置文件')
    .option('--rule <规则:级别>', '设置规则级别，如 money/deadline-missing:off（可重复）', collect, [])
    .option('--list-rules', '列出全部规则及其依据条文', false)
    .option('--stdin-filename <文件名>', '从标准输入读取时使用的文件名（决定按 Markdown 还是纯文本解析）')
    .option('--template', '模板模式：占位符视为已填写要素，检查模板是否为每个要素留有占位', false)
    .option('--color', '强制彩色输出')
    .option('--no-color', '不使用颜色')
    .version(version, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
}

export function readOptions(program: Command): CliOptions {
  const raw = program.opts<Omit<CliOptions, 'useConfig' | 'config'> & { config?: string | false }>();
  return { ...raw, config: raw.config === false ? undefined : raw.config, useConfig: raw.config !== false };
}
