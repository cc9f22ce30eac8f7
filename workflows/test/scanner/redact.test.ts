import type { FindingKind, FindingSpan } from '../../src/checks/scanner';
import { WorkflowError } from '../../src/errors';
import { redact, scanText } from '../../src/checks/scanner';

function redactAll(text: string): string {
  return redact(text, scanText(text).findings);
}

describe('redact', () => {
  it.each([
    ['residentId', '身份证号41010519900307123X。', '身份证号410105************。'],
    ['residentIdPartial', '身份证号41010519900307****', '身份证号410105************'],
    ['mobile', '手机139-0371-1234', '手机139-****-1234'],
    ['mobile with a country code', '手机+86 13903711234', '手机+86 139****1234'],
    ['landline', '电话0371-67891234', '电话0371-********'],
    ['bankCard', '卡号6222 0212 3456 7890 128', '卡号**** **** **** ***0 128'],
    ['licensePlate', '车辆豫A12345', '车辆豫A*****'],
    ['email', '邮箱wangxm@163.com', '邮箱******@163.com'],
    ['qq', 'QQ：12345678', 'QQ：********'],
    ['wechat', '微信号：wang_xm1988', '微信号：***********'],
    ['personName', '举报人李建国反映', '举报人＊＊＊反映'],
    ['homeAddress', '家住文化路88号，', '家住＊＊＊**＊，'],
    ['secrecyMarking', '机密★', '＊＊*'],
    ['full-width residentId', '４１０１０５１９９００３０７１２３Ｘ', '４１０１０５＊＊＊＊＊＊＊＊＊＊＊＊'],
  ])('masks a %s and keeps what the rule keeps', (_kind, text, expected) => {
    expect(redactAll(text)).toBe(expected);
  });

  it.each([
    [
      'a 12369 report',
      '举报人李建国（电话13903711234，身份证41010519900307123X，家住金水区文化路88号院3号楼）反映噪声。',
    ],
    ['a contact block', '联系人：王帅强，联系电话：67189336，邮箱 wangsq@163.com，QQ：12345678，微信号：wang_sq88'],
    ['a vehicle and a card', '车牌豫AD12345的车主，账号：6222021234567890127，开户行中国银行'],
    ['full-width numbers', '手机１３９０３７１１２３４，身份证４１０１０５１９９００３０７１２３Ｘ'],
    ['markings', '机密★10年\n内部资料 注意保存\n正文'],
  ])('leaves nothing to find when %s is rescanned', (_name, text) => {
    const redacted = redactAll(text);
    expect(redacted).toHaveLength(text.length);
    expect(scanText(redacted).findings).toEqual([]);
  });

  it('keeps the offsets of a text with an astral character', () => {
    const text = '举报人𠮷小明反映，手机13903711234';
    const start = text.indexOf('139');
    expect(redact(text, [{ kind: 'mobile', start, end: start + 11 }])).toBe('举报人𠮷小明反映，手机139****1234');
  });

  it('covers a finding nested inside another', () => {
    const text = '邮箱12345678@qq.com';
    const findings: FindingSpan[] = [
      { kind: 'email', start: 2, end: 17 },
      { kind: 'qq', start: 2, end: 10 },
    ];
    expect(redact(text, findings)).toBe('邮箱********@qq.com');
  });

  it('merges overlapping findings of the same kind', () => {
    const text = '内部资料 注意保存';
    expect(
      redact(text, [
        { kind: 'secrecyMarking', start: 0, end: 4 },
        { kind: 'secrecyMarking', start: 2, end: 9 },
      ]),
    ).toBe('＊＊＊＊*＊＊＊＊');
  });

  it.each<[string, FindingSpan[]]>([
    ['a start before the text', [{ kind: 'mobile', start: -1, end: 4 }]],
    ['an end after the text', [{ kind: 'mobile', start: 0, end: 99 }]],
    ['an empty span', [{ kind: 'mobile', start: 3, end: 3 }]],
    ['a fractional offset', [{ kind: 'mobile', start: 0.5, end: 4 }]],
    ['an unknown kind', [{ kind: 'passport' as FindingKind, start: 0, end: 4 }]],
    ['a span splitting a surrogate pair', [{ kind: 'personName', start: 4, end: 6 }]],
    [
      'findings of different kinds that cross',
      [
        { kind: 'mobile', start: 0, end: 5 },
        { kind: 'landline', start: 3, end: 8 },
      ],
    ],
  ])('refuses %s with INVALID_FINDING', (_name, findings) => {
    const text = '举报人𠮷小明反映了问题';
    expect(() => redact(text, findings)).toThrow(WorkflowError);
    expect(() => redact(text, findings)).toThrow(expect.objectContaining({ code: 'INVALID_FINDING' }));
  });
});
