import { found, foundOfKind } from './scan-helpers';

describe('mobile detection', () => {
  it.each([
    ['solid digits', '手机13903711234。', '13903711234'],
    ['dashes', '电话 139-0371-1234 ', '139-0371-1234'],
    ['spaces', '联系方式：139 0371 1234，', '139 0371 1234'],
    ['ideographic spaces', '手机139　0371　1234。', '139　0371　1234'],
    ['dots', '手机139.0371.1234。', '139.0371.1234'],
    ['a +86 prefix', '请拨+86 13903711234', '+86 13903711234'],
    ['full-width digits', '手机１３９０３７１１２３４', '１３９０３７１１２３４'],
    ['a 19x prefix', '来电号码19912345678', '19912345678'],
    ['a 166 prefix', '号码16612345678。', '16612345678'],
  ])('finds a mobile number written with %s', (_name, text, match) => {
    expect(foundOfKind(text, 'mobile')).toEqual([match]);
  });

  it.each([
    ['an unallocated 144 prefix', '号码14412345678'],
    ['an unallocated 154 prefix', '号码15412345678'],
    ['an unallocated 160 prefix', '号码16012345678'],
    ['a 12-digit run', '编号139037112345'],
    ['a decimal value', '流量0.13903711234万吨'],
    ['the masked published form', '联系电话138****1234'],
    ['mixed separators', '139-0371 1234'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'mobile')).toEqual([]);
  });

  it('does not report a mobile number configured as public', () => {
    expect(found('值班手机：139-0371-1234', { allow: { phones: ['13903711234'] } })).toEqual([]);
  });
});

describe('landline detection', () => {
  it.each([
    ['an area code and a dash', '电话0371-67891234。', '0371-67891234'],
    ['an area code in brackets', '座机(0371)67891234，', '(0371)67891234'],
    ['full-width brackets and digits', '座机（０３７１）６７８９１２３４，', '（０３７１）６７８９１２３４'],
    ['a two-digit area code', '上海021-62345678', '021-62345678'],
    ['an extension', '0371-67891234转8001，', '0371-67891234转8001'],
    ['a label and no area code', '联系电话：67189336）', '67189336'],
  ])('finds a number with %s', (_name, text, match) => {
    expect(foundOfKind(text, 'landline')).toEqual([match]);
  });

  it.each([
    ['the 12369 hotline', '拨打12369环保举报热线'],
    ['emergency numbers', '火警119、急救120、报警110、政务服务热线12345'],
    ['a 400 service number', '客服电话400-810-8888'],
    ['an 800 service number', '免费电话800 820 8820'],
    ['a bare eight-digit quantity', '年产量23456789吨'],
    ['a date', '2024-01-15 10:30'],
    ['a local number starting with 1', '电话010-12345678'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'landline')).toEqual([]);
  });

  it.each([
    ['the same spelling', '0371-67891234', '办公室电话：0371-67891234'],
    ['another spelling', '0371-67891234', '办公室电话：（0371）6789 1234'],
    ['the number without its area code', '0371-67891234', '电话：67891234'],
    ['an extension of the switchboard', '0371-67891234', '电话：0371-67891234转8001'],
  ])('does not report the bureau office number written in %s', (_name, allowed, text) => {
    expect(found(text, { allow: { phones: [allowed] } })).toEqual([]);
  });
});
