#!/usr/bin/env node
// Throughput of the confidentiality scanner on EIA-sized texts, as a ratio against baselines
// measured in the same run on the same text: one linear regex pass (/\d/g) and String#normalize.
// Run after `npm run build:packages`. Prints numbers only; no assertion on time.
import { performance } from 'node:perf_hooks';
import { scanText } from '@disclosure-hub/workflows';

/** mulberry32: a small seeded PRNG, so every run scans the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function residentId(rand) {
  const body = `410105${1950 + Math.floor(rand() * 60)}${pad(1 + Math.floor(rand() * 12))}${pad(1 + Math.floor(rand() * 28))}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * WEIGHTS[i];
  return body + '10X98765432'[sum % 11];
}
const pad = (n) => String(n).padStart(2, '0');
const digits = (rand, n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const pick = (rand, list) => list[Math.floor(rand() * list.length)];

// Sentences in the style of the seed documents and of EIA report chapters: numbers, standards,
// document numbers and credit codes that the scanner must read and leave alone.
const cleanSentences = [
  (r) =>
    `评价区域环境空气中PM2.5年均浓度为${10 + Math.floor(r() * 60)} μg/m³，执行《环境空气质量标准》（GB 3095-2012）二级标准。`,
  (r) => `地表水执行GB 3838-2002 Ⅲ类标准，COD监测值为${(r() * 30).toFixed(1)} mg/L，氨氮${(r() * 2).toFixed(3)} mg/L。`,
  (r) =>
    `项目建成后颗粒物排放量为${(r() * 10).toFixed(3)} t/a，年耗水量${Math.floor(r() * 100000)}吨，总投资${Math.floor(r() * 90000)}万元。`,
  (r) =>
    `依据郑环办〔20${10 + Math.floor(r() * 16)}〕${1 + Math.floor(r() * 300)}号文件，按照“谁获取谁公开、谁制作谁公开”的原则公开污染源环境监管信息。`,
  (r) => `中心坐标东经113.${digits(r, 4)}°、北纬34.${digits(r, 4)}°，厂界噪声昼间${50 + Math.floor(r() * 10)} dB(A)。`,
  () => '建设单位：河南某某新材料有限公司（统一社会信用代码91410100MA44L1234T），辐射安全许可证国环辐证[00001]。',
  () =>
    '各级环保部门应在信息产生后20个工作日内予以公开，自动监测数据应在1个工作日内公开；涉及国家秘密、商业秘密、个人隐私的除外。',
  (r) =>
    `${2015 + Math.floor(r() * 11)}年${1 + Math.floor(r() * 12)}月，全市受理12369环保举报${Math.floor(r() * 5000)}件，按期办结率99.${Math.floor(r() * 10)}%。`,
  () => '环境影响报告书全本公示期间，公众可通过信函、传真、电子邮件等方式提出意见，咨询电话12369、400-810-8888。',
];
// Sentences that carry personal data, sprinkled rarely, as in a real report that slipped through.
const dirtySentences = [
  (r) =>
    `举报人${pick(r, ['李建国', '王小明', '张伟', '欧阳明华'])}（联系电话：1${pick(r, ['39', '38', '58', '86'])}${digits(r, 8)}）反映油烟扰民。`,
  (r) => `身份证号：${residentId(r)}，家住金水区文化路${1 + Math.floor(r() * 200)}号院${1 + Math.floor(r() * 9)}号楼。`,
  (r) => `车牌豫A${digits(r, 5)}的运输车辆夜间倾倒渣土，来电人手机139-${digits(r, 4)}-${digits(r, 4)}。`,
  (r) =>
    `联系人：刘芳，电话0371-6${digits(r, 7)}，邮箱 user${digits(r, 4)}@example.com，QQ：${1 + Math.floor(r() * 9)}${digits(r, 8)}。`,
  () => '内部资料 注意保存',
];

function buildCorpus(targetBytes, seed) {
  const rand = prng(seed);
  const parts = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const sentences = [];
    const count = 3 + Math.floor(rand() * 5);
    for (let i = 0; i < count; i += 1) {
      const source = rand() < 0.03 ? dirtySentences : cleanSentences;
      sentences.push(pick(rand, source)(rand));
    }
    const paragraph = `\u3000\u3000${sentences.join('')}\n\n`;
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn, runs) {
  fn(); // warm-up, so the JIT and the regex compiler are not measured
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    globalThis.gc?.();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// Inputs that would make a backtracking-prone pattern quadratic: long runs with no "@", digit
// runs with separators everywhere, context words with nothing after them. A linear scanner reads
// them at about the speed of the ordinary corpus.
function buildAdversarial(targetBytes, seed) {
  const rand = prng(seed);
  const pieces = [
    () => 'a'.repeat(5000),
    () => digits(rand, 5000),
    () => Array.from({ length: 1000 }, () => digits(rand, 4)).join(' '),
    () => '举报人'.repeat(1000),
    () => '家住路'.repeat(1000),
    () => `${'x.'.repeat(2000)}@`,
    () => '机密'.repeat(1000),
    () => `(${'2024)'.repeat(1000)}`,
  ];
  const parts = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const piece = `${pick(rand, pieces)()}\n`;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}

const sizes = [
  { label: '100 KB', bytes: 100 * 1024, runs: 21, build: buildCorpus },
  { label: '1 MB', bytes: 1024 * 1024, runs: 9, build: buildCorpus },
  { label: '10 MB (EIA report)', bytes: 10 * 1024 * 1024, runs: 5, build: buildCorpus },
  { label: '1 MB adversarial', bytes: 1024 * 1024, runs: 9, build: buildAdversarial },
];

const rows = [];
for (const { label, bytes, runs, build } of sizes) {
  const text = build(bytes, 12369);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  let findings = 0;
  const scanMs = time(() => {
    findings = scanText(text).findings.length;
  }, runs);
  const digitMs = time(() => {
    let n = 0;
    for (const _ of text.matchAll(/\d/g)) n += 1;
    return n;
  }, runs);
  const normalizeMs = time(() => text.normalize('NFKC').length, runs);
  rows.push({
    corpus: label,
    'MB (UTF-8)': mb.toFixed(2),
    findings,
    'scan ms': scanMs.toFixed(1),
    'scan MB/s': (mb / (scanMs / 1000)).toFixed(1),
    '/\\d/g ms': digitMs.toFixed(1),
    'NFKC ms': normalizeMs.toFixed(1),
    'scan ÷ /\\d/g': (scanMs / digitMs).toFixed(2),
    'scan ÷ NFKC': (scanMs / normalizeMs).toFixed(2),
  });
}

console.log('scanText throughput (median of runs; ratio = scan time ÷ baseline time on the same text)');
console.table(rows);
