/** Partial dates ("2024", "2024-10", "2024-10-01"), a document's published date: is it a real day? */
export function isRealDate(date: string): boolean {
  if (date.length < 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
