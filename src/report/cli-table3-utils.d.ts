// cli-table3's helper module (cli-table3/src/utils.js, CommonJS, without types of its own): its
// Cell measures and pads text through these exports (`utils.strlen(...)`), which is what
// measure-cache.ts caches while a long table is drawn.
declare module 'cli-table3/src/utils.js' {
  interface CliTable3Utils {
    /** The widest line of a text in terminal columns, colour codes left out. */
    strlen(text: string): number;
    /** The text cut to `desiredLength` columns, ending in `truncateChar` (default "…") if cut. */
    truncate(text: string, desiredLength: number, truncateChar?: string): string;
    /** The text padded with `pad` to `length` columns, on the side `dir` asks ("left" by default). */
    pad(text: string, length: number, pad: string, dir?: string): string;
  }
  const utils: CliTable3Utils;
  export = utils;
}
