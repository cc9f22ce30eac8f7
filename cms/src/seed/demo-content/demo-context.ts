import { loadDomainConfig } from '@disclosure-hub/config';
import type { Random } from './create-random';
import { createRandom } from './create-random';
import { DemoContentError } from './demo-content-error';
import { daysBetween } from './demo-dates';
import type { DemoAttachment, DemoContentUid, DemoItem } from './demo-item';
import type { DemoCity, DemoText } from './vocabulary';
import { demoCities } from './vocabulary';

export type DisclosureAttribute = 'proactive' | 'onRequest' | 'withheld';
export type ExemptionBasis =
  | 'stateSecret'
  | 'prohibitedByLaw'
  | 'threeSecurityOneStability'
  | 'thirdPartyRights'
  | 'internalAffairs'
  | 'processInformation'
  | 'enforcementCaseFile'
  | 'administrativeQuery';

/** Not proactive: the attribute and the ground the item is withheld on. */
export interface Exemption {
  attribute: 'onRequest' | 'withheld';
  exemptionBasis: ExemptionBasis;
}

/** What a category generator says about one item; {@link DemoContext.item} turns it into a {@link DemoItem}. */
export interface ItemDraft {
  key: string;
  /** Without the demo prefix. */
  title: DemoText;
  department: string;
  dateFormed: string;
  regionCode: string;
  documentNumber?: string;
  exemption?: Exemption;
  topic: DemoText;
  summary: DemoText;
  /** The zh-CN values of every other field, localized or not. */
  fields: Record<string, unknown>;
  /** The English values of the other localized fields. */
  englishFields: Record<string, unknown>;
  attachments?: DemoAttachment[];
}

export const demoTitlePrefix: DemoText = { zh: '【演示】', en: '[Demo] ' };

/** Items younger than this stay drafts, so reviewers find a queue. */
const DRAFT_AGE_DAYS = 3;
/** Share of items that also get an English version. */
const TRANSLATION_SHARE = 0.2;

/** What every category generator needs: the day, the bureau, seeded randomness and the item builder. */
export interface DemoContext {
  today: string;
  organisation: DemoText;
  /** The city of the configured bureau (falls back to the first demo city). */
  bureauCity: DemoCity;
  /** The bureau's own region code (organisation.json). */
  bureauRegion: string;
  /** An independent random stream per label. */
  random(label: string): Random;
  /** The department for a category: the preferred one when the catalogue allows it, else the first allowed. */
  department(uid: DemoContentUid, preferred?: string): string;
  item(uid: DemoContentUid, draft: ItemDraft): DemoItem;
}

export function createDemoContext(input: { seed: number; today: string }): DemoContext {
  const config = loadDomainConfig();
  const organisation = config.organisation;
  const allowed = new Map(config.catalog.categories.map((category) => [category.contentType, category.departments]));
  const bureauCity = demoCities.find((city) => city.code === organisation.regionCode) ?? demoCities[0];
  if (bureauCity === undefined) throw new RangeError('no demo cities');
  const translationRandoms = new Map<DemoContentUid, Random>();
  const translationRandom = (uid: DemoContentUid): Random => {
    const existing = translationRandoms.get(uid);
    if (existing !== undefined) return existing;
    const created = createRandom(input.seed, `translations:${uid}`);
    translationRandoms.set(uid, created);
    return created;
  };

  const department = (uid: DemoContentUid, preferred?: string): string => {
    const departments = allowed.get(uid);
    if (departments === undefined || departments.length === 0)
      throw new DemoContentError('UNKNOWN_CATEGORY', `目录中没有该类别 / the catalogue has no category for ${uid}`);
    if (preferred === undefined) return departments[0] as string;
    if (!departments.includes(preferred))
      throw new DemoContentError(
        'DEPARTMENT_NOT_ALLOWED',
        `目录不允许该科室发布此类信息 / the catalogue does not let ${preferred} publish ${uid}`,
      );
    return preferred;
  };

  const item = (uid: DemoContentUid, draft: ItemDraft): DemoItem => {
    const attribute: DisclosureAttribute = draft.exemption?.attribute ?? 'proactive';
    const metadata: Record<string, unknown> = {
      department: department(uid, draft.department),
      dateFormed: draft.dateFormed,
      regionCode: draft.regionCode,
      attribute,
    };
    if (draft.documentNumber !== undefined) metadata.documentNumber = draft.documentNumber;
    if (draft.exemption !== undefined) metadata.exemptionBasis = draft.exemption.exemptionBasis;
    const data: Record<string, unknown> = {
      title: demoTitlePrefix.zh + draft.title.zh,
      metadata,
      description: { topic: draft.topic.zh, summary: draft.summary.zh, publishingOrganisation: organisation.name.zh },
      ...draft.fields,
    };
    const result: DemoItem = {
      uid,
      key: draft.key,
      locale: 'zh-CN',
      data,
      publish: attribute === 'proactive' && daysBetween(draft.dateFormed, input.today) > DRAFT_AGE_DAYS,
    };
    // One stream per content type, drawn for every item: a change in one category never moves
    // the translations of another.
    if (translationRandom(uid).chance(TRANSLATION_SHARE)) {
      result.translations = {
        en: {
          title: demoTitlePrefix.en + draft.title.en,
          description: {
            topic: draft.topic.en,
            summary: draft.summary.en,
            publishingOrganisation: organisation.name.en,
          },
          ...draft.englishFields,
        },
      };
    }
    if (draft.attachments !== undefined && draft.attachments.length > 0) result.attachments = draft.attachments;
    return result;
  };

  return {
    today: input.today,
    organisation: organisation.name,
    bureauCity,
    bureauRegion: organisation.regionCode,
    random: (label) => createRandom(input.seed, label),
    department,
    item,
  };
}
