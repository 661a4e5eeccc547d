/** Codes of the notices a disclosure may have to carry. */
export type NoticeCode =
  | 'part2-redisclosure'
  | 'hiv-redisclosure'
  | 'child-abuse-record-confidentiality'
  | 'domestic-violence-confidentiality'
  | 'education-record-redisclosure'
  | (string & {});

/** A notice that must travel with a disclosure: its text is data the program can update. */
export interface NoticeDefinition {
  /** Stable notice code. */
  readonly code: NoticeCode;
  /** Short title. */
  readonly title: string;
  /** The text to attach to the disclosure. */
  readonly text: string;
  /** The rule that requires the notice. */
  readonly citation: string;
  /** Version of the text, so a disclosure log entry can say which wording travelled. */
  readonly version: string;
  /** `exact` when the text is the regulation's wording, `paraphrase` when a program must replace it before use. */
  readonly wording: 'exact' | 'paraphrase';
}

/** A catalogue of notices by code. */
export type NoticeCatalog = Readonly<Record<string, NoticeDefinition>>;

/**
 * The notices shipped with the package.
 *
 * The texts are paraphrases (`wording: 'paraphrase'`): a program must replace each with the exact current wording
 * from the cited rule (eCFR or state statute) and bump `version` before relying on it.
 */
export const defaultNotices: NoticeCatalog = {
  'part2-redisclosure': {
    code: 'part2-redisclosure',
    title: '42 CFR Part 2 notice to accompany disclosure',
    text:
      'This record has been disclosed to you with the patient’s consent and is protected by federal confidentiality rules (42 CFR part 2). ' +
      'Those rules prohibit you from using or disclosing it, or testimony describing it, in any civil, criminal, administrative or legislative proceeding against the patient unless the patient consents or a court orders it under 42 CFR 2.64 or 2.65, ' +
      'and prohibit any other use or disclosure unless expressly permitted by the patient’s written consent or by 42 CFR part 2. ' +
      'A general authorization for the release of medical or other information is not sufficient for this purpose.',
    citation: '42 CFR 2.32(a)',
    version: '2024-paraphrase-1',
    wording: 'paraphrase',
  },
  'hiv-redisclosure': {
    code: 'hiv-redisclosure',
    title: 'HIV information: prohibition on redisclosure',
    text:
      'This information has been disclosed to you from confidential records protected by state law. ' +
      'State law prohibits you from making any further disclosure of it without the specific written consent of the person to whom it pertains, or as otherwise permitted by law. ' +
      'A general authorization for the release of medical or other information is not sufficient for further disclosure.',
    citation: 'for example N.Y. Public Health Law 2782(5); 9 NYCRR 164.8',
    version: 'paraphrase-1',
    wording: 'paraphrase',
  },
  'child-abuse-record-confidentiality': {
    code: 'child-abuse-record-confidentiality',
    title: 'Confidential child abuse and neglect information',
    text:
      'This information comes from confidential child abuse and neglect records. ' +
      'It may be used only for the purpose for which it was released and may not be redisclosed except as state law allows; the identity of any reporter has been withheld.',
    citation: 'CAPTA 106(b)(2)(B)(viii); for example Wis. Stat. 48.981(7), Iowa Code 235A.17',
    version: 'paraphrase-1',
    wording: 'paraphrase',
  },
  'domestic-violence-confidentiality': {
    code: 'domestic-violence-confidentiality',
    title: 'Victim information released under a time-limited VAWA release',
    text:
      'This information identifies or locates a survivor of domestic violence and was released under a written, time-limited release. ' +
      'Use it only for the purpose stated in the release, do not redisclose it, and stop using it when the release expires or is revoked.',
    citation: '34 U.S.C. 12291(b)(2); 42 U.S.C. 10406(c)(5)',
    version: 'paraphrase-1',
    wording: 'paraphrase',
  },
  'education-record-redisclosure': {
    code: 'education-record-redisclosure',
    title: 'Education records: conditions on redisclosure',
    text: 'These education records were disclosed with written consent. You may not redisclose them without the consent of the parent or eligible student, except as 34 CFR 99.33 allows.',
    citation: '34 CFR 99.33',
    version: 'paraphrase-1',
    wording: 'paraphrase',
  },
};
