/** Words the analysis reports share: path names, outcomes, findings, numbers. */
import { roundHalfUp } from '../analysis/decimal.js';
import type { Finding } from '../analysis/types.js';
import type { Lang } from '../model/types.js';

const PATHS: Record<string, [string, string]> = {
  standard: ['标准路径', 'standard path'],
  fastest: ['最快路径', 'fastest path'],
  slowest: ['最慢路径', 'slowest path'],
  mostTrips: ['跑动最多路径', 'path with most trips'],
};

const OUTCOMES: Record<string, [string, string]> = {
  approved: ['准予办结', 'approved'],
  rejected: ['不予许可', 'rejected'],
  withdrawn: ['撤回', 'withdrawn'],
};

/** The name of a named path ("标准路径" / "standard path"). */
export function pathName(name: string, lang: Lang): string {
  return PATHS[name]?.[lang === 'zh' ? 0 : 1] ?? name;
}

/** The name of an outcome. */
export function outcomeName(outcome: string, lang: Lang): string {
  return OUTCOMES[outcome]?.[lang === 'zh' ? 0 : 1] ?? outcome;
}

/** Each outcome with its probability: "准予办结 88.21%", joined by `sep`. */
export function outcomesText(outcomes: ReadonlyArray<{ outcome: string; probability: number }>, lang: Lang, sep: string): string {
  return outcomes.map((o) => `${outcomeName(o.outcome, lang)} ${percent(o.probability)}`).join(sep);
}

/** A number as a report shows it: at most two decimals (四舍五入 on the decimal value), no trailing zeros. */
export function num(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  return String(roundHalfUp(n, 2));
}

/** A large figure with thousands separated, rounded half up to two decimals: 11,719,350 or 1,171.94. */
export function grouped(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  return roundHalfUp(n, 2).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A probability as a percentage. */
export function percent(p: number): string {
  return `${num(p * 100)}%`;
}

/** A finding in words. */
export function findingText(f: Finding, lang: Lang): string {
  const a = f.args;
  const zh = lang === 'zh';
  switch (f.code) {
    case 'exceeds-committed':
    case 'exceeds-statutory': {
      const which = f.code === 'exceeds-committed' ? (zh ? '承诺办结时限' : 'committed limit') : zh ? '法定办结时限' : 'statutory limit';
      const bound = zh ? '上限' : 'upper bound';
      const calendar = a.from === undefined ? '' : zh
        ? `（时限 ${a.days} 个自然日，自 ${a.from} 起算在工作日历上合 ${a.limit} 个工作日）`
        : ` (the limit is ${a.days} calendar days: from ${a.from}, ${a.limit} working days on the calendar)`;
      const exact = a.exact === 0 ? (zh ? `（并联块过大，按块的办理时长计，为${bound}）` : ` (a large parallel block counted at its elapsed time: an ${bound})`) : '';
      return zh
        ? `最坏路径（各环节取最长用时）计入时限的时间 ${a.counted} 个工作日，超过${which} ${a.limit} 个工作日${calendar}；该路径概率 ${percent(Number(a.probability))}：${a.steps}。超时限的案件比例：按最可能用时 ${percent(Number(a.breachMode))}，各环节取最长用时 ${percent(Number(a.breachMax))}${exact}`
        : `The worst path (every step at its longest) counts ${a.counted} working days, more than the ${which} of ${a.limit}${calendar}; its probability ${percent(Number(a.probability))}: ${a.steps}. Cases over the limit: ${percent(Number(a.breachMode))} with most likely durations, ${percent(Number(a.breachMax))} with the longest${exact}`;
    }
    case 'return-trips':
      return zh
        ? `标准路径申请人需到现场 ${a.trips} 次，未做到“最多跑一次”；需再次到现场的环节：${a.steps}`
        : `On the standard path the applicant comes in person ${a.trips} times, not "at most one trip"; return trips at: ${a.steps}`;
    case 'correction-repeats':
      return zh
        ? `环节“${a.step}”的补正/退回（${a.event}）最多可发生 ${a.max} 次，未落实一次性告知（行政许可法第三十二条）`
        : `Step "${a.step}" may send the case back (${a.event}) up to ${a.max} times: not 一次性告知 (told everything at once, Art. 32)`;
    default:
      return f.code;
  }
}
