/**
 * Word lists the detectors use. They are heuristics, kept here as data so that a reviewer can
 * tune them without reading regular expressions. Every list is matched on width-folded text
 * (see `normalize-width.ts`): full-width letters and digits arrive as ASCII, Chinese punctuation as is.
 */

/** Words that introduce a private person (12369 complainants, individual parties, contacts). */
export const personContextWords = [
  '举报人',
  '投诉人',
  '来电人',
  '来信人',
  '来访人',
  '信访人',
  '反映人',
  '当事人',
  '联系人',
  '申请人',
  '户主',
  '姓名',
] as const;

/**
 * Common Chinese surnames. A name after a context word without a colon is only believed when it
 * starts with one of these; characters that are mostly function words (于, 向, 和, 国 …) are left
 * out on purpose because they follow context words in ordinary prose.
 */
export const commonSurnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳祝舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤穆农卓缪褚娄窦戚岑景党宫费卜冷晏席卫米柏瞿桂佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄仲虞敖巩佘池麻苑迟邝鞠惠荆冀郁胥栗燕楚鄢谌奚皮粟冼蔺阚帅屠朴禹漆卿狄扈晁芮阙薄邸雍辜裘亓邰赫杭逯茹慕' as const;

/** Two-character surnames; a name starting with one may be four characters long. */
export const compoundSurnames = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '司徒',
  '东方',
  '夏侯',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '澹台',
] as const;

/** Where a name ends: words that usually follow a name in a complaint record. */
export const nameStopWords = [
  '反映',
  '反应',
  '来电',
  '来信',
  '来访',
  '通过',
  '表示',
  '举报',
  '投诉',
  '家住',
  '住在',
  '住址',
  '居住',
  '电话',
  '联系',
  '手机',
  '身份',
  '先生',
  '女士',
  '同志',
  '认为',
  '要求',
  '请求',
  '提出',
  '拨打',
  '多次',
  '今日',
  '近日',
  '昨日',
  '同时',
  '先后',
  '一直',
  '此前',
  '本人',
  '夫妇',
  '等人',
  '一家',
  '微信',
  '称',
  '说',
  '的',
  '在',
  '向',
  '等',
  '系',
  '及',
  '于',
  '某',
  '男',
  '女',
  '诉',
] as const;

/** Verbs that start the complaint itself; an organisation name never runs past them. */
export const clauseVerbs = [
  '反映',
  '反应',
  '来电',
  '来信',
  '来访',
  '称',
  '表示',
  '举报',
  '投诉',
  '要求',
  '认为',
  '提出',
  '拨打',
  '说',
  '通过',
] as const;

/** Phrases after a context word that look like a surname but start ordinary prose. */
export const notANameStarts = [
  '陈述',
  '申辩',
  '申请',
  '任何',
  '安全',
  '程序',
  '时间',
  '管理',
  '包括',
  '车辆',
  '方式',
  '方面',
  '范围',
  '金额',
  '明确',
  '严格',
  '严重',
  '常住',
  '周边',
  '周围',
  '高度',
  '文件',
  '江河',
  '石油',
  '同意',
  '全部',
  '姓名',
  '信息',
  '资料',
  '隐私',
  '权益',
  '合法',
] as const;

/** An organisation, not a person: `当事人：某某化工有限公司`. */
export const organisationMarkers = [
  '公司',
  '厂',
  '集团',
  '合作社',
  '协会',
  '委员会',
  '中心',
  '政府',
  '医院',
  '学校',
  '局',
  '站',
  '店',
  '场',
  '社区',
  '村委会',
  '居委会',
  '门市部',
  '经营部',
  '商行',
  '酒店',
  '宾馆',
  '饭店',
  '餐馆',
  '作坊',
  '工作室',
  '单位',
  '企业',
  '项目部',
] as const;

/** Words that introduce a private dwelling. Longest first so the longest label wins. */
export const homeAddressContextWords = [
  '家庭住址',
  '家庭地址',
  '居住地址',
  '户籍地址',
  '现居住地',
  '现居住于',
  '现居住在',
  '现住址',
  '住址',
  '家住',
  '居住于',
  '居住在',
  '住在',
  '现住',
] as const;

/** An address names at least one of these units; "居住于此的居民" does not. */
export const addressMarkerChars = '路街道巷弄号村组镇乡区县市栋幢楼室单元院苑庄屯' as const;

/** Words of a complaint record that end an address written without punctuation. */
export const addressStopWords = [
  '反映',
  '来电',
  '投诉',
  '举报',
  '电话',
  '手机',
  '联系',
  '称',
  '的居民',
  '居民',
] as const;

/** Context that makes a long digit run an account number even when Luhn fails (DOMAIN.md §7.4). */
export const bankCardContextWords = [
  '银行卡',
  '银行账号',
  '银行帐号',
  '账号',
  '帐号',
  '卡号',
  '开户行',
  '开户银行',
  '账户',
  '帐户',
  '收款',
] as const;

/** Context that makes a bare 7-8 digit number a local telephone number. */
export const landlineContextWords = [
  '电话',
  '座机',
  '固话',
  '传真',
  '联系方式',
  'tel',
  'Tel',
  'TEL',
  'fax',
  'Fax',
  'FAX',
] as const;

/** Context for the 15-digit 1989-format identity number, which has no check digit. */
export const residentIdContextWords = ['身份证', '证件号', '公民身份'] as const;

/** Context that marks an 18-character code as an organisation's credit code. */
export const creditCodeContextWords = ['信用代码', '社会信用', '税号', '纳税人识别号', '注册号'] as const;

/** Secrecy levels of state secrets and the internal-circulation labels printed on documents. */
export const secrecyLevels = ['绝密', '机密', '秘密'] as const;
export const internalLabels = ['内部资料', '内部文件', '内部使用', '内部参考', '内部刊物'] as const;
export const noCirculationPhrases = ['注意保存', '注意保管', '不得外传', '严禁外传', '请勿外传', '禁止外传'] as const;
