import type { DemoContext } from './demo-context';
import { generateCreditCode } from './generate-credit-code';
import type { DemoIndustry, DemoText } from './vocabulary';
import { demoIndustries, tradeNames } from './vocabulary';

/** An invented enterprise in the bureau's city, shared by EIA, enforcement, key polluters and complaints. */
export interface DemoEnterprise {
  name: DemoText;
  /** City and trade name without industry or legal form (郑州瑞丰), as project names use it. */
  short: DemoText;
  creditCode: string;
  industry: DemoIndustry;
  district: DemoText;
}

const POOL_SIZE = 48;

/** The same enterprises appear across categories, as they would on a real bureau's site. */
export function createDemoEnterprises(context: DemoContext): DemoEnterprise[] {
  const random = context.random('enterprises');
  const city = context.bureauCity;
  const enterprises: DemoEnterprise[] = [];
  const used = new Set<string>();
  while (enterprises.length < POOL_SIZE) {
    const trade = random.pick(tradeNames);
    const industry = random.pick(demoIndustries);
    const zh = `${city.short}${trade.zh}${industry.nameWord.zh}有限公司（演示）`;
    if (used.has(zh)) continue;
    used.add(zh);
    enterprises.push({
      name: { zh, en: `${city.name.en} ${trade.en} ${industry.nameWord.en} Co., Ltd. (Demo)` },
      short: { zh: `${city.short}${trade.zh}`, en: `${city.name.en} ${trade.en}` },
      creditCode: generateCreditCode(random, context.bureauRegion),
      industry,
      district: random.pick(city.districts),
    });
  }
  return enterprises;
}
