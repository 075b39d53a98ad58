/**
 * Swedish organisation numbers (organisationsnummer): ten digits written NNNNNN-NNNN, the
 * last a Luhn check digit over the first nine. Pure, so the form and the service agree.
 */

/** The number in the form NNNNNN-NNNN, or null when it is not a valid organisation number. */
export function normaliseOrganisationNumber(input: string): string | null {
  const compact = input.replace(/\s+/g, "");
  const match = /^(\d{6})-?(\d{4})$/.exec(compact);
  if (!match) return null;
  const digits = `${match[1]}${match[2]}`;
  return luhnValid(digits) ? `${match[1]}-${match[2]}` : null;
}

export function isValidOrganisationNumber(input: string): boolean {
  return /^\d{6}-\d{4}$/.test(input) && normaliseOrganisationNumber(input) !== null;
}

/** Luhn (mod 10) over all digits, the last being the check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
