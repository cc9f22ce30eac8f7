import { failure, passed, type Rule } from './rule';

/**
 * 涉密不上网、上网不涉密: the automatic scan has run and every finding is redacted or dismissed
 * (with a reason) by the confidentiality reviewer.
 */
export const confidentialityScanIsClean: Rule = {
  name: 'confidentialityScanIsClean',
  needsPayload: false,
  check: ({ item, context }) => {
    if (item.scan === null) {
      return failure(
        'confidentialityScanIsClean',
        'SCAN_MISSING',
        '尚未完成敏感信息自动检查。',
        'The automatic confidentiality scan has not run.',
      );
    }
    const open = item.scan.findings.filter(
      (finding) => finding.status === 'open' && !(finding.id in context.dismissals),
    );
    return open.length === 0
      ? passed
      : failure(
          'confidentialityScanIsClean',
          'SCAN_NOT_CLEAN',
          `自动检查发现 ${open.length} 处未处理的敏感信息，请脱敏或说明理由后排除。`,
          `${open.length} scan finding(s) are neither redacted nor dismissed with a reason.`,
        );
  },
};
