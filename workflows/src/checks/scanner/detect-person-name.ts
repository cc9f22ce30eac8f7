import type { Detector } from './detector-context';
import type { RawFinding } from './finding';
import {
  commonSurnames,
  compoundSurnames,
  clauseVerbs,
  nameStopWords,
  notANameStarts,
  organisationMarkers,
  personContextWords,
} from './scanner-vocabulary';

// Context word, an optional 姓名, an optional separator, then the following token up to punctuation
// (bounded, so the pass stays linear).
const NAME_AFTER_CONTEXT = new RegExp(
  `(?:${personContextWords.join('|')})(?:姓名)?(\\s*[:：]\\s*|\\s+|为|是)?([^\\s,.;:!?()\\[\\]，。；、：！？（）［］“”"'‘’【】《》]{1,40})`,
  'g',
);
const HAN_RUN = /^[\u3400-\u9fff]+/;
const ORGANISATION = new RegExp(organisationMarkers.join('|'));
// The organisation test looks only at the words before the first clause verb, so
// "举报人李建国反映该厂…" is a person and "当事人某某化工有限公司" is not.
const CLAUSE_VERB = new RegExp(clauseVerbs.join('|'));

/**
 * Private persons introduced by a context word (举报人, 投诉人, 来电人, 信访人, 当事人, 联系人 …).
 * Names without a colon must start with a common surname; names already masked (张某, 李**) and
 * organisations (当事人：某某化工有限公司) are not reported.
 */
export const detectPersonName: Detector = ({ folded }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(NAME_AFTER_CONTEXT)) {
    const separator = match[1] ?? '';
    const token = match[2] ?? '';
    const name = extractName(token);
    if (name === undefined || ORGANISATION.test(beforeClauseVerb(token))) continue;
    const hasSurname = startsWithSurname(name);
    const labelled = /[:：]/.test(separator);
    if (!hasSurname && !labelled) continue;
    const start = match.index + match[0].length - token.length;
    findings.push({
      kind: 'personName',
      start,
      end: start + name.length,
      confidence: hasSurname ? 0.8 : 0.5,
      rule: hasSurname ? 'personName.surname' : 'personName.labelled',
    });
  }
  return findings;
};

function extractName(token: string): string | undefined {
  const run = HAN_RUN.exec(token)?.[0];
  if (run === undefined || notANameStarts.some((word) => run.startsWith(word))) return undefined;
  const maxLength = compoundSurnames.some((surname) => run.startsWith(surname)) ? 4 : 3;
  let end = Math.min(run.length, maxLength);
  for (let i = 1; i < end; i += 1) {
    if (nameStopWords.some((word) => run.startsWith(word, i))) {
      end = i;
      break;
    }
  }
  // One character left means a masked or generic form (张某, 王先生): nothing identifying.
  return end >= 2 ? run.slice(0, end) : undefined;
}

function beforeClauseVerb(token: string): string {
  const verb = CLAUSE_VERB.exec(token);
  return verb === null ? token : token.slice(0, verb.index);
}

function startsWithSurname(name: string): boolean {
  return commonSurnames.includes(name.charAt(0)) || compoundSurnames.some((surname) => name.startsWith(surname));
}
