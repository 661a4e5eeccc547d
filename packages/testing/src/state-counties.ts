import type { StateCounty } from './county-table';
import type { SyntheticState } from './demographics';
import { iowaCounties } from './iowa-counties';
import { wisconsinCounties } from './wisconsin-counties';

/**
 * The fixed county table of a state the generator supports.
 *
 * @example
 * listStateCounties('WI').length
 * //=> 72
 */
export function listStateCounties(state: SyntheticState): readonly StateCounty[] {
  return state === 'IA' ? iowaCounties : wisconsinCounties;
}
