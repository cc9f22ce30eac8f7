import { isValidCreditCode } from '../../src/checks/scanner';
import { found } from './scan-helpers';

describe('isValidCreditCode', () => {
  it.each([
    ['a code from a published index number', '11341702486344515H', true],
    ['a company code', '91410100MA44L1234T', true],
    ['an all-digit code', '914101053174202647', true],
    ['a wrong check character', '91410100MA44L1234U', false],
    ['a forbidden letter', '91410100MA44I1234T', false],
  ])('judges %s', (_name, code, expected) => {
    expect(isValidCreditCode(code)).toBe(expected);
  });
});

describe('text the scanner must leave alone', () => {
  it.each([
    ['a credit code with letters', '统一社会信用代码：91410100MA44L1234T'],
    ['an unlabelled all-digit credit code', '信用主体914101053174202647已公示'],
    ['a labelled credit code that also passes the identity check', '统一社会信用代码：410105199003070739'],
    ['a pilot-region code that fails the checksum', '统一社会信用代码91350100M0001TGQXM'],
    ['an index number', '索引号：11341702486344515H/202110-00013'],
    ['a document number', '郑环办〔2015〕146号'],
    ['a penalty decision number', '郑环罚〔2024〕12号'],
    ['a court case number', '(2024)豫0102行初123号'],
    ['a radiation licence number', '辐射安全许可证国环辐证[00001]'],
    ['standard numbers', '执行GB 3838-2002、HJ 633-2026、GB/T 2260-2007和DB41/T 1234-2016'],
    ['monitoring values', 'PM2.5日均浓度35 μg/m³，氨氮0.15 mg/L，年排放量1234.5 吨，剂量率86.3 nGy/h'],
    ['dates and times', '2024年5月10日14时30分，2024-05-10 14:30:00，20240510'],
    ['coordinates', '东经113.625312°，北纬34.746611°（E 113°37′31″，N 34°44′48″）'],
    ['public service numbers', '12369、12345、110、119、120、400-810-8888'],
    ['already-masked numbers', '身份证210121************，手机138****1234，卡号6222 **** **** 0128'],
    ['a postal code next to an address', '地址：郑州市金水区经三路10号，邮编：450000'],
    ['a statistical sentence', '全年受理举报1234件，其中电话举报567件，微信举报345件，网上举报322件，按期办结率99.8%'],
  ])('does not report %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reports an unlabelled number that passes both the identity and the credit-code check as an identity number', () => {
    expect(found('编号410105199003070739')).toEqual([['residentId', '410105199003070739']]);
  });
});
