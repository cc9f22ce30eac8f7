import { found, foundOfKind } from './scan-helpers';

describe('licensePlate detection', () => {
  it.each([
    ['an ordinary plate', '车牌号豫A12345的车辆', '豫A12345'],
    ['a middle dot', '车辆豫A·12345驶入', '豫A·12345'],
    ['a space', '粤B 6F2K8，', '粤B 6F2K8'],
    ['a small new-energy plate', '新能源车豫AD12345停放', '豫AD12345'],
    ['a large new-energy plate', '货车京A12345F超载', '京A12345F'],
    ['a trailer plate', '冀E1234挂', '冀E1234挂'],
    ['full-width letters and digits', '车牌豫Ａ１２３４５', '豫Ａ１２３４５'],
  ])('finds %s', (_name, text, match) => {
    expect(foundOfKind(text, 'licensePlate')).toEqual([match]);
  });

  it.each([
    ['a letter I', '豫I12345'],
    ['a letter O', '豫O12345'],
    ['a standard number after a province character', '执行新GB3095-2026标准'],
    ['letters only', '新HJBTE'],
    ['a masked plate', '豫A*****'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'licensePlate')).toEqual([]);
  });
});

describe('email detection', () => {
  it.each([
    ['a plain address', '邮箱wangxm@163.com。', 'wangxm@163.com'],
    ['dots and a plus', '发送至li.ming+hb@mail.example.com.cn，', 'li.ming+hb@mail.example.com.cn'],
    ['a full-width at sign', '邮箱：ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ', 'ｚｈａｎｇｓａｎ＠ｑｑ．ｃｏｍ'],
    ['a sentence-ending period', 'Mail zhang@example.org.', 'zhang@example.org'],
  ])('finds %s', (_name, text, match) => {
    expect(foundOfKind(text, 'email')).toEqual([match]);
  });

  it.each([
    ['an at sign without a domain', '@市生态环境局'],
    ['a masked address', '******@163.com'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'email')).toEqual([]);
  });

  it('does not report the configured 依申请公开 mailbox in any case', () => {
    expect(found('申请邮箱：YSQGK@hbj.example.gov.cn', { allow: { emails: ['ysqgk@hbj.example.gov.cn'] } })).toEqual(
      [],
    );
  });
});

describe('wechat detection', () => {
  it.each([
    ['微信号 with a colon', '微信号：wang_xm1988，', 'wang_xm1988'],
    ['微信 without a colon', '加微信zhangsan-01联系', 'zhangsan-01'],
    ['a Latin label', 'WeChat: LiMing2024 ', 'LiMing2024'],
    ['vx', 'vx：abc123456', 'abc123456'],
  ])('finds an ID after %s', (_name, text, match) => {
    expect(foundOfKind(text, 'wechat')).toEqual([match]);
  });

  it.each([
    ['the WeChat channel in a statistic', '微信举报1234件，占比20.5%'],
    ['an official account', '关注微信公众号“郑州环境”'],
    ['a Latin word starting with wx', 'wxpay_notify'],
    ['an ID too short', '微信号：abc12'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'wechat')).toEqual([]);
  });
});

describe('qq detection', () => {
  it.each([
    ['QQ:', 'QQ：12345678，', '12345678'],
    ['QQ号', 'QQ号 987654321', '987654321'],
    ['full-width letters', 'ＱＱ１２３４５６７８', '１２３４５６７８'],
  ])('finds a number after %s', (_name, text, match) => {
    expect(foundOfKind(text, 'qq')).toEqual([match]);
  });

  it.each([
    ['a number without the label', '编号12345678'],
    ['a number with a leading zero', 'QQ：01234567'],
    ['a number too short', 'QQ：1234'],
  ])('does not report %s', (_name, text) => {
    expect(foundOfKind(text, 'qq')).toEqual([]);
  });
});
