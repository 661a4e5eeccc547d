import type { Staff, StaffId } from '@parent-partner/core';
import { createExampleEmail, type SyntheticState } from './demographics';
import { createFictitiousName } from './fictitious-names';
import { formatId } from './generation-context';
import type { Random } from './random';

const providerAgency: Record<SyntheticState, string> = {
  WI: 'Example Parents Supporting Parents Site',
  IA: 'Example Parent Partner Provider',
};

/** Builds one synthetic staff member; caseworkers belong to their county's agency, others to the program's provider. */
export function buildSyntheticStaff(
  random: Random,
  setting: {
    readonly state: SyntheticState;
    readonly role: Staff['role'];
    readonly countiesServed: readonly string[];
    readonly countyName?: string;
    readonly number: number;
    readonly width: number;
  },
): Staff {
  const name = createFictitiousName(random);
  const agency =
    setting.role === 'caseworker' && setting.countyName !== undefined
      ? `${setting.countyName} County ${setting.state === 'WI' ? 'Human Services' : 'HHS Office'} (example)`
      : providerAgency[setting.state];
  return {
    id: formatId('staff', setting.number, setting.width) as StaffId,
    name: { given: name.given, family: name.family },
    role: setting.role,
    agency,
    email: createExampleEmail(name.given, name.family, setting.number),
    countiesServed: setting.countiesServed.slice(),
    active: setting.role !== 'caseworker' || random.chance(0.97),
  };
}
