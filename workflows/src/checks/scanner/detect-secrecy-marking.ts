import type { Detector } from './detector-context';
import type { RawFinding } from './finding';
import { internalLabels, noCirculationPhrases, secrecyLevels } from './scanner-vocabulary';

const LEVEL = `(?:${secrecyLevels.join('|')})`;
const LABEL = `(?:${[...secrecyLevels, ...internalLabels, ...noCirculationPhrases].join('|')})`;
const INTERNAL = `(?:${internalLabels.join('|')})`;
const NO_CIRCULATION = `(?:${noCirculationPhrases.join('|')})`;

/**
 * A secrecy word is a marking only where a marking is printed, never inside prose such as
 * "涉及商业秘密、个人隐私的" or "国家秘密":
 * - a level followed by ★ or ☆, with an optional period (机密★, 秘密★10年, 绝密★长期);
 * - after a 密级 label (密级：秘密);
 * - a label alone in brackets (【内部资料】, (秘密));
 * - an internal label followed by a no-circulation phrase, anywhere (内部文件 注意保存);
 * - a label alone at the start of a line, followed by a space or the line end (内部资料, 不得外传).
 */
const MARKING = new RegExp(
  [
    `${LEVEL}[ \\t\\u3000]*[★☆](?:[ \\t\\u3000]*(?:\\d{1,2}[ \\t]*年|长期|[一二三四五六七八九十]{1,3}年))?`,
    `密级[ \\t]*[:：]?[ \\t]*${LEVEL}`,
    `[【\\[〔(（［][ \\t\\u3000]*${LABEL}[ \\t\\u3000]*[】\\]〕)）］]`,
    `${INTERNAL}[ \\t\\u3000,，]*${NO_CIRCULATION}`,
    `^[ \\t\\u3000]*${LABEL}(?=[ \\t\\u3000]|\\r?$)`,
  ].join('|'),
  'gm',
);

/** Secrecy and internal-circulation markings; a document carrying one must not be published. */
export const detectSecrecyMarking: Detector = ({ folded }) => {
  const findings: RawFinding[] = [];
  for (const match of folded.matchAll(MARKING)) {
    // A line-start match includes the indentation; report the marking itself.
    const leading = /^[ \t\u3000]*/.exec(match[0])?.[0].length ?? 0;
    const start = match.index + leading;
    const end = match.index + match[0].length;
    if (end > start)
      findings.push({ kind: 'secrecyMarking', start, end, confidence: 0.9, rule: 'secrecyMarking.position' });
  }
  return findings;
};
