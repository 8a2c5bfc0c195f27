// Red-flag screening at intake (docs/clinical-safety/red-flags.md). The screen lives in ./redFlags/;
// this file keeps the import path that intake, the client and the rules already use.
export * from './redFlags/index';

/** Lower case, straight apostrophes, one space between words: the form the suggestion rules match against. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\r\n]+/g, '. ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
