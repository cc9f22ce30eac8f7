/** A text in both locales. */
export interface DemoText {
  zh: string;
  en: string;
}

/** A city of the demo: monitoring data cover all three; bureau content uses the configured one. */
export interface DemoCity {
  /** GB/T 2260 code. */
  code: string;
  name: DemoText;
  /** Short name used in enterprise names (郑州). */
  short: string;
  /** One-character abbreviation used in document numbers (郑环罚〔2026〕12号). */
  abbreviation: string;
  districts: readonly DemoText[];
  /** Multiplier on the regional pollution level, so the cities differ plausibly. */
  pollutionFactor: number;
}

export const demoCities: readonly DemoCity[] = [
  {
    code: '410100',
    name: { zh: '郑州市', en: 'Zhengzhou' },
    short: '郑州',
    abbreviation: '郑',
    districts: [
      { zh: '金水区', en: 'Jinshui District' },
      { zh: '中原区', en: 'Zhongyuan District' },
      { zh: '二七区', en: 'Erqi District' },
      { zh: '管城回族区', en: 'Guancheng Hui District' },
      { zh: '惠济区', en: 'Huiji District' },
      { zh: '中牟县', en: 'Zhongmou County' },
      { zh: '新郑市', en: 'Xinzheng' },
      { zh: '荥阳市', en: 'Xingyang' },
    ],
    pollutionFactor: 1,
  },
  {
    code: '410200',
    name: { zh: '开封市', en: 'Kaifeng' },
    short: '开封',
    abbreviation: '汴',
    districts: [
      { zh: '龙亭区', en: 'Longting District' },
      { zh: '鼓楼区', en: 'Gulou District' },
      { zh: '祥符区', en: 'Xiangfu District' },
      { zh: '尉氏县', en: 'Weishi County' },
    ],
    pollutionFactor: 0.94,
  },
  {
    code: '410300',
    name: { zh: '洛阳市', en: 'Luoyang' },
    short: '洛阳',
    abbreviation: '洛',
    districts: [
      { zh: '洛龙区', en: 'Luolong District' },
      { zh: '西工区', en: 'Xigong District' },
      { zh: '涧西区', en: 'Jianxi District' },
      { zh: '偃师区', en: 'Yanshi District' },
      { zh: '孟津区', en: 'Mengjin District' },
    ],
    pollutionFactor: 0.97,
  },
];

/** Invented trade names; every enterprise name also ends in （演示） so none is mistaken for a real firm. */
export const tradeNames: readonly DemoText[] = [
  { zh: '瑞丰', en: 'Ruifeng' },
  { zh: '鑫源', en: 'Xinyuan' },
  { zh: '祥和', en: 'Xianghe' },
  { zh: '嘉禾', en: 'Jiahe' },
  { zh: '博远', en: 'Boyuan' },
  { zh: '隆盛', en: 'Longsheng' },
  { zh: '永泰', en: 'Yongtai' },
  { zh: '润泽', en: 'Runze' },
  { zh: '明德', en: 'Mingde' },
  { zh: '凯晟', en: 'Kaisheng' },
  { zh: '弘毅', en: 'Hongyi' },
  { zh: '泓源', en: 'Hongyuan' },
  { zh: '德润', en: 'Derun' },
  { zh: '安澜', en: 'Anlan' },
  { zh: '恒信', en: 'Hengxin' },
  { zh: '中禾', en: 'Zhonghe' },
  { zh: '兴邦', en: 'Xingbang' },
  { zh: '宏图', en: 'Hongtu' },
  { zh: '天禄', en: 'Tianlu' },
  { zh: '汇川', en: 'Huichuan' },
  { zh: '金穗', en: 'Jinsui' },
  { zh: '远帆', en: 'Yuanfan' },
  { zh: '华程', en: 'Huacheng' },
  { zh: '立信', en: 'Lixin' },
];

/** Pollutant types the server accepts for key polluters (cms category rules). */
export type PollutantType =
  | 'air'
  | 'water'
  | 'soil'
  | 'noise'
  | 'solidWaste'
  | 'hazardousWaste'
  | 'radiation'
  | 'other';

/** A kind of enterprise: how it is named, what it emits, what it is fined for. */
export interface DemoIndustry {
  key: string;
  /** Word in the enterprise name. */
  nameWord: DemoText;
  /** Sector as shown on the key-polluter list. */
  sector: DemoText;
  pollutantTypes: readonly PollutantType[];
  /** Plausible for a key pollutant-discharging unit. */
  keyPolluter: boolean;
}

export const demoIndustries: readonly DemoIndustry[] = [
  {
    key: 'power',
    nameWord: { zh: '热电', en: 'Thermal Power' },
    sector: { zh: '电力、热力生产和供应业', en: 'Power and heat supply' },
    pollutantTypes: ['air', 'solidWaste'],
    keyPolluter: true,
  },
  {
    key: 'chemical',
    nameWord: { zh: '化工', en: 'Chemical' },
    sector: { zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and products' },
    pollutantTypes: ['air', 'water', 'hazardousWaste'],
    keyPolluter: true,
  },
  {
    key: 'aluminium',
    nameWord: { zh: '铝业', en: 'Aluminium' },
    sector: { zh: '有色金属冶炼和压延加工业', en: 'Non-ferrous metal smelting and rolling' },
    pollutantTypes: ['air', 'solidWaste', 'hazardousWaste'],
    keyPolluter: true,
  },
  {
    key: 'cement',
    nameWord: { zh: '水泥', en: 'Cement' },
    sector: { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
    pollutantTypes: ['air', 'noise'],
    keyPolluter: true,
  },
  {
    key: 'pharma',
    nameWord: { zh: '制药', en: 'Pharmaceutical' },
    sector: { zh: '医药制造业', en: 'Pharmaceutical manufacturing' },
    pollutantTypes: ['water', 'air', 'hazardousWaste'],
    keyPolluter: true,
  },
  {
    key: 'paper',
    nameWord: { zh: '纸业', en: 'Paper' },
    sector: { zh: '造纸和纸制品业', en: 'Paper and paper products' },
    pollutantTypes: ['water', 'solidWaste'],
    keyPolluter: true,
  },
  {
    key: 'wastewater',
    nameWord: { zh: '水务', en: 'Water Services' },
    sector: { zh: '水的生产和供应业', en: 'Water supply and treatment' },
    pollutantTypes: ['water', 'solidWaste'],
    keyPolluter: true,
  },
  {
    key: 'autoParts',
    nameWord: { zh: '汽车零部件', en: 'Auto Parts' },
    sector: { zh: '汽车制造业', en: 'Motor vehicle manufacturing' },
    pollutantTypes: ['air', 'hazardousWaste'],
    keyPolluter: true,
  },
  {
    key: 'food',
    nameWord: { zh: '食品', en: 'Food' },
    sector: { zh: '农副食品加工业', en: 'Agricultural and food processing' },
    pollutantTypes: ['water', 'air'],
    keyPolluter: false,
  },
  {
    key: 'refractory',
    nameWord: { zh: '耐材', en: 'Refractories' },
    sector: { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
    pollutantTypes: ['air'],
    keyPolluter: true,
  },
  {
    key: 'wasteDisposal',
    nameWord: { zh: '环保科技', en: 'Environmental Technology' },
    sector: { zh: '生态保护和环境治理业', en: 'Environmental treatment' },
    pollutantTypes: ['hazardousWaste', 'air', 'water'],
    keyPolluter: true,
  },
  {
    key: 'steel',
    nameWord: { zh: '钢铁', en: 'Steel' },
    sector: { zh: '黑色金属冶炼和压延加工业', en: 'Ferrous metal smelting and rolling' },
    pollutantTypes: ['air', 'water', 'solidWaste'],
    keyPolluter: true,
  },
  {
    key: 'dyeing',
    nameWord: { zh: '印染', en: 'Dyeing' },
    sector: { zh: '纺织业', en: 'Textiles' },
    pollutantTypes: ['water'],
    keyPolluter: true,
  },
  {
    key: 'concrete',
    nameWord: { zh: '建材', en: 'Building Materials' },
    sector: { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
    pollutantTypes: ['air', 'noise'],
    keyPolluter: false,
  },
  {
    key: 'logistics',
    nameWord: { zh: '物流', en: 'Logistics' },
    sector: { zh: '交通运输、仓储业', en: 'Transport and storage' },
    pollutantTypes: ['air', 'noise'],
    keyPolluter: false,
  },
  {
    key: 'electronics',
    nameWord: { zh: '电子', en: 'Electronics' },
    sector: { zh: '计算机、通信和其他电子设备制造业', en: 'Electronic equipment manufacturing' },
    pollutantTypes: ['water', 'hazardousWaste'],
    keyPolluter: true,
  },
];
