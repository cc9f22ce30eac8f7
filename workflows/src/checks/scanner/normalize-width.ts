/**
 * Folds the full-width forms that occur inside numbers, codes and addresses (０-９, Ａ-Ｚ, ａ-ｚ,
 * ＠ ＋ － ． ＊ ＿ ％) to ASCII, one UTF-16 code unit for one, so every offset in the result is an
 * offset in the original text. Detectors match on the folded text and report offsets into the
 * original.
 *
 * Chinese punctuation (，：；（）！？ and the ideographic space) is left alone on purpose: it occurs
 * every few characters, folding it would dominate the scan time on a 10 MB report, and the
 * detectors name both forms where punctuation matters.
 */
export function normalizeWidth(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

const FOLDABLE = /[\uFF05\uFF0A\uFF0B\uFF0D\uFF0E\uFF10-\uFF19\uFF20-\uFF3A\uFF3F\uFF41-\uFF5A]/g;

function foldChar(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}
