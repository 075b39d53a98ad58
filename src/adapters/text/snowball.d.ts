// The packages ship no types; what this adapter uses of them.
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
}
declare module "stopwords-iso" {
  const lists: Record<string, string[]>;
  export default lists;
}
