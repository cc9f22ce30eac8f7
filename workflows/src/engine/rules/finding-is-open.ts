import { failure, passed, type Rule } from './rule';

/** Only an open finding of the current scan can be dismissed. */
export const findingIsOpen: Rule = {
  name: 'findingIsOpen',
  needsPayload: true,
  check: ({ event, item, context }) => {
    const findingId = event.type === 'confidentiality.dismissFinding' ? event.findingId : undefined;
    const finding = item.scan?.findings.find((candidate) => candidate.id === findingId);
    return finding !== undefined && finding.status === 'open' && !(finding.id in context.dismissals)
      ? passed
      : failure('findingIsOpen', 'FINDING_NOT_OPEN', '该检查结果不存在或已处理。', 'No such open scan finding.');
  },
};
