/** A text in Chinese, with its English translation beside it. */
export interface LocalizedText {
  zh: string;
  en: string;
}
