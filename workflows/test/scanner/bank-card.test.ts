import { isLuhnValid } from '../../src/checks/scanner';
import { foundOfKind } from './scan-helpers';

describe('isLuhnValid', () => {
  it.each([
    ['6222021234567890128', true],
    ['6222021234567890127', false],
    ['6217000000123456786', true],
    ['62220212345678901a', false],
  ])('says %s is %s', (digits, expected) => {
    expect(isLuhnValid(digits)).toBe(expected);
  });
});

describe('bankCard detection', () => {
  it.each([
    ['a Luhn-valid UnionPay number', '退款至6222021234567890128。', '6222021234567890128'],
    ['groups of four', '卡号：6222 0212 3456 7890 128，', '6222 0212 3456 7890 128'],
    ['dashes', '银行卡6222-0212-3456-7890-128', '6222-0212-3456-7890-128'],
    ['full-width digits', '６２２２０２１２３４５６７８９０１２８', '６２２２０２１２３４５６７８９０１２８'],
    ['a Luhn-failing number after 账号', '账号：6222021234567890127', '6222021234567890127'],
    ['a Luhn-failing number after 开户行', '开户行：中国银行郑州分行 9559980012345678', '9559980012345678'],
    ['a 16-digit number after 卡号', '卡号1234567812345678', '1234567812345678'],
  ])('finds %s', (_name, text, match) => {
    expect(foundOfKind(text, 'bankCard')).toEqual([match]);
  });

  it.each([
    ['a Luhn-failing number without a label', '项目编号6222021234567890127'],
    ['a Luhn-valid number not starting like a card', '流水号1234567812345670'],
    ['a table of four-digit values', '4500 5000 5500 6007'],
    ['a 15-digit number after 账号', '账号622202123456789'],
    ['a 20-digit number', '卡号62220212345678901280'],
    ['a masked card number', '卡号6222***********0128'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'bankCard')).toEqual([]);
  });
});
