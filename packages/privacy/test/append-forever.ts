// Child process of the crash test: appends disclosures to the file named on the command line until it is killed.
import { recordDisclosure } from '../src/disclosure-store';
import { openFileDisclosureStore } from '../src/node/file-disclosure-store';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: append-forever <file>');
const store = await openFileDisclosureStore(path);
for (let index = 0; ; index += 1) {
  await recordDisclosure(store, {
    disclosedAt: '2025-03-03T10:01:00-06:00',
    subjectId: `parent-example-${index}`,
    recipient: { name: 'Example County Court' },
    categories: ['program-participation'],
    description: 'x'.repeat(1500),
    purpose: 'court',
    legalBasis: { type: 'exception', exception: 'court-order' },
    disclosedBy: { id: 'staff-example-1' },
  });
}
