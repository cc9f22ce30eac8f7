import { findingKinds, redact, WorkflowError, type FindingKind } from '@disclosure-hub/workflows';
import { TransitionRefused } from './transition-errors';

/**
 * Masks one scan finding in the text of its field, so that the editor can put the redacted text
 * back into the form and save it. A finding id reads `<field path>@<start>-<end>:<kind>`; the
 * text must still contain the finding there (the scanner's masking rules decide what is kept).
 */
export function redactFinding({ text, findingId }: { text: unknown; findingId: unknown }): { text: string } {
  const match = typeof findingId === 'string' ? /@(\d+)-(\d+):(\w+)$/.exec(findingId) : null;
  if (typeof text !== 'string' || !match || !(findingKinds as readonly string[]).includes(match[3]!))
    throw new TransitionRefused(400, 'ValidationError', '无法脱敏该发现项 / this finding cannot be redacted here', {
      code: 'FINDING_NOT_REDACTABLE',
    });
  try {
    return { text: redact(text, [{ kind: match[3] as FindingKind, start: Number(match[1]), end: Number(match[2]) }]) };
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    throw new TransitionRefused(
      409,
      'ConflictError',
      '文本已变化，请重新提交以重新扫描 / the text changed; resubmit to rescan',
      {
        code: 'FINDING_NOT_REDACTABLE',
        reason: error.code,
      },
    );
  }
}
