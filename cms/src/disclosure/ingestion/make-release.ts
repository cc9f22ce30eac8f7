import type { Core } from '@strapi/strapi';
import { loadDomainConfig } from '@disclosure-hub/config';
import {
  cityAirDay,
  radiationStationDay,
  type Actor,
  type HourlyMeasurement,
  type ReleaseFlag,
  type Role,
  type WorkflowEvent,
} from '@disclosure-hub/workflows';
import { actingAs } from '../workflow/workflow-actor';
import { applyTransition } from '../workflow/transition-service';
import { nextStepOf } from '../workflow/next-step-of';
import { findRecord } from '../workflow/workflow-records';
import { chineseDate, englishDate } from '../../seed/demo-content/demo-dates';
import { TransitionRefused } from '../workflow/transition-errors';
import { reviewPolicy } from '../workflow/review-policy';
import { measurementsTable } from './ingestion-tables';
import { recordsTable } from '../workflow/workflow-tables';
import { stationsOfRelease, valuesOfRow, type ReleaseKind } from './ingest-batch';

export interface ReleaseRow {
  id: number;
  kind: ReleaseKind;
  release_key: string;
  local_date: string;
  status: string;
  uid: string | null;
  document_id: string | null;
}

export interface ReleaseOutcome {
  status: 'published' | 'awaitingReview' | 'insufficient';
  uid: string | null;
  documentId: string | null;
  flags: ReleaseFlag[];
  notes: ReleaseFlag[];
}

export const releaseUids: Record<ReleaseKind, string> = {
  airCity: 'api::air-quality-daily.air-quality-daily',
  radiationStation: 'api::radiation-monitoring.radiation-monitoring',
};

/**
 * The machine producer of a department (编制): drafts the daily releases and publishes what passed
 * review. It never reviews: the two-person rule holds between it and the automatic checks.
 */
export const producerActor = (department: string): Actor => ({
  id: `ingest:${department}`,
  departments: [{ code: department, roles: ['editor', 'publisher'] }],
});

/**
 * The producer's automatic quality control (completeness, instrument range, review thresholds,
 * spikes), standing in for department review. It acts only when every check passed.
 */
export const automaticChecksActor = (department: string): Actor => ({
  id: `auto-qc:${department}`,
  departments: [{ code: department, roles: ['reviewer'] }],
});

/**
 * The automatic confidentiality check of numeric station data: clears an item only when the
 * personal-data and secrecy scan of its text is clean. A separate signer from the quality control,
 * because nobody (and no machine) signs two review levels of one round.
 */
export function automaticClearanceActor(department: string): Actor {
  const policy = reviewPolicy();
  const code =
    policy.confidentialityReviewScope === 'disclosureOffice' ? policy.disclosureOfficeDepartment : department;
  return { id: `auto-clearance:${department}`, departments: [{ code, roles: ['confidentiality'] }] };
}

const checksPassed = '自动质控通过：完整性、量程、突变检查 / automatic checks passed: completeness, range, spikes';
const automaticClearance: WorkflowEvent = {
  type: 'confidentiality.clear',
  checklist: { stateSecrets: true, commercialSecrets: true, personalPrivacy: true },
  basis:
    '自动监测数据，仅含站点监测数值；自动扫描未发现个人信息或涉密标识 / automatic monitoring data: station values only; the automatic scan found nothing',
  conclusion: '不涉及国家秘密、商业秘密和个人隐私，同意公开 / no secrets or personal data; may be published',
};

const formatDate = (date: string) => ({ zh: chineseDate(date), en: englishDate(date) });

async function measurementsOf(strapi: Core.Strapi, stations: string[], date: string): Promise<HourlyMeasurement[]> {
  const rows = (await strapi.db
    .connection(measurementsTable)
    .where('local_date', date)
    .whereIn('station', stations)
    .orderBy('hour')) as Record<string, unknown>[];
  return rows.map((row) => ({ station: String(row.station), hour: Number(row.hour), values: valuesOfRow(row) }));
}

interface Draft {
  uid: string;
  department: string;
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
  flags: ReleaseFlag[];
  notes: ReleaseFlag[];
}

/** Builds the document of a release from the stored hours, or says why there is nothing to publish. */
async function draftOf(strapi: Core.Strapi, release: ReleaseRow): Promise<Draft | { insufficient: ReleaseFlag[] }> {
  const config = loadDomainConfig();
  const rules = config.monitoring;
  const stations = stationsOfRelease(release.kind, release.release_key);
  const station = stations[0];
  if (!station) return { insufficient: [] };
  const measurements = await measurementsOf(
    strapi,
    stations.map((s) => s.code),
    release.local_date,
  );
  const date = release.local_date;
  const when = formatDate(date);
  const organisation = config.organisation.name;
  const metadata = {
    department: station.department,
    dateFormed: date,
    regionCode: release.kind === 'airCity' ? release.release_key : station.regionCode,
    attribute: 'proactive',
  };

  if (release.kind === 'airCity') {
    const city = rules.cities.find((c) => c.code === release.release_key)!;
    const day = cityAirDay(city.code, date, measurements, rules);
    if (!day.concentrations) return { insufficient: [...day.flags, ...day.notes] };
    const summary = {
      zh: `根据${day.stationsUsed.length}个空气自动监测站小时数据（有效站点 ${day.stationsUsed.length}/${day.stationsExpected}）按 HJ 663 计算的城市日均浓度。`,
      en: `City daily means computed per HJ 663 from the hourly data of ${day.stationsUsed.length} of ${day.stationsExpected} automatic air monitoring stations.`,
    };
    const values = {
      date,
      pm25: day.concentrations.pm25,
      pm10: day.concentrations.pm10,
      so2: day.concentrations.so2,
      no2: day.concentrations.no2,
      co: day.concentrations.co,
      o3Max8h: day.concentrations.o3Max8h,
      o3Max1h: day.concentrations.o3Max1h,
    };
    return {
      uid: releaseUids.airCity,
      department: station.department,
      zh: {
        title: `${city.name.zh}空气质量日报（${when.zh}）`,
        city: city.name.zh,
        metadata,
        description: { topic: '空气质量', summary: summary.zh, publishingOrganisation: organisation.zh },
        ...values,
      },
      en: {
        title: `${city.name.en} daily air quality, ${when.en}`,
        city: city.name.en,
        metadata,
        description: { topic: 'Air quality', summary: summary.en, publishingOrganisation: organisation.en },
        ...values,
      },
      flags: day.flags,
      notes: day.notes,
    };
  }

  const day = radiationStationDay(station.code, date, measurements, rules);
  if (!day.doseRate) return { insufficient: day.flags };
  const background = station.background!;
  const within = day.doseRate.min >= background.min && day.doseRate.max <= background.max;
  const values = {
    stationCode: station.code,
    periodStart: date,
    periodEnd: date,
    doseRateMin: day.doseRate.min,
    doseRateMax: day.doseRate.max,
    doseRateMean: day.doseRate.mean,
    backgroundMin: background.min,
    backgroundMax: background.max,
  };
  return {
    uid: releaseUids.radiationStation,
    department: station.department,
    zh: {
      title: `${station.name.zh}γ辐射空气吸收剂量率日报（${when.zh}）`,
      station: station.name.zh,
      metadata,
      description: {
        topic: '核与辐射',
        summary: `${day.validHours}个有效小时值，单位 nGy/h。`,
        publishingOrganisation: organisation.zh,
      },
      conclusion: within ? '监测结果处于当地天然本底涨落范围内。' : '部分时段监测值超出当地天然本底范围。',
      ...values,
    },
    en: {
      title: `${station.name.en}: daily gamma dose rate, ${when.en}`,
      station: station.name.en,
      metadata,
      description: {
        topic: 'Nuclear and radiation',
        summary: `${day.validHours} valid hourly values, in nGy/h.`,
        publishingOrganisation: organisation.en,
      },
      conclusion: within
        ? 'All values lie within the natural background range.'
        : 'Some values lie outside the natural background range.',
      ...values,
    },
    flags: day.flags,
    notes: day.notes,
  };
}

type Documents = {
  create(p: object): Promise<{ documentId: string }>;
  update(p: object): Promise<unknown>;
};

const hasRecord = async (strapi: Core.Strapi, key: { uid: string; documentId: string; locale: string }) =>
  (await findRecord(strapi, key)) !== undefined;

async function stateOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<string> {
  const row = await strapi.db.connection(recordsTable).where({ uid, document_id: documentId, locale }).first();
  return (row as { state?: string } | undefined)?.state ?? 'draft';
}

/**
 * Makes one daily release: drafts the document in both locales, submits it as the department's
 * machine producer and, when every automatic check passed, lets the automatic checks approve and
 * clear it and the producer publish it — each step a normal, audited workflow transition. When a
 * check failed (or the scan found something) the release stops in review and waits for a person.
 * Resumable: after a crash it goes on from the state each locale reached.
 */
export async function makeRelease(
  strapi: Core.Strapi,
  release: ReleaseRow,
  remember: (documentId: string, uid: string) => Promise<void>,
): Promise<ReleaseOutcome> {
  const draft = await draftOf(strapi, release);
  if ('insufficient' in draft)
    return { status: 'insufficient', uid: null, documentId: null, flags: draft.insufficient, notes: [] };

  const documents = strapi.documents(draft.uid as never) as unknown as Documents;
  const producer = producerActor(draft.department);
  let documentId = release.document_id;
  if (!documentId) {
    // Written as the producer, so the workflow layer records it as the author of both locales.
    const created = await actingAs(producer, () => documents.create({ locale: 'zh-CN', data: draft.zh }));
    documentId = created.documentId;
    await remember(documentId, draft.uid);
    const id = documentId;
    await actingAs(producer, () => documents.update({ documentId: id, locale: 'en', data: draft.en }));
  }
  const checks = automaticChecksActor(draft.department);
  const clearance = automaticClearanceActor(draft.department);
  const flags = [...draft.flags];
  let status: ReleaseOutcome['status'] = flags.length === 0 ? 'published' : 'awaitingReview';
  // Which machine actor takes which step: the chart (nextStep) says whose turn it is.
  const machineSteps: Partial<Record<Role, [Actor, WorkflowEvent]>> = {
    editor: [producer, { type: 'editor.submit' }],
    reviewer: [checks, { type: 'reviewer.approve', note: checksPassed }],
    confidentiality: [clearance, automaticClearance],
    publisher: [producer, { type: 'publisher.publish' }],
  };
  for (const locale of ['zh-CN', 'en']) {
    const target = { uid: draft.uid, documentId, locale };
    for (;;) {
      const next = await nextStepOf(strapi, target);
      if (next === null && !(await hasRecord(strapi, target))) {
        // Drafted before the workflow layer kept records: the producer starts the chain.
        await applyTransition(strapi, { target, event: { type: 'editor.submit' }, actor: producer });
        continue;
      }
      if (next === null || next.state === 'published') break;
      const role = next.waitingFor.map((w) => w.role).find((r) => machineSteps[r] !== undefined);
      // A failed check stops the release after submission; leader review is never a machine's.
      if (role === undefined || (flags.length > 0 && role !== 'editor')) break;
      const [actor, event] = machineSteps[role]!;
      try {
        await applyTransition(strapi, { target, event, actor });
      } catch (error) {
        if (!(error instanceof TransitionRefused) || role !== 'confidentiality') throw error;
        // The scan found something in the text, or the rules changed: a person must look at it.
        flags.push({
          code: 'CLEARANCE_REFUSED',
          message: `自动保密审查未通过，转人工 / automatic clearance refused: ${error.message}`,
        });
        break;
      }
    }
    if ((await stateOf(strapi, draft.uid, documentId, locale)) !== 'published') status = 'awaitingReview';
  }
  return { status, uid: draft.uid, documentId, flags, notes: draft.notes };
}
