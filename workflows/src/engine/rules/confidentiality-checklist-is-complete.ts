import { failure, hasText, passed, type Rule } from './rule';

/** The written review record: state secrets, commercial secrets and personal privacy each checked, and a basis. */
export const confidentialityChecklistIsComplete: Rule = {
  name: 'confidentialityChecklistIsComplete',
  needsPayload: true,
  check: ({ event }) => {
    const complete =
      event.type === 'confidentiality.clear' &&
      event.checklist?.stateSecrets === true &&
      event.checklist.commercialSecrets === true &&
      event.checklist.personalPrivacy === true &&
      hasText(event.basis);
    return complete
      ? passed
      : failure(
          'confidentialityChecklistIsComplete',
          'CHECKLIST_INCOMPLETE',
          '保密审查记录不完整：须逐项确认国家秘密、商业秘密、个人隐私并填写审查依据。',
          'The review record is incomplete: confirm state secrets, commercial secrets and personal privacy, and give a basis.',
        );
  },
};
