import { findingKinds, scanText } from '../../src/checks/scanner';
import { found } from './scan-helpers';

const complaintRecord = [
  '2024年5月10日9时20分，12369环保举报热线接到举报人李建国（联系电话：139-0371-1234，',
  '身份证号：41010519900307123X，家住金水区文化路88号院3号楼）来电反映，',
  '位于金水区的郑州市某某餐饮管理有限公司（统一社会信用代码91410100MA44L1234T）油烟扰民。',
  '经金水分局现场核查，举报情况属实，已责令其于2024年5月20日前完成整改，依据郑环罚〔2024〕12号处罚。',
].join('');

const eiaParagraph = [
  '本项目位于郑州市航空港区，中心坐标东经113.8412°、北纬34.5286°，总投资12000万元，其中环保投资860万元。',
  '评价区域环境空气中PM2.5年均浓度为42 μg/m³，超过《环境空气质量标准》（GB 3095-2012）二级标准，',
  'SO2、NO2均达标；地表水执行GB 3838-2002 Ⅳ类标准，COD监测值为18.6 mg/L，氨氮0.452 mg/L。',
  '项目建成后颗粒物排放量为1.234 t/a，VOCs排放量为2.56 t/a，厂界噪声昼间58 dB(A)、夜间47 dB(A)。',
  '建设单位：河南某某新材料有限公司（统一社会信用代码91410100MA44L1234T），环评单位持有国环评证甲字第2506号。',
  '公众可于2026年3月1日至3月14日（10个工作日）通过12369热线或信函提出意见，依据环办环评〔2018〕48号。',
].join('\n');

describe('a realistic 12369 complaint record', () => {
  it('reports the complainant and every piece of contact data, nothing else', () => {
    expect(found(complaintRecord)).toEqual([
      ['personName', '李建国'],
      ['mobile', '139-0371-1234'],
      ['residentId', '41010519900307123X'],
      ['homeAddress', '金水区文化路88号院3号楼'],
    ]);
  });

  it('gives offsets into the original text and excerpts that do not leak the match', () => {
    const { findings } = scanText(complaintRecord);
    const leaked = findings.filter((f) => f.excerpt.includes(complaintRecord.slice(f.start, f.end)));
    expect(findings.map((f) => complaintRecord.slice(f.start, f.end).length)).toEqual(
      findings.map((f) => f.end - f.start),
    );
    expect(leaked).toEqual([]);
  });

  it('names every finding with a kind from the closed list and a rule', () => {
    const { findings } = scanText(complaintRecord);
    expect(findings.every((f) => findingKinds.includes(f.kind) && f.rule.startsWith(`${f.kind}.`))).toBe(true);
  });
});

describe('a realistic EIA paragraph without personal data', () => {
  it('is clean', () => {
    expect(found(eiaParagraph)).toEqual([]);
  });

  it('stays clean when written in full-width digits', () => {
    const wide = eiaParagraph.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(found(wide)).toEqual([]);
  });
});
