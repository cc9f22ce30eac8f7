import { addWorkingDays } from '@disclosure-hub/workflows';
import { buildMinimalPdf } from '../build-minimal-pdf';
import type { Random } from '../create-random';
import type { DemoContext, Exemption } from '../demo-context';
import { addDays, chineseDate } from '../demo-dates';
import type { DemoEnterprise } from '../demo-enterprises';
import { generateCreditCode } from '../generate-credit-code';
import type { DemoAttachment, DemoItem } from '../demo-item';
import type { DemoText } from '../vocabulary';
import { tradeNames } from '../vocabulary';

const EIA = 'api::eia-project.eia-project';
const PROJECT_COUNT = 36;

/** The stages in the order the catalogue's variants and the server's stage check expect. */
export const eiaStages = [
  'accepted',
  'proposedApproval',
  'approved',
  'completionAccepted',
  'proposedCompletion',
  'completionApproved',
] as const;
type EiaStage = (typeof eiaStages)[number];

interface ProjectTemplate {
  name: DemoText;
  documentType: 'reportBook' | 'reportForm';
  /** Industry key of a fitting builder; `hospital` for medical radiation projects. */
  builder: string;
  nuclearOrRadiation: boolean;
}

// Radiation projects are 报告表 (DOMAIN.md §4.2: Class II ray devices, PET drug preparation).
const templates: readonly ProjectTemplate[] = [
  {
    name: { zh: '年产20万吨再生铝项目', en: '200,000 t/a secondary aluminium project' },
    documentType: 'reportBook',
    builder: 'aluminium',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '污水处理厂三期扩建工程', en: 'wastewater treatment plant phase III expansion' },
    documentType: 'reportBook',
    builder: 'wastewater',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '生活垃圾焚烧发电项目', en: 'waste-to-energy plant' },
    documentType: 'reportBook',
    builder: 'power',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '危险废物综合利用项目', en: 'hazardous waste recycling project' },
    documentType: 'reportBook',
    builder: 'wasteDisposal',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '热电联产机组超低排放改造项目', en: 'ultra-low emission retrofit of the CHP units' },
    documentType: 'reportForm',
    builder: 'power',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '汽车零部件涂装生产线项目', en: 'auto parts coating line' },
    documentType: 'reportForm',
    builder: 'autoParts',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '年产5万吨锂电池正极材料项目', en: '50,000 t/a battery cathode material project' },
    documentType: 'reportBook',
    builder: 'chemical',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '原料药生产线技术改造项目', en: 'active pharmaceutical ingredient line upgrade' },
    documentType: 'reportBook',
    builder: 'pharma',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '商品混凝土搅拌站项目', en: 'ready-mixed concrete plant' },
    documentType: 'reportForm',
    builder: 'concrete',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '冷链物流园项目', en: 'cold-chain logistics park' },
    documentType: 'reportForm',
    builder: 'logistics',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '肉制品加工项目', en: 'meat processing project' },
    documentType: 'reportForm',
    builder: 'food',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '印染废水深度处理项目', en: 'dyeing wastewater advanced treatment project' },
    documentType: 'reportForm',
    builder: 'dyeing',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '电子元器件生产线项目', en: 'electronic components production line' },
    documentType: 'reportForm',
    builder: 'electronics',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '烧结烟气治理项目', en: 'sintering flue gas treatment project' },
    documentType: 'reportForm',
    builder: 'steel',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '耐火材料生产线项目', en: 'refractory materials production line' },
    documentType: 'reportForm',
    builder: 'refractory',
    nuclearOrRadiation: false,
  },
  {
    name: { zh: '核医学科建设项目', en: 'nuclear medicine department' },
    documentType: 'reportForm',
    builder: 'hospital',
    nuclearOrRadiation: true,
  },
  {
    name: { zh: '医用直线加速器项目', en: 'medical linear accelerator' },
    documentType: 'reportForm',
    builder: 'hospital',
    nuclearOrRadiation: true,
  },
  {
    name: { zh: '数字减影血管造影装置（DSA）项目', en: 'digital subtraction angiography (DSA) unit' },
    documentType: 'reportForm',
    builder: 'hospital',
    nuclearOrRadiation: true,
  },
  {
    name: { zh: '工业X射线探伤项目', en: 'industrial X-ray inspection project' },
    documentType: 'reportForm',
    builder: 'steel',
    nuclearOrRadiation: true,
  },
  {
    name: { zh: '工业CT检测项目', en: 'industrial CT inspection project' },
    documentType: 'reportForm',
    builder: 'autoParts',
    nuclearOrRadiation: true,
  },
];

const stageNames: Record<EiaStage, DemoText> = {
  accepted: { zh: '受理', en: 'accepted' },
  proposedApproval: { zh: '拟批', en: 'proposed approval' },
  approved: { zh: '已批', en: 'approved' },
  completionAccepted: { zh: '验收受理', en: 'completion check accepted' },
  proposedCompletion: { zh: '拟验收', en: 'proposed completion acceptance' },
  completionApproved: { zh: '已验收', en: 'completion accepted' },
};

const stageNotes: Record<EiaStage, string> = {
  accepted: '受理公示，公开环境影响评价文件全本（已删除涉及国家秘密、商业秘密和个人隐私的内容）。',
  proposedApproval: '拟作出审批意见公示。',
  approved: '作出审批决定。',
  completionAccepted: '竣工环境保护验收受理。',
  proposedCompletion: '拟验收公示。',
  completionApproved: '竣工环境保护验收通过。',
};

interface Builder {
  name: DemoText;
  /** Name without the legal form, used in project names. */
  short: DemoText;
  creditCode: string;
  district: DemoText;
}

interface StageEntry {
  stage: EiaStage;
  date: string;
  commentPeriodStart?: string;
  commentPeriodEnd?: string;
  documentNumber?: string;
  note: string;
}

/** Calendar-day gaps between stages, drawn once so that a timeline can be shifted without redrawing. */
interface Gaps {
  beforeProposal: number;
  beforeApproval: number;
  construction: number;
  beforeProposedCompletion: number;
  beforeCompletionApproval: number;
}

function drawGaps(random: Random): Gaps {
  return {
    beforeProposal: random.int(7, 35),
    beforeApproval: random.int(1, 5),
    construction: random.int(120, 420),
    beforeProposedCompletion: random.int(10, 30),
    beforeCompletionApproval: random.int(1, 5),
  };
}

function workingDayOnOrAfter(date: string, region: string): string {
  return addWorkingDays({ from: addDays(date, -1), days: 1, region }).date;
}

function afterWorkingDays(date: string, days: number, region: string): string {
  return addWorkingDays({ from: date, days, region }).date;
}

/**
 * The stages up to `last`, each on a working day and after the previous stage's comment period:
 * 10 working days for a 报告书 and 5 for a 报告表 after acceptance, 5 after a proposed decision
 * (DOMAIN.md §1.5).
 */
function timeline(input: {
  accepted: string;
  last: number;
  gaps: Gaps;
  documentType: ProjectTemplate['documentType'];
  region: string;
}): StageEntry[] {
  const { gaps, region } = input;
  const entries: StageEntry[] = [];
  const withComment = (stage: EiaStage, date: string, days: number): StageEntry => ({
    stage,
    date,
    commentPeriodStart: date,
    commentPeriodEnd: afterWorkingDays(date, days - 1, region),
    note: stageNotes[stage],
  });
  const accepted = workingDayOnOrAfter(input.accepted, region);
  entries.push(withComment('accepted', accepted, input.documentType === 'reportBook' ? 10 : 5));
  const steps: ((previous: StageEntry) => StageEntry)[] = [
    (previous) =>
      withComment(
        'proposedApproval',
        workingDayOnOrAfter(addDays(previous.commentPeriodEnd ?? previous.date, gaps.beforeProposal), region),
        5,
      ),
    (previous) => ({
      stage: 'approved',
      date: afterWorkingDays(previous.commentPeriodEnd ?? previous.date, gaps.beforeApproval, region),
      note: stageNotes.approved,
    }),
    (previous) => ({
      stage: 'completionAccepted',
      date: workingDayOnOrAfter(addDays(previous.date, gaps.construction), region),
      note: stageNotes.completionAccepted,
    }),
    (previous) =>
      withComment(
        'proposedCompletion',
        workingDayOnOrAfter(addDays(previous.date, gaps.beforeProposedCompletion), region),
        5,
      ),
    (previous) => ({
      stage: 'completionApproved',
      date: afterWorkingDays(previous.commentPeriodEnd ?? previous.date, gaps.beforeCompletionApproval, region),
      note: stageNotes.completionApproved,
    }),
  ];
  for (const step of steps.slice(0, input.last)) {
    const previous = entries[entries.length - 1];
    if (previous === undefined) break;
    entries.push(step(previous));
  }
  return entries;
}

/** Builds the timeline ending on or before `latest`, moving the start back until it fits. */
function fittedTimeline(input: {
  latest: string;
  last: number;
  gaps: Gaps;
  documentType: ProjectTemplate['documentType'];
  region: string;
}): StageEntry[] {
  let accepted = input.latest;
  for (;;) {
    const entries = timeline({ ...input, accepted });
    const end = entries[entries.length - 1]?.date ?? accepted;
    if (end <= input.latest) return entries;
    accepted = addDays(accepted, -Math.max(1, Math.round((Date.parse(end) - Date.parse(input.latest)) / 86_400_000)));
  }
}

function hospitalBuilder(context: DemoContext, random: Random): Builder {
  const trade = random.pick(tradeNames);
  const city = context.bureauCity;
  const short = { zh: `${city.short}${trade.zh}医院`, en: `${city.name.en} ${trade.en} Hospital` };
  // Private hospitals register as enterprises, so the 91 prefix of the demo codes still fits.
  const enterprise = { zh: `${short.zh}有限公司（演示）`, en: `${short.en} Co., Ltd. (Demo)` };
  return {
    name: enterprise,
    short,
    creditCode: generateCreditCode(random, context.bureauRegion),
    district: random.pick(city.districts),
  };
}

function enterpriseBuilder(enterprise: DemoEnterprise): Builder {
  return {
    name: enterprise.name,
    short: enterprise.short,
    creditCode: enterprise.creditCode,
    district: enterprise.district,
  };
}

function pdf(input: { title: string; lines: string[] }): Buffer {
  return buildMinimalPdf({
    title: input.title,
    lines: [...input.lines, '', 'DEMO DOCUMENT - generated sample content, not a real project.'],
  });
}

/** 36 construction projects spread evenly over the six stages, some of them nuclear or radiation projects. */
export function generateEiaProjects(context: DemoContext, enterprises: readonly DemoEnterprise[]): DemoItem[] {
  const random = context.random('eia-project');
  const city = context.bureauCity;
  const region = context.bureauRegion;
  const order = random.sample(templates, templates.length);
  const projects = Array.from({ length: PROJECT_COUNT }, (_, index) => {
    const template = order[index % order.length] as ProjectTemplate;
    const last = index % eiaStages.length;
    const fitting = enterprises.filter((enterprise) => enterprise.industry.key === template.builder);
    const builder =
      template.builder === 'hospital'
        ? hospitalBuilder(context, random)
        : enterpriseBuilder(random.pick(fitting.length > 0 ? fitting : enterprises));
    // One in six projects reached its latest stage in the last three days: the review queue.
    const age = random.chance(1 / 6) ? random.int(0, 3) : random.int(4, 300);
    const stages = fittedTimeline({
      latest: addDays(context.today, -age),
      last,
      gaps: drawGaps(random),
      documentType: template.documentType,
      region,
    });
    return { index, template, builder, stages };
  });

  // Approval numbers run in date order within each year, as a registry would issue them.
  const numbered = projects
    .flatMap((project) =>
      project.stages.filter((entry) => entry.stage === 'approved' || entry.stage === 'completionApproved'),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const serials = new Map<string, number>();
  for (const entry of numbered) {
    const kind = entry.stage === 'approved' ? '环审' : '环验';
    const scope = `${kind}${entry.date.slice(0, 4)}`;
    const serial = (serials.get(scope) ?? random.int(3, 9)) + random.int(1, 4);
    serials.set(scope, serial);
    entry.documentNumber = `${city.abbreviation}${kind}〔${entry.date.slice(0, 4)}〕${serial}号`;
  }

  // The first radiation project stands for a classified one: recorded, never published.
  const classified = projects.find((project) => project.template.nuclearOrRadiation);

  return projects.map(({ index, template, builder, stages }) => {
    const current = stages[stages.length - 1] as StageEntry;
    const projectName = { zh: `${builder.short.zh}${template.name.zh}`, en: `${builder.short.en} ${template.name.en}` };
    const documentKind =
      template.documentType === 'reportBook' ? { zh: '报告书', en: 'report' } : { zh: '报告表', en: 'report form' };
    const location = { zh: `${city.name.zh}${builder.district.zh}`, en: `${builder.district.en}, ${city.name.en}` };
    const approvalNumber = [...stages].reverse().find((entry) => entry.documentNumber !== undefined)?.documentNumber;
    const exemption: Exemption | undefined =
      classified?.index === index ? { attribute: 'withheld', exemptionBasis: 'stateSecret' } : undefined;
    const attachments: DemoAttachment[] = [
      {
        field: 'fullTexts',
        name: `eia-${String(index + 1).padStart(2, '0')}-full-text.pdf`,
        mime: 'application/pdf',
        content: pdf({
          title: `DEMO Environmental impact ${documentKind.en} (full text, public version)`,
          lines: [
            `Project: ${projectName.en}`,
            `Builder: ${builder.name.en}`,
            `Location: ${location.en}`,
            `Accepted: ${stages[0]?.date ?? ''}`,
          ],
        }),
      },
      ...stages
        .filter((entry) => entry.documentNumber !== undefined)
        .map(
          (entry): DemoAttachment => ({
            field: 'approvalDocuments',
            name: `eia-${String(index + 1).padStart(2, '0')}-${entry.stage}.pdf`,
            mime: 'application/pdf',
            content: pdf({
              title: entry.stage === 'approved' ? 'DEMO EIA approval decision' : 'DEMO Completion acceptance decision',
              lines: [`Project: ${projectName.en}`, `Builder: ${builder.name.en}`, `Decision date: ${entry.date}`],
            }),
          }),
        ),
    ];
    return context.item(EIA, {
      key: `eia-project:${String(index + 1).padStart(3, '0')}`,
      title: {
        zh: `${projectName.zh}环境影响${documentKind.zh}（${stageNames[current.stage].zh}）`,
        en: `${projectName.en}: environmental impact ${documentKind.en} (${stageNames[current.stage].en})`,
      },
      department: context.department(EIA, template.nuclearOrRadiation ? 'radiation' : 'eia'),
      dateFormed: current.date,
      regionCode: region,
      ...(approvalNumber === undefined ? {} : { documentNumber: approvalNumber }),
      ...(exemption === undefined ? {} : { exemption }),
      topic: template.nuclearOrRadiation
        ? { zh: '核与辐射', en: 'Nuclear and radiation' }
        : { zh: '建设项目环评', en: 'Construction project EIA' },
      summary: {
        zh: `${builder.name.zh}${projectName.zh}，环境影响${documentKind.zh}于${chineseDate(stages[0]?.date ?? current.date)}受理，当前阶段：${stageNames[current.stage].zh}。`,
        en: `${projectName.en} by ${builder.name.en}: environmental impact ${documentKind.en} accepted on ${stages[0]?.date ?? current.date}; current stage: ${stageNames[current.stage].en}.`,
      },
      fields: {
        projectName: projectName.zh,
        builderName: builder.name.zh,
        builderCreditCode: builder.creditCode,
        location: location.zh,
        documentType: template.documentType,
        nuclearOrRadiation: template.nuclearOrRadiation,
        // currentStage is derived by the server from the stages.
        stages,
      },
      englishFields: { projectName: projectName.en, builderName: builder.name.en, location: location.en },
      attachments,
    });
  });
}
