import type {
  Address,
  KnownRelationship,
  OwnCase,
  Parent,
  ParentPartner,
  TrainingRecord,
} from '@parent-partner/core';

// Records parsed from JSON have their keys in many orders and optional keys present or not, so each
// has its own hidden class and every property read in a rule is megamorphic (tens of nanoseconds).
// Batch operations read copies with one fixed shape; absent optional fields become own properties
// holding `undefined`, which every rule already treats as missing.

function normalizeAddress(address: Address): Address {
  return {
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    state: address.state,
    postalCode: address.postalCode,
    countyFips: address.countyFips,
    latitude: address.latitude,
    longitude: address.longitude,
    confidential: address.confidential,
  } as Address;
}

function normalizeOwnCase(own: OwnCase): OwnCase {
  return {
    resolution: own.resolution,
    resolvedOn: own.resolvedOn,
    closedOn: own.closedOn,
  } as OwnCase;
}

function normalizeTraining(training: TrainingRecord): TrainingRecord {
  return {
    course: training.course,
    completedOn: training.completedOn,
    expiresOn: training.expiresOn,
  } as TrainingRecord;
}

function normalizeRelationship(relationship: KnownRelationship): KnownRelationship {
  return {
    kind: relationship.kind,
    parentId: relationship.parentId,
    caseNumber: relationship.caseNumber,
  } as KnownRelationship;
}

/** A copy of a partner with one fixed shape (same values; nested records copied the same way). */
export function normalizePartner(partner: ParentPartner): ParentPartner {
  return {
    id: partner.id,
    name: partner.name,
    pronouns: partner.pronouns,
    genderIdentity: partner.genderIdentity,
    dateOfBirth: partner.dateOfBirth,
    languages: partner.languages,
    interpreterNeeded: partner.interpreterNeeded,
    raceEthnicity: partner.raceEthnicity,
    tribalAffiliation: partner.tribalAffiliation,
    contactPoints: partner.contactPoints,
    address: partner.address === undefined ? undefined : normalizeAddress(partner.address),
    countyFips: partner.countyFips,
    householdId: partner.householdId,
    availability: partner.availability,
    livedExperience: partner.livedExperience,
    children: partner.children,
    ownCase: normalizeOwnCase(partner.ownCase),
    recoveryDate: partner.recoveryDate,
    trainings: partner.trainings.map(normalizeTraining),
    backgroundCheck:
      partner.backgroundCheck === undefined
        ? undefined
        : { checkedOn: partner.backgroundCheck.checkedOn, result: partner.backgroundCheck.result },
    status: partner.status,
    countiesServed: partner.countiesServed,
    maxCaseload: partner.maxCaseload,
    meetingModes: partner.meetingModes,
    coordinatorId: partner.coordinatorId,
    relationships: partner.relationships.map(normalizeRelationship),
    connectedHouseholdIds: partner.connectedHouseholdIds,
  } as ParentPartner;
}

/** A copy of a parent with one fixed shape (same values). */
export function normalizeParent(parent: Parent): Parent {
  return {
    id: parent.id,
    name: parent.name,
    pronouns: parent.pronouns,
    genderIdentity: parent.genderIdentity,
    dateOfBirth: parent.dateOfBirth,
    languages: parent.languages,
    interpreterNeeded: parent.interpreterNeeded,
    raceEthnicity: parent.raceEthnicity,
    tribalAffiliation: parent.tribalAffiliation,
    contactPoints: parent.contactPoints,
    address: parent.address === undefined ? undefined : normalizeAddress(parent.address),
    countyFips: parent.countyFips,
    householdId: parent.householdId,
    availability: parent.availability,
    caseReference: parent.caseReference,
    children: parent.children,
    livedExperience: parent.livedExperience,
    matchingPreferences: parent.matchingPreferences,
    reportingConsent: parent.reportingConsent,
  } as Parent;
}

let lastSource: readonly ParentPartner[] | undefined;
let lastCopies: readonly ParentPartner[] = [];
let lastOriginals: readonly ParentPartner[] = [];

/**
 * Fixed-shape copies of a partner list, remembered for the last list seen: a coordinator's screen ranks
 * many parents against the same partners. The list is re-read when its length or any element changed.
 */
export function normalizePartners(partners: readonly ParentPartner[]): readonly ParentPartner[] {
  if (partners === lastSource && partners.length === lastOriginals.length) {
    let same = true;
    for (let index = 0; index < partners.length; index += 1) {
      if (partners[index] !== lastOriginals[index]) {
        same = false;
        break;
      }
    }
    if (same) return lastCopies;
  }
  lastSource = partners;
  lastOriginals = partners.slice();
  lastCopies = partners.map(normalizePartner);
  return lastCopies;
}
