/** Article size limits, apart from the reader so that `--help` loads no parser. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** "52.4 MB", "20 MB": one decimal, none when whole. */
export function formatMegabytes(bytes: number): string {
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${megabytes} MB`;
}
