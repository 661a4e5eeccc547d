/** A versioned list of the three-digit ZIP prefixes whose combined population is 20,000 or less. */
export interface RestrictedZipPrefixTable {
  /** Version of the data, recorded with every de-identified record. */
  readonly version: string;
  /** Where the list comes from. */
  readonly source: string;
  /** The restricted prefixes, three digits each. */
  readonly prefixes: readonly string[];
}

/**
 * The 17 restricted three-digit ZIP prefixes published by HHS from 2000 Census data (HHS Office for Civil Rights,
 * "Guidance Regarding Methods for De-identification of Protected Health Information", 26 November 2012, section
 * 3.3 on the Safe Harbor geographic rule). Safe Harbor asks for the current Census data: a program that has a newer
 * Census-based list passes it as `zipPrefixes` to `deidentifyRecord`.
 */
export const restrictedZipPrefixes: RestrictedZipPrefixTable = Object.freeze({
  version: 'census-2000/hhs-ocr-2012',
  source:
    'HHS OCR, Guidance Regarding Methods for De-identification of PHI (2012), restricted 3-digit ZIP codes from the 2000 Census',
  prefixes: Object.freeze([
    '036',
    '059',
    '063',
    '102',
    '203',
    '556',
    '692',
    '790',
    '821',
    '823',
    '830',
    '831',
    '878',
    '879',
    '884',
    '890',
    '893',
  ]),
});
