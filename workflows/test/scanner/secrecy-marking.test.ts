import { foundOfKind } from './scan-helpers';

describe('secrecyMarking detection', () => {
  it.each([
    ['a level with a star', '机密★\n关于某事项的通知', '机密★'],
    ['a level with a star and a period', '秘密★10年', '秘密★10年'],
    ['a level with a period in words', '绝密★长期', '绝密★长期'],
    ['a 密级 label', '密级：秘密', '密级：秘密'],
    ['a bracketed label', '【内部资料】环境质量分析', '【内部资料】'],
    ['a label alone on the first line', '内部资料\n全市环境质量简报', '内部资料'],
    ['an internal label and a no-circulation phrase', '内部文件 注意保存', '内部文件 注意保存'],
    ['the pair with a comma inside a line', '本简报为内部资料，不得外传。', '内部资料，不得外传'],
    ['an indented no-circulation line', '  不得外传\n', '不得外传'],
  ])('finds %s', (_name, text, match) => {
    expect(foundOfKind(text, 'secrecyMarking')).toEqual([match]);
  });

  it.each([
    ['商业秘密 in a legal sentence', '涉及商业秘密、个人隐私的政府信息，行政机关不得公开。'],
    ['国家秘密 in a legal sentence', '依法确定为国家秘密的政府信息不予公开。'],
    ['秘密 starting prose on a new line', '秘密举报渠道已开通'],
    ['a secrecy review', '信息公开前应当进行保密审查。'],
    ['a confidentiality duty', '对举报人信息严格保密，不得外传举报内容的要求已写入制度。'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'secrecyMarking')).toEqual([]);
  });
});
