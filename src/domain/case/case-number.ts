/** Case numbers like TN-2026-00042: committee prefix, year, a sequence gap-free per committee and year. */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  if (!/^[A-ZÅÄÖ]{2,6}$/.test(prefix)) throw new Error(`Invalid committee prefix: ${prefix}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99999) throw new Error(`Sequence out of range: ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(5, "0")}`;
}

const PATTERN = /^([A-ZÅÄÖ]{2,6})-(\d{4})-(\d{5})$/;

export function parseCaseNumber(value: string): { prefix: string; year: number; sequence: number } | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  return { prefix: m[1]!, year: Number(m[2]), sequence: Number(m[3]) };
}

/** A number from the city's records system (diarium, Platina), entered by the registrar. */
export function isPlausibleDiariumNumber(value: string): boolean {
  return /^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$/.test(value.trim());
}
