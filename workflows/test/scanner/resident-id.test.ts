import { isValidResidentId } from '../../src/checks/scanner';
import { found, foundOfKind } from './scan-helpers';

describe('isValidResidentId', () => {
  it.each([
    ['the GB 11643 worked example', '11010519491231002X'],
    ['a number with a digit check character', '410102198511200049'],
    ['a lower-case x check character', '41010519900307123x'],
  ])('accepts %s', (_name, id) => {
    expect(isValidResidentId(id)).toBe(true);
  });

  it.each([
    ['a wrong check character', '110105194912310021'],
    ['a birth date that does not exist', '410105199002301234'],
    ['a leading zero', '010105199003071234'],
    ['seventeen digits', '41010519900307123'],
  ])('rejects %s', (_name, id) => {
    expect(isValidResidentId(id)).toBe(false);
  });
});

describe('residentId detection', () => {
  it.each([
    ['a plain number', '身份证号：41010519900307123X。', '41010519900307123X'],
    ['a lower-case x', '证件号码41010519900307123x，', '41010519900307123x'],
    ['full-width digits', '身份证４１０１０５１９９００３０７１２３Ｘ。', '４１０１０５１９９００３０７１２３Ｘ'],
    ['spaces between the groups', '身份证号 410105 19900307 123X 已登记', '410105 19900307 123X'],
    ['dashes between the groups', '身份证号410105-19900307-123X', '410105-19900307-123X'],
    ['the 15-digit format after a label', '身份证号码：410105900307123，', '410105900307123'],
  ])('finds %s', (_name, text, match) => {
    expect(foundOfKind(text, 'residentId')).toEqual([match]);
  });

  it.each([
    ['a wrong check character', '身份证号：410105199003071231。'],
    ['a birth month 13', '编号410105199013071234'],
    ['an 18-digit run inside a longer number', '流水号41010519900307123X5'],
    ['a 15-digit number without a label', '批次410105900307123。'],
    ['the fully masked published form', '身份证号：210121************'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'residentId')).toEqual([]);
  });
});

describe('residentIdPartial detection', () => {
  it.each([
    ['the sequence masked', '身份证号41010519900307****', '41010519900307****'],
    ['the address code masked', '身份证******19900307123X，', '******19900307123X'],
    ['a full-width mask', '证件号４１０１０５１９９００３０７＊＊＊＊', '４１０１０５１９９００３０７＊＊＊＊'],
  ])('finds a number with %s while the birth date shows', (_name, text, match) => {
    expect(foundOfKind(text, 'residentIdPartial')).toEqual([match]);
  });

  it.each([
    ['only the address code shown', '210121************'],
    ['the birth date masked', '410105********123X'],
    ['a mobile number masked', '138****1234'],
  ])('does not report %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
