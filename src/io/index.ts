/** Node-only file access: reading article files, writing output files atomically. */
export { AtomicFileWriter } from "./AtomicFileWriter.ts";
export { type DecodeResult, decodeArticleBytes } from "./decodeArticleBytes.ts";
export {
  ARTICLE_EXTENSIONS,
  type ArticleFileEvent,
  DEFAULT_MAX_BYTES,
  fileSystemMessage,
  formatMegabytes,
  type ReadArticleFilesOptions,
  readArticleFiles,
} from "./readArticleFiles.ts";
export { writeFileAtomic } from "./writeFileAtomic.ts";
