import type { DemoContext } from '../demo-context';
import { minDate } from '../demo-dates';
import type { DemoEnterprise } from '../demo-enterprises';
import type { DemoItem } from '../demo-item';

const KEY_POLLUTER = 'api::key-polluter.key-polluter';
const LIST_SIZE = 30;

type ControlLevel = 'national' | 'provincial' | 'municipal';

const controlLevelNames: Record<ControlLevel, { zh: string; en: string }> = {
  national: { zh: '国控', en: 'national' },
  provincial: { zh: '省控', en: 'provincial' },
  municipal: { zh: '市控', en: 'municipal' },
};

/**
 * The bureau's list of key pollutant-discharging units for the latest list year. The list is
 * published in spring; before April the demo shows last year's list.
 */
export function generateKeyPolluters(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  const random = context.random('key-polluter');
  const year = Number(context.today.slice(0, 4));
  const listYear = context.today.slice(5, 7) >= '04' ? year : year - 1;
  const listed = [
    ...enterprises.filter((enterprise) => enterprise.industry.keyPolluter),
    ...enterprises.filter((enterprise) => !enterprise.industry.keyPolluter),
  ].slice(0, LIST_SIZE);
  return listed.map((enterprise, index) => {
    const roll = random.next();
    const controlLevel: ControlLevel = roll < 0.2 ? 'national' : roll < 0.5 ? 'provincial' : 'municipal';
    const published = minDate(`${listYear}-03-${String(random.int(20, 28))}`, context.today);
    return context.item(KEY_POLLUTER, {
      key: `key-polluter:${listYear}:${String(index + 1).padStart(3, '0')}`,
      title: {
        zh: `${listYear}年重点排污单位：${enterprise.name.zh}`,
        en: `Key pollutant-discharging unit ${listYear}: ${enterprise.name.en}`,
      },
      department: context.department(KEY_POLLUTER, 'totalControl'),
      dateFormed: published,
      regionCode: context.bureauRegion,
      topic: { zh: '重点排污单位', en: 'Key pollutant-discharging units' },
      summary: {
        zh: `${enterprise.name.zh}列入${listYear}年${controlLevelNames[controlLevel].zh}重点排污单位名录，行业：${enterprise.industry.sector.zh}。`,
        en: `${enterprise.name.en} is on the ${listYear} list of ${controlLevelNames[controlLevel].en} key pollutant-discharging units (${enterprise.industry.sector.en}).`,
      },
      fields: {
        entityName: enterprise.name.zh,
        entityCreditCode: enterprise.creditCode,
        industry: enterprise.industry.sector.zh,
        pollutantTypes: [...enterprise.industry.pollutantTypes],
        listYear,
        controlLevel,
      },
      englishFields: { entityName: enterprise.name.en, industry: enterprise.industry.sector.en },
    });
  });
}
