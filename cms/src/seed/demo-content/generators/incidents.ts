import type { DemoContext } from '../demo-context';
import { addDays, addMinutes, chineseDate, shanghaiDateOf, shanghaiDateTime } from '../demo-dates';
import type { DemoItem } from '../demo-item';
import type { DemoText } from '../vocabulary';

const INCIDENT = 'api::environmental-incident.environmental-incident';

type Grade = 'especiallyMajor' | 'major' | 'large' | 'general';

interface IncidentTemplate {
  grade: Grade;
  what: DemoText;
  /** Where, after the district name. */
  where: DemoText;
  response: DemoText;
  followUp: DemoText;
  outcome: DemoText;
  cause: DemoText;
}

const templates: readonly IncidentTemplate[] = [
  {
    grade: 'general',
    what: { zh: '危险化学品运输车辆侧翻泄漏', en: 'hazardous chemicals tanker rollover and spill' },
    where: { zh: '境内国道某路段', en: 'a national highway section' },
    response: {
      zh: '已设置围堰拦截泄漏物，对周边沟渠开展应急监测',
      en: 'booms and earth dams contain the spill; the ditches nearby are being monitored',
    },
    followUp: {
      zh: '泄漏物已全部收集转运，下游沟渠特征污染物浓度持续下降',
      en: 'all spilled material has been collected and removed; the pollutant in the downstream ditch keeps falling',
    },
    outcome: {
      zh: '周边水体监测结果达标，应急响应终止',
      en: 'the water nearby meets the standard again and the emergency response has ended',
    },
    cause: { zh: '车辆操作不当导致侧翻', en: 'the vehicle rolled over after a driving error' },
  },
  {
    grade: 'large',
    what: {
      zh: '企业污水处理设施故障致河道水质异常',
      en: 'river water quality anomaly after an industrial wastewater plant failure',
    },
    where: { zh: '某河段', en: 'a river reach' },
    response: {
      zh: '已责令涉事企业停止排水，在上下游加密布设监测断面',
      en: 'the plant was ordered to stop discharging; extra monitoring sections were set up upstream and downstream',
    },
    followUp: {
      zh: '下游断面化学需氧量、氨氮浓度已明显回落',
      en: 'COD and ammonia nitrogen at the downstream section have fallen markedly',
    },
    outcome: {
      zh: '河道水质恢复至事件前水平，应急响应终止',
      en: 'the river is back to its pre-incident quality and the emergency response has ended',
    },
    cause: {
      zh: '企业污水处理设施故障且未及时停产',
      en: 'the wastewater treatment units failed and production was not stopped in time',
    },
  },
  {
    grade: 'general',
    what: { zh: '化工企业仓库火灾次生环境事件', en: 'environmental incident following a chemical warehouse fire' },
    where: { zh: '某工业园区', en: 'an industrial park' },
    response: {
      zh: '已封堵雨水排口，消防废水收集至应急池，开展大气和水质应急监测',
      en: 'storm drains were sealed, firefighting water is held in the emergency pond, and air and water are monitored',
    },
    followUp: {
      zh: '厂界外大气特征污染物未见超标，消防废水已妥善收集',
      en: 'no pollutant above the standard outside the site boundary; the firefighting water is contained',
    },
    outcome: {
      zh: '消防废水已委托有资质单位处置，应急响应终止',
      en: 'a licensed contractor has treated the firefighting water and the emergency response has ended',
    },
    cause: { zh: '仓库电气线路故障引发火灾', en: 'an electrical fault in the warehouse started the fire' },
  },
  {
    grade: 'general',
    what: { zh: '输油管道柴油泄漏', en: 'diesel leak from an oil pipeline' },
    where: { zh: '某农田区域', en: 'farmland' },
    response: {
      zh: '管道已关阀停输，已开挖截流沟回收泄漏柴油',
      en: 'the pipeline was shut and a trench dug to recover the diesel',
    },
    followUp: {
      zh: '受污染土壤已开挖暂存，周边地下水监测井未检出石油类超标',
      en: 'contaminated soil has been excavated and stored; no petroleum above the standard in the monitoring wells',
    },
    outcome: {
      zh: '受污染土壤已完成处置，应急响应终止',
      en: 'the contaminated soil has been treated and the emergency response has ended',
    },
    cause: { zh: '第三方施工损坏管道', en: 'third-party construction work damaged the pipeline' },
  },
  {
    grade: 'general',
    what: { zh: '河道死鱼事件', en: 'dead fish in a river' },
    where: { zh: '某支流河段', en: 'a tributary reach' },
    response: {
      zh: '已打捞死鱼并对沿岸排口逐一排查，开展水质应急监测',
      en: 'dead fish are being removed, outfalls along the banks checked one by one, and the water monitored',
    },
    followUp: {
      zh: '监测结果显示溶解氧偏低，其他指标未见异常',
      en: 'monitoring shows low dissolved oxygen; other indicators are normal',
    },
    outcome: {
      zh: '河道溶解氧恢复正常，未再发现死鱼，应急响应终止',
      en: 'dissolved oxygen is normal again, no more dead fish, and the emergency response has ended',
    },
    cause: { zh: '持续高温叠加水体流动性差导致水体缺氧', en: 'a heat wave and stagnant water depleted the oxygen' },
  },
  {
    grade: 'large',
    what: { zh: '尾矿库渗漏', en: 'tailings pond seepage' },
    where: { zh: '某尾矿库', en: 'a tailings pond' },
    response: {
      zh: '已启动应急预案，对渗漏点进行封堵，在下游设置拦截坝',
      en: 'the emergency plan is in force; the seepage point is being sealed and an interception dam built downstream',
    },
    followUp: {
      zh: '渗漏点已封堵，下游断面重金属浓度呈下降趋势',
      en: 'the seepage is sealed; heavy metals at the downstream section are falling',
    },
    outcome: {
      zh: '下游断面连续监测达标，应急响应终止',
      en: 'the downstream section has met the standard in consecutive samples and the emergency response has ended',
    },
    cause: { zh: '尾矿库防渗层老化破损', en: 'the ageing liner of the tailings pond failed' },
  },
];

/** Days before today each incident occurred; the most recent one is still being handled. */
const ages = [2, 25, 70, 130, 210, 300];

/**
 * Incidents with their releases: initial report within hours, follow-ups as facts emerge, the
 * outcome when the response ends (初报 → 续报 → 处理结果, DOMAIN.md §5.2). Every timestamp lies
 * before today so nothing is dated in the future.
 */
export function generateIncidents(context: DemoContext): DemoItem[] {
  const random = context.random('environmental-incident');
  const city = context.bureauCity;
  const midnight = shanghaiDateTime(context.today, 0, 0);
  return templates.map((template, index) => {
    const age = ages[index] ?? 30;
    const ongoing = age <= 3;
    const district = random.pick(city.districts);
    const occurredAt = shanghaiDateTime(addDays(context.today, -age), random.int(6, 14), random.int(0, 59));
    const initialAt = addMinutes(occurredAt, random.int(60, 240));
    const followUpAt = addMinutes(initialAt, random.int(6 * 60, 12 * 60));
    const outcomeAt = addMinutes(followUpAt, random.int(2 * 1440, 8 * 1440));
    const place = {
      zh: `${city.name.zh}${district.zh}${template.where.zh}`,
      en: `${template.where.en} in ${district.en}, ${city.name.en}`,
    };
    const day = shanghaiDateOf(occurredAt);
    const releases = (locale: 'zh' | 'en') => {
      const entries = [
        {
          kind: 'initial',
          releasedAt: initialAt,
          content:
            locale === 'zh'
              ? `${chineseDate(day)}，${place.zh}发生${template.what.zh}，未造成人员伤亡。市生态环境局已启动应急响应：${template.response.zh}。`
              : `${day}: ${template.what.en} at ${place.en}; nobody was hurt. The bureau has started its emergency response: ${template.response.en}.`,
        },
        {
          kind: 'followUp',
          releasedAt: followUpAt,
          content: locale === 'zh' ? `续报：${template.followUp.zh}。` : `Update: ${template.followUp.en}.`,
        },
      ];
      if (!ongoing)
        entries.push({
          kind: 'outcome',
          releasedAt: outcomeAt,
          content: locale === 'zh' ? `处理结果：${template.outcome.zh}。` : `Outcome: ${template.outcome.en}.`,
        });
      return entries.filter((entry) => entry.releasedAt < midnight);
    };
    const investigation = ongoing
      ? undefined
      : {
          zh: `经调查，事件系${template.cause.zh}所致。对责任单位的环境违法行为已依法立案查处。`,
          en: `The investigation found that ${template.cause.en}. Proceedings have been opened against the party responsible.`,
        };
    const grade = template.grade;
    return context.item(INCIDENT, {
      key: `environmental-incident:${String(index + 1).padStart(3, '0')}`,
      title: {
        zh: `${place.zh}${template.what.zh}`,
        en: `${template.what.en[0]?.toUpperCase() ?? ''}${template.what.en.slice(1)}, ${district.en}`,
      },
      department: context.department(INCIDENT, 'emergency'),
      dateFormed: day,
      regionCode: context.bureauRegion,
      topic: { zh: '突发环境事件', en: 'Environmental emergency' },
      summary: {
        zh: `${chineseDate(day)}${place.zh}发生${template.what.zh}${ongoing ? '，处置工作正在进行' : '，应急响应已终止'}。`,
        en: `${template.what.en[0]?.toUpperCase() ?? ''}${template.what.en.slice(1)} at ${place.en} on ${day}; ${ongoing ? 'the response is under way' : 'the emergency response has ended'}.`,
      },
      fields: {
        occurredAt,
        place: place.zh,
        grade,
        releases: releases('zh'),
        ...(investigation === undefined ? {} : { investigationResult: investigation.zh }),
      },
      englishFields: {
        place: place.en,
        releases: releases('en'),
        ...(investigation === undefined ? {} : { investigationResult: investigation.en }),
      },
    });
  });
}
