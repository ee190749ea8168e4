/**
 * A whole number with thousands separators, "1,234,567", as
 * toLocaleString("en-US") writes it: the first toLocaleString loads the ICU
 * locale data, ~30 ms of a CLI start, for a comma in the help text.
 */
export function groupThousands(n: number): string {
  return (n < 0 ? "-" : "") + String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ",");
}
