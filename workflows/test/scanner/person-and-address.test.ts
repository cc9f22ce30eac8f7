import { found, foundOfKind } from './scan-helpers';

describe('personName detection', () => {
  it.each([
    ['举报人 followed by a verb', '举报人李建国反映该厂夜间偷排。', '李建国'],
    ['投诉人 and 称', '投诉人王小明称噪声扰民。', '王小明'],
    ['来电人 with a colon', '来电人：张伟，', '张伟'],
    ['信访人 with a space', '信访人 刘芳 多次来访', '刘芳'],
    ['an individual 当事人', '当事人：陈国强（个体工商户）', '陈国强'],
    ['联系人', '联系人：王帅强，联系电话：', '王帅强'],
    ['a compound surname', '举报人欧阳明华来电', '欧阳明华'],
    ['举报人姓名', '举报人姓名：赵敏', '赵敏'],
    ['a labelled name with a rare surname', '来电人：仉小川，', '仉小川'],
  ])('finds a name after %s', (_name, text, match) => {
    expect(foundOfKind(text, 'personName')).toEqual([match]);
  });

  it.each([
    ['a masked name', '举报人张某反映'],
    ['a doubly masked name', '投诉人王某某称'],
    ['an honorific only', '来电人刘先生反映'],
    ['an organisation as 当事人', '当事人：郑州市某某化工有限公司'],
    ['a legal phrase', '当事人陈述、申辩的权利'],
    ['a count of complainants', '投诉人数同比下降'],
    ['a statement about complainants', '对举报人的个人信息要严格保密'],
    ['a list of record fields', '记录举报人姓名和联系方式、诉求'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'personName')).toEqual([]);
  });
});

describe('homeAddress detection', () => {
  it.each([
    ['家住', '家住金水区文化路88号院3号楼，', '金水区文化路88号院3号楼'],
    ['住址 with a colon', '住址：郑州市二七区大学路12号2单元501，', '郑州市二七区大学路12号2单元501'],
    ['居住于', '居住于中牟县白沙镇李庄村，', '中牟县白沙镇李庄村'],
    ['家庭住址 with words after it', '家庭住址惠济区天河路6号反映', '惠济区天河路6号'],
  ])('finds an address after %s', (_name, text, match) => {
    expect(foundOfKind(text, 'homeAddress')).toEqual([match]);
  });

  it.each([
    ['no address unit', '居住于此的居民约2000人'],
    ['a masked address', '家住某村'],
    ['a list of record fields', '举报人住址、电话等信息'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'homeAddress')).toEqual([]);
  });

  it('does not report an address configured as the bureau office', () => {
    const text = '住址：郑州市金水区经三路 10 号，邮编 450000';
    expect(found(text, { allow: { addresses: ['郑州市金水区经三路10号'] } })).toEqual([]);
  });
});
