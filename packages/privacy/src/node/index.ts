export type { FileDisclosureStore } from './file-disclosure-store';
export { openFileDisclosureStore } from './file-disclosure-store';
